"""Datelines: the place (and date, and agency) a story was filed from, at the start of a paragraph.

"CARACAS, Jan. 24 (newsgraph) —", "WASHINGTON —", "NEW YORK, July 20 (Reuters) -". A dateline names a
place, not an actor that acts: its words may be mentions of a location actor, but never the source or
target of an event or the speaker of a quote — even when the parser makes "CARACAS" the subject of
the sentence that follows it.
"""

from __future__ import annotations

import re

# an ALL-CAPS place of one to four words at a line start (after markup), an optional ", Venezuela" or
# ", Jan. 24", an optional "(agency)", then a dash
_DATELINE = re.compile(
    r"^[ \t*_>#]*"
    r"(?P<line>[A-Z][A-Z.'’\-]*[A-Z](?:[ \t]+[A-Z][A-Z.'’\-]*)*"
    r"(?:,[^\n—–()]{1,60}?)?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    r"(?:—|–|--|-))(?=\s)",
    re.MULTILINE,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of every dateline in ``text``, dash included."""
    out = []
    for m in _DATELINE.finditer(text):
        place = m.group("line").split(",")[0].split("(")[0].strip(" -—–")
        if sum(c.isalpha() for c in place) >= 3 and len(place.split()) <= 4:
            out.append((m.start("line"), m.end("line")))
    return out
