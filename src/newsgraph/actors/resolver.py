"""Resolve a noun phrase to an actor: names, demonyms, capitals as metonyms, sector nouns, descriptions.

The quote and event stages call :meth:`ActorIndex.resolve_phrase` with the head token of a subject
or object; this resolver answers, creating (once per article) the group actors CAMEO codes as
country + sector (CAMEO manual ch. 3):

- "Hungarian officials" -> HUNGOV, "Venezuelan troops" -> VENMIL (demonym + sector noun)
- "Caracas said", "Washington imposed" -> VENGOV, USAGOV (a capital as the subject stands for its government)
- "the army", "Venezuela's army" -> (VEN)MIL; "police" -> COP; "rebels" -> REB; "the opposition" -> OPP ...
- "the Venezuelan leader", "the president" -> the one person in the article who fits, if exactly one does.

A bare sector noun takes its country from the phrase, else from the article's dominant country
(only when one country clearly dominates), else it has none. A sector word modifying a generic people
noun names the sector: "opposition leaders" are OPP, "military officials" MIL. "Latin American" is no
U.S. demonym (:meth:`KnowledgeBase.country_of_modifier`).

A group with a country is named canonically from country and sector ("Venezuelan government",
"U.S. government", ``data/knowledge/group_names.toml``); the forms the text used are its aliases.
A dateline ("CARACAS, Jan. 24 (newsgraph) —") names where the story was filed: it resolves to nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import KnowledgeBase, SectorWord, group_names, words
from newsgraph.actors.names import normalise
from newsgraph.places import place_country
from newsgraph.records import Actor

_LOCATIVE = frozenset(
    ["in", "at", "from", "to", "into", "near", "inside", "outside", "across", "toward", "towards", "through"]
)
_DESCRIPTIVE_TITLES = frozenset(
    ["leader", "president", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "secretary"]
)
# a leader's body named by the leader, itself naming people's country ("Pinera administration officials")
_LEADERS_BODIES = ("administration", "government", "regime", "cabinet")
_LEADER_TITLES = ("president", "prime minister", "leader", "chancellor", "premier", "king")


class PhraseResolver:
    """A per-article resolver (install it with :meth:`ActorIndex.set_phrase_resolver`)."""

    def __init__(
        self, kb: KnowledgeBase, *, date: str | None, dominant_country: str | None, publisher_country: str | None = None
    ) -> None:
        self.kb = kb
        self.date = date
        self.dominant = dominant_country
        # a government publisher's country ("the Secretary" of a State Department release), see actors.publishers
        self.publisher = publisher_country
        self.groups: dict[str, str] = {}  # CAMEO code (+ head noun without a country) -> actor id created for it

    def __call__(self, index: ActorIndex, head: Token) -> Actor | None:
        if index.in_dateline(head):
            return None
        found = index.actor_at(head)
        if found is not None:
            return self._metonym(index, head, found)
        sector, use = self._sector(head)
        if sector is not None:
            country = self.country_in_phrase(index, head)
            if _diplomatic_post(head):
                # the sending country's, never the host's; unnamed, a government publisher's own ("our Embassy")
                if country is None and head.tag_ not in ("NNS", "NNPS"):
                    country = self.publisher
                return self._group(index, head, country, sector)
            definite = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in head.children)
            if use == "title" and head.tag_ not in ("NNS", "NNPS"):
                holder = _title_holder(index, head)
                if holder is not None:
                    return holder  # "National Security Advisor to the Vice President Phil Gordon hosted"
                person = self.described_person(index, head, country)
                if person is not None:
                    return person
                body = _office_of(index, head)
                if body is not None:
                    return body  # "the Secretary General of the OAS": CAMEO codes the office holder as the body
                if not definite and country is None:
                    return None  # "a spokesman": some unknown person, not a body
                if country is None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
                    return None  # "its Secretary General": whose, the pronoun's antecedent decides
            if use == "title" and head.tag_ in ("NNS", "NNPS"):
                use = "group"  # "opposition leaders", "senators": a body of people
            if (
                country is None
                and (use == "group" or definite)
                and not self._several_countries(head)
                and sector.lower() not in words().sectors_without_dominant_country
            ):
                country = (
                    self._antecedent(index, head, sector) if definite and use != "title" else None
                ) or self.dominant
                # "the Secretary", "the Deputy Secretary" of a government's release are its own staff, whatever
                # country the release is about (a leader's title, "the Foreign Minister", is the story's)
                staff = bool(self.publisher) and head.lower_ in words().national_staff_titles | words().principal_titles
                if use == "title" and definite and head.tag_ not in ("NNS", "NNPS") and (country is None or staff):
                    country = self.publisher or country
                if country is None and sector == "GOV" and _speakers_own(head):
                    country = self.publisher  # "this administration", "our government" in a government's release
            return self._group(index, head, country, sector, alias=use != "title")
        return index.named_actor_in_phrase(head)

    # -- pieces -------------------------------------------------------------------------------
    def _antecedent(self, index: ActorIndex, head: Token, sector: str) -> str | None:
        """ "the regime" after "the Assad regime": the country of the one earlier group of the sector named with the
        same noun (the article's dominant country may be another: a U.S. release about Syria and Iraq)."""
        noun = head.lemma_.lower()
        countries = set()
        latest: tuple[int, str] | None = None
        for actor in index:
            if actor.kind != "group" or actor.sector != sector or not actor.country:
                continue
            for m in index.mentions_of(actor.id):
                if m.end <= head.idx and noun in (w.lower() for w in m.text.split()):
                    countries.add(actor.country)
                    if latest is None or m.end > latest[0]:
                        latest = (m.end, actor.country)
        if len(countries) == 1:
            return countries.pop()
        sentence_start = head.sent.start_char
        previous = head.doc[head.sent.start - 1].sent.start_char if head.sent.start > 0 else sentence_start
        # several: "the Cuban regime ... and the regime must": the one named in this or the previous sentence
        return latest[1] if latest is not None and latest[0] > previous else None

    def _several_countries(self, head: Token) -> bool:
        """ "Several governments", "Latin American governments", "regional leaders": not the article's country."""
        if head.lower_ in words().plural_national_bodies:
            return True
        for c in head.children:  # "U.S. and Venezuelan officials"
            if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts:
                countries = {self._country_of_token_text(t) for t in (c, *c.conjuncts)}
                if len(countries - {None}) > 1:
                    return True
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):  # "representatives from Argentina, Canada, and Peru"
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and pobj.conjuncts:
                        countries = {self._country_of_token_text(t) for t in (pobj, *pobj.conjuncts)}
                        if len(countries - {None}) > 1:
                            return True
        return any(
            c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ == "NORP" or c.lower_ in ("regional", "international", "western"))
            and self._country_of_token_text(c) is None
            for c in head.children
        )

    def _country_of_token_text(self, tok: Token) -> str | None:
        return self.kb.country_of_modifier(tok.text, previous_word(tok)) or self.kb.country_of_name(tok.text)

    def _metonym(self, index: ActorIndex, head: Token, found: Actor) -> Actor:
        capital = found.kind == "location" and found.country and self.kb.country_of_capital(found.name)
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "will travel to London and Vienna": Vienna is a place like London
        place = (
            (first.dep_ == "pobj" and first.head.lower_ in _LOCATIVE)
            or (first.dep_ == "dobj" and first.head.lemma_.lower() in words().place_verbs)
            # "the Paris Agreement", "the Minsk agreements", "the Vienna Convention": a document's name
            or (first.dep_ in ("compound", "nmod") and first.head.lemma_.lower() in words().document_title_heads)
        )
        if capital and found.country and not place:
            return self._group(index, head, found.country, "GOV")
        return found

    def _sector(self, head: Token) -> tuple[str | None, str | None]:
        """Sector named by the head noun, trying two-word forms ("armed forces", "national assembly") first."""
        left = head.doc[head.i - 1] if head.i > 0 else None
        candidates = []
        modifier = left is not None and left.dep_ in ("compound", "amod") and left.head.i == head.i
        if left is not None and modifier:
            candidates += [f"{left.lower_} {head.lower_}", f"{left.lower_} {head.lemma_.lower()}"]
        if head.lower_ in words().delegate_plurals and not any(
            self.kb.sector_words.get(normalise(c)) for c in candidates
        ):
            # "civil society representatives": the delegates of whatever the modifier names, no legislators
            named = self._modifier_sector(head) if modifier else None
            return (named.sector, "group") if named is not None and named.use in ("group", "both") else (None, None)
        candidates += [head.lower_, head.lemma_.lower()]
        for n, phrase in enumerate(candidates):
            entry = self.kb.sector_words.get(normalise(phrase))
            if entry is None:
                continue
            if left is not None and modifier and n >= 2 and head.lower_ in words().generic_group_heads:
                # "opposition leaders", "military officials", "civil society leaders": the modifier names the sector
                named = self._modifier_sector(head)
                if named is not None and named.use in ("group", "both") and named.sector != entry.sector:
                    return named.sector, "group" if head.tag_ in ("NNS", "NNPS") else entry.use
            return entry.sector, entry.use
        return None, None

    def _modifier_sector(self, head: Token) -> SectorWord | None:
        """The sector word right before a head noun, two words ("civil society") before one ("opposition")."""
        doc = head.doc
        if (
            head.i > 1
            and doc[head.i - 2].dep_ in ("compound", "amod")
            and doc[head.i - 2].head.i in (head.i - 1, head.i)
        ):
            pair = self.kb.sector_words.get(normalise(f"{doc[head.i - 2].lower_} {doc[head.i - 1].lower_}"))
            if pair is not None:
                return pair
        return self.kb.sector_words.get(normalise(doc[head.i - 1].lower_))

    def country_in_phrase(self, index: ActorIndex, head: Token) -> str | None:
        """The country a noun phrase names: demonym, country, capital, national body or leader ("Maduro's");
        None for several ("U.S. and Venezuelan officials")."""
        if self._several_countries(head) and head.lower_ not in words().plural_national_bodies:
            return None
        post = _diplomatic_post(head)
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                if post and _place(index, child):
                    continue  # "Embassy Kyiv", "the Moscow embassy": where it sits
                code = self._country_of_token(index, child)
                if not code and child.dep_ == "compound" and child.lemma_.lower() in _LEADERS_BODIES:
                    code = self._country_of_modifiers(index, child)  # "Bolsonaro administration officials"
                if code:
                    return code
            if child.dep_ == "prep" and child.lower_ in (
                ("of", "from", "for") if post else ("of", "in", "from", "for")
            ):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    # "the regime of Vladimir Putin", "the spokesperson for the German government"
                    code = self._country_of_token(index, pobj, owner=child.lower_ == "of")
                    if not code and (pobj.pos_ == "NOUN" or (pobj.pos_ == "PROPN" and index.actor_at(pobj) is None)):
                        # "the Secretary of the Mongolian National Security Council Jadamba Enkhbayar": a name the
                        # parser made the head of the body's words
                        code = self._country_of_modifiers(index, pobj)
                    if code:
                        return code
        return self._country_fled(index, head)

    def _country_fled(self, index: ActorIndex, head: Token) -> str | None:
        """The country people flee ("refugees fleeing Ukraine", "people fleeing the war in Sudan", "refugees fleeing
        Russia's attacks on Ukraine"): the place fled or where the violence fled is, never its author."""
        for acl in head.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in _FLEEING:
                continue
            objs = [c for c in acl.children if c.dep_ == "dobj"]
            objs += [p for c in acl.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children]
            for obj in objs:
                actor = index.actor_at(obj)
                if actor is not None and actor.kind in ("country", "location") and actor.country:
                    return actor.country
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "against"):
                        for pobj in prep.children:
                            place = index.actor_at(pobj)
                            if pobj.dep_ == "pobj" and place is not None and place.kind in ("country", "location"):
                                return place.country
        return None

    def _country_of_modifiers(self, index: ActorIndex, head: Token) -> str | None:
        """The country named by a noun's own modifiers ("the German government" inside a longer phrase)."""
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                code = self._country_of_token(index, child)
                if code:
                    return code
        return None

    def _country_of_token(self, index: ActorIndex, tok: Token, *, owner: bool = False) -> str | None:
        actor = index.actor_at(tok)
        if actor is not None and actor.kind in ("country", "group", "location") and actor.country:
            return actor.country
        if actor is not None and actor.kind == "organization" and actor.country:
            return actor.country
        if (
            actor is not None
            and actor.kind == "person"
            and actor.country
            and (owner or tok.dep_ in ("poss", "compound"))
        ):
            return actor.country  # "Maduro's government", "the Maduro regime", "the regime of Vladimir Putin"
        text = (tok.ent_type_ and tok.doc[tok.left_edge.i : tok.i + 1].text) or tok.text
        return (
            self.kb.country_of_modifier(tok.text, previous_word(tok))
            or self.kb.country_of_name(tok.text)
            or self.kb.country_of_name(text.removesuffix("'s"))
            # a state or province stands for its country ("the Florida Governor", "California's government")
            or (self.kb.country_of_region(text.removesuffix("'s")) if tok.text[:1].isupper() else None)
            or (place_country(text.removesuffix("'s")) if tok.text[:1].isupper() else None)  # "Donetsk authorities"
        )

    def _group(self, index: ActorIndex, head: Token, country: str | None, sector: str, *, alias: bool = True) -> Actor:
        """The group actor of ``country`` + ``sector``, with the phrase at ``head`` as a mention (and, unless it is
        one person's title like "the Attorney General", as an alias)."""
        code = f"{country or ''}{sector}"
        # the modifiers with their own modifiers ("Costa Rican government"), not a participle ("visiting Bogota")
        modifiers = [
            c
            for c in head.children
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < head.i and c.pos_ not in ("VERB", "AUX")
        ]
        left = min([head.i, *(c.left_edge.i for c in modifiers)])
        if not all(t.text[:1].isalnum() or t.dep_ == "case" or t.text in ("-", "–") for t in head.doc[left : head.i]):
            left = min([head.i, *(c.i for c in modifiers)])  # no punctuation-led subtrees
        span = head.doc[left : head.i + 1]
        surface = " ".join(span.text.split())
        # a country's sector is one group ("Maduro's government", "Caracas", "the regime"); without a
        # country, only the same noun is ("diplomats" and "several governments" are different groups)
        key = code if country else f"{code}:{head.lemma_.lower()}"
        aid = self.groups.get(key)
        if aid is None:
            aid = index.new_id()
            canonical = group_names().name(self.kb, country, sector) if country else None
            index.add(Actor(id=aid, name=canonical or surface, kind="group", code=code, country=country, sector=sector))
            self.groups[key] = aid
        actor = index.get(aid)
        if (
            alias
            and span[0].pos_ not in ("PRON", "DET")
            and normalise(surface) != normalise(actor.name)
            and normalise(surface) not in (normalise(a) for a in actor.aliases)
        ):
            index.update(replace(actor, aliases=(*actor.aliases, surface)))  # the forms the text used
        index.add_mention(aid, span)
        return index.get(aid)

    def described_person(self, index: ActorIndex, head: Token, country: str | None) -> Actor | None:
        """ "the Venezuelan leader", "the president", "the Secretary", "the Foreign Minister": the single person
        of the article the description fits.

        A qualified title ("the Deputy Secretary", "the Prime Minister") must be one of the person's titles; failing
        that, its head noun may open one ("the Foreign Minister" is the "Minister of Foreign Affairs") — but not follow
        another qualifier ("Prime Minister" is no foreign minister). When several people fit a bare title, the one
        whose title starts with it wins ("the Secretary" is the "Secretary of State", not an "Assistant Secretary").
        """
        noun = head.lower_
        if noun not in _DESCRIPTIVE_TITLES and head.lemma_.lower() not in _DESCRIPTIVE_TITLES:
            return None
        qualifiers = []
        for c in head.children:
            if c.dep_ not in ("poss", "compound", "amod") or c.i > head.i or index.actor_at(c) is not None:
                continue
            if self._title_piece(c, noun):
                qualifiers.append(c.lower_)
            elif c.dep_ in ("poss", "compound") and c.pos_ == "PROPN":
                return None  # "the Maduro regime"-like: a name the article does not resolve
        phrase = " ".join([*qualifiers, noun])
        strong, weak, heads = [], [], []
        for actor in index:
            if actor.kind != "person" or actor.sector != "GOV" or not index.mentions_of(actor.id):
                continue
            if not any(m.start < head.idx for m in index.mentions_of(actor.id)):
                # a description refers back: "The President spoke with President Macron" names two people (a White
                # House readout's own principal, then a foreign one)
                continue
            if country is not None and actor.country != country:
                continue
            titles = [r.lower() for r in actor.roles]
            for known in self.kb.canonical(actor.name)[:1]:
                tenure = known.tenure_at(self.date)
                if tenure is not None:
                    titles.append(tenure.role.lower())
            titles = [" ".join(re.sub(r"vice[ -]president", "", t).replace("-", " ").split()) for t in titles]
            if noun == "leader" and not qualifiers:
                if any(w in t for t in titles for w in _LEADER_TITLES):
                    strong.append(actor)
                    heads.append(actor)
                continue
            if any(re.search(rf"\b{re.escape(phrase)}\b", t) for t in titles):
                strong.append(actor)
                if any(t == phrase or t.startswith(f"{phrase} ") for t in titles):
                    heads.append(actor)
            elif qualifiers and any(t == noun or t.startswith(f"{noun} of ") for t in titles):
                weak.append(actor)
        fits = strong or weak
        if len(fits) > 1 and not qualifiers and len(heads) == 1:
            fits = heads
        if len(fits) != 1:
            return None
        left = min([head.i, *(c.i for c in head.children if c.dep_ in ("amod", "compound"))])
        index.add_mention(fits[0].id, head.doc[left : head.i + 1])
        return fits[0]

    def _title_piece(self, tok: Token, noun: str) -> bool:
        """A word that qualifies a title ("Prime", "Foreign", "Deputy"), not a country or a name."""
        low = tok.lower_
        if self._country_of_token_text(tok) is not None:
            return False
        w = words()
        return (
            low in w.role_modifiers
            or low in w.role_heads
            or low in w.generic_name_words
            or self.kb.sector_of(f"{low} {noun}") is not None
            or self.kb.sector_of(low, "title") is not None
        )


