"""The gazetteer: place names (countries, capitals, cities, demonyms) and their CAMEO country codes,
from pycountry, the actors' knowledge (``data/knowledge/countries.tsv``) and the events' place list
(``data/lexicon/places.tsv``). Shared by the actor stage and event coding, so it depends on neither."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import pycountry

from newsgraph.errors import ConfigError


@cache
def gazetteer() -> dict[str, str]:
    """Place name (lower case) -> CAMEO country code: countries, capitals and major cities."""
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[value.lower()] = c.alpha_3
    data = resources.files("newsgraph.data")
    for parts in _country_rows(4):
        code = parts[1].strip() or parts[0].strip()
        for col in (parts[3], parts[4] if len(parts) > 4 else ""):
            for name in col.split(";"):
                if name.strip():
                    names[name.strip().lower()] = code
    names.update((k, v) for k, v in demonyms().items() if k not in names)
    for n, line in enumerate(data.joinpath("lexicon/places.tsv").read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not re.fullmatch(r"[A-Z]{3}", parts[1]):
            raise ConfigError(f"data/lexicon/places.tsv:{n}: expected 'name<TAB>country code'", code="C121")
        names.setdefault(parts[0].lower(), parts[1])
    return names


@cache
def cities() -> frozenset[str]:
    """Lower-case names of capitals and other cities of the gazetteer that name no country
    ("minsk", "geneva"; not "singapore", "kuwait")."""
    countries: set[str] = set()
    for c in pycountry.countries:
        countries.update(
            v.lower() for attr in ("name", "common_name", "official_name") if (v := getattr(c, attr, None))
        )
    towns: set[str] = set()
    data = resources.files("newsgraph.data")
    for parts in _country_rows(4):
        towns.update(n.strip().lower() for n in parts[3].split(";") if n.strip())
        if len(parts) > 4:
            countries.update(n.strip().lower() for n in parts[4].split(";") if n.strip())
    for line in data.joinpath("lexicon/places.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            towns.add(line.split("\t")[0].lower())
    return frozenset(towns - countries)


@cache
def demonyms() -> dict[str, str]:
    """Demonym (lower case) -> CAMEO country code, from the actors' knowledge when present."""
    out: dict[str, str] = {}
    for parts in _country_rows(3):
        for name in parts[2].split(";"):
            if name.strip():
                out[name.strip().lower()] = parts[1].strip() or parts[0].strip()
    return out


def _country_rows(columns: int) -> list[list[str]]:
    """The rows of the actors' ``knowledge/countries.tsv`` (when present) with at least ``columns``
    tab-separated fields, header and comments left out."""
    knowledge = resources.files("newsgraph.data").joinpath("knowledge/countries.tsv")
    if not knowledge.is_file():
        return []
    rows = (line.split("\t") for line in knowledge.read_text("utf-8").splitlines() if not line.startswith("#"))
    return [parts for parts in rows if len(parts) >= columns and parts[0] != "iso3"]


def place_country(name: str) -> str | None:
    """The country code of a place name, if the gazetteer knows it."""
    key = name.lower().removeprefix("the ").strip()
    return gazetteer().get(key)
