"""Resolve a noun phrase to an actor: names, demonyms, capitals as metonyms, sector nouns, descriptions.

The quote and event stages call :meth:`ActorIndex.resolve_phrase` with the head token of a subject
or object; this resolver answers, creating (once per article) the group actors CAMEO codes as
country + sector (CAMEO manual ch. 3):

- "Hungarian officials" -> HUNGOV, "Venezuelan troops" -> VENMIL (demonym + sector noun)
- "Caracas said", "Washington imposed" -> VENGOV, USAGOV (a capital as the subject stands for its government)
- "the army", "Venezuela's army" -> (VEN)MIL; "police" -> COP; "rebels" -> REB; "the opposition" -> OPP ...
- "the Venezuelan leader", "the president" -> the one person in the article who fits, if exactly one does.

A bare sector noun takes its country from the phrase, else from the article's dominant country
(only when one country clearly dominates), else it has none.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import KnowledgeBase
from newsgraph.actors.names import normalise
from newsgraph.records import Actor

_LOCATIVE = frozenset(
    ["in", "at", "from", "to", "into", "near", "inside", "outside", "across", "toward", "towards", "through"]
)
_DESCRIPTIVE_TITLES = frozenset(
    ["leader", "president", "prime", "minister", "premier", "chancellor", "king", "queen", "emir"]
)


class PhraseResolver:
    """A per-article resolver (install it with :meth:`ActorIndex.set_phrase_resolver`)."""

    def __init__(self, kb: KnowledgeBase, *, date: str | None, dominant_country: str | None) -> None:
        self.kb = kb
        self.date = date
        self.dominant = dominant_country
        self.groups: dict[str, str] = {}  # CAMEO code -> actor id created for it

    def __call__(self, index: ActorIndex, head: Token) -> Actor | None:
        found = index.actor_at(head)
        if found is not None:
            return self._metonym(index, head, found)
        sector, use = self._sector(head)
        if sector is not None:
            country = self.country_in_phrase(index, head)
            definite = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in head.children)
            if use == "title" and head.tag_ not in ("NNS", "NNPS"):
                person = self.described_person(index, head, country)
                if person is not None:
                    return person
                if not definite and country is None:
                    return None  # "a spokesman": some unknown person, not a body
            if country is None and (use == "group" or definite):
                country = self.dominant
            return self._group(index, head, country, sector)
        return index.named_actor_in_phrase(head)

    # -- pieces -------------------------------------------------------------------------------
    def _metonym(self, index: ActorIndex, head: Token, found: Actor) -> Actor:
        capital = found.kind == "location" and found.country and self.kb.country_of_capital(found.name)
        if capital and found.country and not (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE):
            name = f"{self._country_name(found.country)} government"
            return self._group(index, head, found.country, "GOV", name=name)
        return found

    def _sector(self, head: Token) -> tuple[str | None, str | None]:
        """Sector named by the head noun, trying two-word forms ("armed forces", "national assembly") first."""
        left = head.doc[head.i - 1] if head.i > 0 else None
        candidates = []
        if left is not None and left.dep_ in ("compound", "amod"):
            candidates.append(f"{left.lower_} {head.lower_}")
        candidates += [head.lower_, head.lemma_.lower()]
        for words in candidates:
            entry = self.kb.sector_words.get(normalise(words))
            if entry is not None:
                return entry.sector, entry.use
        return None, None

    def country_in_phrase(self, index: ActorIndex, head: Token) -> str | None:
        """The country a noun phrase names: demonym, country, capital, national body or leader ("Maduro's")."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                code = self._country_of_token(index, child)
                if code:
                    return code
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        code = self._country_of_token(index, pobj)
                        if code:
                            return code
        return None

    def _country_of_token(self, index: ActorIndex, tok: Token) -> str | None:
        actor = index.actor_at(tok)
        if actor is not None and actor.kind in ("country", "group", "location") and actor.country:
            return actor.country
        if actor is not None and actor.kind == "organization" and actor.country:
            return actor.country
        if actor is not None and actor.kind == "person" and actor.country and tok.dep_ in ("poss", "compound"):
            return actor.country  # "Maduro's government", "the Maduro regime"
        text = (tok.ent_type_ and tok.doc[tok.left_edge.i : tok.i + 1].text) or tok.text
        return (
            self.kb.country_of_demonym(tok.text)
            or self.kb.country_of_name(tok.text)
            or self.kb.country_of_name(text.removesuffix("'s"))
        )

    def _country_name(self, code: str) -> str:
        c = self.kb.countries.get(code)
        if c is None:
            return code
        return c.demonyms[0] if c.demonyms else c.name

    def _group(
        self, index: ActorIndex, head: Token, country: str | None, sector: str, *, name: str | None = None
    ) -> Actor:
        code = f"{country or ''}{sector}"
        left = min(
            [head.i, *(c.i for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < head.i)]
        )
        left = min([left, *(t.i for c in head.children if c.dep_ == "poss" for t in c.subtree)])
        span = head.doc[left : head.i + 1]
        aid = self.groups.get(code)
        if aid is None:
            aid = index.new_id()
            label = name or " ".join(span.text.split())
            index.add(Actor(id=aid, name=label, kind="group", code=code, country=country, sector=sector))
            self.groups[code] = aid
        index.add_mention(aid, span)
        return index.get(aid)

    def described_person(self, index: ActorIndex, head: Token, country: str | None) -> Actor | None:
        """ "the Venezuelan leader" / "the president": the single person in the article it fits."""
        noun = head.lower_
        if noun not in _DESCRIPTIVE_TITLES and head.lemma_.lower() not in _DESCRIPTIVE_TITLES:
            return None
        if any(
            c.dep_ in ("poss", "compound") and index.actor_at(c) is None and c.pos_ == "PROPN" for c in head.children
        ):
            return None
        fits = []
        for actor in index:
            if actor.kind != "person" or actor.sector != "GOV" or not index.mentions_of(actor.id):
                continue
            if country is not None and actor.country != country:
                continue
            titles = " ".join(actor.roles).lower()
            for known in self.kb.canonical(actor.name)[:1]:
                tenure = known.tenure_at(self.date)
                titles += " " + (tenure.role if tenure else "")
            titles = re.sub(r"vice[ -]president", "", titles)
            if noun == "leader":
                ok = any(
                    w in titles for w in ("president", "prime minister", "leader", "chancellor", "premier", "king")
                )
            else:
                ok = noun in titles
            if ok:
                fits.append(actor)
        if len(fits) != 1:
            return None
        left = min([head.i, *(c.i for c in head.children if c.dep_ in ("amod", "compound"))])
        index.add_mention(fits[0].id, head.doc[left : head.i + 1])
        return fits[0]
