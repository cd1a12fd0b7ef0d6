"""Mentions: the named-entity spans of a parsed article, cleaned and repaired with the knowledge base.

The small English model tags most names but also makes the usual errors: a person tagged as a
facility or a place ("Héctor Rodríguez" as FAC), a name missed ("Hugo “El Pollo” Carvajal"), a
capitalised common noun tagged as a person ("Cartel"), an organisation cut short ("The United
Socialist Party" of Venezuela). :func:`find_mentions` turns ``doc.ents`` into non-overlapping
:class:`Mention` records and repairs those errors with rules and the gazetteer of known names.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors.knowledge import KnowledgeBase, KnownActor, name_key, words
from newsgraph.actors.names import acronym_pairs, is_acronym, nicknames, normalise

_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "LOC": "location",
    "FAC": "fac",
}
_WORDS = words()
# labels the model sometimes gives a country's name ("Cabo Verde" as a PRODUCT): a span of one of them whose whole text
# is a country's name is the country
_MISREAD_LABELS = frozenset(("PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"))
_AMERICAN = frozenset(("american", "americans"))
_AMERICAS_PARTS = frozenset(("latin", "north", "south", "central", "pan", "pan-"))
_BILATERAL_HEADS = frozenset(
    (
        "relation",
        "relationship",
        "tie",
        "partnership",
        "cooperation",
        "alliance",
        "friendship",
        "dialogue",
        "talk",
        "summit",
        "agreement",
        "treaty",
        "border",
        "trade",
        "council",
        "commission",
        "forum",
        "war",
        "conflict",
    )
)
HONORIFICS = _WORDS.honorifics
ORG_WORDS = _WORDS.organisation_words
NOT_ACTOR_WORDS = _WORDS.not_actor_words
DOCUMENT_TITLE_HEADS = _WORDS.document_title_heads
SPEECH_VERBS = _WORDS.speech_verbs
_JUNK = ("](", "http", "%2", "**", "=", "@", "/", "\\")
_MARKUP = "<>*_#|[](){}\"'“”‘’ \n\t:;,."


@dataclass(slots=True)
class Mention:
    """A cleaned name span ``doc[start:end]``; ``name`` is the name as it should be compared."""

    start: int
    end: int
    kind: str  # person, organization, country, location, group
    name: str
    nickname: str | None = None
    known: KnownActor | None = None
    country: str | None = None  # for countries, capitals and demonyms
    pair: int | None = None  # shared by an acronym and its expansion
    titled: bool = False  # right after a title ("Foreign Minister Solá")

    @property
    def n_tokens(self) -> int:
        return len(self.name.split())


def _is_title_token(tok: Token, kb: KnowledgeBase) -> bool:
    low = tok.lower_
    return (
        low in HONORIFICS
        or low in _WORDS.role_heads
        or low in _WORDS.role_modifiers
        or kb.sector_of(low, "title") is not None
    )


def _body_acronym(tok: Token, kb: KnowledgeBase) -> bool:
    """An all-capitals acronym of a known organisation ("NSC", "CIA")."""
    return tok.text.isupper() and len(tok.text) >= 2 and any(a.kind != "person" for a in kb.lookup(tok.text))


def _clean(doc: Doc, start: int, end: int, label: str, kb: KnowledgeBase) -> tuple[int, int]:
    """Trim determiners, possessives, punctuation and (for people) leading titles off a span."""
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in ("'s", "’s", "'", "’")
    ):
        end -= 1
    if label == "PERSON":
        while end - start > 2 and _body_acronym(doc[start], kb) and _is_title_token(doc[start + 1], kb):
            start += 1  # "NSC Spokesperson Adrienne Watson": the body's acronym opens her title
        while end - start > 1 and _is_title_token(doc[start], kb):
            start += 1
        while end - start > 2 and _after_title(doc, start, kb) and doc[start].lower_ in _WORDS.generic_name_words:
            start += 1  # "Secretary of | Transportation Pete Buttigieg", "Minister of | Energy Kulit Sombatsiri"
        if end - start > 2 and kb.country_of_demonym(doc[start].text) and doc[start].text[:1].isupper():
            start += 1  # "Kenyan Brigid Kosgei": the demonym is the person's country, not a name
        elif (
            end - start > 2
            and kb.country_of_name(doc[start].text)
            and start > 0
            and doc[start - 1].lower_
            in (
                "to",
                "of",
                "in",
            )
        ):
            start += 1  # "U.S. Ambassador to Armenia Lynne Tracy": the title's country, not her given name
    for k in range(start, end):
        if any(junk in doc[k].text for junk in _JUNK):
            # "Mike Lee**](https://x.com/...": markup ends the name (a glued word stays, clean_name trims it)
            end = k + 1 if k > start and doc[k].text[:2].isalpha() else k
            break
    while (
        end - start > 1 and doc[end - 1].text.isupper() and len(doc[end - 1].text) > 2 and not doc[start].text.isupper()
    ):
        end -= 1  # "Trump DEPORTS": a shouted headline word
    for k in range(end - 2, start - 1, -1):
        if doc[k].lower_ in ("'s", "’s") and label != "ORG" and not kb.country_of_name(doc[start:end].text):
            start = k + 1  # "Venezuela's Tren de Aragua", not "the People’s Republic of China"
            break
    return start, end


def _extend_org(doc: Doc, start: int, end: int) -> int:
    """Extend an organisation cut before its complement: "United Socialist Party" + "of Venezuela",
    "District Court" + "for Northern District of California", "Marshall Fund" + "of the United States"."""
    if doc[end - 1].lower_ not in ORG_WORDS:
        return end

    def skip_space(i: int) -> int:
        while i < len(doc) and doc[i].is_space and doc[i].text.count("\n") < 2:
            i += 1
        return i

    while skip_space(end) < len(doc) and doc[skip_space(end)].lower_ in ("of", "for"):
        k = skip_space(skip_space(end) + 1)
        if k < len(doc) and doc[k].lower_ == "the":
            k = skip_space(k + 1)
        m = k
        while m < len(doc) and doc[m].pos_ == "PROPN" and doc[m].text[:1].isupper():
            m = skip_space(m + 1)
        while m > k and doc[m - 1].is_space:
            m -= 1
        if m <= k:
            break
        end = m
    return end


_NAME_PARTICLES = frozenset(("dos", "da", "das", "do", "de", "del", "della", "di", "van", "von", "der", "bin", "ibn"))


def _extend_particle_name(doc: Doc, end: int) -> int:
    """Extend a person's name cut before a lower-case particle: "José Eduardo" + "dos Santos", "Ursula" + "von der
    Leyen" (the model often tags the surname after the particle as a place)."""
    k = end
    while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES and doc[k].text.islower():
        k += 1
    if k == end or k >= len(doc) or not (doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN"):
        return end
    return k + 1


def _joined_entities(doc: Doc, kb: KnowledgeBase) -> list[tuple[int, int, str]]:
    """``doc.ents`` as (start, end, label), an organisation joined to the country word right before it
    ("the U.S." + "District Court", "German" + "Marshall Fund")."""
    out: list[tuple[int, int, str]] = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            if ent.label_ in _MISREAD_LABELS and kb.country_of_name(_without_article(ent.text)):
                out.append((ent.start, ent.end, "GPE"))  # "celebrate with Cabo Verde" tagged as a PRODUCT
            continue
        if ent.label_ in ("GPE", "ORG", "LOC") and (pieces := _listed_countries(doc, ent.start, ent.end, kb)):
            out.extend((a, b, "GPE") for a, b in pieces)  # "The Bahamas, Barbados," tagged as one body
            continue
        if ent.label_ == "NORP" and _titled_surname(doc, ent.start, ent.end, kb):
            out.append((ent.start, ent.end, "PERSON"))  # "Prime Minister Han": a surname that is also a people's name
            continue
        if ent.label_ == "NORP" and _hyphenated_american(doc, ent.start, ent.end):
            # "Cuban Americans", "Ukrainian-American leaders": a community of the United States, not of Cuba
            if doc[ent.end - 1].lower_ in _AMERICAN:
                out.append((ent.end - 1, ent.end, "NORP"))
            continue
        if ent.label_ in ("GPE", "ORG", "LOC") and (of := _title_of_country(doc, ent.start, ent.end, kb)) is not None:
            out.append((of + 1, ent.end, "GPE"))  # "King of Jordan" as one place: a title, then its country
            continue
        if out and ent.label_ == "ORG" and out[-1][1] == ent.start and doc[ent.start].lower_ != "the":
            prev_start, _, prev_label = out[-1]
            prev_text = doc[prev_start : ent.start].text.removeprefix("the ").strip()
            if prev_label in ("GPE", "NORP", "ORG") and (
                kb.country_of_name(prev_text) or kb.country_of_demonym(prev_text)
            ):
                out[-1] = (prev_start, ent.end, "ORG")
                continue
        gap = ent.start - out[-1][1] if out else -1
        if (
            out
            and out[-1][2] in ("GPE", "LOC")
            and 0 <= gap <= 2
            and ent.label_ in (("GPE",) if gap == 0 else ("GPE", "ORG"))
            and all(t.lower_ in ("the", "of") for t in doc[out[-1][1] : ent.start])
            and kb.country_of_name(_without_article(doc[out[-1][0] : ent.end].text))
            and not kb.country_of_name(doc[out[-1][0] : out[-1][1]].text.strip())
        ):
            # one country's name the model cut in two: "the Democratic Republic of the" + "Congo" (before a
            # possessive), "Democratic Republic of" + "the" + "Congo", "Federated States" + "of" + "Micronesia"
            out[-1] = (out[-1][0], ent.end, "GPE")
            continue
        out.append((ent.start, ent.end, ent.label_))
    return out


def _listed_countries(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """The countries of a span that lists two or more ("The Bahamas, Barbados"), as (start, end) pieces; [] when the
    span is one name ("Trinidad and Tobago") or a piece is no country ("Sana'a, Yemen")."""
    if not any(t.text == "," for t in doc[start:end]) or kb.country_of_name(_without_article(doc[start:end].text)):
        return []
    pieces: list[tuple[int, int]] = []
    i = start
    for k in range(start, end + 1):
        if k == end or doc[k].text == "," or doc[k].lower_ == "and":
            a = i + 1 if i < k and doc[i].lower_ == "the" else i
            if a < k:
                if not kb.country_of_name(doc[a:k].text):
                    return []
                pieces.append((i, k))
            i = k + 1
    return pieces if len(pieces) > 1 else []


def _titled_surname(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """One capitalised proper noun right after a capitalised title, ending the noun phrase ("Prime Minister Han of the
    Republic of Korea", "President Han said"): a person, not the people the model took it for."""
    if end - start != 1 or start == 0 or doc[start].pos_ != "PROPN" or not doc[start].text[:1].isupper():
        return False
    title = doc[start - 1]
    if not (title.text[:1].isupper() and _is_title_token(title, kb)) or title.lower_ in HONORIFICS:
        return False
    return end == len(doc) or doc[end].pos_ not in ("NOUN", "PROPN")


def _hyphenated_american(doc: Doc, start: int, end: int) -> bool:
    """Whether a people's name qualifies "American(s)": "Cuban Americans", "Arab-American", "Asian American" (a
    continent's part does not: "Latin American", "South American")."""
    if any(t.lower_ in _AMERICAS_PARTS for t in doc[start:end]):
        return False
    if end - start > 1 and doc[end - 1].lower_ in _AMERICAN and doc[end - 2].lower_ not in _AMERICAN:
        american = end - 1
    else:
        american = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
        if american >= len(doc) or doc[american].lower_ not in _AMERICAN or doc[end - 1].lower_ in _AMERICAN:
            return False
    # "Polish-American relations": two countries' tie (the bilateral compound), not a community
    after = american + 1
    return not (after < len(doc) and doc[after].lemma_.lower() in _BILATERAL_HEADS)


def _title_of_country(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> int | None:
    """The index of "of" in a span that is a title of a country ("King of Jordan", "Prime Minister of India"), or
    None: the title is a description the resolver codes from its "of" country, not a place's name."""
    if doc[start].lower_ == "the":
        start += 1
    for of in range(start + 1, min(end - 1, start + 4)):
        if doc[of].lower_ != "of":
            continue
        if all(_is_title_token(t, kb) for t in doc[start:of]) and kb.country_of_name(doc[of + 1 : end].text):
            return of
        return None
    return None


def _without_article(text: str) -> str:
    return text.removeprefix("the ").removeprefix("The ").strip()


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


class _Table:
    """Non-overlapping mentions by token; later, stronger evidence replaces weaker."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.items: list[Mention | None] = []
        self.owner: dict[int, int] = {}
        self.blocked: set[int] = set()  # tokens of entities found to be no actor

    def overlapping(self, start: int, end: int) -> list[int]:
        return sorted({self.owner[i] for i in range(start, end) if i in self.owner})

    def remove(self, idx: int) -> None:
        m = self.items[idx]
        if m is None:
            return
        for i in range(m.start, m.end):
            if self.owner.get(i) == idx:
                del self.owner[i]
        self.items[idx] = None

    def put(self, m: Mention, *, force: bool = False) -> int | None:
        clash = self.overlapping(m.start, m.end)
        if clash and not force:
            return None
        for idx in clash:
            self.remove(idx)
        self.items.append(m)
        idx = len(self.items) - 1
        for i in range(m.start, m.end):
            self.owner[i] = idx
        return idx

    def mentions(self) -> list[Mention]:
        return sorted((m for m in self.items if m is not None), key=lambda m: m.start)


_FAMILY_NAME_FIRST = frozenset(("JPN", "KOR", "PRK", "CHN", "TWN", "VNM", "HKG", "MNG"))


def _kb_person(kb: KnowledgeBase, name: str, date: str | None) -> KnownActor | None:
    found = [a for a in kb.lookup(name, "person") if a.known_at(date)]
    words = name.split()
    if not found and len(words) > 2:  # "Brian A. Nichols" for Brian Nichols
        bare = [words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]
        if len(bare) < len(words):
            found = [a for a in kb.lookup(" ".join(bare), "person") if a.known_at(date)]
    if not found and len(words) == 2:
        # "Hayashi Yoshimasa" for Yoshimasa Hayashi: Japanese, Korean and Chinese names are also written family
        # name first; only an Asian office holder's known name reversed matches (no "Wang Yi" -> "Yi Wang" guess)
        reversed_name = f"{words[1]} {words[0]}"
        found = [
            a
            for a in kb.lookup(reversed_name, "person")
            if a.known_at(date) and a.country in _FAMILY_NAME_FIRST and a.name == reversed_name
        ]
    if len(found) > 1:
        found = [a for a in found if a.tenure_at(date)] or found
    return found[0] if len(found) == 1 else None


def _kb_org(kb: KnowledgeBase, name: str, context_country: str | None) -> KnownActor | None:
    found = [a for a in kb.lookup(name) if a.kind != "person"]
    if len(found) > 1 and context_country:
        found = [a for a in found if a.country == context_country] or found
    return found[0] if len(found) == 1 else None


def typed_mention(doc: Doc, start: int, end: int, label: str, kb: KnowledgeBase, date: str | None) -> Mention | None:
    """Turn one NER span into a typed mention, correcting the label with the knowledge base."""
    start, end = _clean(doc, start, end, label, kb)
    if start >= end:
        return None
    text = clean_name(doc[start:end].text)
    if not text:
        return None
    kind = _LABELS[label]
    if any(t.lower_ in NOT_ACTOR_WORDS for t in doc[start:end]):
        return None  # "the Warren Christopher Award", "the Presidential Rank Award"
    if start >= 2 and doc[start - 1].lower_ == "of" and _is_title_token(doc[start - 2], kb) and end - start == 1:
        return None  # "Secretary of State", "Minister of Defence": part of a title
    if (
        label in ("ORG", "LOC", "FAC")
        and start >= 2
        and doc[start - 1].lower_ in ("on", "of", "for")
        and doc[start - 2].lower_ in DOCUMENT_TITLE_HEADS
        and doc[start - 2].text[:1].isupper()
        and not kb.lookup(text)
    ):
        return None  # "Migration and Protection" of "the Los Angeles Declaration on Migration and Protection"
    if label in ("ORG", "LOC", "FAC") and doc[end - 1].lower_ in DOCUMENT_TITLE_HEADS and not kb.lookup(text):
        return None  # "the Los Angeles Declaration", "the Lima Declaration": documents, not actors
    if all(_is_title_token(t, kb) or t.is_punct for t in doc[start:end]):
        return None  # "Nominee", "Principal", "Ambassador Extraordinary": titles, not actors
    if label == "PERSON" and _is_title_token(doc[end - 1], kb) and not kb.lookup(text, "person"):
        return None  # "the Acting National Security Advisor" is an office
    if _inside_title(doc, end, kb) and not kb.lookup(text) and not kb.country_of_name(_without_article(text)):
        return None  # "National Security" of "National Security Advisor John Bolton"
    if (
        label in ("ORG", "LOC", "FAC")
        and _after_title(doc, start, kb)
        and (doc[end - 1].lower_ in _WORDS.generic_name_words or _name_follows(doc, end))
        and not kb.lookup(text)
    ):
        return None  # "Assistant Secretary for | Consular Affairs", "Under Secretary of | State for Political Affairs"
    if label == "ORG" and _office_title(doc, start, end, kb) and not kb.lookup(text):
        # "the Special Advisor for International Disability Rights": an office, not a body; a name may end it
        # ("Special Envoy for the Northern Triangle Ricardo Zuniga" tagged as one body)
        # "the Special Advisor for ... Rights", "Tom West, Special Advisor for ... Rights": no name ends the title
        described = (start > 0 and doc[start - 1].lower_ == "the") or _apposed_title(doc, start)
        split = None if described else _name_ending(doc, start, end, kb, date)
        if split is None:
            return None
        return Mention(
            split, end, "person", clean_name(doc[split:end].text), known=_kb_person(kb, doc[split:end].text, date)
        )
    if (
        label in ("ORG", "FAC")
        and doc[end - 1].lower_ in _WORDS.role_heads
        and not any(t.lower_ in _WORDS.organisation_words for t in doc[start:end])
        and not kb.lookup(text)
    ):
        return None  # "National Security Advisor" (to the Vice President Phil Gordon): an office, not a body
    if label in ("ORG", "FAC", "GPE", "LOC") and _is_title_token(doc[start], kb):
        # "Spokesperson Ned Price" tagged as an organisation: the title goes, the person stays
        s2 = start
        while s2 < end and _is_title_token(doc[s2], kb):
            s2 += 1
        rest = doc[s2:end]
        if 2 <= len(rest) <= 3 and all(_name_word(t) for t in rest) and not _is_title_token(rest[-1], kb):
            return Mention(s2, end, "person", clean_name(rest.text), known=_kb_person(kb, rest.text, date))
    if label in ("ORG", "FAC") and end - start >= 3:
        # "Special Coordinator Wennesland", "White House Infrastructure Implementation Coordinator Mitch Landrieu"
        # tagged as one body: the name after the span's last title word is a person (the title is read as a role)
        k = max((i for i in range(start, end - 1) if doc[i].lower_ in _WORDS.role_heads), default=None)
        named = doc[k + 1 : end] if k is not None else None
        if (
            named is not None
            and 1 <= len(named) <= 3
            and all(_name_word(t) and not _is_title_token(t, kb) for t in named)
            and not any(t.lower_ in _WORDS.organisation_words for t in doc[k:end])
            and not kb.lookup(text)
            and not kb.lookup(named.text, "organization")
        ):
            return Mention(named.start, end, "person", clean_name(named.text), known=_kb_person(kb, named.text, date))
    person = _kb_person(kb, text, date)
    if label in ("GPE", "LOC", "NORP", "ORG", "FAC", "PERSON"):
        code = kb.country_of_name(text)
        if code is not None and (label != "PERSON" or person is None):
            return Mention(start, end, "country", text, country=code)
        demonym = kb.country_of_demonym(text)
        if demonym is not None and label in ("NORP", "GPE", "PERSON"):
            root = doc[start:end].root
            if root.dep_ in ("amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
                return None  # "Venezuelan troops": the phrase is resolved on demand, with its sector
            if start > 0 and doc[start - 1].lower_ in _WORDS.ethnic_qualifiers:
                # "ethnic Kazakhs" held in China: a minority, no state's actor (named with its qualifier)
                return Mention(start - 1, end, "group", doc[start - 1 : end].text)
            return Mention(start, end, "group", text, country=demonym)
        capital = kb.country_of_capital(text)
        if capital is not None and (label != "PERSON" or person is None):
            return Mention(start, end, "location", text, country=capital)
    if label in ("PERSON", "LOC", "GPE", "FAC") and person is None:
        org = _kb_org(kb, text, None)
        if org is not None:  # "Houthis", "Twitter" tagged as people, "Mercosur", "the Pentagon" as places
            return Mention(start, end, org.kind, text, known=org)
    surname_ok = (
        label == "PERSON"
        or len(text.split()) > 1
        or (label == "ORG" and not kb.lookup(text, "organization"))
        or _person_context(doc, start, end, kb)
    )
    if person is not None and surname_ok:
        # a lone surname the model took for a place ("Austin", Texas) needs a title or a verb of saying
        return Mention(start, end, "person", text, known=person)
    if label == "PERSON":
        words = [t.lower_ for t in doc[start:end]]
        if any(w in ORG_WORDS for w in words) or all(kb.sector_of(w) for w in words):
            return None if end - start == 1 else Mention(start, end, "organization", text)
        if not any(t.text[:1].isupper() for t in doc[start:end]):
            return None
        if end - start == 1 and (_title_fragment(doc[start], kb) or _not_a_name(doc[start])):
            return None
        return Mention(start, end, "person", text)
    if kind == "fac":
        return None
    if kind == "country" and end - start > 1 and doc[end - 1].lower_ in ORG_WORDS:
        return Mention(start, end, "organization", text)  # "the Republic of Yemen Government": a body, not a place
    if kind == "country":  # a state, province or city: a place, not a country ("Texas" -> USA)
        return Mention(start, end, "location", text, country=kb.country_of_region(text))
    if kind == "organization":
        known = _kb_org(kb, text, None)
        if known is None and end - start == 1 and _title_fragment(doc[start], kb):
            return None  # "Interior" in "Interior Minister"
        return Mention(start, end, kind, text, known=known)
    return Mention(start, end, kind, text)


def _country_then_name(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> int | None:
    """Where a span that opens with a country's name and goes on with a person's two or three name words splits
    ("Prime Minister of the Republic of North Macedonia Nikola Gruevski" tagged as one place)."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    if not _after_title(doc, start, kb):
        return None  # "Venezuela Regional Refugee and Migrant Response Plan" is no country and person
    for k in range(end - 2, start, -1):
        rest = doc[k:end]
        if not 2 <= len(rest) <= 3 or not all(_person_name_word(t, kb) for t in rest):
            continue
        if kb.country_of_name(doc[start:k].text) and not kb.country_of_name(doc[start:end].text):
            return k
    return None


def _office_then_name(doc: Doc, start: int, end: int, kb: KnowledgeBase, date: str | None) -> int | None:
    """Where an organisation span after a title and "of" ends in a person's name ("Deputy Minister of | International
    Relations and Cooperation Alvin Botes"): two or three trailing name words (three only for a known person)."""
    if not _after_title(doc, start, kb) or end - start < 3 or _apposed_title(doc, start):
        return None
    return _name_ending(doc, start, end, kb, date)


def _apposed_title(doc: Doc, start: int) -> bool:
    """Whether the title run before token ``start`` follows a name and a comma ("Tom West, Deputy Assistant Secretary
    for | Domestic Business Tax"): such a title describes the name before it, so no name ends it."""
    k = start - 1
    while k >= 0 and start - k <= 12 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "for", "the")):
        k -= 1  # (an "and" ends the walk: "A, B, and Deputy Assistant Secretary for ... C" is a list)
    return k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def _name_ending(doc: Doc, start: int, end: int, kb: KnowledgeBase, date: str | None) -> int | None:
    """Where a person's name ends a span: two or three trailing name words (three only for a known person) after
    a word of the span that is no "of", "and", "for" or "the" ("for the Western Hemisphere" names no one)."""
    if end - start < 3:
        return None
    for n in (3, 2):
        name = doc[end - n : end]
        before = doc[end - n - 1]
        if n == 3 and _kb_person(kb, name.text, date) is None:
            continue
        if (
            end - n - 1 >= start
            and all(_person_name_word(t, kb) for t in name)
            and before.lower_ not in ("of", "and", "for", "the")
        ):
            return end - n
    return None


def _name_follows(doc: Doc, end: int) -> bool:
    """Whether a person's name the model tagged starts right after token ``end`` ("... Operations | Robert Faucher")."""
    return end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


def _office_title(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether a span is a title and its portfolio ("Special Envoy for Monitoring and Combating Antisemitism",
    "Special Advisor for International Disability Rights"): capitalised words and a title word, then "for"/"on",
    and no organisation word ("the Office of the Special Envoy for ..." is a body)."""
    if any(t.lower_ in ORG_WORDS for t in doc[start:end]):
        return False
    for k in range(start, min(end - 1, start + 4)):
        if doc[k + 1].lower_ in ("for", "on") and doc[k].lower_ in _WORDS.role_heads:
            return all(t.text[:1].isupper() for t in doc[start : k + 1])
        if not doc[k].text[:1].isupper():
            return False
    return False


def _after_title(doc: Doc, start: int, kb: KnowledgeBase) -> bool:
    """Whether a span follows a title and "of" ("Prime Minister of | the Republic of ...", "Minister of | ..."), a
    title and "for" ("Special Envoy for | the Horn of Africa ...", "Assistant Secretary of State for | Consular
    Affairs ..."), or a portfolio's "and" ("Minister of Foreign Affairs and | Expatriates ...")."""
    j = start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 0 and doc[j].lower_ in ("and", "&", ","):
        # "Minister of Foreign Affairs and | Expatriates Ayman Safadi": the portfolio goes on after "and"
        k = j - 1
        while k >= 1 and start - k <= 8 and (doc[k].text[:1].isupper() or doc[k].text == ","):
            k -= 1
        return k >= 1 and k < j - 1 and doc[k].lower_ in ("of", "for") and _is_title_token(doc[k - 1], kb)
    if j >= 1 and doc[j].lower_ == "of" and _is_title_token(doc[j - 1], kb):
        return True
    return j >= 1 and doc[j].lower_ == "for" and _title_before(doc, j, kb)


def _title_before(doc: Doc, j: int, kb: KnowledgeBase) -> bool:
    """Whether a title ends right before token ``j`` ("Special Envoy | for", "Assistant Secretary of State | for"):
    a title word, or "of" and one to three capitalised words after one (the office's own name)."""
    if j < 1 or not doc[j - 1].text[:1].isupper():
        return False
    if _is_title_token(doc[j - 1], kb):
        return True
    for k in range(j - 2, max(j - 5, 0), -1):
        if doc[k].lower_ == "of":
            return _is_title_token(doc[k - 1], kb)
        if not doc[k].text[:1].isupper():
            return False
    return False


def _person_name_word(tok: Token, kb: KnowledgeBase) -> bool:
    """A word that can be part of a person's name: a capitalised proper noun that is no title, sector or
    institution word ("Regional", "Refugee", "Response" are not)."""
    low = tok.lower_
    return (
        _name_word(tok)
        and not _is_title_token(tok, kb)
        and kb.sector_of(low) is None
        and low not in _WORDS.generic_name_words
        and low not in NOT_ACTOR_WORDS
    )


def _of_country(doc: Doc, end: int, kb: KnowledgeBase) -> bool:
    """Whether "of" and a country's name (one to three words) follow token ``end``."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return False
    for n in (3, 2, 1):
        words = doc[end + 1 : end + 1 + n]
        if len(words) == n and words[0].text[:1].isupper() and kb.country_of_name(words.text):
            return True
    return False


def _without_possessive(text: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def _inside_title(doc: Doc, after: int, kb: KnowledgeBase) -> bool:
    """Whether the span ending before token ``after`` is followed by a title word and a name."""
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after + 1 >= len(doc) or doc[after].lower_ not in _WORDS.role_heads:
        return False
    return doc[after + 1].ent_type_ == "PERSON" or doc[after + 1].pos_ == "PROPN"


def _person_context(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> bool:
    """A title right before the span, or the span as the subject of a verb of saying."""
    if start > 0 and _is_title_token(doc[start - 1], kb):
        return True
    root = doc[start:end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS


def _not_a_name(tok: Token) -> bool:
    """A lone word the model took for a person: all capitals ("QUESTION", "COVID") or not a proper noun."""
    letters = [c for c in tok.text if c.isalpha()]
    if len(letters) < len(tok.text.replace("-", "").replace("'", "").replace("’", "")):
        return True  # "=NC", "At%20an"
    return (len(letters) > 1 and all(c.isupper() for c in letters)) or tok.pos_ != "PROPN"


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in ORG_WORDS


def _title_fragment(tok: Token, kb: KnowledgeBase) -> bool:
    """A lone capitalised word inside a title ("Ambassador Extraordinary", "Principal Deputy ...")."""
    if tok.pos_ in ("ADJ", "ADV", "VERB"):
        return True
    head = tok.head
    return (
        tok.dep_ in ("amod", "compound", "nmod")
        and head.i != tok.i
        and (_is_title_token(head, kb) or head.lower_ in ORG_WORDS or head.lower_ in NOT_ACTOR_WORDS)
    )


def clean_name(text: str) -> str:
    """A name without the markup or punctuation stuck to it ("**<u>Julie Smith" -> "Julie Smith")."""
    for junk in _JUNK:
        if junk in text:
            text = text[: text.index(junk)]
    return " ".join(text.strip(_MARKUP).split())


def _looks_like_person(doc: Doc, m: Mention, kb: KnowledgeBase, person_words: set[str]) -> bool:
    """A mistyped person: 2-3 capitalised proper nouns, no organisation word, and person context."""
    span = doc[m.start : m.end]
    if not 2 <= len(span) <= 3 or m.country is not None:
        return False
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in ORG_WORDS for t in span):
        return False
    if _is_title_token(span[-1], kb) or _inside_title(doc, m.end, kb):
        return False  # "the National Security Advisor" is an office
    if kb.lookup(m.name):
        return False
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and _is_title_token(before, kb):
        return True
    if span[-1].lower_ in person_words:
        return True
    if _of_country(doc, m.end, kb):
        return True  # "Gordana Tadić of Bosnia and Herzegovina" (an organisation name would have its own word)
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in SPEECH_VERBS:
        return True
    return any(c.dep_ == "appos" and kb.sector_of(c.lower_, "title") for c in root.children)


def find_mentions(doc: Doc, kb: KnowledgeBase, date: str | None) -> list[Mention]:
    """Cleaned, typed, repaired, non-overlapping name mentions in document order."""
    table = _Table(doc)
    covered = 0  # end of the last organisation extended over following entities
    for start, end, label in _joined_entities(doc, kb):
        if end <= covered:
            continue  # "the United States" inside "German Marshall Fund of the United States"
        if label == "ORG":
            extended = _extend_org(doc, start, end)
            covered = extended if extended > end else covered
            end = extended
        elif label == "PERSON":
            extended = _extend_particle_name(doc, end)
            covered = extended if extended > end else covered
            end = extended
        split = _country_then_name(doc, start, end, kb) if label in ("GPE", "ORG", "LOC", "NORP") else None
        if split is not None:
            # "the Republic of North Macedonia Nikola Gruevski" in one span: a title's country, then a person
            country = typed_mention(doc, start, split, "GPE", kb, date)
            if country is not None:
                table.put(country, force=True)
            start, label = split, "PERSON"
        elif label in ("ORG", "LOC", "FAC") and (split := _office_then_name(doc, start, end, kb, date)) is not None:
            # "Minister of | International Relations and Cooperation Naledi Pandor": the office's name, then a person
            # ("Special Envoy for | the Horn of Africa Mike Hammer" tagged as one place)
            table.blocked.update(range(start, split))
            start, label = split, "PERSON"
        m = typed_mention(doc, start, end, label, kb, date)
        if m is not None:
            table.put(m, force=True)
        elif label != "FAC":
            table.blocked.update(range(start, end))  # "County Kerry" is no actor, and no John Kerry either

    # nicknames: Hugo “El Pollo” Carvajal -> one person whatever the model made of it
    text = doc.text
    for cstart, cend, name, nick in nicknames(text):
        span = _char_span(doc, cstart, cend)
        if span is not None:
            known = _kb_person(kb, name, date) or _kb_person(kb, nick, date)
            table.put(Mention(span[0], span[1], "person", name, nickname=nick, known=known), force=True)

    # acronyms next to their expansions: both are organisation mentions of one actor
    for (ls, le), (ss, se) in acronym_pairs(text):
        long_span, short_span = _char_span(doc, ls, le), _char_span(doc, ss, se)
        if long_span is None or short_span is None:
            continue
        if any(
            m is not None and m.kind == "person" and m.known
            for m in (table.items[i] for i in table.overlapping(*long_span))
        ):
            continue
        after = short_span[1] + (1 if short_span[1] < len(doc) and doc[short_span[1]].text == ")" else 0)
        if (
            after < len(doc)
            and doc[after].ent_type_ == "PERSON"
            and any(_is_title_token(t, kb) for t in doc[long_span[0] : min(long_span[0] + 2, long_span[1])])
        ):
            continue  # "Special Envoy for the Horn of Africa (SEHOA) Mike Hammer": an office's title, then its holder
        long_text = doc[long_span[0] : long_span[1]].text
        short_text = doc[short_span[0] : short_span[1]].text
        if kb.country_of_name(long_text) or kb.country_of_name(_without_possessive(long_text)):
            continue  # "the Democratic People’s Republic of Korea’s (DPRK)": a country, as the model tagged it
        known = _kb_org(kb, long_text, None) or _kb_org(kb, short_text, None)
        li = table.put(Mention(long_span[0], long_span[1], "organization", long_text, known=known), force=True)
        si = table.put(Mention(short_span[0], short_span[1], "organization", short_text, known=known), force=True)
        if li is not None and si is not None:
            lm, sm = table.items[li], table.items[si]
            if lm is not None and sm is not None:
                lm.pair = sm.pair = ls

    _gazetteer(doc, text, kb, table, date)
    _titled_surnames(doc, kb, table, date)

    # mistyped people: a "facility" or "place" with a person's context becomes a person
    person_words = {normalise(m.name.split()[-1]) for m in table.mentions() if m.kind == "person"}
    for m in table.mentions():
        if (
            m.kind in ("organization", "location", "country")
            and m.known is None
            and m.pair is None
            and _looks_like_person(doc, m, kb, person_words)
        ):
            m.kind, m.country = "person", None
    _drop_common_words(doc, table)
    _drop_products(doc, table)
    _drop_headline_words(doc, table)
    _repeated_surnames(doc, table, kb)
    _given_names_left_out(doc, table, kb)
    for m in table.mentions():
        before = m.start - 1
        while before >= 0 and doc[before].is_space:
            before -= 1
        m.titled = before >= 0 and _is_title_token(doc[before], kb) and doc[before].lower_ not in HONORIFICS
    # FAC spans were dropped above; recover the ones that look like people
    for ent in doc.ents:
        if ent.label_ == "FAC" and not table.overlapping(ent.start, ent.end):
            s, e = _clean(doc, ent.start, ent.end, "FAC", kb)
            if s < e:
                cand = Mention(s, e, "organization", doc[s:e].text)
                if _looks_like_person(doc, cand, kb, person_words):
                    cand.kind = "person"
                    table.put(cand)
    return table.mentions()


def _drop_products(doc: Doc, table: _Table) -> None:
    """Drop "people" that are a product's name modifying a common noun: "Abrams tanks", "Bradley fighting
    vehicles" (the model tags the name PRODUCT) are weapons, not Elliott Abrams; and a known person's lone
    surname after an article ("the Moon")."""
    for idx, item in enumerate(table.items):
        if item is None or item.kind != "person" or item.end - item.start != 1:
            continue
        tok = doc[item.start]
        if tok.ent_type_ == "PRODUCT" and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
            table.remove(idx)
        elif item.known is not None and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
            table.remove(idx)  # "to go to *the Moon*" is no Moon Jae-in: a lone surname takes no article


def _drop_common_words(doc: Doc, table: _Table) -> None:
    """Drop "people" whose every word the article also uses in lower case ("Build Back Better", "Migration").

    A name's words are rarely common words of the same text; a capitalised slogan's always are.
    Known people, nicknames and the surnames of other people named in full are kept.
    """
    lower = {t.text for t in doc if t.text.islower()}
    owners: dict[str, set[str]] = {}
    for m in table.mentions():
        if m.kind == "person" and m.end - m.start > 1:
            owners.setdefault(doc[m.end - 1].text, set()).add(m.name)
    for idx, item in enumerate(table.items):
        if item is None or item.kind != "person" or item.known is not None or item.nickname:
            continue
        words = [t for t in doc[item.start : item.end] if t.is_alpha]
        common = bool(words) and all(t.lower_ in lower for t in words)
        if common and not (owners.get(words[-1].text, set()) - {item.name}):
            table.remove(idx)


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of headline-style lines: four or more words, most of them capitalised."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _drop_headline_words(doc: Doc, table: _Table) -> None:
    """Drop one-word "people" found only in title-case headlines ("Readout of Vice President Harris's Meeting with
    ..."): there every word is capitalised and the model takes common nouns for names. A word the story also
    uses as a name outside its headlines is kept."""
    lines = _title_case_lines(doc.text)
    if not lines:
        return

    def in_headline(char: int) -> bool:
        return any(a <= char < b for a, b in lines)

    for idx, item in enumerate(table.items):
        if item is not None and item.kind == "organization" and _headline_phrase(doc, item, lines):
            table.remove(idx)
            continue
        if item is None or item.kind != "person" or item.known is not None or item.end - item.start != 1:
            continue
        tok = doc[item.start]
        if not in_headline(tok.idx):
            continue
        if not any(t.text == tok.text and t.i != tok.i and not in_headline(t.idx) for t in doc):
            table.remove(idx)


def _headline_phrase(doc: Doc, item: Mention, lines: list[tuple[int, int]]) -> bool:
    """An "organisation" that is most of a title-case headline ("Issuance of Updated Xinjiang Supply Chain Business
    Advisory"): a phrase the model read as a name because every word is capitalised; a real body's name has an
    organisation word ("Council", "Department") or is known."""
    if item.known is not None or item.pair is not None:
        return False
    span = doc[item.start : item.end]
    words = [t for t in span if t.is_alpha]
    if len(words) < 4 or any(t.lower_ in ORG_WORDS for t in words):
        return False
    for a, b in lines:
        if a <= span.start_char < b:
            line_words = [w for w in doc.text[a:b].split() if w[:1].isalpha()]
            return len(words) >= 0.8 * len(line_words)
    return False


def _repeated_surnames(doc: Doc, table: _Table, kb: KnowledgeBase) -> None:
    """A surname of a person named in full, repeated where the model saw no name ("Carvajal denied"); a surname
    named after a title ("Minister Tileuberdi") also where a given name precedes it."""
    surnames: dict[str, str] = {}
    for m in table.mentions():
        toks = [t for t in doc[m.start : m.end] if not t.is_space and not t.is_punct]
        if m.kind == "person" and len(toks) >= 2 and len(toks[-1].text) >= 4 and toks[-1].text[:1].isupper():
            surnames[toks[-1].text] = m.name
    titled: set[str] = set()  # surnames named only after a title ("Minister Tileuberdi")
    for m in table.mentions():
        tok = doc[m.start]
        before = doc[m.start - 1] if m.start > 0 else None
        if (
            m.kind == "person"
            and m.end - m.start == 1
            and len(tok.text) >= 4
            and tok.text not in surnames
            and before is not None
            and _is_title_token(before, kb)
        ):
            titled.add(tok.text)
    for tok in doc:
        subject = tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB"
        if (
            (tok.text in surnames or tok.text in titled)
            and tok.i not in table.owner
            and (tok.pos_ == "PROPN" or subject)
        ):
            prev = doc[tok.i - 1] if tok.i > 0 else None
            start = tok.i
            if prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start:
                given = _given_name(doc, prev, kb, table) if tok.text in titled else False
                if not given:
                    continue  # part of another name ("Susan West Story" is not James Story)
                start = prev.i  # "... Minister of Foreign Affairs Mukhtar Tileuberdi", missed by the model
            table.put(Mention(start, tok.i + 1, "person", doc[start : tok.i + 1].text))


def _given_names_left_out(doc: Doc, table: _Table, kb: KnowledgeBase) -> None:
    """A one-word person whose given name the model left out after a title and its place ("Mayor of London *Sadiq*
    Khan" tagged "Khan"): the given name is the person's, so one Khan is not taken for another of the story."""
    for m in table.mentions():
        if m.kind != "person" or m.end - m.start != 1 or m.known is not None or m.start < 2:
            continue
        if _is_title_token(doc[m.start], kb) or doc[m.start].ent_type_ != "PERSON":
            continue
        prev, before = doc[m.start - 1], doc[m.start - 2]
        if (
            prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and not prev.ent_type_
            and not prev.is_sent_start
            and prev.i not in table.owner
            and prev.i not in table.blocked
            and not _is_title_token(prev, kb)
            and prev.lower_ not in ORG_WORDS
            and not _not_a_name(prev)
            and before.ent_type_ in ("GPE", "LOC")
        ):
            table.put(Mention(prev.i, m.end, "person", doc[prev.i : m.end].text), force=True)


def _given_name(doc: Doc, tok: Token, kb: KnowledgeBase, table: _Table) -> bool:
    """Whether ``tok`` is a given name before a known surname: no title word and not part of another name, after a
    title ("Minister of Foreign Affairs Mukhtar Tileuberdi", not "Susan West Tileuberdi")."""
    if tok.i in table.owner or _is_title_token(tok, kb) or tok.lower_ in ORG_WORDS or tok.i == 0:
        return False
    j = tok.i - 1
    while j >= 0 and tok.i - j <= 8 and j not in table.owner:  # the title run before the given name
        before = doc[j]
        if _is_title_token(before, kb):
            return True
        if not (before.text[:1].isupper() or before.lower_ in ("of", "for", "and", "the")) or before.is_sent_start:
            return False
        j -= 1
    return False


def _gazetteer(doc: Doc, text: str, kb: KnowledgeBase, table: _Table, date: str | None) -> None:
    """Add known names the model missed or mistyped (exact, case-aware matches on token boundaries)."""
    norms = [(name_key(t.text).split() or [""])[0] for t in doc]
    i = 0
    while i < len(doc):
        tok = doc[i]
        cands = kb.first_tokens.get(norms[i])
        if not cands or not tok.text[:1].isupper() or i in table.blocked:
            i += 1
            continue
        best: tuple[int, KnownActor] | None = None
        for toks in sorted(cands, key=len, reverse=True):
            target = " ".join(toks)
            # walk tokens until the normalised char text covers the name
            j = i
            while j < len(doc) and len(name_key(text[tok.idx : doc[j].idx + len(doc[j].text)])) < len(target):
                j += 1
            if j >= len(doc) or name_key(text[tok.idx : doc[j].idx + len(doc[j].text)]) != target:
                continue
            end = j + 1
            surface = text[tok.idx : doc[j].idx + len(doc[j].text)]
            if not _gazetteer_ok(doc, i, end, surface):
                continue
            found = kb.lookup(surface)
            people = [a for a in found if a.kind == "person" and a.known_at(date)]
            orgs = [a for a in found if a.kind != "person"]
            known = people[0] if len(people) == 1 and not orgs else (orgs[0] if len(orgs) == 1 and not people else None)
            if known is not None:
                best = (end, known)
                break
        if best is None:
            i += 1
            continue
        end, known = best
        clash = [table.items[k] for k in table.overlapping(i, end)]
        clash_m = [m for m in clash if m is not None]
        if clash_m and end - i == 1:  # a lone surname never overrides what the model saw ("Austin", Texas)
            i = end
            continue
        inside = all(i <= m.start and m.end <= end for m in clash_m)
        wrong = any(m.kind != ("person" if known.kind == "person" else m.kind) for m in clash_m)
        replaceable = inside and (wrong or any(m.end - m.start < end - i for m in clash_m))
        if (not clash_m or replaceable) and not any(m.pair is not None for m in clash_m):
            kind = "person" if known.kind == "person" else known.kind
            table.put(Mention(i, end, kind, doc[i:end].text, known=known), force=True)
        i = end


def _titled_surnames(doc: Doc, kb: KnowledgeBase, table: _Table, date: str | None) -> None:
    """A lone proper noun right after a capitalised title that the model tagged as nothing ("Special Envoy Stern
    met with"): a person (a place or a people's name after a title, "Ambassador Kyiv", is none)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if (
            tok.pos_ != "PROPN"
            or tok.tag_ == "NNPS"  # "UN Member States"
            or not tok.text[:1].isupper()
            or tok.ent_type_
            or tok.i in table.blocked
            or table.overlapping(tok.i, tok.i + 1)
            or not prev.text[:1].isupper()
            or prev.lower_ in HONORIFICS
            or not (prev.lower_ in _WORDS.role_heads or kb.sector_of(prev.lower_, "title") is not None)
            or _is_title_token(tok, kb)
            or kb.by_surname.get(normalise(tok.text))  # "Secretary Blinken": the known people's rules place him
            or _not_a_name(tok)
            or len(tok.text) < 3
            or prev.lower_ == "member"  # "UN Member States"
            # the name ends a subject or an object: a verb or punctuation follows ("Chief Executive and", "License 20")
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ not in ("VERB", "AUX", "PUNCT"))
            or kb.country_of_name(tok.text)
            or kb.country_of_demonym(tok.text)
            or kb.country_of_capital(tok.text)
        ):
            continue
        table.put(Mention(tok.i, tok.i + 1, "person", tok.text, known=_kb_person(kb, tok.text, date)))


def _gazetteer_ok(doc: Doc, start: int, end: int, surface: str) -> bool:
    """Single words must be proper nouns; short acronyms are too ambiguous to match by themselves."""
    if end - start > 1 and len(surface.split()) > 1:
        return all(
            t.is_space or t.text[:1].isupper() or t.lower_ in ("of", "the", "de", "del", "la", "y", "for", "and", "da")
            for t in doc[start:end]
        )
    if is_acronym(surface):
        return len(surface) >= 3 and surface.isupper() and surface not in ("CAN", "WHO", "ICE", "PAN", "FAR")
    # "Pinera administration officials": a name the tagger read as an adjective before a leader's body
    leaders_body = doc[start].pos_ == "ADJ" and end < len(doc) and doc[end].lower_ in ("administration", "government")
    return (doc[start].pos_ == "PROPN" or leaders_body) and surface[:1].isupper() and len(surface) >= 4
