"""The actor stage: a parsed article -> one actor per entity, with roles and CAMEO codes.

mentions (NER + repairs + gazetteer) -> entities (merge rules) -> roles -> codes -> ActorIndex,
with a :class:`PhraseResolver` installed for the quote and event stages.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from newsgraph.actors.codes import Coding, international_body, organisation_coding, person_coding
from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import KnowledgeBase, current_knowledge, group_names, words
from newsgraph.actors.mentions import find_mentions
from newsgraph.actors.merge import Entity, merge_mentions
from newsgraph.actors.names import normalise
from newsgraph.actors.namesakes import us_state_places
from newsgraph.actors.occasions import venue_occasions
from newsgraph.actors.publishers import publisher_country
from newsgraph.actors.resolver import PhraseResolver
from newsgraph.actors.roles import Role, country_after, premodifier, roles_of_mention
from newsgraph.places import place_country
from newsgraph.records import Actor, Article

_DOMESTIC = frozenset(("GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "PTY"))


def find_actors(doc: Doc, article: Article, knowledge: KnowledgeBase | None = None) -> ActorIndex:
    """The actors of ``article`` (parsed as ``doc``); ``knowledge`` defaults to the installed knowledge base."""
    kb = knowledge or current_knowledge()
    date = article.published
    entities = merge_mentions(find_mentions(doc, kb, date), kb, date)
    _place_countries(entities)
    dominant = dominant_country(entities, doc, kb)
    index = ActorIndex(doc)
    roles_of: dict[int, list[Role]] = {}
    codings: dict[int, Coding] = {}
    for n, ent in enumerate(entities):  # people first: their roles place organisations
        if ent.kind == "person":
            roles_of[n] = _roles(doc, ent, kb)
            codings[n] = _coding(ent, roles_of[n], date, kb)
            if codings[n].country is None:
                codings[n] = _stated_country(doc, ent, codings[n], kb)
            if codings[n].country is None and ent.known is None:
                codings[n] = _namesakes_country(ent, roles_of[n], codings[n], date, kb)
    org_country = _countries_from_roles(entities, roles_of, codings)
    publisher = publisher_country(article.source, kb)
    # a leader's country is guessed only where one country overwhelms the rest (twice the next)
    leading = dominant and dominant_country(entities, doc, kb, ratio=2.0)
    for n, ent in enumerate(entities):
        coding = codings.get(n) or _coding(ent, [], date, kb)
        if ent.kind == "organization" and ent.known is not None and coding.country and _generic_name_only(doc, ent):
            ent, coding = _national_institution(doc, ent, coding, kb, leading or None, publisher)
        if ent.kind == "organization" and coding.country is None and ent.known is None:
            coding = _owner_country(doc, ent, coding, kb)  # a known international body stays one
        if ent.kind in ("organization", "location") and coding.country is None and _diplomatic_post(ent.name):
            # "our Embassy in Minsk", "Embassy Kyiv" of a government's release: its own post (not the host's)
            ent = replace(ent, kind="organization")
            coding = Coding(f"{publisher}GOV", publisher, "GOV") if publisher else Coding("GOV", None, "GOV")
        if ent.kind == "organization" and coding.country is None and coding.sector in _DOMESTIC:
            # "the Senate Foreign Relations Committee" chaired by a U.S. senator; else the article's country
            country = org_country.get(normalise(ent.name)) or dominant
            if country:
                coding = Coding(f"{country}{coding.sector}", country, coding.sector)
        actor = Actor(
            id=index.new_id(),
            name=ent.name,
            kind=ent.kind,  # type: ignore[arg-type]
            aliases=tuple(ent.aliases),
            roles=tuple(r.text for r in roles_of.get(n, [])),
            code=coding.code,
            country=coding.country,
            sector=coding.sector,
        )
        index.add(actor, [doc[m.start : m.end] for m in ent.mentions])
    _countries_from_coordination(index, kb, publisher)
    _countries_from_listed_officials(index, publisher)
    _countries_from_delegations(index, kb)
    _countries_from_article(index, kb, dominant, leading or None, publisher)
    _drop_dateline_entities(doc, index)
    us_state_places(doc, index)  # "will travel to Georgia to highlight manufacturing investments": the U.S. state
    venue_occasions(index)  # "agreed at the Vilnius Summit": a gathering, no Lithuanian party
    resolver = PhraseResolver(kb, date=date, dominant_country=dominant, publisher_country=publisher)
    _national_governments(index, resolver, kb)
    index.set_phrase_resolver(resolver)
    _definite_descriptions(doc, index, resolver)
    return index


def _place_countries(entities: list[Entity]) -> None:
    """A city the actors' knowledge has no country for takes the events gazetteer's ("Chittagong", "Donetsk": its
    ``data/lexicon/places.tsv``), so the article's country counts it and "Donetsk authorities" are Ukraine's."""
    for ent in entities:
        if ent.kind == "location" and ent.country is None:
            ent.country = place_country(ent.name)
        elif ent.kind == "organization" and ent.known is None and ent.country is None and " " not in ent.name:
            # "Russia has occupied Crimea": a one-word place of that list the model took for an organisation
            country = place_country(ent.name)
            if country is not None:
                ent.kind, ent.country = "location", country


def _national_governments(index: ActorIndex, resolver: PhraseResolver, kb: KnowledgeBase) -> None:
    """A name that is only a country and a government noun ("Government of Venezuela", "the U.S. Government")
    is the country's government, the group "Maduro's government" and "Caracas" resolve to: a group actor with
    the canonical name, coded country + GOV (CAMEO). (A "U.S. Army" stays an organisation of its own.)"""
    for actor in list(index):
        if actor.kind != "organization" or not actor.country or not actor.sector or kb.lookup(actor.name):
            continue
        rest = []
        for w in actor.name.replace("’", "'").split():
            w = w.removesuffix("'s")
            if kb.country_of_name(w) or kb.country_of_demonym(w) or normalise(w) in ("of", "the"):
                continue
            rest.append(w)
        entry = kb.sector_words.get(normalise(" ".join(rest))) if rest else None
        if entry is None or entry.sector != "GOV" or actor.sector != "GOV" or entry.use == "title" or len(rest) > 2:
            continue
        if len(actor.name.split()) - len(rest) < 1:
            continue
        name = group_names().name(kb, actor.country, actor.sector) or actor.name
        index.update(replace(actor, kind="group", name=name, aliases=(*actor.aliases, actor.name)))
        resolver.groups.setdefault(f"{actor.country}{actor.sector}", actor.id)


def _diplomatic_post(name: str) -> bool:
    """Whether an entity's name is an embassy's or consulate's ("Embassy", "Embassy Kyiv", "Consulate General")."""
    return any(w.strip(".,").lower() in words().diplomatic_posts for w in name.replace("’", "'").split())


