"""The actor knowledge base: countries, organisations, people and their offices, sector words.

Everything here is data the newsgraph team wrote (``newsgraph/data/knowledge/*.tsv``) plus the
ISO 3166 country names of the maintained ``pycountry`` package. The files are read and validated
once per process (:func:`default_knowledge`); a user's own actor files (PETRARCH dictionaries,
CSV/JSONL, see :mod:`newsgraph.actors.user_knowledge`) are layered on top with
:meth:`KnowledgeBase.extended` and installed with :func:`install_knowledge`.

Codes follow CAMEO (Schrodt, *CAMEO Conflict and Mediation Event Observations Codebook*, ch. 3):
a three-letter country code (ISO alpha-3) followed by a three-letter role/sector code (GOV, MIL …);
international organisations start with ``IGO``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import get_args

import pycountry

from newsgraph.actors.names import normalise
from newsgraph.data import read_toml
from newsgraph.errors import ConfigError
from newsgraph.records import ActorKind

SECTORS: frozenset[str] = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "COP",
        "JUD",
        "SPY",
        "LEG",
        "MED",
        "EDU",
        "BUS",
        "CRM",
        "CVL",
        "ELI",
        "HLH",
        "HRI",
        "LAB",
        "REF",
        "REL",
        "AGR",
        "ENV",
        "NGO",
        "IGO",
        "UAF",
        "MOD",
        "RAD",
    ]
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_KINDS = frozenset(get_args(ActorKind))


def _date_start(text: str) -> str:
    """Pad a partial date to the first day it can mean ("2019" -> "2019-01-01")."""
    return text + "-01-01"[len(text) - 4 :] if text else ""


def _date_end(text: str) -> str:
    """Pad a partial date to the last day it can mean ("2019" -> "2019-12-31")."""
    return text + "-12-31"[len(text) - 4 :] if text else ""


def name_key(name: str) -> str:
    """The lookup key of a name: normalised, without periods ("JOSEPH R. BIDEN JR" = "Joseph R. Biden Jr.")."""
    return " ".join(normalise(name).replace(".", " ").split())


@dataclass(frozen=True, slots=True)
class Tenure:
    """One office held from ``start`` to ``end`` (ISO dates; ``end`` empty while in office)."""

    country: str | None  # country code, or None for an international organisation
    code: str  # the CAMEO code while in office, e.g. VENGOV, IGOUNO
    sector: str
    role: str
    start: str
    end: str

    def active(self, date: str) -> bool:
        return self.start <= date and (not self.end or date <= self.end)


@dataclass(frozen=True, slots=True)
class KnownActor:
    """A person or organisation of the knowledge base; ``id`` is the cross-article identity."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    tenures: tuple[Tenure, ...] = ()

    def tenure_at(self, date: str | None) -> Tenure | None:
        """The office held on ``date`` (the most recently started one), else None."""
        if not self.tenures:
            return None
        if date is None:
            current = [t for t in self.tenures if not t.end]
            return max(current, key=lambda t: t.start) if current else None
        active = [t for t in self.tenures if t.active(date)]
        return max(active, key=lambda t: t.start) if active else None

    def held_office_before(self, date: str | None) -> bool:
        return any(t.end and (date is None or t.end < date) for t in self.tenures)

    def known_at(self, date: str | None) -> bool:
        """False for someone whose first office starts well after ``date`` (a namesake, most likely)."""
        if date is None or not self.tenures:
            return True
        return min(t.start for t in self.tenures) <= date or self.kind != "person"


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # CAMEO country code (ISO alpha-3 except a few, e.g. KOS)
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectorWord:
    word: str
    sector: str
    use: str  # "group", "title" or "both"


