"""Quotation marks: pair them into quoted segments, on plain text.

Handles straight (``"``, ``''``) and curly (“ ”, „ « ») double marks, deciding
whether an ambiguous mark opens or closes from the characters around it; single
marks inside a double-quoted segment are nested quotes and are left alone.
Following news convention, a paragraph that opens a quote without closing it and
a next paragraph that reopens one continue the same quote. A quote that is still
open at the end of its paragraph is closed there (``closed=False``), so a stray
mark never swallows the rest of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

# '' and `` (typewriter doubled singles) before single characters.
_MARK = re.compile(r"''|``|[\"“”„«»]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_OPEN_ONLY = frozenset({"“", "„", "«", "``"})
_CLOSE_ONLY = frozenset({"”", "»"})
_OPENING_CONTEXT = frozenset("([{—–-/")
_CLOSING_CONTEXT = frozenset(",.;:!?)]}—–-…/")

Role = Literal["open", "close", "either"]


@dataclass(frozen=True, slots=True)
class QuotedSegment:
    """A quote in marks: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool


def _role(text: str, start: int, end: int) -> Role:
    """Whether the mark at ``text[start:end]`` opens or closes a quote, from its neighbours."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    space_before = before.isspace() or before in _OPENING_CONTEXT
    space_after = after.isspace() or after in _CLOSING_CONTEXT
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    mark = text[start:end]
    if mark in _OPEN_ONLY:
        return "open"
    if mark in _CLOSE_ONLY:
        return "close"
    return "either"


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < len(text):
        yield pos, len(text)


def find_segments(text: str) -> list[QuotedSegment]:
    """All double-quoted segments of ``text``, in order, never overlapping."""
    out: list[QuotedSegment] = []
    pending: tuple[int, int] | None = None  # the opening mark of a quote still open at a paragraph end
    pending_end = 0  # the end of the paragraph where it was last open
    for p_start, p_end in _paragraphs(text):
        marks = [(m.start(), m.end(), _role(text, m.start(), m.end())) for m in _MARK.finditer(text, p_start, p_end)]
        open_mark: tuple[int, int] | None = None
        if pending is not None:
            # A carried-over quote continues only if this paragraph reopens it first thing.
            if marks and marks[0][0] == p_start and marks[0][2] != "close":
                open_mark = pending
                marks = marks[1:]
            else:
                out.append(_segment(text, pending, None, bound=pending_end))
            pending = None
        for m_start, m_end, role in marks:
            if open_mark is None:
                if role != "close":
                    open_mark = (m_start, m_end)
            elif role == "open":
                # A second opener: the first one was stray (or closed badly); restart here.
                open_mark = (m_start, m_end)
            else:
                out.append(_segment(text, open_mark, (m_start, m_end), bound=m_end))
                open_mark = None
        if open_mark is not None:
            pending, pending_end = open_mark, p_end
    if pending is not None:
        out.append(_segment(text, pending, None, bound=pending_end))
    return out


def _segment(text: str, open_mark: tuple[int, int], close_mark: tuple[int, int] | None, *, bound: int) -> QuotedSegment:
    if close_mark is None:
        end = bound
        while end > open_mark[1] and text[end - 1].isspace():
            end -= 1
        return QuotedSegment(open_mark[0], end, open_mark[1], end, closed=False)
    return QuotedSegment(open_mark[0], close_mark[1], open_mark[1], close_mark[0], closed=True)