def _drop_dateline_entities(doc: Doc, index: ActorIndex) -> None:
    """A dateline's place ("CARACAS, Jan. 24 (newsgraph) —") is no entity of the story: its mentions stay with
    the location actor, but the later stages must not take it for a subject that acts (nor make it a group)."""
    dropped = [e for e in doc.ents if any(index.in_dateline(i) for i in range(e.start, e.end))]
    if dropped:
        doc.set_ents([], outside=dropped, default="unmodified")


_STATE_WORDS = frozenset(("national", "federal", "state", "central"))


def _owner_country(doc: Doc, ent: Entity, coding: Coding, kb: KnowledgeBase) -> Coding:
    """An organisation a country (or one of its known bodies) owns in the text: "Brazil's National Institute for
    Space Research", "Venezuela's National Assembly", "the Pentagon's Defense Intelligence Agency" -> the country,
    with the name's sector; a national/federal/state/central institution
    with no sector word is part of the state (GOV)."""
    for m in ent.mentions:
        if m.start < 2 or doc[m.start - 1].lower_ not in ("'s", "’s", "'", "’"):
            continue
        country = None
        for k in (3, 2, 1):  # "Brazil's", "the United States'"
            if m.start - 1 - k >= 0:
                owner = doc[m.start - 1 - k : m.start - 1].text
                country = country or kb.country_of_name(owner) or kb.country_of_demonym(owner)
                bodies = {a.country for a in kb.lookup(owner) if a.kind != "person" and a.country}
                if country is None and len(bodies) == 1:  # "the Pentagon's Defense Intelligence Agency"
                    country = bodies.pop()
        if country:
            sector = coding.sector
            if sector is None and normalise(ent.name).split()[0] in _STATE_WORDS:
                sector = "GOV"
            return Coding(f"{country}{sector or ''}", country, sector)
    return coding


