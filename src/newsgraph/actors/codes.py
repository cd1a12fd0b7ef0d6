"""CAMEO actor codes: country code + sector code, date-aware (CAMEO manual ch. 3 "Actor codes").

A person linked to the knowledge base gets the code of the office held on the article's date; one
who held offices only before it is an elite (``ELI``: "former president Uribe" -> COLELI), not GOV.
Otherwise the code comes from the roles read in the text and from the organisation's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.actors.knowledge import KnowledgeBase, KnownActor
from newsgraph.actors.knowledge import words as _words
from newsgraph.actors.names import normalise
from newsgraph.actors.roles import Role

_FORMER = re.compile(r"\b(former|ex-|ex |then-|late|retired|outgoing)", re.IGNORECASE)
_OFFICE_SECTORS = frozenset(("GOV", "LEG", "MIL", "JUD", "COP", "SPY"))
_OFFICE_WORDS = frozenset(
    ("president", "minister", "secretary", "chancellor", "premier", "governor", "ambassador", "senator", "speaker")
)


@dataclass(frozen=True, slots=True)
class Coding:
    code: str | None
    country: str | None
    sector: str | None


def _join(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    return f"{country or ''}{sector or ''}"


def role_sector(role: str, kb: KnowledgeBase) -> str | None:
    """The sector a role names: the longest title phrase in it, preferring its head (last) words."""
    words = [w.strip(",") for w in role.lower().replace("-", " ").split()]
    words = [w if kb.sector_of(w, "title") else w.strip(".") for w in words]
    for n in (3, 2):  # titles with "of" in them: "chief of staff", "secretary of state"
        for i in range(len(words) - n, -1, -1):
            sector = kb.sector_of(" ".join(words[i : i + n]), "title")
            if sector is not None and "of" in words[i : i + n]:
                return sector
    if " of " in f" {role.lower()} ":
        words = role.lower().split(" of ")[0].split()
    for n in (3, 2, 1):
        for i in range(len(words) - n, -1, -1):
            sector = kb.sector_of(" ".join(words[i : i + n]), "title")
            if sector is not None:
                return sector
    for w in reversed(words):
        sector = kb.sector_of(w)
        if sector is not None:
            return sector
    return None


def _role_org_coding(role: str, kb: KnowledgeBase) -> Coding | None:
    """ "head of the DGCIM" -> the organisation's code."""
    if " of " not in role:
        return None
    tail = role.split(" of ", 1)[1]
    tail = re.sub(r"^(the|a|an)\s+", "", tail.strip(), flags=re.IGNORECASE)
    owner = None
    m = re.match(r"^(.+?)['’]s\s+(.+)$", tail)  # "Argentina's Amnesty International"
    if m:
        owner = kb.country_of_name(m.group(1)) or kb.country_of_demonym(m.group(1))
        tail = m.group(2) if owner else tail
    orgs = [a for a in kb.lookup(tail) if a.kind != "person"]
    if len(orgs) == 1 and orgs[0].code:
        org = orgs[0]
        if owner and not org.country:  # a national branch of an international body
            return Coding(f"{owner}{org.sector or ''}", owner, org.sector)
        return Coding(org.code, org.country or owner, org.sector)
    first = tail.split()[0] if tail.split() else ""
    # "Speaker of the Mongolian Parliament": a body named after its country's demonym
    country = owner or kb.country_of_name(tail) or (kb.country_of_demonym(first) if len(tail.split()) > 1 else None)
    # "the Export-Import Bank of the United States", "the Ministry of Foreign Affairs of Denmark" (any "of")
    for of in re.finditer(r"\bof (?:the )?", tail):
        rest = tail[of.end() :]
        country = country or (kb.country_of_name(rest.strip()) if "," not in rest else None)
    # "Crown Prince of Abu Dhabi (Sheikh ...)", "Mayor of Kyiv": a seat of government, first in the tail, stands
    # for its country
    parts = tail.split()
    for n in range(len(parts), 0, -1):
        country = country or kb.country_of_capital(" ".join(parts[:n]))
    return Coding(None, country, None) if country else None


_ACCREDITED_TO = frozenset(("to", "at", "with", "on"))


