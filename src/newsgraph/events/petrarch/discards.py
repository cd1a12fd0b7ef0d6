"""The PETRARCH discard dictionary: phrases that mark sentences (or, with ``+``, whole
stories) as outside political event coding — sports, weather, entertainment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsgraph.events.petrarch.lines import dictionary_lines


@dataclass(frozen=True, slots=True)
class Discards:
    """Word sequences (upper case) that discard a sentence or the whole story."""

    sentence: frozenset[tuple[str, ...]] = frozenset()
    story: frozenset[tuple[str, ...]] = frozenset()

    def first_hit(self, words: list[str], phrases: frozenset[tuple[str, ...]]) -> tuple[str, ...] | None:
        if not phrases:
            return None
        for i in range(len(words)):
            for p in phrases:
                if words[i] == p[0] and tuple(words[i : i + len(p)]) == p:
                    return p
        return None


def read_discards(path: Path | None) -> Discards:
    if path is None:
        return Discards()
    sentence: set[tuple[str, ...]] = set()
    story: set[tuple[str, ...]] = set()
    for line in dictionary_lines(path):
        text = line.text
        target = story if text.startswith("+") else sentence
        words = tuple(text.lstrip("+").replace("_", " ").upper().split())
        if words:
            target.add(words)
    return Discards(frozenset(sentence), frozenset(story))
