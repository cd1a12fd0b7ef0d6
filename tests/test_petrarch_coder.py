"""PetrarchCoder on hand-written sentences, with the validation dictionaries and tiny ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_file
from newsgraph.actors import find_actors
from newsgraph.contract import contract_problems
from newsgraph.events.petrarch import PetrarchCoder
from newsgraph.pipeline import Pipeline
from newsgraph.quotes import find_quotes
from newsgraph.records import Article

Triple = tuple[str | None, str | None, str]


@pytest.fixture(scope="module")
def validate_pipeline() -> Pipeline:
    return Pipeline(petrarch_config=shared_file("petrarch/PETR_config.validate.ini"))


def triples(pipeline: Pipeline, text: str, date: str = "1995-01-04") -> list[Triple]:
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    article = Article(id="t", text=text, published=date)
    doc = pipeline.nlp(text)
    return sorted((e.source_code, e.target_code, e.code) for e in coder.code_raw(doc, article))


def test_subject_verb_object(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "Arnor denounced Mordor on Tuesday.") == [("ARN", "MOR", "122")]


def test_passive_by_agent_is_the_source(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "Rohan was denounced by Gondor.") == [("GON", "ROH", "122")]


def test_compound_actors_give_one_event_per_member(validate_pipeline: Pipeline) -> None:
    got = triples(validate_pipeline, "Arnor and Rohan denounced Mordor and Osgiliath.")
    assert got == [("ARN", "MOR", "122"), ("ARN", "OSG", "122"), ("ROH", "MOR", "122"), ("ROH", "OSG", "122")]


def test_agents_combine_with_countries(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "Gondor's police arrested soldiers from Rohan.") == [("GONCOP", "ROHMIL", "212")]


def test_date_restricted_actor_codes_follow_the_article_date(validate_pipeline: Pipeline) -> None:
    text = "Smeagol denounced Mordor."
    assert triples(validate_pipeline, text, "1994-01-01") == [("HOB", "MOR", "122")]
    assert triples(validate_pipeline, text, "1997-01-01") == [("HOBGOV", "MOR", "122")]
    assert triples(validate_pipeline, text, "2003-01-01") == [("HOBREB", "MOR", "122")]


def test_patterns_and_reciprocal_codes(validate_pipeline: Pipeline) -> None:
    # SIGN: "* TRADE PROTOCOL [085]"; MEET [031:031] codes both directions
    assert triples(validate_pipeline, "Arnor signed a trade protocol with Rohan.") == [("ARN", "ROH", "085")]
    assert triples(validate_pipeline, "Arnor will meet Rohan next week.") == [
        ("ARN", "ROH", "031"),
        ("ROH", "ARN", "031"),
    ]


def test_discards_drop_sentences(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "Arnor denounced Mordor after the baseball game.") == []


def test_events_satisfy_the_contract(validate_pipeline: Pipeline) -> None:
    # 212 (a WEIS code in the validation verbs) is no CAMEO event code: left out of the contract
    text = "Arnor denounced Mordor on Tuesday. Gondor's police arrested soldiers from Rohan. Rohan blamed Gondor."
    record = validate_pipeline.extract(Article(id="c", text=text, published="1995-01-04")).to_dict()
    assert contract_problems(record) == []
    codes = sorted((e["source_code"], e["target_code"], e["cameo"]) for e in record["events"])
    assert codes == [("ARN", "MOR", "122"), ("ROH", "GON", "121")]
    names = {a["id"]: a["name"] for a in record["actors"]}
    assert all(e["source"] in names and e["target"] in names for e in record["events"])


def test_own_dictionaries_source_target_markers(tmp_path: Path, nlp: object) -> None:
    (tmp_path / "verbs.txt").write_text(
        "--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY FROM $ [071]\n- * VISIT_FROM $ [042]\n", encoding="utf-8"
    )
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nROHAN [ROH]\n", encoding="utf-8")
    config = tmp_path / "PETR_config.ini"
    config.write_text("[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\n", encoding="utf-8")
    pipeline = Pipeline(petrarch_config=config)
    assert triples(pipeline, "Arnor received money from Rohan.") == [("ROH", "ARN", "071")]
    # the pattern names the source; the subject becomes the target
    assert triples(pipeline, "Arnor received a visit from Rohan.") == [("ROH", "ARN", "042")]
    # "_" demands adjacency: no pattern, the block code, subject -> first actor after the verb
    assert triples(pipeline, "Arnor received a visit today from Rohan.") == [("ARN", "ROH", "033")]
    assert triples(pipeline, "Arnor received Rohan.") == [("ARN", "ROH", "033")]


def test_actor_ids_reuse_the_actor_stage(validate_pipeline: Pipeline) -> None:
    coder = validate_pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    article = Article(id="r", text="On Tuesday, Arnor denounced Mordor.", published="1995-01-04")
    doc = validate_pipeline.nlp(article.text)
    actors = find_actors(doc, article)
    before = {a.id for a in actors}
    (event,) = coder.code(doc, article, actors, find_quotes(doc, article, actors))
    ids = {a.id for a in actors}
    assert event.source in ids and event.target in ids and before <= ids
    assert "Arnor" in actors.get(event.source).name and "Mordor" in actors.get(event.target).name


def test_passive_by_phrase_further_down_the_clause(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "Rohan was denounced in a joint statement by Gondor.") == [("GON", "ROH", "122")]


def test_an_infinitive_under_a_coded_verb_is_not_coded_again(validate_pipeline: Pipeline) -> None:
    # ABANDON [345] codes the sentence; STOP [190] in its complement does not add an event
    assert triples(validate_pipeline, "Arnor abandoned efforts to stop a Gondor parade.", "1995-01-04") == [
        ("ARN", "GON", "345")
    ]


def test_saying_does_not_target_the_reported_event(validate_pipeline: Pipeline) -> None:
    # SAID [023] would take Gondor as its target; the reported boycott is the event
    assert triples(validate_pipeline, "Arnor said it would boycott the talks with Gondor.") == [("ARN", "GON", "172")]


def test_subject_that_is_no_actor_blocks_other_sources(validate_pipeline: Pipeline) -> None:
    # the crowds, not Arnor, denounced: no dyad, no event
    assert triples(validate_pipeline, "Arnor said that angry crowds denounced Mordor.") == [("ARN", "MOR", "023")]


def test_conjuncts_share_modifiers(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "The Danish media and government denounced Mordor.") == [
        ("DNKGOV", "MOR", "122"),
        ("DNKMED", "MOR", "122"),
    ]


def test_require_dyad_false_keeps_events_without_a_target(validate_pipeline: Pipeline) -> None:
    coder = validate_pipeline.coder
    assert isinstance(coder, PetrarchCoder) and coder.require_dyad  # the validation config's option
    text = "Gondor denounced the decision."
    article = Article(id="d", text=text, published="1995-01-04")
    doc = validate_pipeline.nlp(text)
    assert coder.code_raw(doc, article) == []
    (event,) = coder.with_options(require_dyad=False).code_raw(doc, article)
    assert (event.source_code, event.target_code, event.code) == ("GON", "---", "122")


def test_phoenix_dictionaries_load_and_code_real_sentences() -> None:
    config = shared_file("petrarch/PETR_config.phoenix.ini")
    pipeline = Pipeline(petrarch_config=config)
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    assert coder.dicts.verbs.pattern_count > 4000 and coder.dicts.actors.size > 25_000
    text = "The U.S. imposed sanctions on Venezuela. Russian troops attacked Ukrainian soldiers on Monday."
    record = pipeline.extract(Article(id="p", text=text, published="2022-03-01")).to_dict()
    assert contract_problems(record) == []
    got = {(e["source_code"], e["target_code"], e["cameo_root"]) for e in record["events"]}
    assert ("USA", "VEN", "16") in got
    assert any(s.startswith("RUSMIL") and t.startswith("UKRMIL") and root in ("18", "19") for s, t, root in got)
    assert PetrarchCoder.from_config(config).dicts is coder.dicts  # loaded once per process


def test_commas_alone_do_not_make_a_compound(validate_pipeline: Pipeline) -> None:
    assert triples(validate_pipeline, "In Gondor, Arnor denounced Mordor.") == [("ARN", "MOR", "122")]


def test_the_subject_of_an_adnominal_clause_is_not_borrowed(validate_pipeline: Pipeline) -> None:
    # "denouncing" modifies "resolution": Arnor welcomed, the resolution denounced
    assert triples(validate_pipeline, "Arnor welcomed a resolution denouncing Mordor.") == [("ARN", "MOR", "041")]


def test_parenthesised_words_are_prepositional_phrases(tmp_path: Path) -> None:
    (tmp_path / "verbs.txt").write_text("--- WELCOME [041] ---\nWELCOME\n- * (TO) [043:042]\n", encoding="utf-8")
    (tmp_path / "actors.txt").write_text("ARNOR [ARN]\nROHAN [ROH]\n", encoding="utf-8")
    config = tmp_path / "PETR_config.ini"
    config.write_text("[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\n", encoding="utf-8")
    pipeline = Pipeline(petrarch_config=config)
    assert triples(pipeline, "Arnor welcomed Rohan to the capital.") == [("ARN", "ROH", "043"), ("ROH", "ARN", "042")]
    # the "to" of an infinitive is no preposition: the block code
    assert triples(pipeline, "Arnor welcomed Rohan's decision to leave.") == [("ARN", "ROH", "041")]


def test_a_line_break_ends_actor_phrases(validate_pipeline: Pipeline) -> None:
    # a heading ("Office of Gondor") above the sentence is not part of its subject
    got = triples(validate_pipeline, "Office of the Gondor Ministry\n\nArnor officials denounced Mordor.")
    assert got == [("ARNGOV", "MOR", "122")]
