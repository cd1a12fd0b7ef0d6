"""Hard-wrapped text (lines cut at a fixed width, as in e-mail, pandoc and press-release exports).

A line break inside a sentence turns into a token the parser has to place, and it often
cuts the dependency tree or the sentence in two. Text whose paragraphs are wrapped at a
fixed width is unwrapped: the lines of a paragraph are joined with a space; blank lines,
list items and short lines that end a paragraph keep their breaks.
"""

from __future__ import annotations

import itertools
import re

_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+")
MIN_WIDTH, MAX_WIDTH = 40, 100  # text is wrapped at a width in this range; wider "lines" are paragraphs
_BAND = 25  # a wrapped line is at most this much shorter than the wrap width
_MIN_WRAPPED = 3  # this many wrapped lines are needed before the text is taken as wrapped
_SHARE = 0.8


def is_hard_wrapped(text: str) -> bool:
    """True if the lines inside paragraphs fill a fixed width (see the module docstring)."""
    inner: list[int] = []  # lengths of lines followed by another line of the same paragraph
    lines = text.split("\n")
    for line, following in itertools.pairwise(lines):
        if line.strip() and following.strip() and not _ITEM.match(following):
            inner.append(len(line.rstrip()))
    if len(inner) < _MIN_WRAPPED:
        return False
    width = max(inner)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return False
    return sum(1 for n in inner if n >= width - _BAND) >= _SHARE * len(inner)


def unwrap(text: str) -> str:
    """Join the lines of each paragraph; list items start lines of their own."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            out.append("")
        elif out and out[-1] and not _ITEM.match(line):
            out[-1] = f"{out[-1]} {stripped}"
        else:
            out.append(stripped if not _ITEM.match(line) else line.rstrip())
    return "\n".join(out)
