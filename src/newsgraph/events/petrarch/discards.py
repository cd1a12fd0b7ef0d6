"""The PETRARCH discard dictionary: phrases that mark sentences (or, with ``+``, whole
stories) as outside political event coding — sports, weather, entertainment."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.events.petrarch.lines import dictionary_lines


@dataclass(frozen=True, slots=True)
class Discards:
    """Word sequences (upper case) that discard a sentence or the whole story."""

    sentence: frozenset[tuple[str, ...]] = frozenset()
    story: frozenset[tuple[str, ...]] = frozenset()

    def first_hit(self, words: list[str], phrases: frozenset[tuple[str, ...]]) -> tuple[str, ...] | None:
        """The first of ``phrases`` that occurs in ``words``, if any."""
        if not phrases:
            return None
        index = _first_word_index(phrases)
        for i, word in enumerate(words):
            for p in index.get(word, ()):
                if tuple(words[i : i + len(p)]) == p:
                    return p
        return None


@cache
def _first_word_index(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        index.setdefault(p[0], []).append(p)
    return index


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