def _stated_country(doc: Doc, ent: Entity, coding: Coding, kb: KnowledgeBase) -> Coding:
    """A person without a title the text gives a country: "Kenyan Brigid Kosgei", "Kenya's Brigid Kosgei",
    "Brigid Kosgei of Kenya" (one country only)."""
    found = set()
    for m in ent.mentions:
        j = m.start - 1
        if j >= 1 and doc[j].lower_ in ("'s", "’s"):
            found.add(kb.country_of_name(doc[j - 1].text) if doc[j - 1].ent_type_ == "GPE" else None)
        elif j >= 0 and doc[j].text[:1].isupper() and doc[j].ent_type_ in ("NORP", "PERSON"):
            found.add(kb.country_of_demonym(doc[j].text))
        found.add(country_after(doc, m.end, kb))
    found.discard(None)
    if len(found) != 1:
        return coding
    country = found.pop()
    return Coding(f"{country}{coding.sector or ''}", country, coding.sector)


def _namesakes_country(ent: Entity, roles: list[Role], coding: Coding, date: str | None, kb: KnowledgeBase) -> Coding:
    """A titled surname the knowledge base cannot tell apart ("President Roosevelt" with Theodore and Franklin D.
    named too) whose known namesakes with that title all served one country: that country; an elite (ELI) when all
    of them left that office before the article's date."""
    words = ent.name.split()
    heads = {_title_head(r.text) for r in roles} - {""}
    if len(words) != 1 or not heads:
        return coding
    tenures = [
        t
        for known in kb.by_surname.get(normalise(words[0]), [])
        for t in known.tenures
        if heads & set(t.role.lower().replace("-", " ").split()) and (date is None or t.start <= date)
    ]
    countries = {t.country for t in tenures}
    if len(countries) != 1 or None in countries:
        return coding
    country = countries.pop()
    sector = coding.sector
    if date is not None and all(t.end and t.end < date for t in tenures) and sector in _DOMESTIC:
        sector = "ELI"
    return Coding(f"{country}{sector or ''}", country, sector)


def _generic_name_only(doc: Doc, ent: Entity) -> bool:
    """Whether a known body is named only by one word every country's institution has ("the Senate",
    "Congress"), never by a name that is its own ("U.S. Senate")."""
    return all(
        len([t for t in doc[m.start : m.end] if t.lower_ not in ("the", "'s", "’s")]) == 1
        and doc[m.end - 1].lower_ in _INSTITUTION_WORDS
        for m in ent.mentions
    )


_INSTITUTION_WORDS = frozenset(("senate", "congress", "parliament", "house", "assembly", "legislature", "government"))


def _national_institution(
    doc: Doc, ent: Entity, coding: Coding, kb: KnowledgeBase, leading: str | None, publisher: str | None
) -> tuple[Entity, Coding]:
    """ "Argentina's Congress", or "the senate" of a story about Argentina: the institution of the country that owns
    it in the text, else of the article's leading country (unless the publisher is the known body's own government),
    not the known body the bare word names by default (the U.S. Senate)."""
    owned = _owner_country(doc, replace(ent, known=None), Coding(None, None, coding.sector), kb)
    country = owned.country
    if country is None and leading and leading != coding.country and publisher != coding.country:
        country = leading
    if country is None or country == coding.country:
        return ent, coding
    name = doc[ent.mentions[0].end - 1].text
    recoded = replace(ent, known=None, name=name[:1].upper() + name[1:], aliases=[])
    return recoded, Coding(f"{country}{coding.sector or ''}", country, coding.sector)


_DELEGATION_NOUNS = frozenset(("delegation", "team", "side"))
_DELEGATION_VERBS = frozenset(("include", "comprise", "lead", "head"))