@dataclass(slots=True)
class KnowledgeBase:
    """Lookup tables over the known countries, actors and sector words (normalised keys)."""

    countries: dict[str, Country] = field(default_factory=dict)
    actors: dict[str, KnownActor] = field(default_factory=dict)
    sector_words: dict[str, SectorWord] = field(default_factory=dict)
    by_name: dict[str, list[KnownActor]] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    country_by_demonym: dict[str, str] = field(default_factory=dict)
    country_by_capital: dict[str, str] = field(default_factory=dict)
    # states, provinces and regions (ISO 3166-2, from pycountry) -> country code, when unambiguous
    country_by_region: dict[str, str] = field(default_factory=dict)
    # first normalised token -> the token tuples of multi-word names starting with it (gazetteer)
    first_tokens: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    # last name word (normalised) -> the known people of that surname
    by_surname: dict[str, list[KnownActor]] = field(default_factory=dict)

    def index(self) -> KnowledgeBase:
        self.by_name.clear()
        self.first_tokens.clear()
        self.by_surname.clear()
        for actor in self.actors.values():
            if actor.kind == "person":
                for alias in (actor.name, *actor.aliases):
                    words = name_key(alias).split()
                    if len(words) > 1 and actor not in self.by_surname.setdefault(words[-1], []):
                        self.by_surname[words[-1]].append(actor)
            for alias in (actor.name, *actor.aliases):
                key = name_key(alias)
                bucket = self.by_name.setdefault(key, [])
                if actor not in bucket:
                    bucket.append(actor)
                toks = tuple(key.split())
                if toks:
                    self.first_tokens.setdefault(toks[0], set()).add(toks)
        for c in self.countries.values():
            for n in c.names:
                self.country_by_name.setdefault(name_key(n), c.code)
            for d in c.demonyms:
                self.country_by_demonym.setdefault(name_key(d), c.code)
            for cap in c.capitals:
                self.country_by_capital.setdefault(name_key(cap), c.code)
        return self

    # -- lookups --------------------------------------------------------------------------------
    def lookup(self, name: str, kind: str | None = None) -> list[KnownActor]:
        found = self.by_name.get(name_key(name), [])
        return [a for a in found if kind is None or a.kind == kind]

    def canonical(self, name: str) -> list[KnownActor]:
        """Actors whose canonical name (not merely an alias) is ``name``."""
        key = name_key(name)
        return [a for a in self.by_name.get(key, []) if name_key(a.name) == key]

    def country_of_name(self, name: str) -> str | None:
        return self.country_by_name.get(name_key(name))

    def country_of_demonym(self, word: str) -> str | None:
        return self.country_by_demonym.get(name_key(word))

    def country_of_modifier(self, word: str, previous: str | None = None) -> str | None:
        """The country of a demonym ``word`` after the word ``previous``: "South Korean" is KOR, but
        "Latin American" and "South American" are regions' (words.toml ``regional_qualifiers``), not the U.S., and
        "ethnic Russian" a minority's (``ethnic_qualifiers``), not Russia."""
        if previous:
            whole = self.country_of_demonym(f"{previous} {word}")
            if whole is not None:
                return whole
            if normalise(previous).strip("-") in words().regional_qualifiers | words().ethnic_qualifiers:
                return None  # a region's ("Latin American"), or a minority's ("ethnic Russian civilians")
        return self.country_of_demonym(word)

    def country_of_region(self, name: str) -> str | None:
        return self.country_by_region.get(name_key(name))

    def country_of_capital(self, name: str) -> str | None:
        return self.country_by_capital.get(name_key(name))

    def sector_of(self, words: str, use: str | None = None) -> str | None:
        entry = self.sector_words.get(normalise(words))
        if entry is None or (use is not None and entry.use not in (use, "both")):
            return None
        return entry.sector

    def extended(self, actors: Iterable[KnownActor], *, country_names: dict[str, str] | None = None) -> KnowledgeBase:
        """A copy with ``actors`` added (same id replaces) and extra names for countries (user dictionaries)."""
        merged = dict(self.actors)
        for a in actors:
            same = [b for b in self.canonical(a.name) if b.kind == a.kind]
            if len(same) == 1:  # the user's entry for an actor we know: one actor, both sets of names
                b = merged[same[0].id]
                aliases = tuple(dict.fromkeys((*b.aliases, a.name, *a.aliases)))
                merged[b.id] = replace(b, aliases=aliases, tenures=(*b.tenures, *a.tenures))
            else:
                merged[a.id] = a
        countries = dict(self.countries)
        for name, code in (country_names or {}).items():
            c = countries.get(code)
            if c is None:  # a country of the user's own (e.g. the fictional ones of PETRARCH's tests)
                countries[code] = Country(code, name, (name,), (), ())
            elif name not in c.names:
                countries[code] = replace(c, names=(*c.names, name))
        kb = KnowledgeBase(countries=countries, actors=merged, sector_words=dict(self.sector_words))
        kb.country_by_region = dict(self.country_by_region)
        return kb.index()


