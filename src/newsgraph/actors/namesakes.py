"""U.S. places that share a country's or a foreign city's name: "the Vice President will travel to Georgia",
"the train derailment in East Palestine, Ohio", "Alexandria, Virginia", "Odessa, Texas".

The gazetteer codes "Georgia" as the country (CAMEO GEO); White House texts mostly mean the U.S.
state, a place of the United States (USA). An article's place actor named like a state (see
``data/knowledge/us_states.toml``) is the state when its text shows U.S. domestic life -- another
state named in a sentence with it, a "City, Georgia" address, or words of state and local
government, elections, jobs and disasters at home -- and none of the country's own words (its
capital, region, parties, leaders) nor another foreign country in a sentence with it. A place every
mention of which is written as a U.S. address ("Lebanon, Tennessee": the name, a comma, a state that
shares no country's name) is a U.S. place too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc

from newsgraph.actors.index import ActorIndex
from newsgraph.data import read_toml
from newsgraph.errors import ConfigError
from newsgraph.places import gazetteer


@dataclass(frozen=True, slots=True)
class SharedName:
    """A state name that is also a country's: the country's code and its own words."""

    country: str
    foreign: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class StateNames:
    states: frozenset[str]  # lower case
    state_pattern: re.Pattern[str]  # any state's name, as a word
    domestic: re.Pattern[str]  # words of U.S. domestic life
    shared: dict[str, SharedName]  # lower-case state name -> the country it is also


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _strings(data: dict[str, object], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"us_states.toml: {key} must be a non-empty list of strings", code="C171")
    return [v.strip() for v in value]


@cache
def state_names() -> StateNames:
    """The state names of ``data/knowledge/us_states.toml`` (read and checked once per process)."""
    data = read_toml("knowledge/us_states.toml", code="C170")
    states = _strings(data, "states")
    shared: dict[str, SharedName] = {}
    table = data.get("shared")
    if not isinstance(table, dict):
        raise ConfigError("us_states.toml: a [shared.<state>] table is required", code="C171")
    for name, entry in table.items():
        country = entry.get("country") if isinstance(entry, dict) else None
        if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{3}", country):
            raise ConfigError(f"us_states.toml: shared.{name}.country must be a country code", code="C172")
        if name.lower() not in {s.lower() for s in states}:
            raise ConfigError(f"us_states.toml: shared.{name} is not one of the states", code="C172")
        shared[name.lower()] = SharedName(country, _words_pattern(_strings(entry, "foreign_words")))
    return StateNames(
        states=frozenset(s.lower() for s in states),
        state_pattern=_words_pattern(states),
        domestic=_words_pattern(_strings(data, "domestic_words")),
        shared=shared,
    )


def _foreign_country_in(sentence: str, own: str) -> bool:
    """Whether ``sentence`` names a country other than the United States and ``own`` (by name)."""
    names = gazetteer()
    for m in re.finditer(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*", sentence):
        words = m.group(0).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                code = names.get(" ".join(words[i:j]).strip(".,'’").removesuffix("'s").removesuffix("’s").lower())
                if code is not None:
                    if code not in ("USA", own) and " ".join(words[i:j]).lower() not in state_names().states:
                        return True
                    break
    return False


def _domestic_sentence(sentence: str, name: str) -> bool:
    """Another state named with ``name`` ("Georgia, North Carolina, Florida") or a town's address
    ("Plains, Georgia")."""
    names = state_names()
    if any(m.group(0).lower() != name for m in names.state_pattern.finditer(sentence)):
        return True
    return re.search(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)?, " + re.escape(name.title()) + r"\b", sentence) is not None


def _us_address(doc: Doc, end: int) -> bool:
    """Whether the text after character ``end`` is ", <state>" for a state that shares no country's name."""
    names = state_names()
    m = names.state_pattern.match(doc.text, end + 2) if doc.text[end : end + 2] == ", " else None
    return m is not None and m.group(0).lower() not in names.shared


def us_state_places(doc: Doc, index: ActorIndex) -> None:
    """Re-code the place actors of ``doc`` that are U.S. states sharing a country's name, or U.S. towns
    written as an address, as places of the United States (code and country USA)."""
    names = state_names()
    for actor in list(index):
        mentions = index.mentions_of(actor.id)
        placed = actor.kind in ("country", "location") and actor.country not in (None, "USA")
        if placed and mentions and all(_us_address(doc, m.end) for m in mentions):
            index.update(replace(actor, kind="location", code="USA", country="USA", sector=None))
            continue
        shared = names.shared.get(actor.name.lower().removeprefix("the ").strip())
        if shared is None or actor.kind not in ("country", "location") or actor.country != shared.country:
            continue
        if shared.foreign.search(doc.text):
            continue
        sentences = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in index.mentions_of(actor.id)]
        texts = [s.sent.text for s in sentences if s is not None and len(s)]
        if any(_foreign_country_in(t, shared.country) for t in texts):
            continue
        if any(_domestic_sentence(t, actor.name.lower()) for t in texts) or names.domestic.search(doc.text):
            index.update(replace(actor, kind="location", code="USA", country="USA", sector=None))
