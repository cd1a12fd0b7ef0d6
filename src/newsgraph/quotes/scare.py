"""Scare quotes: a few quoted words with no cue and no speaker (the “opposition”, a so-called “amnesty law”).

They mark distance from a term rather than report speech, so they are kept apart
from quotes (``Extraction.scare_quotes``).
"""

from __future__ import annotations

import re

from newsgraph.quotes.marks import QuotedSegment

_MAX_WORDS = 4
_MAX_WORDS_SO_CALLED = 7
_SO_CALLED = re.compile(r"so[- ]called\s*$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ".,", "!,", "?,")


def is_so_called(text: str, seg: QuotedSegment) -> bool:
    """Whether the quote follows "so-called", which marks a scare quote even inside reported speech."""
    return _SO_CALLED.search(text[max(0, seg.start - 12) : seg.start]) is not None


def is_scare_quote(text: str, seg: QuotedSegment) -> bool:
    """Whether an uncued segment reads as a scare quote rather than as reported speech."""
    if not seg.closed:
        return False
    inner = text[seg.inner_start : seg.inner_end].strip()
    words = inner.split()
    if not words:
        return False
    if is_so_called(text, seg):
        return len(words) <= _MAX_WORDS_SO_CALLED
    if inner.endswith(_SENTENCE_END) and (len(words) >= 3 or inner[0].isupper()):
        return False  # a short sentence, not a term
    return len(words) <= _MAX_WORDS