def _countries_from_delegations(index: ActorIndex, kb: KnowledgeBase) -> None:
    """Members of a country's delegation take its country: "The Armenian delegation included Deputy Minister of
    Justice Grigor Minasyan, Deputy Central Bank Governor Nerses Yeritsyan" (a State Department release names its
    counterparts so; their staff titles would otherwise be read as the publisher's)."""
    doc = index.doc
    for actor in list(index):
        if actor.kind != "person" or actor.country:
            continue
        for span in index.mentions_of(actor.id):
            found = doc.char_span(span.start, span.end, alignment_mode="expand")
            if found is None:
                continue
            tok = found.root
            while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ == "pobj" and tok.head.dep_ in ("agent", "prep"):
                tok = tok.head  # "was led by X"
            verb = tok.head
            if tok.dep_ not in ("dobj", "agent", "prep") or verb.lemma_.lower() not in _DELEGATION_VERBS:
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _DELEGATION_NOUNS]
            countries = {
                kb.country_of_demonym(m.text) or kb.country_of_name(m.text)
                for s in subjects
                for m in s.children
                if m.dep_ in ("amod", "compound", "poss") and m.text[:1].isupper()
            } - {None}
            if len(countries) == 1:
                country = countries.pop()
                code = f"{country}{actor.sector or ''}"
                index.update(replace(actor, country=country, code=code))
                break


def _countries_from_coordination(index: ActorIndex, kb: KnowledgeBase, publisher: str | None = None) -> None:
    """Officials listed together share a country: "President Alvarado and Foreign Minister Rodolfo Solano" — but
    not the government publisher's: its releases pair its officials with their foreign counterparts ("Secretary
    Blinken and Minister Tileuberdi discussed")."""
    doc = index.doc
    for actor in list(index):
        if actor.kind != "person" or actor.country or actor.sector not in _DOMESTIC:
            continue
        countries = set()
        for span in index.mentions_of(actor.id):
            root = doc.char_span(span.start, span.end, alignment_mode="expand")
            if root is None:
                continue
            # the name's conjuncts, and its title's: "Foreign Minister A and Minister of Economy, Trade, and Industry
            # B" parsed with the second title, not the name, coordinated to A
            title = [t for t in premodifier(doc, root.start, root.end, kb) if t.pos_ in ("NOUN", "PROPN")]
            for tok in [c for t in (root.root, *title) for c in t.conjuncts]:
                other = index.actor_at(tok)
                if other is not None and other.kind == "person" and other.id != actor.id and other.country:
                    countries.add(other.country)
        if len(countries) == 1 and publisher not in countries:
            country = countries.pop()
            index.update(replace(actor, country=country, code=f"{country}{actor.sector}"))


def _countries_from_listed_officials(index: ActorIndex, publisher: str | None) -> None:
    """Officials in one written list share a country when all the others named in it have the same one:
    "met with President Isaac Herzog, National Security Advisor Tzachi Hanegbi, Minister for Strategic Affairs
    Ron Dermer, and Chairman of the National Unity Party Benny Gantz" (the parser often breaks such lists,
    so the list is read on the surface: names separated only by commas, "and" and capitalised title words)."""
    doc = index.doc
    starts: dict[int, tuple[int, str]] = {}  # first token of a person's mention -> (last token, actor id)
    for actor in index:
        if actor.kind == "person":
            for span in index.mentions_of(actor.id):
                toks = doc.char_span(span.start, span.end, alignment_mode="expand")
                if toks is not None and len(toks):
                    starts[toks.start] = (toks.end, actor.id)
    order = sorted(starts.items())
    for actor in list(index):
        if actor.kind != "person" or actor.country or actor.sector not in _DOMESTIC:
            continue
        countries: set[str | None] = set()
        for n, (_, (_, aid)) in enumerate(order):
            if aid != actor.id:
                continue
            for m in (n - 1, n + 1):
                if not 0 <= m < len(order):
                    continue
                (_, (first_end, _)), (second_start, _) = sorted([order[n], order[m]])
                if _list_gap(doc[first_end:second_start]):
                    countries.add(index.get(order[m][1][1]).country)
        country = countries.pop() if len(countries) == 1 else None
        if country is not None and country != publisher:
            index.update(replace(actor, country=country, code=f"{country}{actor.sector}"))


