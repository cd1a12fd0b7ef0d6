"""The built-in coding lexicon: verb and noun triggers mapped to CAMEO codes, and the closed
word classes the coder needs (light verbs, target prepositions, modality cues, discards).

The lexicon is data written by the team (``data/lexicon/verbs.txt``, ``nouns.txt``,
``rules.toml``); :func:`lexicon` loads and checks it once per process.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsgraph.data import read_toml
from newsgraph.errors import ConfigError
from newsgraph.events.codes import cameo_codes


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """``lemma [particle] [+object] [@prep]`` -> CAMEO code (see ``data/lexicon/verbs.txt``)."""

    code: str
    lemma: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    prep: str | None = None
    valency: str | None = None  # "transitive" or "intransitive" when the sense needs it

    @property
    def specificity(self) -> int:
        modified = any("_" in o for o in self.objects)  # "+diplomatic_tie" before "+tie"
        return 4 * bool(self.objects) + 4 * modified + 2 * bool(self.particle) + bool(self.prep) + bool(self.valency)


@dataclass(frozen=True, slots=True)
class NounPattern:
    """``[modifier ...] noun [@prep]`` -> CAMEO code (see ``data/lexicon/nouns.txt``)."""

    code: str
    lemma: str
    modifiers: tuple[str, ...] = ()
    prep: str | None = None

    @property
    def specificity(self) -> int:
        return 2 * len(self.modifiers) + bool(self.prep)


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[VerbPattern, ...]]  # by lemma, most specific first
    nouns: dict[str, tuple[NounPattern, ...]]
    embedding_verbs: frozenset[str]  # lemmas whose clausal complement event they absorb
    light_verbs: frozenset[str]
    frame_nouns: frozenset[str]
    relation_nouns: frozenset[str]  # "our partnership *with Mexico*": the counterpart of a tie
    venue_nouns: frozenset[str]  # "on the *margins* of the Summit": a place, no target
    event_verbs: frozenset[str]
    manner_nouns: frozenset[str]  # "sent aid *in support of* Ukraine": the subject's stance
    conviction_words: frozenset[str]  # "found *guilty* of raping": the convicted did it
    object_control: frozenset[str]
    agent_nouns: frozenset[str]
    deontic_aux: frozenset[str]
    target_preps: frozenset[str]
    between_preps: frozenset[str]
    aiming_verbs: frozenset[str]  # "missiles *targeting* US troops"
    symmetric_codes: frozenset[str]
    speech_verbs: frozenset[str]
    negators: frozenset[str]
    hypothetical_aux: frozenset[str]
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    predictive_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    conditional_marks: frozenset[str]
    negating_verbs: frozenset[str]
    hypothetical_nouns: frozenset[str]  # "the goal of ousting": an aim, not an act
    future_nouns: frozenset[str]  # "plans to expand", "looks forward to partnering"
    acting_nouns: frozenset[str]  # "took *steps* to impose": the purpose is carried out
    acting_verbs: frozenset[str]  # "*rallied* to support": the purpose is carried out
    future_adjectives: frozenset[str]  # "an *upcoming* trip"
    historical_years: int
    discard_heads: frozenset[str]
    score_pattern: re.Pattern[str]
    sector_senses: dict[str, dict[str, str]]  # trigger lemma -> source sector -> CAMEO code
    passive_sector_verbs: frozenset[str]  # "police were put on alert": the passive's subject acts
    counted_units: frozenset[str]  # discard heads that are no discard when counted ("five billion euros")
    force_modifiers: frozenset[str]  # "air strikes", "missile strikes": armed force (CAMEO 19)
    labour_nouns: frozenset[str]  # "workers' strike", "general strike": a labour strike (CAMEO 143)
    doer_nouns: frozenset[str]  # "X is the largest donor": the noun names the doer of its event
    performative_verbs: frozenset[str]  # "I wish to congratulate": saying so is the act
    readout_verbs: frozenset[str]  # "reaffirmed their commitment": light only for an unauthored noun
    topic_verbs: frozenset[str]  # "discussed Ukraine": the object is the topic, no target
    defence_words: frozenset[str]  # "defend itself against Russia's invasion": the defender is the victim
    performative_acts: frozenset[str]  # "I would like to *congratulate*": done by saying so
    performative_nouns: frozenset[str]  # "it is my *pleasure* to congratulate"
    non_event_objects: dict[str, frozenset[str]]  # "meet the *needs* of": no meeting
    concern_words: frozenset[str]  # "X is *concerned* that/about ...": a pessimistic comment (012)
    victim_verbs: frozenset[str]  # "Ukraine *suffering* Russia's war": the subject is the victim
    kind_nouns: frozenset[str]  # "war *crimes*": an event noun's compound head that is no event
    seat_nouns: frozenset[str]  # "welcomed X to the White House": a hosted visit
    civic_modifiers: frozenset[str]  # "*rescue* teams": a discard head that is a working group
    place_heads: frozenset[str]  # "bombed a crowded *market*": a place, not the business sense, of an armed act
    military_craft: frozenset[str]  # "*warplanes* bombed": armed forces for a sector sense (CAMEO 195)
    crowd_nouns: frozenset[str]  # "warned *protesters* it would open fire": threatened repression (CAMEO 137)
    mass_numbers: frozenset[str]  # "killed *hundreds* of thousands": mass killing (CAMEO 202)
    attempt_verbs: frozenset[str]  # "*tried* to kill": attempted assassination (CAMEO 185)
    denial_verbs: frozenset[str]  # "*denied* backing the rebels": denied responsibility (CAMEO 016)

    def is_symmetric(self, code: str) -> bool:
        return code in self.symmetric_codes or code[:2] in self.symmetric_codes


_WORD = re.compile(r"^[a-z][a-z'\-]*$")


def _check_code(code: str, where: str) -> str:
    if code not in cameo_codes():
        raise ConfigError(f"{where}: unknown CAMEO event code {code!r}", code="C111")
    return code


def _lines(name: str) -> list[tuple[str, list[str]]]:
    text = resources.files("newsgraph.data").joinpath(f"lexicon/{name}").read_text("utf-8")
    out = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.append((f"data/lexicon/{name}:{n}", line.split()))
    return out


def parse_verb_line(where: str, fields: list[str]) -> tuple[VerbPattern, bool]:
    """One ``verbs.txt`` line -> (pattern, absorbs its clausal complement)."""
    code, lemma, *rest = fields if len(fields) >= 2 else [*fields, "", ""][:2]
    if not _WORD.match(lemma):
        raise ConfigError(f"{where}: a verb pattern needs a lemma after the code", code="C112")
    particle = prep = None
    objects: frozenset[str] = frozenset()
    embed = False
    valency = None
    for item in rest:
        if item == "!embed":
            embed = True
        elif item in ("!transitive", "!intransitive"):
            valency = item[1:]
        elif item.startswith("+"):
            objects = frozenset(item[1:].split("|"))
        elif item.startswith("@"):
            prep = item[1:]
        elif _WORD.match(item) and particle is None:
            particle = item
        else:
            raise ConfigError(f"{where}: cannot read {item!r} in a verb pattern", code="C112")
    return VerbPattern(_check_code(code, where), lemma, particle, objects, prep, valency), embed


def parse_noun_line(where: str, fields: list[str]) -> NounPattern:
    """One ``nouns.txt`` line -> pattern."""
    if len(fields) < 2:
        raise ConfigError(f"{where}: a noun pattern needs a code and a noun", code="C113")
    code, *words = fields
    prep = None
    if words[-1].startswith("@"):
        prep = words.pop()[1:]
    if not words or not all(_WORD.match(w) for w in words):
        raise ConfigError(f"{where}: cannot read the noun pattern {' '.join(fields[1:])!r}", code="C113")
    return NounPattern(_check_code(code, where), words[-1], tuple(words[:-1]), prep)


def _words(rules: dict[str, Any], section: str, key: str) -> frozenset[str]:
    try:
        value = rules[section][key]
    except KeyError:
        raise ConfigError(f"data/lexicon/rules.toml: missing [{section}] {key}", code="C114") from None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"data/lexicon/rules.toml: [{section}] {key} must be a list of strings", code="C114")
    return frozenset(value)


@cache
def lexicon() -> Lexicon:
    """The built-in lexicon (loaded and validated once per process)."""
    verbs: dict[str, list[VerbPattern]] = defaultdict(list)
    embedding: set[str] = set()
    seen: dict[tuple[object, ...], str] = {}  # pattern key -> where it was defined
    for where, fields in _lines("verbs.txt"):
        pattern, embed = parse_verb_line(where, fields)
        key: tuple[object, ...] = (
            "verb",
            pattern.lemma,
            pattern.particle,
            pattern.objects,
            pattern.prep,
            pattern.valency,
        )
        if key in seen:
            raise ConfigError(f"{where}: the pattern is already defined at {seen[key]}", code="C115")
        seen[key] = where
        verbs[pattern.lemma].append(pattern)
        if embed:
            embedding.add(pattern.lemma)
    nouns: dict[str, list[NounPattern]] = defaultdict(list)
    for where, fields in _lines("nouns.txt"):
        noun = parse_noun_line(where, fields)
        key = ("noun", noun.lemma, noun.modifiers, noun.prep)
        if key in seen:
            raise ConfigError(f"{where}: the pattern is already defined at {seen[key]}", code="C115")
        seen[key] = where
        nouns[noun.lemma].append(noun)
    roots = {p.code[:2] for ps in verbs.values() for p in ps}
    missing = sorted({f"{r:02d}" for r in range(1, 21)} - roots)
    if missing:
        raise ConfigError(f"data/lexicon/verbs.txt: no trigger for the CAMEO roots {missing}", code="C116")
    rules = read_toml("lexicon/rules.toml", code="C122")
    senses: dict[str, dict[str, str]] = {}
    for lemma, table in rules.get("sector_senses", {}).items():
        if not isinstance(table, dict):
            raise ConfigError(f"data/lexicon/rules.toml: [sector_senses] {lemma} must be a table", code="C114")
        senses[lemma] = {
            str(k): _check_code(str(v), f"data/lexicon/rules.toml [sector_senses] {lemma}") for k, v in table.items()
        }
    try:
        years = int(rules["modality"]["historical_years"])
        score = re.compile(rules["discards"]["score_pattern"])
    except (KeyError, ValueError, re.error) as exc:
        raise ConfigError(f"data/lexicon/rules.toml: {exc}", code="C114") from exc
    return Lexicon(
        verbs={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verbs.items()},
        nouns={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in nouns.items()},
        embedding_verbs=frozenset(embedding),
        light_verbs=_words(rules, "arguments", "light_verbs"),
        frame_nouns=_words(rules, "arguments", "frame_nouns"),
        relation_nouns=_words(rules, "arguments", "relation_nouns"),
        venue_nouns=_words(rules, "arguments", "venue_nouns"),
        event_verbs=_words(rules, "arguments", "event_verbs"),
        manner_nouns=_words(rules, "arguments", "manner_nouns"),
        conviction_words=_words(rules, "arguments", "conviction_words"),
        object_control=_words(rules, "arguments", "object_control"),
        agent_nouns=_words(rules, "arguments", "agent_nouns"),
        deontic_aux=_words(rules, "arguments", "deontic_aux"),
        target_preps=_words(rules, "arguments", "target_preps"),
        between_preps=_words(rules, "arguments", "between_preps"),
        aiming_verbs=_words(rules, "arguments", "aiming_verbs"),
        symmetric_codes=_words(rules, "arguments", "symmetric_codes"),
        speech_verbs=_words(rules, "arguments", "speech_verbs"),
        negators=_words(rules, "modality", "negators"),
        hypothetical_aux=_words(rules, "modality", "hypothetical_aux"),
        future_aux=_words(rules, "modality", "future_aux"),
        future_verbs=_words(rules, "modality", "future_verbs"),
        predictive_verbs=_words(rules, "modality", "predictive_verbs"),
        hypothetical_verbs=_words(rules, "modality", "hypothetical_verbs"),
        hypothetical_adjectives=_words(rules, "modality", "hypothetical_adjectives"),
        conditional_marks=_words(rules, "modality", "conditional_marks"),
        negating_verbs=_words(rules, "modality", "negating_verbs"),
        hypothetical_nouns=_words(rules, "modality", "hypothetical_nouns"),
        future_nouns=_words(rules, "modality", "future_nouns"),
        acting_nouns=_words(rules, "modality", "acting_nouns"),
        acting_verbs=_words(rules, "modality", "acting_verbs"),
        future_adjectives=_words(rules, "modality", "future_adjectives"),
        historical_years=years,
        discard_heads=_words(rules, "discards", "heads"),
        score_pattern=score,
        sector_senses=senses,
        passive_sector_verbs=_words(rules, "arguments", "passive_sector_verbs"),
        counted_units=_words(rules, "discards", "counted_units"),
        force_modifiers=_words(rules, "senses", "force_modifiers"),
        labour_nouns=_words(rules, "senses", "labour_nouns"),
        doer_nouns=_words(rules, "arguments", "doer_nouns"),
        performative_verbs=_words(rules, "modality", "performative_verbs"),
        readout_verbs=_words(rules, "arguments", "readout_verbs"),
        topic_verbs=_words(rules, "arguments", "topic_verbs"),
        defence_words=_words(rules, "arguments", "defence_words"),
        seat_nouns=_words(rules, "arguments", "seat_nouns"),
        kind_nouns=_words(rules, "arguments", "kind_nouns"),
        victim_verbs=_words(rules, "arguments", "victim_verbs"),
        concern_words=_words(rules, "arguments", "concern_words"),
        performative_nouns=_words(rules, "modality", "performative_nouns"),
        non_event_objects={
            k: frozenset(v) for k, v in rules.get("non_event_objects", {}).items() if isinstance(v, list)
        },
        performative_acts=_words(rules, "modality", "performative_acts"),
        civic_modifiers=_words(rules, "discards", "civic_modifiers"),
        place_heads=_words(rules, "discards", "place_heads"),
        military_craft=_words(rules, "senses", "military_craft"),
        crowd_nouns=_words(rules, "senses", "crowd_nouns"),
        mass_numbers=_words(rules, "senses", "mass_numbers"),
        attempt_verbs=_words(rules, "senses", "attempt_verbs"),
        denial_verbs=_words(rules, "senses", "denial_verbs"),
    )