# ---------------------------------------------------------------------------------------- loading
def _rows(filename: str) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows of a data file, without comments, blank lines and the header row."""
    text = resources.files("newsgraph.data").joinpath("knowledge", filename).read_text(encoding="utf-8")
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield lineno, line.split("\t")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(";") if x.strip())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")


def _check(ok: bool, filename: str, lineno: int, message: str, code: str) -> None:
    if not ok:
        raise ConfigError(f"{filename}:{lineno}: {message}", code=code)


def _load_countries() -> dict[str, Country]:
    extra: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
    for lineno, row in _rows("countries.tsv"):
        _check(len(row) == 5, "countries.tsv", lineno, f"expected 5 columns, got {len(row)}", "C101")
        iso, cameo_cell, demonym_cell, capital_cell, name_cell = row
        _check(bool(re.fullmatch(r"[A-Z]{3}", iso)), "countries.tsv", lineno, f"bad ISO code {iso!r}", "C102")
        extra[iso] = (cameo_cell or iso, _split(demonym_cell), _split(capital_cell), _split(name_cell))
    countries: dict[str, Country] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        cameo, demonyms, capitals, names = extra.pop(iso3, (iso3, (), (), ()))
        common = getattr(c, "common_name", None) or c.name
        official = getattr(c, "official_name", None)
        all_names = tuple(dict.fromkeys(n for n in (common, c.name, official, *names) if n))
        countries[cameo] = Country(cameo, common, all_names, demonyms, capitals)
    for iso3, (cameo, demonyms, capitals, names) in extra.items():  # not in ISO 3166 (e.g. Kosovo)
        _check(bool(names), "countries.tsv", 0, f"{iso3} is not an ISO country and has no name", "C103")
        countries[cameo] = Country(cameo, names[0], names, demonyms, capitals)
    return countries


def _load_sector_words() -> dict[str, SectorWord]:
    words: dict[str, SectorWord] = {}
    for lineno, row in _rows("sectors.tsv"):
        _check(len(row) == 3, "sectors.tsv", lineno, f"expected 3 columns, got {len(row)}", "C111")
        word, sector, use = (x.strip() for x in row)
        _check(sector in SECTORS, "sectors.tsv", lineno, f"unknown sector {sector!r}", "C112")
        _check(use in ("group", "title", "both"), "sectors.tsv", lineno, f"bad use {use!r}", "C113")
        words[normalise(word)] = SectorWord(word, sector, use)
    return words


def _load_organisations() -> list[KnownActor]:
    out = []
    for lineno, row in _rows("organisations.tsv"):
        _check(len(row) == 6, "organisations.tsv", lineno, f"expected 6 columns, got {len(row)}", "C121")
        name, aliases, code, country, sector, kind = (x.strip() for x in row)
        _check(bool(name) and bool(code), "organisations.tsv", lineno, "name and code are required", "C122")
        _check(sector in SECTORS, "organisations.tsv", lineno, f"unknown sector {sector!r}", "C112")
        _check(kind in _KINDS, "organisations.tsv", lineno, f"unknown kind {kind!r}", "C123")
        out.append(
            KnownActor(
                id=f"kb:org:{slug(name)}",
                name=name,
                kind=kind,  # type: ignore[arg-type]
                aliases=_split(aliases),
                code=code,
                country=country or None,
                sector=sector,
            )
        )
    return out


def _load_people() -> list[KnownActor]:
    people: dict[str, KnownActor] = {}
    for lineno, row in _rows("people.tsv"):
        _check(len(row) == 7, "people.tsv", lineno, f"expected 7 columns, got {len(row)}", "C131")
        name, aliases, country, sector, role, start, end = (x.strip() for x in row)
        _check(sector in SECTORS, "people.tsv", lineno, f"unknown sector {sector!r}", "C112")
        for d in (start, end):
            _check(not d or bool(_DATE.match(d)), "people.tsv", lineno, f"bad date {d!r}", "C132")
        _check(bool(start), "people.tsv", lineno, "a start date is required", "C133")
        if country.startswith(("IGO", "IMG")):
            tenure = Tenure(None, country, sector, role, _date_start(start), _date_end(end))
        else:
            _check(bool(re.fullmatch(r"[A-Z]{3}", country)), "people.tsv", lineno, f"bad country {country!r}", "C134")
            tenure = Tenure(country, country + sector, sector, role, _date_start(start), _date_end(end))
        pid = f"kb:person:{slug(name)}"
        prev = people.get(pid)
        if prev is None:
            people[pid] = KnownActor(pid, name, "person", _split(aliases), tenures=(tenure,))
        else:
            merged_aliases = tuple(dict.fromkeys((*prev.aliases, *_split(aliases))))
            people[pid] = replace(prev, aliases=merged_aliases, tenures=(*prev.tenures, tenure))
    out = []
    for p in people.values():
        countries = {t.country for t in p.tenures if t.country}
        out.append(replace(p, country=countries.pop() if len(countries) == 1 else None))
    return out


def load_builtin_knowledge() -> KnowledgeBase:
    """Read and validate the built-in data files (raises :class:`ConfigError` C1xx)."""
    actors: dict[str, KnownActor] = {}
    for a in (*_load_organisations(), *_load_people()):
        actors[a.id] = a
    kb = KnowledgeBase(countries=_load_countries(), actors=actors, sector_words=_load_sector_words())
    kb.country_by_region = _load_regions(kb.countries)
    return kb.index()


def _load_regions(countries: dict[str, Country]) -> dict[str, str]:
    """ISO 3166-2 subdivision names (pycountry) -> CAMEO country code; names shared by countries are left out."""
    iso2_to_code = {}
    for c in pycountry.countries:
        iso2_to_code[c.alpha_2] = c.alpha_3
    found: dict[str, set[str]] = {}
    us_states = set()  # in English news "Florida", "Georgia Governor" are U.S. states, not Uruguay's departments
    for sub in pycountry.subdivisions:
        code = iso2_to_code.get(sub.country_code)
        if code in countries:
            found.setdefault(name_key(sub.name), set()).add(code)
            if sub.country_code == "US" and sub.type == "State":
                us_states.add(name_key(sub.name))
    out = {name: codes.pop() for name, codes in found.items() if len(codes) == 1}
    out.update({name: "USA" for name in us_states if name not in out and not _country_named(name, countries)})
    return out


def _country_named(key: str, countries: dict[str, Country]) -> bool:
    """Whether a country is called ``key`` ("Georgia")."""
    return any(key in (name_key(n) for n in (c.name, *c.names)) for c in countries.values())


@functools.cache
def default_knowledge() -> KnowledgeBase:
    """The built-in knowledge base, loaded once per process."""
    return load_builtin_knowledge()


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of ``data/knowledge/words.toml``."""

    honorifics: frozenset[str]
    organisation_words: frozenset[str]
    not_actor_words: frozenset[str]
    speech_verbs: frozenset[str]
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    regional_qualifiers: frozenset[str]
    generic_group_heads: frozenset[str]
    plural_national_bodies: frozenset[str]
    generic_name_words: frozenset[str]
    sectors_without_dominant_country: frozenset[str]
    place_verbs: frozenset[str]
    document_title_heads: frozenset[str]
    leader_titles: frozenset[str]
    national_staff_titles: frozenset[str]
    principal_titles: frozenset[str]
    diplomatic_posts: frozenset[str]
    ethnic_qualifiers: frozenset[str]
    delegate_plurals: frozenset[str]
    occasion_heads: frozenset[str]