# verbs of people leaving a place or a danger ("refugees fleeing Ukraine")
_FLEEING = frozenset({"flee", "escape"})


def _title_holder(index: ActorIndex, head: Token) -> Actor | None:
    """The person a title phrase ends with, when the title is that person's: the parser may hang the name on the
    title's last noun ("Advisor to the Vice President Phil Gordon": Gordon an apposition of "President")."""
    right = head.right_edge
    holder = index.actor_at(right)
    if holder is None or holder.kind != "person" or right.i == head.i:
        return None
    if any(c.lower_ == "the" for c in head.children if c.dep_ == "det") and any(
        c.dep_ == "conj" and c.i <= right.i for c in head.children
    ):
        return None  # "The President and President Macron", "the Secretary and Foreign Minister Truss": two people
    if any(head.lower_ in r.lower().split() for r in holder.roles):
        return holder
    if right.dep_ == "appos" and right.head.i == head.i and head.tag_ not in ("NNS", "NNPS"):
        return holder  # "Special Envoy for the Horn of Africa (SEHOA) Mike Hammer": the name in apposition to it
    return None


def _diplomatic_post(head: Token) -> bool:
    """An embassy or consulate (``words.toml`` diplomatic_posts): its country is the one that sends it."""
    posts = words().diplomatic_posts
    return head.lower_ in posts or head.lemma_.lower() in posts


def _place(index: ActorIndex, tok: Token) -> bool:
    """Whether ``tok`` names a place (a city, a region) rather than a country or a people."""
    actor = index.actor_at(tok)
    return actor is not None and actor.kind == "location"


def _speakers_own(head: Token) -> bool:
    """ "this administration", "our government": a singular body the speaker belongs to."""
    return head.tag_ not in ("NNS", "NNPS") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("this", "our") for c in head.children
    )


def _office_of(index: ActorIndex, head: Token) -> Actor | None:
    """The organisation an office belongs to: "the Secretary General of the OAS", "the head of the DGCIM"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                found = index.actor_at(pobj) if pobj.dep_ == "pobj" else None
                if found is not None and found.kind == "organization":
                    return found
    return None


def previous_word(tok: Token) -> str | None:
    """The word before ``tok`` in its phrase, over a hyphen ("Latin-American"), or None."""
    i = tok.i - 1
    if i >= 0 and tok.doc[i].text in ("-", "–"):
        i -= 1
    if i < 0 or tok.doc[i].is_punct or tok.doc[i].is_space:
        return None
    return tok.doc[i].text
