"""Which of the events of a sentence is its main one.

PLOVER gold records give one event type per sentence; a sentence often holds several coded
events ("rejected a U.S. request to interrogate detainees"). The main event is the asserted
one whose trigger is highest in the dependency tree (closest to the sentence root), earliest
on ties; events with another modality count only when nothing is asserted.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsgraph.records import Event

_MOOD_RANK = {"asserted": 0, "future": 0, "historical": 0, "hypothetical": 1, "negated": 2}


def _depth(doc: Doc, char: int) -> int:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or len(tok) == 0:
        return 99
    cur = tok[0]
    depth = 0
    while cur.head != cur and depth < 50:
        cur = cur.head
        depth += 1
    return depth


def main_event(events: Iterable[Event], doc: Doc) -> Event | None:
    """The main event among ``events`` (all from one sentence of ``doc``), or ``None``."""
    best: tuple[int, int, int, int] | None = None
    chosen = None
    for ev in events:
        key = (_MOOD_RANK.get(ev.modality, 1), _depth(doc, ev.trigger.start), ev.source is None, ev.trigger.start)
        if best is None or key < best:
            best, chosen = key, ev
    return chosen
