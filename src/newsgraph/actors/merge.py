"""Merging mentions into entities within one article (coreference of names, not pronouns).

Rules, in order: countries by country code; organisations by knowledge-base id, name, or
acronym <-> expansion; people by knowledge-base id, then full names, then shorter forms
(surname, given name + surname, nickname) joined to the one full name they fit — a short form
that fits two different people (Jorge and Héctor Rodríguez) stays a separate, unlinked actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.actors.knowledge import KnowledgeBase, KnownActor
from newsgraph.actors.mentions import Mention
from newsgraph.actors.names import acronym_matches, is_acronym, name_tokens, normalise, shouted


@dataclass(slots=True)
class Entity:
    """One real-world entity of the article and its mentions."""

    kind: str
    name: str
    mentions: list[Mention] = field(default_factory=list)
    known: KnownActor | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    ambiguous: bool = False

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if (
            self.known is None
            and shouted(self.name)
            and not shouted(m.name)
            and normalise(m.name) == normalise(self.name)
        ):
            self.name = m.name  # "Caracas", not the dateline's "CARACAS"
        for form in (m.name, m.nickname):
            if form and normalise(form) != normalise(self.name) and form not in self.aliases:
                self.aliases.append(form)

    @property
    def tokens(self) -> list[str]:
        return name_tokens(self.name)


def _fits(short: list[str], full: list[str], nickname: str | None) -> bool:
    """Whether the short name form ``short`` can denote the person called ``full``."""
    if not short or short == full:
        return bool(short)
    if len(short) > len(full) >= 2 and short[0] == full[0] and short[-1] == full[-1]:
        # "Julie J. Chung" for Julie Chung: only middle initials added
        return all(len(t) == 1 for t in short[1:-1]) and len(short) == len(full) + sum(len(t) == 1 for t in short[1:-1])
    if nickname and (short == name_tokens(nickname) or short == [*name_tokens(nickname), *full[1:]]):
        return True  # "El Pollo", or "Julie Smith" for Julianne “Julie” Smith
    if len(short) == 1:
        return short[0] in full[1:]  # a surname (first or second), not a given name
    # "Iván Duque" for "Iván Duque Márquez", "Duque Márquez" for the same
    return all(t in full for t in short) and (short[0] == full[0] or short[0] in full[1:]) and short[-1] in full[1:]


def merge_mentions(mentions: list[Mention], kb: KnowledgeBase, date: str | None) -> list[Entity]:
    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}

    def entity_for(key: str, kind: str, name: str, **kw: object) -> Entity:
        ent = by_key.get(key)
        if ent is None:
            ent = Entity(kind=kind, name=name, **kw)  # type: ignore[arg-type]
            by_key[key] = ent
            entities.append(ent)
        return ent

    # a lone surname the model typed as an organisation or place ("Duque" as ORG) is a person (before the
    # places are merged: "congratulated Guaidó" tagged GPE is no place)
    full_names = [name_tokens(m.name) for m in mentions if m.kind == "person" and len(name_tokens(m.name)) > 1]
    for m in mentions:
        if m.kind == "person" and m.known is not None:
            full_names += [name_tokens(a) for a in (m.known.name, *m.known.aliases) if len(name_tokens(a)) > 1]
    for m in mentions:
        if (
            m.kind in ("organization", "location")
            and m.known is None
            and m.pair is None
            and m.n_tokens <= 3
            and not is_acronym(m.name)
            and any(_fits(name_tokens(m.name), full, None) for full in full_names)
        ):
            m.kind, m.country = "person", None
    # countries, places, groups
    for m in mentions:
        if m.kind == "country" and m.country:
            entity_for(f"country:{m.country}", "country", kb.countries[m.country].name, country=m.country).add(m)
        elif m.kind == "location":
            entity_for(f"location:{normalise(m.name)}", "location", m.name, country=m.country).add(m)
        elif m.kind == "group":
            known = None if m.country else _single(kb.lookup(m.name))
            if known is not None:
                entity_for(known.id, known.kind, known.name, known=known).add(m)
            elif m.country:
                entity_for(f"group:{m.country}", "group", m.name, country=m.country).add(m)
            else:
                entity_for(f"group:{normalise(m.name)}", "group", m.name).add(m)

    # organisations: acronym pairs first, then knowledge base, then names and initials
    orgs = [m for m in mentions if m.kind == "organization"]
    pair_entity: dict[int, Entity] = {}
    for m in sorted(orgs, key=lambda m: is_acronym(m.name)):  # expansions before acronyms
        ent: Entity | None = None
        if m.known is not None:
            ent = entity_for(m.known.id, m.known.kind, m.known.name, known=m.known)
        elif m.pair is not None and m.pair in pair_entity:
            ent = pair_entity[m.pair]
        else:
            key = f"org:{normalise(m.name)}"
            ent = by_key.get(key)
            if ent is None and is_acronym(m.name):
                fits = [e for e in entities if e.kind == "organization" and acronym_matches(m.name, e.name)]
                ent = fits[0] if len(fits) == 1 else None
            if ent is None:
                ent = entity_for(key, "organization", m.name)
            by_key.setdefault(key, ent)
        if m.pair is not None:
            pair_entity.setdefault(m.pair, ent)
        ent.add(m)
        by_key.setdefault(f"org:{normalise(m.name)}", ent)

    # people: full names first, then the shorter forms
    people = sorted(
        (m for m in mentions if m.kind == "person"),
        key=lambda m: (
            len(name_tokens(m.name)) == 1,
            m.known is None,
            m.nickname is None,
            -len(name_tokens(m.name)),
            m.start,
        ),
    )
    persons: list[Entity] = []
    for m in people:
        toks = name_tokens(m.name)
        if m.known is not None and len(toks) == 1:
            # a known surname ("Maduro") still refers back to a namesake named in full in this article
            local = [e for e in persons if e.known is None and any(_fits(toks, f, _nickname(e)) for f in _forms(e))]
            # ... unless a title names the office the known one holds that day ("President Biden" is not the
            # "First Lady Jill Biden" of the same release)
            holds_office = m.titled and m.known.tenure_at(date) is not None
            if (
                local
                and not holds_office
                and not any(e.known is not None and e.known.id == m.known.id for e in persons)
            ):
                m.known = None
        if m.known is not None:
            ent = entity_for(m.known.id, "person", m.known.name, known=m.known)
            if ent not in persons:
                persons.append(ent)
            ent.add(m)
            continue
        fits = [e for e in persons if not e.ambiguous and any(_fits(toks, full, _nickname(e)) for full in _forms(e))]
        if len(fits) > 1 and len(toks) == 1:
            # a short form refers back: only the people named before it are candidates
            earlier = [e for e in fits if min(mm.start for mm in e.mentions) < m.start]
            fits = earlier if len(earlier) == 1 else fits
        if len(fits) > 1 and m.titled:
            # "President Trump" with Melania Trump in the text: the one holding an office that day
            in_office = [e for e in fits if e.known is not None and e.known.tenure_at(date) is not None]
            fits = in_office if len(in_office) == 1 else fits
        if len(fits) == 1:
            fits[0].add(m)
            continue
        if len(fits) > 1:
            ent = entity_for(f"ambiguous:{normalise(m.name)}", "person", m.name, ambiguous=True)
            ent.add(m)
            continue
        if len(toks) == 1 and not fits:
            # a given name alone ("Ned") for the one person of that given name named before it
            given = [e for e in persons if not e.ambiguous and len(e.tokens) > 1 and e.tokens[0] == toks[0]]
            given = [e for e in given if min(mm.start for mm in e.mentions) < m.start]
            surname_of_other = any(toks[0] in e.tokens[1:] for e in persons)
            if len(given) == 1 and not surname_of_other:
                given[0].add(m)
                continue
        if len(toks) == 1:
            known = _kb_short(kb, m.name, date) or (_kb_titled_surname(kb, toks[0], date) if m.titled else None)
            if known is not None:
                ent = entity_for(known.id, "person", known.name, known=known)
                if ent not in persons:
                    persons.append(ent)
                ent.add(m)
                continue
        ent = entity_for(f"person:{normalise(m.name)}", "person", m.name)
        if ent not in persons:
            persons.append(ent)
        ent.add(m)
    # a person's later short forms may have joined the KB entity; names read best as the longest form
    for ent in persons:
        if ent.known is None and ent.mentions:
            longest = max((mm.name for mm in ent.mentions), key=lambda n: len(name_tokens(n)))
            if len(name_tokens(longest)) > len(ent.tokens):
                ent.aliases = [a for a in ent.aliases if a != longest]
                if ent.name not in ent.aliases:
                    ent.aliases.append(ent.name)
                ent.name = longest
    return [e for e in entities if e.mentions]


def _forms(ent: Entity) -> list[list[str]]:
    """The full names an entity is known by (its name, its KB aliases, its multi-word mentions)."""
    forms = [ent.tokens, *(name_tokens(m.name) for m in ent.mentions if len(name_tokens(m.name)) > 1)]
    if ent.known is not None:
        forms += [name_tokens(a) for a in ent.known.aliases if len(name_tokens(a)) > 1]
    return forms


def _nickname(ent: Entity) -> str | None:
    for m in ent.mentions:
        if m.nickname:
            return m.nickname
    return None


def _single(found: list[KnownActor]) -> KnownActor | None:
    return found[0] if len(found) == 1 else None


def _kb_short(kb: KnowledgeBase, name: str, date: str | None) -> KnownActor | None:
    """A single-word name links to the knowledge base only when exactly one known person is meant."""
    found = [a for a in kb.lookup(name, "person") if a.known_at(date)]
    if len(found) > 1:
        found = [a for a in found if a.tenure_at(date)]
    return found[0] if len(found) == 1 else None


def _kb_titled_surname(kb: KnowledgeBase, surname: str, date: str | None) -> KnownActor | None:
    """ "Foreign Minister Solá": a titled surname is the one known person of that surname in office on the date."""
    found = [a for a in kb.by_surname.get(surname, []) if a.tenure_at(date) is not None]
    return found[0] if len(found) == 1 else None
