"""Matching PETRARCH verb patterns against the words around a verb.

Words before ``*`` are looked for leftwards from the verb, words after it rightwards,
each element after the previous one; ``_`` demands adjacency, a space allows words in
between (TABARI/PETRARCH semantics, here on the linear word sequence of our parse).

PETRARCH2 matches the part after ``*`` against the verb phrase of its constituency parse, so
words after the verb count only inside the verb's phrase (:class:`Reach`: its dependency
subtree without conjoined verbs: "launched missiles into Ukraine, including as part of its
overnight attack" has no ``* ATTACK`` of "launch" once the participle clause is cut off, as
it sits outside the verb phrase in a constituency tree only when attached to another verb),
and a ``(PREP ...)`` group is a prepositional phrase of the verb or of its object, not one
nested under another preposition ("congratulated X on Brazil's election to the Council" has
no ``* (TO)``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.events.petrarch.sentence import CodedSentence, Compound
from newsgraph.events.petrarch.verbs import Element, Pattern

_MAX_PHRASE = 8  # longest synset phrase or actor group an adjacent element may span


@dataclass(slots=True)
class Binding:
    source: Compound | None = None
    target: Compound | None = None
    both: Compound | None = None


@dataclass(frozen=True, slots=True)
class Reach:
    """Where the part of a pattern after ``*`` may match: the words of the verb's phrase
    (None: anywhere to the end of the sentence) and the verb itself, to which a ``(PREP``
    group must attach."""

    words: frozenset[int] | None
    verb: Token | None


ANYWHERE = Reach(None, None)
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})


def verb_reach(verb: Token, tok_word: dict[int, int]) -> Reach:
    """The words of ``verb``'s phrase: its subtree without conjoined verbs and what they govern."""
    out: set[int] = set()
    stack = [verb]
    while stack:
        t = stack.pop()
        if t.i in tok_word:
            out.add(tok_word[t.i])
        for c in t.children:
            if t is verb and c.dep_ in ("conj", "cc", "preconj"):
                continue
            stack.append(c)
    return Reach(frozenset(out), verb)


def _attached(prep: Token, verb: Token) -> bool:
    """Whether the preposition heads a phrase of ``verb`` itself or of a noun phrase the verb
    governs directly (through no other preposition and no other verb)."""
    node = prep.head
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.head.i == node.i or node.pos_ == "ADP" or node.dep_ in ("prep", "agent"):
            return False
        if node.pos_ in _CLAUSE_HEADS:
            return False
        node = node.head
    return False


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
    def _at(self, el: Element, p: int, binding: Binding, reach: Reach = ANYWHERE) -> int | None:
        texts = self.texts
        if p >= len(texts):
            return None
        if el.kind == "word":
            if texts[p] != el.value:
                return None
            if el.preposition:
                tok = self.doc[self.cs.words[p].first]
                if tok.pos_ != "ADP":
                    return None  # "(TO)" is a prepositional phrase, not the "to" of an infinitive
                if reach.verb is not None and not _attached(tok, reach.verb):
                    return None
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

    def match(self, pattern: Pattern, vs: int, ve: int, reach: Reach = ANYWHERE) -> Binding | None:
        if not self._possible(pattern):
            return None
        binding = Binding()
        pos = ve
        glued = pattern.star_glued_after
        inside = reach.words
        for el in pattern.after:
            end = None
            if glued:
                if inside is None or pos in inside:
                    end = self._at(el, pos, binding, reach)
            else:
                for p in range(pos, len(self.texts)):
                    if inside is not None and p not in inside:
                        continue
                    end = self._at(el, p, binding, reach)
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
