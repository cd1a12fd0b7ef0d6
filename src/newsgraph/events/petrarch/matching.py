"""Matching PETRARCH verb patterns against the words around a verb.

Words before ``*`` are looked for leftwards from the verb, words after it rightwards,
each element after the previous one; ``_`` demands adjacency, a space allows words in
between (TABARI/PETRARCH semantics, here on the linear word sequence of our parse).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.events.petrarch.sentence import CodedSentence, Compound
from newsgraph.events.petrarch.verbs import Element, Pattern

_MAX_PHRASE = 8  # longest synset phrase or actor group an adjacent element may span


@dataclass(slots=True)
class Binding:
    source: Compound | None = None
    target: Compound | None = None
    both: Compound | None = None


class PatternMatcher:
    """Matches patterns of one sentence (words, actor groups, noun-chunk starts)."""

    def __init__(
        self, doc: Doc, cs: CodedSentence, synsets: dict[str, list[tuple[str, ...]]], chunk_ends: dict[int, int]
    ):
        self.doc = doc
        self.cs = cs
        self.texts = [w.text for w in cs.words]
        self.synsets = synsets
        self.chunk_ends = chunk_ends
        self.group_end = {g.start: g.end for g in cs.groups}
        self.word_set = frozenset(self.texts)
        self._syn_present: dict[str, bool] = {}

    def _possible(self, pattern: Pattern) -> bool:
        """A cheap test that rules out most patterns: their literal words must all occur."""
        if not pattern.words <= self.word_set:
            return False
        for name in pattern.synsets:
            present = self._syn_present.get(name)
            if present is None:
                present = any(phrase[0] in self.word_set for phrase in self.synsets.get(name, ()))
                self._syn_present[name] = present
            if not present:
                return False
        return True

    # -- one element at one position: the end position, or None
    def _at(self, el: Element, p: int, binding: Binding) -> int | None:
        texts = self.texts
        if p >= len(texts):
            return None
        if el.kind == "word":
            if texts[p] != el.value:
                return None
            if el.preposition and self.doc[self.cs.words[p].first].pos_ != "ADP":
                return None  # "(TO)" is a prepositional phrase, not the "to" of an infinitive
            return p + 1
        if el.kind == "syn":
            for phrase in self.synsets.get(el.value, ()):
                if tuple(texts[p : p + len(phrase)]) == phrase:
                    return p + len(phrase)
            return None
        if el.kind == "skip":
            end = self.group_end.get(p) or self.chunk_ends.get(p)
            return end
        comp = self.cs.compound_at(p)
        if comp is None:
            return None
        if el.kind == "both":
            if len(comp.groups) < 2 or comp.start != p:
                return None
            binding.both = comp
            return comp.end
        if el.kind == "source":
            binding.source = comp
        else:
            binding.target = comp
        return self.group_end[p]

    def match(self, pattern: Pattern, vs: int, ve: int) -> Binding | None:
        if not self._possible(pattern):
            return None
        binding = Binding()
        pos = ve
        glued = pattern.star_glued_after
        for el in pattern.after:
            end = None
            if glued:
                end = self._at(el, pos, binding)
            else:
                for p in range(pos, len(self.texts)):
                    end = self._at(el, p, binding)
                    if end is not None:
                        break
            if end is None:
                return None
            pos = end
            glued = el.glued
        limit = vs
        glued = pattern.star_glued_before
        before = pattern.before
        for idx in range(len(before) - 1, -1, -1):
            el = before[idx]
            found = None
            lowest = max(0, limit - _MAX_PHRASE) if glued else 0
            for p in range(limit - 1, lowest - 1, -1):
                end = self._at(el, p, binding)
                if end is not None and end <= limit and (not glued or end == limit):
                    found = p
                    break
            if found is None:
                return None
            limit = found
            # an element glued to the one after it: that one must start where this one ends
            glued = idx > 0 and before[idx - 1].glued
        return binding
