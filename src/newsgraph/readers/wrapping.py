"""Hard-wrapped text (lines cut at a fixed width, as in e-mail, pandoc and press-release exports).

A line break inside a sentence turns into a token the parser has to place, and it often
cuts the dependency tree or the sentence in two. ``is_hard_wrapped`` is true, and ``unwrap``
acts, in two cases:

* the whole text is wrapped when the lines inside its paragraphs fill a
  fixed width; link targets and URLs, which a wrapper cannot cut, are not counted in a line's
  width, so one long URL does not hide the wrap. Such text is unwrapped: the lines of a
  paragraph are joined with a space; blank lines and list items keep their breaks.
* in any other text (too short to show a width), a single break is still joined where it
  plainly cuts a sentence (``join_cut_lines``): a long line that ends on a word or a comma,
  followed by a line that goes on in lower case (or with a parenthesis). Lists, headings,
  addresses, transcript lines ("Q:") and verse start their lines with capitals, markers or
  follow short lines, so they keep their breaks.
"""

from __future__ import annotations

import itertools
import re

_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,3}[.)])\s+")
_LINK = re.compile(r"\]\([^)\s]*\)|<https?://[^>\s]*>|https?://\S+")
MIN_WIDTH, MAX_WIDTH = 40, 100  # text is wrapped at a width in this range; wider "lines" are paragraphs
_BAND = 25  # a wrapped line is at most this much shorter than the wrap width
_MIN_WRAPPED = 3  # this many wrapped lines are needed before the text is taken as wrapped
_SHARE = 0.8
_CUT_END = re.compile(r"[a-z\d,]\W{0,2}$")  # a line ending on a lower-case word, a number or a comma (not . : ; ? !)
_CUT_START = re.compile(r"^\s*(?:[a-z]|\((?=\w))")  # the next line goes on in lower case or opens a parenthesis
_MIN_CUT_LINE = MIN_WIDTH  # only a line at least this long (without URLs) can be a wrapped one


def _width(line: str) -> int:
    """Length of a line without trailing space, link targets and URLs (a wrapper never cuts those)."""
    return len(_LINK.sub("]", line.rstrip()))


def is_hard_wrapped(text: str) -> bool:
    """True if the text fills a fixed width or has a single break that cuts a sentence (module docstring)."""
    return _fills_width(text) or any(
        a.strip() and b.strip() and _cuts_sentence(a, b) for a, b in itertools.pairwise(text.split("\n"))
    )


def _fills_width(text: str) -> bool:
    inner: list[int] = []  # widths of lines followed by another line of the same paragraph
    lines = text.split("\n")
    for line, following in itertools.pairwise(lines):
        if line.strip() and following.strip() and not _ITEM.match(following):
            width = _width(line)
            if width > 1:  # a line that is only a URL says nothing about the wrap width
                inner.append(width)
    if len(inner) < _MIN_WRAPPED:
        return False
    width = max(inner)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return False
    return sum(1 for n in inner if n >= width - _BAND) >= _SHARE * len(inner)


def unwrap(text: str) -> str:
    """Join the lines of each paragraph if the text fills a fixed width, else only the breaks that cut a sentence."""
    return _join_paragraphs(text) if _fills_width(text) else join_cut_lines(text)


def _join_paragraphs(text: str) -> str:
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


def _cuts_sentence(line: str, following: str) -> bool:
    return (
        _width(line) >= _MIN_CUT_LINE
        and _CUT_END.search(line.rstrip()) is not None
        and _CUT_START.match(following) is not None
        and not _ITEM.match(following)
    )


def join_cut_lines(text: str) -> str:
    """Join only the single breaks that cut a sentence (see the module docstring); other lines stay."""
    lines = text.split("\n")
    out: list[str] = lines[:1]
    for line in lines[1:]:
        if out[-1].strip() and line.strip() and _cuts_sentence(out[-1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)