def _list_gap(gap: DocSpan) -> bool:
    """Whether the tokens between two names are only a list's glue and the next name's title: a comma (with or
    without "and"), then capitalised words and "of"/"for"/"the" ("Minister for Strategic Affairs")."""
    toks = list(gap)
    if not toks or toks[0].text != ",":
        return False
    rest = toks[1:]
    if rest and rest[0].lower_ == "and":
        rest = rest[1:]
    return len(rest) <= 8 and all(t.text[:1].isupper() or t.lower_ in ("of", "for", "the", "and", "-") for t in rest)


def _countries_from_article(
    index: ActorIndex, kb: KnowledgeBase, dominant: str | None, leading: str | None, publisher: str | None
) -> None:
    """An official whose country the text never names takes the article's: a leader or minister ("Prime Minister
    Oleksiy Honcharuk") the dominant country's, unless that is the publisher's own (a State Department release
    names foreign ministers without their country); a staff title ("Assistant Secretary Phee", "Principal Deputy
    Spokesperson Jalina Porter", "Governor Hochul") the government publisher's, else the dominant country's.
    A title in an international body ("UN Special Envoy") has no country."""
    w = words()
    for actor in list(index):
        if actor.kind != "person" or actor.country or actor.sector not in _DOMESTIC or not actor.roles:
            continue
        if any(_international_body_in(r, kb) for r in actor.roles):
            continue
        titles = {_title_head(r) for r in actor.roles}
        if titles & w.national_staff_titles:
            country = publisher or dominant
        elif titles & w.leader_titles:
            country = leading if leading != publisher else None
            if country and not _named_near(index, actor, country):
                country = None  # "In 1905, President Theodore Roosevelt mediated ...": not the story's country
            country = country or _visited_country(index, actor, kb, publisher)
        else:
            continue
        if country:
            index.update(replace(actor, country=country, code=f"{country}{actor.sector}"))


_VISIT_PREPOSITIONS = frozenset(("in", "to"))
_VISITS = frozenset(
    ("travel", "trip", "visit", "meet", "meeting", "arrive", "go", "fly", "head", "begin", "tour", "stop", "journey")
)


def _visited_country(index: ActorIndex, person: Actor, kb: KnowledgeBase, publisher: str | None) -> str | None:
    """The one country the sentence of a minister's first mention places the meeting in: "will begin her trip in
    Istanbul and Ankara, Turkey ... to meet with Deputy Foreign Minister Sedat Onal", "will travel to Kenya to meet
    Foreign Minister X" (a place named after "in" or "to", not the publisher's own country)."""
    mentions = index.mentions_of(person.id)
    doc = index.doc
    found = doc.char_span(mentions[0].start, mentions[0].end, alignment_mode="expand") if mentions else None
    if found is None:
        return None
    countries = set()
    for tok in found.sent:
        first = tok
        while first.dep_ in ("conj", "appos") and first.head.i != first.i:
            first = first.head  # "in Istanbul and Ankara, Turkey"
        prep = first.head
        if first.dep_ != "pobj" or prep.lower_ not in _VISIT_PREPOSITIONS or prep.head.lemma_.lower() not in _VISITS:
            continue
        other = index.actor_at(tok)
        if other is not None and other.kind == "country" and other.country:
            countries.add(other.country)  # (a city may host a summit of other countries: "in Brussels")
        elif (
            other is not None
            and other.kind == "location"
            and other.country
            and prep.lower_ == "to"
            and prep.head.lemma_.lower() in ("visit", "trip")
            and kb.country_of_capital(other.name)
        ):
            countries.add(other.country)  # "during her visit to Ulaanbaatar": the capital's country
    countries.discard(publisher or "")
    return countries.pop() if len(countries) == 1 else None


def _named_near(index: ActorIndex, person: Actor, country: str) -> bool:
    """Whether ``country`` (itself, a place or a group of it, or one of its people) is named in the paragraph of the
    person's first mention."""
    mentions = index.mentions_of(person.id)
    if not mentions:
        return False
    text = index.text
    at = mentions[0].start
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    for other in index:
        if other.id == person.id or other.country != country:
            continue
        if any(start <= m.start < end for m in index.mentions_of(other.id)):
            return True
    return False


