"""Lists in an actor slot (issue 3: compound actors, one event per member): conjuncts deep in a
chain of "of" phrases, repeated prepositions, a parenthesised member list of a group noun,
coordinated national modifiers on a conjoined head. Real model; each rule with a near miss."""

from __future__ import annotations

from spacy.language import Language

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.events.members import members, repeated_objects
from newsgraph.pipeline import Pipeline


def test_a_list_deep_in_a_chain_of_of_phrases_gives_every_member(pipeline: Pipeline) -> None:
    text = "The United States reaffirmed its commitment to the security of the Republic of Korea and Japan."
    assert {("USA", "KOR", "03"), ("USA", "JPN", "03")} <= roots(run(pipeline, text))
    issued = "The statement was issued by the Governments of the United States of America, France, and Germany."
    sources = {s for s, _, _ in roots(run(pipeline, issued))}
    assert {"USA", "FRA", "DEU"} <= sources
    # near miss: countries in a relative clause on the last object are no members of the chain
    clause = (
        "The United States reaffirmed its commitment to the security of the Republic of Korea, which borders China."
    )
    assert not any(t == "CHN" for _, t, _ in roots(run(pipeline, clause)))


def test_repeated_prepositions_list_their_objects(nlp: Language) -> None:
    doc = nlp("Secretary Blinken met with Qatar, with Egypt, and with Israel.")
    qatar = next(t for t in doc if t.text == "Qatar")
    assert [m.text for m in members(qatar)] == ["Qatar", "Egypt", "Israel"]
    # near miss: a "with" of another clause, with its own subject, repeats nothing
    other = nlp("Secretary Blinken met with Qatar, and the Egyptian minister spoke with Israel.")
    qatar = next(t for t in other if t.text == "Qatar")
    assert repeated_objects(qatar) == [] and [m.text for m in members(qatar)] == ["Qatar"]


def test_repeated_prepositions_give_every_counterpart(pipeline: Pipeline) -> None:
    text = "Secretary Blinken met with Qatar, with Egypt, and with Israel."
    assert {("USA", "QAT", "04"), ("USA", "EGY", "04"), ("USA", "ISR", "04")} <= roots(run(pipeline, text))


def test_a_group_noun_lists_its_members_in_parentheses(pipeline: Pipeline) -> None:
    text = "The United States signed agreements with five countries in the region (Benin, Ghana, and Togo)."
    assert {("USA", "BEN", "05"), ("USA", "GHA", "05"), ("USA", "TGO", "05")} <= roots(run(pipeline, text))
    # near miss: companies are no countries; the places they are in are not the counterparts
    firms = "The United States signed agreements with five companies in the region (Benin, Ghana, and Togo)."
    assert not any(t in ("BEN", "GHA", "TGO") for _, t, _ in roots(run(pipeline, firms)))


def test_national_modifiers_of_a_conjoined_head_are_members_of_a_joint_act(pipeline: Pipeline) -> None:
    text = "President Biden and our Australian and British partners signed the agreement."
    pairs = {(s, t) for s, t, c in roots(run(pipeline, text)) if c == "05"}
    assert {("USA", "AUS"), ("AUS", "USA"), ("USA", "GBR"), ("GBR", "USA"), ("AUS", "GBR"), ("GBR", "AUS")} <= pairs
    # near miss: one national modifier is one member, no list
    one = "President Biden and our Australian partners signed the agreement."
    assert {(s, t) for s, t, c in roots(run(pipeline, one)) if c == "05"} == {("USA", "AUS"), ("AUS", "USA")}