@functools.cache
def words() -> Words:
    """The actor stage's word lists, loaded and checked once per process."""
    data = read_toml("knowledge/words.toml", code="C141")
    lists = {}
    for name in Words.__slots__:
        value = data.get(name)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(f"words.toml: {name} must be a list of strings", code="C142")
        lists[name] = frozenset(w.lower() for w in value)
    return Words(**lists)


@dataclass(frozen=True, slots=True)
class GroupNames:
    """Canonical names of country + sector groups (``data/knowledge/group_names.toml``)."""

    patterns: dict[str, str]  # CAMEO sector -> "{country} government"
    adjectives: dict[str, str]  # CAMEO country code -> the adjective used in names ("U.S.")

    def name(self, kb: KnowledgeBase, country: str, sector: str) -> str | None:
        """ "Venezuelan military" for (VEN, MIL), "U.S. government" for (USA, GOV); None if either is unknown."""
        pattern = self.patterns.get(sector)
        c = kb.countries.get(country)
        if pattern is None or c is None:
            return None
        adjective = self.adjectives.get(country) or next((d for d in c.demonyms if not d.endswith("s")), c.name)
        return pattern.format(country=adjective)


@functools.cache
def group_names() -> GroupNames:
    """The canonical group names, loaded and checked once per process (ConfigError C15x)."""
    data = read_toml("knowledge/group_names.toml", code="C151")
    patterns = data.get("sectors")
    adjectives = data.get("country_adjectives", {})
    if not isinstance(patterns, dict) or not isinstance(adjectives, dict):
        raise ConfigError("group_names.toml: [sectors] and [country_adjectives] must be tables", code="C152")
    for sector, pattern in patterns.items():
        if sector not in SECTORS or not isinstance(pattern, str) or "{country}" not in pattern:
            raise ConfigError(f"group_names.toml: bad entry {sector} = {pattern!r}", code="C153")
    for code, adjective in adjectives.items():
        if not re.fullmatch(r"[A-Z]{3}", code) or not isinstance(adjective, str) or not adjective:
            raise ConfigError(f"group_names.toml: bad adjective {code} = {adjective!r}", code="C154")
    return GroupNames(dict(patterns), dict(adjectives))


_installed: list[KnowledgeBase] = []


def install_knowledge(kb: KnowledgeBase | None) -> None:
    """Make ``kb`` (e.g. the built-in one extended with a user's dictionaries) the one the actor stage uses."""
    _installed.clear()
    if kb is not None:
        _installed.append(kb)


def current_knowledge() -> KnowledgeBase:
    return _installed[0] if _installed else default_knowledge()