def international_body(role: str, kb: KnowledgeBase, *, accredited: bool = False) -> KnownActor | None:
    """The international organisation (IGO, NGO, IMG code) a role names: "UN Special Coordinator", "African Union
    Commission Chairperson", "Secretary General of the OAS". A body a national envoy is accredited to ("Ambassador
    to the UN", "Representative at the OAS") counts only when ``accredited``."""
    tokens = [t.strip(",.()") for t in role.replace("’", "'").split()]
    for n in (3, 2, 1):
        for i in range(len(tokens) - n + 1):
            phrase = " ".join(tokens[i : i + n])
            if n == 1 and not (phrase.isupper() or (phrase[:1].isupper() and i > 0)):
                continue
            before = tokens[i - 2 if i >= 2 and tokens[i - 1].lower() == "the" else i - 1].lower() if i else ""
            if not accredited and before in _ACCREDITED_TO:
                continue
            for a in kb.lookup(phrase):
                if a.kind != "person" and (a.code or "").startswith(("IGO", "NGO", "IMG")):
                    return a
    return None


def person_coding(known: KnownActor | None, roles: list[Role], date: str | None, kb: KnowledgeBase) -> Coding:
    """Knowledge-base office on ``date`` first, then the roles in the text, then ELI for past office holders."""
    if known is not None:
        tenure = known.tenure_at(date)
        if tenure is not None:
            return Coding(tenure.code, tenure.country, tenure.sector)
    current = [r for r in roles if not _FORMER.search(r.text)]
    if known is not None and known.held_office_before(date):
        # "President Obama" in 2022 names a past office: the text's title is historical, not current
        past_titles = {
            w for t in known.tenures if t.end and (date is None or t.end < date) for w in t.role.lower().split()
        }
        current = [
            r for r in current if not (set(r.text.lower().replace("-", " ").split()) & past_titles & _OFFICE_WORDS)
        ]
    country, sector = _from_roles(current, kb)
    if known is not None and known.country and not country:
        country = known.country
    if country is None and sector is not None:
        body = next((b for r in current if (b := international_body(r.text, kb)) is not None), None)
        if body is not None:  # "UN Special Coordinator Wennesland": CAMEO codes the official as the body
            return Coding(body.code, None, body.sector)
    if sector is not None:
        return Coding(_join(country, sector), country, sector)
    if known is not None and known.held_office_before(date):
        past = max((t for t in known.tenures if t.end), key=lambda t: t.end)
        if past.country:
            return Coding(_join(past.country, "ELI"), past.country, "ELI")
        return Coding(past.code, None, "ELI")
    former_country, former_sector = _from_roles([r for r in roles if _FORMER.search(r.text)], kb)
    country = country or former_country
    if former_sector is not None:
        sector = "ELI" if former_sector in _OFFICE_SECTORS else former_sector
    return Coding(_join(country, sector), country, sector)


def _from_roles(roles: list[Role], kb: KnowledgeBase) -> tuple[str | None, str | None]:
    country = None
    sector = None
    for r in roles:
        org = _role_org_coding(r.text, kb)
        body = _named_body(r.text, kb)
        country = country or r.country or (org.country if org else None) or (body[0] if body else None)
        if sector is None:
            sector = role_sector(r.text, kb)
            if org is not None and org.code and sector in (None, "GOV"):
                sector = org.sector
            if sector is None and body is not None:
                sector = body[1]
    if sector is None:  # "Director for the Andes, White House National Security Council": the body's sector
        sector = next((r.body_sector for r in roles if r.body_sector), None)
    return country, sector


