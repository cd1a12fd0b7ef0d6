"""PETRARCH coding options (``comma_*``, ``new_actor_length``, a record's ``<Config>``) and the
generalisation fixes of session 2: misparsed predicates, one event per verb pattern and noun."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from conftest import shared_file
from newsgraph.errors import ConfigError
from newsgraph.events.petrarch import PetrarchCoder, read_config
from newsgraph.events.petrarch.coder import coding_sentences
from newsgraph.events.petrarch.commas import clause_comma, deleted_tokens
from newsgraph.events.petrarch.config import CommaOptions, RecordOptions, record_options
from newsgraph.events.petrarch.verbs import read_verb_dictionary
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

Triple = tuple[str | None, str | None, str]

VERBS = """--- RESTORE [064] ---
RESTORE
--- SAID [010] ---
SAID
--- DENOUNCE [111] ---
DENOUNCE
--- LEFT [032:033] ---
LEFT
--- RELINQUISH [080] ---
RELINQUISH
--- SUPPORT [050] ---
SUPPORT
--- BREAK [222] ---
BREAK {BROKE BROKEN}
--- CALL [090] ---
CALL
"""
ACTORS = "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nBREE [BRE]\n"
AGENTS = "OFFICIAL [~GOV]\n"
FRAME = "Arnor will restore ties with Gondor, almost five years after crowds burned the embassy, a Bree official said."


def write_config(root: Path, options: str = "") -> Path:
    (root / "verbs.txt").write_text(VERBS, encoding="utf-8")
    (root / "actors.txt").write_text(ACTORS, encoding="utf-8")
    (root / "agents.txt").write_text(AGENTS, encoding="utf-8")
    config = root / "PETR_config.ini"
    config.write_text(
        "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\nagentfile_name = agents.txt\n"
        + options,
        encoding="utf-8",
    )
    return config


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return Pipeline(petrarch_config=write_config(tmp_path_factory.mktemp("dicts")))


def raw(coder: PetrarchCoder, nlp: Language, text: str) -> list[Triple]:
    doc = nlp(text)
    article = Article(id="t", text=text, published="1995-01-04")
    return sorted(((e.source_code, e.target_code, e.code) for e in coder.code_raw(doc, article)), key=str)


def coder_of(pipeline: Pipeline) -> PetrarchCoder:
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    return coder


def test_config_reads_comma_options(tmp_path: Path) -> None:
    config = read_config(write_config(tmp_path, "[Options]\ncomma_emin = 2\ncomma_emax = 8\ncomma_max = 6\n"))
    assert config.commas == CommaOptions(min=0, max=6, bmin=0, bmax=0, emin=2, emax=8)
    assert config.commas.active
    assert not read_config(write_config(tmp_path)).commas.active  # PETRARCH's default: nothing deleted
    with pytest.raises(ConfigError) as err:
        read_config(write_config(tmp_path, "[Options]\ncomma_min = few\n"))
    assert err.value.code == "C007" and "comma_min" in str(err.value)


def test_record_options_read_a_config_block() -> None:
    opts = record_options({"stop_on_error": "True", "require_dyad": "FALSE", "new_actor_length": "4"})
    assert opts == RecordOptions(require_dyad=False, new_actor_length=4, commas=None)
    opts = record_options({"comma_emax": "8", "comma_emin": "2"}, CommaOptions(max=5))
    assert opts.commas == CommaOptions(max=5, emin=2, emax=8)  # unset comma options keep the base values
    assert record_options({"stop_on_error": "True"}) == RecordOptions()


def test_commas_inside_a_noun_phrase_delimit_no_clause(nlp: Language) -> None:
    doc = nlp("Arnor will restore complete, full diplomatic ties with Gondor, a Bree official said.")
    commas = [t for t in doc if t.text == ","]
    assert [clause_comma(t) for t in commas] == [False, True]


def test_terminal_and_internal_clauses_are_deleted_by_word_count(nlp: Language) -> None:
    sent = next(nlp(FRAME).sents)
    terminal = {t.i for t in sent if t.i > [u.i for u in sent if u.text == ","][-1] and not t.is_punct}
    # "a Bree official said" has 4 words: deleted with emin 3 .. emax 6, kept with emax 3
    gone = deleted_tokens(sent, CommaOptions(emin=3, emax=6))
    assert terminal <= gone and not any(t.i in gone for t in sent if t.text == "Arnor")
    assert not deleted_tokens(sent, CommaOptions(emin=1, emax=3))
    # the internal clause (8 words) goes with min 2 .. max 8, not with max 6
    inner = {t.i for t in sent if t.text in ("almost", "embassy")}
    assert inner <= deleted_tokens(sent, CommaOptions(min=2, max=8))
    assert not inner & deleted_tokens(sent, CommaOptions(min=2, max=6))
    # the initial clause (8 words) goes with bmin 3 .. bmax 8
    assert {t.i for t in sent if t.text == "Arnor"} <= deleted_tokens(sent, CommaOptions(bmin=3, bmax=8))


def test_deleted_clauses_code_nothing(pipeline: Pipeline, nlp: Language) -> None:
    coder = coder_of(pipeline).with_options(require_dyad=False)
    assert ("BREGOV", "---", "010") in raw(coder, nlp, FRAME)
    trimmed = coder.with_options(commas=CommaOptions(emin=3, emax=6))
    assert raw(trimmed, nlp, FRAME) == [("ARN", "GON", "064")]
    # the record's <Config> block reaches the coder the same way
    assert raw(coder.with_record_options({"comma_emin": "3", "comma_emax": "6"}), nlp, FRAME) == [("ARN", "GON", "064")]


def test_new_actor_length_makes_unknown_proper_noun_phrases_actors(pipeline: Pipeline, nlp: Language) -> None:
    text = "Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday."
    coder = coder_of(pipeline)
    assert raw(coder, nlp, text) == []  # new_actor_length 0: only dictionary actors
    # four words ("Gryffindor's head Minerva McGonagall", "the Ministry of Magic"; no date) are in reach
    assert raw(coder.with_options(new_actor_length=4), nlp, text) == [(None, None, "032"), (None, None, "033")]
    assert raw(coder.with_options(new_actor_length=3), nlp, text) == []
    # a dictionary actor is never replaced by a new one
    assert raw(coder.with_options(new_actor_length=4), nlp, "Rohan left for the Ministry of Magic.") == [
        ("ROH", None, "032"),
        (None, "ROH", "033"),
    ]


def test_a_misparsed_predicate_is_still_the_verb(pipeline: Pipeline, nlp: Language) -> None:
    coder = coder_of(pipeline)
    # the small model reads "denounces" as a plural noun and "relinquished" as a modifier
    assert raw(coder, nlp, "Arnor denounces Rohan over the border raids.") == [("ARN", "ROH", "111")]
    assert raw(coder, nlp, "The Arnor relinquished control of Bree to Gondor.") in (
        [("ARN", "BRE", "080")],
        [("ARN", "GON", "080")],
    )
    # a real noun is no verb: "supports" is not after an actor here
    assert raw(coder, nlp, "The supports of the bridge near Rohan.") == []


def test_nominal_support_takes_a_for_phrase_target(pipeline: Pipeline, nlp: Language) -> None:
    coder = coder_of(pipeline)
    assert raw(coder, nlp, "Arnor welcomed Gondor's support for Rohan.") == [("GON", "ROH", "050")]


def test_validation_records_options_reach_the_coder() -> None:
    config = shared_file("petrarch/PETR_config.validate.ini")
    coder = PetrarchCoder.from_config(config)
    assert coder.with_record_options({"stop_on_error": "True"}) is coder
    derived = coder.with_record_options({"new_actor_length": "4", "comma_emax": "8"})
    assert derived.new_actor_length == 4 and derived.commas == CommaOptions(emax=8)
    assert derived.require_dyad == coder.require_dyad


def test_a_synset_named_with_a_trailing_underscore_takes_no_plurals(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text(
        "&AUX_\n+WAS\n+IS_TO\n\n&MONEY\n+PESO\n+CASH_\n\n--- GIVE [070] ---\nGIVE\n- * &MONEY [071]\n",
        encoding="utf-8",
    )
    synsets = read_verb_dictionary(verbs).synsets
    assert sorted(synsets["AUX"]) == [("IS", "TO"), ("WAS",)]
    assert sorted(synsets["MONEY"]) == [("CASH",), ("PESO",), ("PESOS",)]


def test_a_sentence_cut_without_closing_punctuation_runs_on(pipeline: Pipeline, nlp: Language) -> None:
    text = "Arnor tried to break into an anti- Gondor meeting on Monday."
    doc = nlp(text + " Rohan left.")
    assert len(list(doc.sents)) == 3  # the small model cuts the first sentence after "anti-"
    assert [s.text for s in coding_sentences(doc)] == [text, "Rohan left."]
    assert raw(coder_of(pipeline), nlp, text) == [("ARN", "GON", "222")]


def test_a_mistagged_modifier_still_joins_a_list(pipeline: Pipeline, nlp: Language) -> None:
    # the small model tags "evil" NNP; as a modifier of the last conjunct it keeps the list whole
    assert raw(coder_of(pipeline), nlp, "Arnor, Bree and the evil Gondor denounced Rohan.") == [
        ("ARN", "ROH", "111"),
        ("BRE", "ROH", "111"),
        ("GON", "ROH", "111"),
    ]


def test_an_infinitive_under_a_coded_verb_is_no_event_even_when_that_verb_has_no_actor(
    pipeline: Pipeline, nlp: Language
) -> None:
    # PETRARCH codes the verb phrase once: the appeal (whose "we" is no actor), not the act appealed for
    assert raw(coder_of(pipeline), nlp, "We called on Gondor to denounce Rohan.") == []
    assert raw(coder_of(pipeline), nlp, "Arnor called on Gondor to denounce Rohan.") == [("ARN", "GON", "090")]


def test_an_actor_of_a_country_is_one_member_of_a_list(pipeline: Pipeline, nlp: Language) -> None:
    # "the Bree official from Rohan" is one actor, not a compound of Rohan with what follows
    text = "Gondor denounced Arnor officials, the Bree official from Rohan, and Arnor."
    assert ("GON", "BREGOV", "111") in raw(coder_of(pipeline), nlp, text)
    assert ("GON", "ROH", "111") not in raw(coder_of(pipeline), nlp, text)
