"""PetrarchCoder on real-news constructions: compound subjects acting on one another, nominal
events, actors the dictionaries lack, gerund clauses. Tiny dictionaries written per test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from conftest import petrarch_pipeline, petrarch_triples, shared_file
from newsgraph.errors import ConfigError
from newsgraph.events.petrarch import PetrarchCoder
from newsgraph.events.petrarch.nominals import nominal_verbs, parse_nominals
from newsgraph.events.petrarch.sentence import sentence_words
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

Triple = tuple[str | None, str | None, str]

VERBS = """--- SIGN [---] ---
SIGN
- * AGREEMENT [057]
--- CONDEMN [111] ---
CONDEMN
--- INVADE [192] ---
INVADE
--- WELCOME [051] ---
WELCOME
--- JOIN [040] ---
JOIN
--- ATTACK [190] ---
ATTACK
--- LAUNCH [060] ---
LAUNCH
- * ATTACKS [195]
--- CARRY [---] ---
CARRY
- * BASE [062]
"""
ACTORS = "ARNOR [ARN]\nROHAN [ROH]\nGONDOR [GON]\nRUSSIA [RUS]\n"
AGENTS = "POLICE [~COP]\nSPOKESMAN [~GOV]\n"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return petrarch_pipeline(tmp_path_factory.mktemp("dicts"), VERBS, ACTORS, AGENTS)


raw = petrarch_triples


def extracted(pipeline: Pipeline, text: str) -> list[Triple]:
    record = pipeline.extract(Article(id="t", text=text, published="2022-03-01"))
    return sorted((e.source_code, e.target_code, e.cameo) for e in record.events)


def test_a_compound_subject_without_a_target_acts_on_its_members(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor and Rohan signed an agreement.") == [("ARN", "ROH", "057"), ("ROH", "ARN", "057")]


def test_a_countryless_agent_is_no_target_of_a_compound_subject(pipeline: Pipeline) -> None:
    got = raw(pipeline, "Arnor and Rohan signed an agreement on police reforms.")
    assert got == [("ARN", "ROH", "057"), ("ROH", "ARN", "057")]


def test_a_compound_subject_with_a_country_target_keeps_the_target(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor and Rohan condemned Gondor.") == [("ARN", "GON", "111"), ("ROH", "GON", "111")]


def test_a_single_subject_without_a_target_codes_nothing(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor signed an agreement.") == []


def test_a_noun_from_the_nominal_table_is_coded_as_its_verb(pipeline: Pipeline) -> None:
    assert ("ROH", "GON", "192") in raw(pipeline, "Arnor condemned Rohan's invasion of Gondor.")
    assert raw(pipeline, "The Rohanian invasion of Gondor ended.") == [("ROH", "GON", "192")]


def test_a_nominal_event_needs_both_actors(pipeline: Pipeline) -> None:
    assert raw(pipeline, "The invasion of Gondor ended.") == []
    assert raw(pipeline, "Rohan's invasion ended in March.") == []


def test_the_subject_of_a_coded_gerund_clause_is_the_verbs_target(pipeline: Pipeline) -> None:
    # "joining" is coded (ROH > GON) but, as the welcomed verb's complement, not emitted twice;
    # Rohan, its subject, is what Arnor welcomed
    assert raw(pipeline, "Arnor welcomed Rohan joining Gondor.") == [("ARN", "ROH", "051")]
    # a finite reported clause keeps its actors to itself
    assert raw(pipeline, "Arnor welcomed that Rohan joined Gondor.") == [("ROH", "GON", "040")]


def test_a_support_verbs_object_noun_names_the_act(pipeline: Pipeline) -> None:
    # LAUNCH's bare block code gives way to the attack its object names
    assert raw(pipeline, "Rohan launched an attack on Gondor.") == [("ROH", "GON", "190")]
    # "a wave of attacks": LAUNCH's "* ATTACKS" pattern names the noun, so the verb codes the act
    # once, with the pattern's code (no second event for the noun)
    assert raw(pipeline, "Rohan launched a wave of attacks against Gondor.") == [("ROH", "GON", "195")]
    # condemning is no support verb: Arnor condemned, nobody is said to have attacked
    assert raw(pipeline, "Arnor condemned an attack on Gondor.") == [("ARN", "GON", "111")]


def test_a_single_line_break_after_a_long_line_is_a_hard_wrap(pipeline: Pipeline) -> None:
    # the agent takes its country across the wrapped line ("police of / Rohan")
    wrapped = (
        "In a statement released late on Tuesday evening after a long meeting, Arnor condemned the police of\nRohan."
    )
    assert raw(pipeline, wrapped) == [("ARN", "ROHCOP", "111")]
    # a short line is a heading: "Rohan" below it is no country of the police above
    assert raw(pipeline, "Arnor condemned the police of\nRohan.") == [("ARN", "---COP", "111")]


def test_actors_the_dictionaries_lack_come_from_the_actor_stage(pipeline: Pipeline) -> None:
    text = "Secretary Blinken condemned Russia."
    assert raw(pipeline, text) == []  # the dictionaries alone do not know Blinken
    ((source, target, code),) = extracted(pipeline, text)
    assert source is not None and source.startswith("USA") and (target, code) == ("RUS", "111")


def test_the_nominal_table_is_valid_and_cached() -> None:
    table = nominal_verbs()
    assert table["invasion"] == "INVADE" and table is nominal_verbs()
    assert all(k.islower() and v.isupper() for k, v in table.items())


def test_a_bad_nominal_line_is_a_coded_config_error() -> None:
    with pytest.raises(ConfigError) as err:
        parse_nominals("invasion\tINVADE\nInvasion invade\n", "t.tsv")
    assert err.value.code == "C017" and "t.tsv:2" in str(err.value)
    with pytest.raises(ConfigError):
        parse_nominals("war\tFIGHT\nwar\tBATTLE\n", "t.tsv")  # one verb per noun
    assert parse_nominals("# a comment\n\nwar\tFIGHT\n", "t.tsv") == {"war": "FIGHT"}


def test_phoenix_dictionaries_on_news_constructions() -> None:
    pipeline = Pipeline(petrarch_config=shared_file("petrarch/PETR_config.phoenix.ini"))

    def roots(text: str) -> set[tuple[str, str, str]]:
        return {(s[:3], t[:3], c[:2]) for s, t, c in extracted(pipeline, text) if s and t}

    assert ("RUS", "UKR", "19") in roots("Finland condemned Russia's unprovoked invasion of Ukraine.")
    assert {("TUR", "LBY", "05"), ("LBY", "TUR", "05")} <= roots("Turkey and Libya signed a maritime agreement.")
    assert ("USA", "RUS", "11") in roots("Secretary Blinken condemned Russia.")


def test_an_agent_word_modifying_a_thing_is_no_target(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Rohan launched a police operation in Gondor.") == [("ROH", "GON", "060")]
    # the agent as the head of its phrase stays the target
    assert raw(pipeline, "Rohan launched the police into Gondor.") == [("ROH", "---COP", "060")]


def test_curly_apostrophes_read_as_the_dictionaries_write_them(nlp: Language) -> None:
    doc = nlp("Rohan’s police")
    assert [w.text for w in sentence_words(doc[:])] == ["ROHAN", "'S", "POLICE"]


def test_an_agent_for_a_country_is_that_countrys(pipeline: Pipeline) -> None:
    assert raw(pipeline, "A spokesman for Rohan condemned Gondor.") == [("ROHGOV", "GON", "111")]


def test_a_support_verbs_pattern_about_other_words_gives_way_to_the_noun(pipeline: Pipeline) -> None:
    # CARRY's "* BASE" pattern is about the base, not the attack: the attack is the event
    assert raw(pipeline, "Rohan carried an attack against a Gondor base.") == [("ROH", "GON", "190")]
    # LAUNCH's "* ATTACKS" pattern names the noun: the dictionary's own code stays, and is the only event
    assert raw(pipeline, "Rohan launched attacks on Gondor.") == [("ROH", "GON", "195")]


def test_phoenix_year_discards_drop_their_sentence_and_story_discards_the_story() -> None:
    """PETRARCH2 checks the discards sentence by sentence: a year (Phoenix lists 1914-2013 as
    sentence discards) drops only its own sentence; a ``+`` phrase drops the whole story."""
    pipeline = Pipeline(petrarch_config=shared_file("petrarch/PETR_config.phoenix.ini"))
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)

    def codes(text: str) -> list[Triple]:
        doc = pipeline.nlp(text)
        events = coder.code_raw(doc, Article(id="t", text=text, published="2022-03-01"))
        return sorted((e.source_code, e.target_code, e.code) for e in events)

    assert codes("In 1997, Britain returned Hong Kong to China. Russia invaded Ukraine.") == [("RUS", "UKR", "192")]
    assert codes("Russia invaded Ukraine. Manchester United beat Germany.") == []


def test_its_before_a_nominal_event_stands_for_the_last_country_named(pipeline: Pipeline) -> None:
    got = raw(pipeline, "Arnor will hold Rohan accountable for its invasion of Gondor.")
    assert ("ROH", "GON", "192") in got
    # near miss: "its" with no country named before it in the sentence codes no nominal event
    assert raw(pipeline, "Its invasion of Gondor ended.") == []
    # near miss: a list of countries is no single referent of "its"
    assert raw(pipeline, "Arnor and Rohan regret its invasion of Gondor.") == []