def _named_body(role: str, kb: KnowledgeBase) -> tuple[str, str | None] | None:
    """Country and sector of the one known national body named anywhere in a role ("State Department
    Deputy Assistant Secretary", "Senior Director at the National Security Council") -> (USA, GOV)."""
    words = role.replace("’", "'").split()
    found = set()
    for n in range(min(6, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if n == 1 and not ((phrase.isupper() and len(phrase) >= 3) or (phrase[:1].isupper() and i > 0)):
                continue  # one word: an acronym ("CIA deputy director") or a capitalised name inside the role
            for org in kb.lookup(phrase):
                if org.kind != "person" and org.country:
                    found.add((org.country, org.sector))
    return found.pop() if len(found) == 1 else None


def _known_body_in(words: list[str], kb: KnowledgeBase) -> KnownActor | None:
    """The one known organisation an organ belongs to: named after "of (the)" at the end of the name
    ("X of the Organization of American States") or with a possessive at its start ("Treasury Department's X")."""
    candidates = []
    for i in range(1, len(words) - 1):
        if words[i].lower() == "of":
            j = i + 2 if words[i + 1].lower() == "the" else i + 1
            candidates.append(" ".join(words[j:]))
    for i in range(1, len(words) - 1):
        if words[i].endswith("'s"):
            candidates.append(" ".join(words[: i + 1]).removesuffix("'s"))
    for phrase in candidates:
        found = [a for a in kb.lookup(phrase) if a.kind != "person" and a.code]
        if len(found) == 1 and len(phrase.split()) > 1:
            return found[0]
    return None


_GOVERNMENT_OFFICES = frozenset(
    ("office", "council", "ministry", "department", "administration", "agency", "bureau", "secretariat", "cabinet")
)


def _leading_body(words: list[str], kb: KnowledgeBase) -> Coding | None:
    """An office named after the body or seat it belongs to: "White House Office of Public Engagement",
    "Department of State Humanitarian Assistance", "Kremlin administration" -> the body's code, or for a seat of
    government used as a metonym (countries.tsv capitals) its country with the sector the name gives (GOV for an
    office, council, ministry …).
    One-word prefixes must be names, not words every institution uses ("National", "Senate")."""
    w = _words()
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n]).removesuffix("'s")
        rest = [x.lower().strip(",.") for x in words[n:]]
        if n == 1 and (
            not prefix[:1].isupper()
            or normalise(prefix) in w.generic_name_words
            or normalise(prefix) in w.organisation_words
            or kb.sector_of(prefix.lower()) is not None
        ):
            continue
        bodies = [
            a
            for a in kb.lookup(prefix)
            if a.kind != "person" and a.code and (a.country or a.code.startswith(("IGO", "NGO", "IMG")))
        ]  # "African Union Commission", "OAS Permanent Council": an organ of an international body too
        if len(bodies) == 1:
            body = bodies[0]
            return Coding(body.code, body.country, body.sector)
        seat = kb.country_of_capital(prefix)
        if seat and any(x in w.organisation_words for x in rest):
            sector = next((kb.sector_of(x, "group") for x in reversed(rest) if kb.sector_of(x, "group")), None)
            if sector is None and _GOVERNMENT_OFFICES & set(rest):
                sector = "GOV"  # "White House Office of ...", "Kremlin administration"; not "Tokyo Electric Company"
            return Coding(_join(seat, sector), seat, sector)
    return None


def organisation_coding(known: KnownActor | None, name: str, kb: KnowledgeBase) -> Coding:
    if known is not None:
        return Coding(known.code, known.country, known.sector)
    words = name.replace("’", "'").split()
    body = _known_body_in(words, kb)
    if body is not None:
        # an organ of a known body: "Permanent Council of the Organization of American States" is the OAS's,
        # "Treasury Department's Office of Foreign Assets Control" the Treasury's
        return Coding(body.code, body.country, body.sector)
    seat = _leading_body(words, kb)
    if seat is not None:
        return seat
    country = None
    for n in (3, 2, 1):
        for i in range(0, len(words) - n + 1):
            phrase = " ".join(words[i : i + n]).removesuffix("'s")
            # "Latin American" is a region's demonym, not the United States'
            demonym = kb.country_of_modifier(phrase, words[i - 1] if n == 1 and i > 0 else None)
            if i > 0 and i + n == len(words) and words[-1].lower() in _words().organisation_words:
                continue  # "East West Bank": a bank whose name ends like the West Bank's, not the place
            country = country or demonym or kb.country_of_name(phrase)
    sector = None
    lowered = [w.lower().strip(",.") for w in words]
    for n in (2, 1):
        for i in range(len(lowered) - n, -1, -1):
            sector = sector or kb.sector_of(" ".join(lowered[i : i + n]), "group")
    if sector is None and any(w in ("minister", "ministry", "department", "agency") for w in lowered):
        sector = "GOV"
    if sector is None and country and any(w in ("mission", "delegation") for w in lowered):
        sector = "GOV"  # "the U.S. Mission to the United Nations", "the Ukrainian delegation": a state's envoys
    return Coding(_join(country, sector), country, sector)