def _international_body_in(role: str, kb: KnowledgeBase) -> bool:
    """Whether a role names an international organisation ("UN Special Envoy", "OAS Secretary General")."""
    return international_body(role, kb, accredited=True) is not None


def _title_head(role: str) -> str:
    """The head word of a title: "minister" of "Minister of Foreign Affairs", "advisor" of "National Security
    Advisor to the Vice President", "secretary" of "Deputy Assistant Secretary for Passport Services"."""
    first = re.split(r"\b(?:to|of|for|at|and|on|in)\b|,", normalise(role), maxsplit=1)[0]
    parts = first.replace("-", " ").split()
    head = parts[-1] if parts else ""
    return head[:-1] if head.endswith(("ors", "ives", "ents", "ials", "ers")) else head  # "Senators A, B and C"


def _roles(doc: Doc, ent: Entity, kb: KnowledgeBase) -> list[Role]:
    roles: list[Role] = []
    for m in ent.mentions:
        for r in roles_of_mention(doc, m.start, m.end, kb):
            if r.text.casefold() not in (x.text.casefold() for x in roles):
                roles.append(r)
    return roles


def _countries_from_roles(
    entities: list[Entity], roles_of: dict[int, list[Role]], codings: dict[int, Coding]
) -> dict[str, str]:
    """Organisation name -> the country of a person whose role is in it ("chairman of the X")."""
    out: dict[str, str] = {}
    for n, roles in roles_of.items():
        country = codings[n].country
        if not country:
            continue
        for r in roles:
            low = normalise(r.text)
            for ent in entities:
                if ent.kind == "organization" and normalise(ent.name) in low:
                    out.setdefault(normalise(ent.name), country)
    return out


def _coding(ent: Entity, roles: list[Role], date: str | None, kb: KnowledgeBase) -> Coding:
    if ent.kind == "person":
        return person_coding(ent.known, roles, date, kb)
    if ent.kind in ("country", "location", "group") and ent.country:
        return Coding(ent.country, ent.country, None)
    if ent.kind == "location":
        return Coding(None, None, None)  # "Latin America", "North America": a region, no country's
    if ent.kind == "group" and ent.known is None and ent.name.split()[0].lower() in words().ethnic_qualifiers:
        return Coding(None, None, None)  # a people the mention left countryless: "ethnic Kazakhs" (mentions.py)
    return organisation_coding(ent.known, ent.name, kb)


def dominant_country(entities: list[Entity], doc: Doc, kb: KnowledgeBase, *, ratio: float = 1.5) -> str | None:
    """The article's country when one clearly dominates (>= 3 signals and ``ratio`` times the next; >= 2 when no
    other country is named).

    Signals: mentions of countries and of their places, demonyms ("Venezuelan troops"), and mentions
    of people and organisations of a known country.
    """
    counts: Counter[str] = Counter()
    for ent in entities:
        if ent.known is not None and ent.known.sector in ("MED", "BUS"):
            continue  # an outlet quoted or a platform posted on ("told NPR", "on Twitter") is no sign of the story's place
        country = ent.country or (ent.known.country if ent.known is not None else None)
        if country and ent.kind != "group":
            counts[country] += len(ent.mentions)
    for tok in doc:
        if tok.ent_type_ == "NORP" and tok.text[:1].isupper():
            code = kb.country_of_modifier(tok.text, tok.doc[tok.i - 1].text if tok.i > 0 else None)
            if code:
                counts[code] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < (2 if len(ranked) == 1 else 3):
        return (
            None  # (a short story naming one country twice and no other is about it: "in Chittagong, ... Bangladesh")
        )
    if len(ranked) == 2 and ranked[0][1] < ratio * ranked[1][1]:
        return None
    return ranked[0][0]


def _definite_descriptions(doc: Doc, index: ActorIndex, resolver: PhraseResolver) -> None:
    """Link "the Venezuelan leader" / "the president" to the one person they fit, as mentions."""
    for tok in doc:
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.lower_ == "president"):
            continue
        if index.actor_at(tok) is not None or tok.tag_ in ("NNS", "NNPS"):
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if any(c.dep_ == "prep" for c in tok.children):  # "the president of Colombia" is resolved on demand
            continue
        country = resolver.country_in_phrase(index, tok)
        resolver.described_person(index, tok, country)
