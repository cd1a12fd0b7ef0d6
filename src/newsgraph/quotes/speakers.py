"""Speakers: resolve the source of a claim, as written, to an actor of the article.

Named sources resolve through the :class:`ActorIndex`; named organisations, media and
people the actor stage missed are added to it, when the actor stage's own typing of the
name accepts it as a person, organisation, group or country (so a name it rejected, such
as a heading word tagged as a person, does not come back as a speaker). Pronouns ("he said"), relative pronouns
("Trump, who said …") and elided sources ("…,” said at the press meeting) resolve by a
small in-document coreference: the most recent compatible actor mentioned as a subject
(or as the speaker of an earlier quote) in the preceding sentences. Generic sources
("sources", "a senior official") keep their span but get no speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import current_knowledge
from newsgraph.actors.mentions import typed_mention
from newsgraph.data import read_toml
from newsgraph.docindex import doc_index
from newsgraph.errors import ConfigError
from newsgraph.quotes.cues import CueLexicon
from newsgraph.records import Actor, ActorKind

_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # entity types a named source can have
_SPEAKER_KINDS: frozenset[ActorKind] = frozenset({"person", "organization", "country", "group"})
_PERSON_KINDS = frozenset({"person"})
_NONPERSON_KINDS = frozenset({"organization", "country", "group", "location"})
_PLURAL_KINDS = frozenset({"organization", "country", "group"})
_LOOKBACK_SENTENCES = 4
_MALE_PRONOUNS = frozenset({"he", "him", "his"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
_MALE_TITLES = frozenset({"mr.", "mr"})
_FEMALE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss"})


@dataclass(frozen=True, slots=True)
class GivenNames:
    female: frozenset[str]
    male: frozenset[str]


@cache
def load_given_names() -> GivenNames:
    """The packaged given-name list (parsed and validated once per process)."""
    data = read_toml("quotes/given_names.toml", code="C400")
    lists = [data.get("female"), data.get("male")]
    if not all(isinstance(v, list) and all(isinstance(n, str) for n in v) for v in lists):
        raise ConfigError("given_names.toml: 'female' and 'male' must be lists of names", code="C402")
    female, male = ({n.lower() for n in v} for v in lists)  # type: ignore[union-attr]
    return GivenNames(female=frozenset(female - male), male=frozenset(male - female))


class SpeakerResolver:
    """Resolves source tokens of one document; remembers earlier speakers as antecedents."""

    def __init__(self, doc: Doc, actors: ActorIndex, lex: CueLexicon, *, date: str | None = None) -> None:
        self.doc = doc
        self.date = date  # the article's publication date, for dated knowledge-base roles
        self.actors = actors
        self.lex = lex
        self._speaker_at: list[tuple[int, str]] = []  # (token index, actor id) of resolved sources
        self._genders: dict[str, str | None] = {}

    def note_speaker(self, token_index: int, actor_id: str) -> None:
        self._speaker_at.append((token_index, actor_id))

    def resolve(self, head: Token) -> str | None:
        """The actor id the source headed by ``head`` denotes, if any."""
        low = head.lower_
        if low in self.lex.relative_pronouns and head.dep_.startswith("nsubj") and head.head.dep_ == "relcl":
            return self.resolve(head.head.head)
        if low in self.lex.first_person:
            return None
        if low in self.lex.person_pronouns:
            return self.antecedent(head.i, _PERSON_KINDS, gender=_pronoun_gender(low))
        if low in self.lex.nonperson_pronouns:
            return self.antecedent(head.i, _NONPERSON_KINDS)
        if low in self.lex.plural_pronouns:
            return self.antecedent(head.i, _PLURAL_KINDS)
        found = self.actors.actor_at(head) or self.actors.resolve_phrase(head)
        if found is not None:
            return found.id
        for tok in head.subtree:  # "reports from NRK", "a spokesman for the ministry"
            if tok.i != head.i and tok.dep_ in ("pobj", "appos", "compound", "poss"):
                found = self.actors.actor_at(tok)
                if found is not None:
                    return found.id
        return self._add_named(head)

    def gender(self, actor_id: str) -> str | None:
        """ "f", "m" or None, from the actor's given name or an honorific before one of its mentions."""
        if actor_id in self._genders:
            return self._genders[actor_id]
        names = load_given_names()
        actor = self.actors.get(actor_id)
        found: str | None = None
        first = actor.name.split()[0].lower() if actor.name else ""
        if first in names.female:
            found = "f"
        elif first in names.male:
            found = "m"
        else:
            for m in self.actors.mentions_of(actor_id):
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                words = [t.lower_ for t in self.doc[max(0, span.start - 1) : span.start + 1]]
                if any(w in _FEMALE_TITLES for w in words):
                    found = "f"
                    break
                if any(w in _MALE_TITLES for w in words):
                    found = "m"
                    break
        self._genders[actor_id] = found
        return found

    def antecedent(self, before: int, kinds: frozenset[str], *, gender: str | None = None) -> str | None:
        """The most recent actor of one of ``kinds`` (and not of the other gender) that was a subject or a
        speaker before token ``before``."""
        doc = self.doc
        index = doc_index(doc)
        sent_start = index.sent(before).start if before < len(doc) else len(doc)
        window_start = sent_start
        sent = index.sent(before) if before < len(doc) else None
        for _ in range(_LOOKBACK_SENTENCES):
            if sent is None or sent.start == 0:
                break
            sent = index.sent(sent.start - 1)
            window_start = sent.start
        best: tuple[int, str] | None = None
        fallback: tuple[int, str] | None = None
        for i in range(before - 1, window_start - 1, -1):
            actor = self.actors.actor_at(i)
            if actor is None or not self._agrees(actor.id, gender):
                continue
            if actor.kind not in kinds and not (kinds is _PERSON_KINDS and self._one_person(doc[i])):
                continue
            tok = doc[i]
            if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj", "nsubjpass"):
                best = (i, actor.id)
                break
            if fallback is None:
                fallback = (i, actor.id)
        for i, aid in reversed(self._speaker_at):
            fits = self.actors.get(aid).kind in kinds or (kinds is _PERSON_KINDS and self._one_person(doc[i]))
            if window_start <= i < before and fits and self._agrees(aid, gender):
                if best is None or i > best[0]:
                    best = (i, aid)
                break
        chosen = best or fallback
        return chosen[1] if chosen else None

    def _one_person(self, tok: Token) -> bool:
        """Whether ``tok`` heads a phrase for one person ("the president", "a State Department spokesman")."""
        return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in self.lex.person_nouns

    def _agrees(self, actor_id: str, gender: str | None) -> bool:
        if gender is None:
            return True
        known = self.gender(actor_id)
        return known is None or known == gender

    def _add_named(self, head: Token) -> str | None:
        """Register a named source the actor stage did not know (a medium, an agency, a person),
        typed by the actor stage's own rules; None when they reject the name."""
        ent = doc_index(self.doc).ent_at(head.i)
        if ent is not None and ent.label_ in _NAME_LABELS:
            name = ent.text.removeprefix("the ").strip()
            for existing in self.actors:
                if existing.name.lower() == name.lower():
                    self.actors.add_mention(existing.id, ent)
                    return existing.id
        if ent is None or len(ent) == 1:
            person = self._person_by_surname(head)
            if person is not None:
                self.actors.add_mention(person, ent if ent is not None else self.doc[head.i : head.i + 1])
                return person
        if ent is None or ent.label_ not in _NAME_LABELS:
            return None
        mention = typed_mention(self.doc, ent.start, ent.end, ent.label_, current_knowledge(), self.date)
        if mention is None or mention.kind not in _SPEAKER_KINDS:
            return None  # "QUESTION:", "Photographs showed …": no person, organisation or medium
        actor = self.actors.add(
            Actor(id=self.actors.new_id(), name=mention.name, kind=mention.kind),
            [self.doc[mention.start : mention.end]],
        )
        return actor.id

    def _person_by_surname(self, head: Token) -> str | None:
        """The one person of the article whose surname a lone name word is, in any case
        ("ASSISTANT SECRETARY NICHOLS:" after "Brian Nichols"); None when none or several are."""
        if not head.is_alpha or not (head.pos_ == "PROPN" or head.is_upper):
            return None
        people = [a.id for a in self.actors if a.kind == "person" and a.name.lower().split()[-1:] == [head.lower_]]
        return people[0] if len(people) == 1 else None


def _pronoun_gender(pronoun: str) -> str | None:
    if pronoun in _MALE_PRONOUNS:
        return "m"
    if pronoun in _FEMALE_PRONOUNS:
        return "f"
    return None
