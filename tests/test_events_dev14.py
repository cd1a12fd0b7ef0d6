"""Rules of the second round of session 6 (gaps found reading dev12/dev13, classes of dev14/dev15; State Department
and White House sentences; benchmarks/eval_news_events.py): each a construction or a family, checked for frequency
and over-firing on statedept/whitehouse articles outside the news gold. Real model; each rule with a near miss."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from conftest import STATE
from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.events.coder import _match_noun
from newsgraph.events.lexicon import NounPattern
from newsgraph.pipeline import Pipeline


def test_a_noun_modifier_matches_as_written_or_as_its_lemma(nlp: Language) -> None:
    # the model lemmatises a plural modifier ("weapons" -> "weapon"): a pattern written with the word as it
    # stands in the text matches either way (CAMEO 072 "weapons transfers")
    doc = Doc(nlp.vocab, words=["weapons", "transfers"], heads=[1, 1], deps=["compound", "ROOT"])
    doc[0].lemma_, doc[1].lemma_ = "weapon", "transfer"
    doc[0].pos_ = doc[1].pos_ = "NOUN"
    written = NounPattern(code="072", lemma="transfer", modifiers=("weapons",))
    assert _match_noun(doc[1], (written,)) == written
    assert _match_noun(doc[1], (NounPattern(code="072", lemma="transfer", modifiers=("weapon",)),)) is not None
    # near miss: another modifier does not match
    assert _match_noun(doc[1], (NounPattern(code="072", lemma="transfer", modifiers=("arms",)),)) is None


def test_a_person_of_state_in_a_foreign_place_is_on_a_visit(pipeline: Pipeline) -> None:
    # "X is in <country>": a visit under way (CAMEO 042, root 04); "will be in": an announced one (036, root 03)
    now = run(
        pipeline, "Secretary Blinken is in Qatar, where he will discuss Afghanistan with Qatari leaders.", source=STATE
    )
    assert ("USA", "QAT", "04") in roots(now)
    ahead = run(
        pipeline, "Secretary Blinken will be in Saudi Arabia tomorrow, where he will discuss Yemen.", source=STATE
    )
    assert ("USA", "SAU", "03") in roots(ahead)
    # near misses: "is in talks", an adjective's place, troops (no person of state), a relative clause's subject
    talks = run(pipeline, "Secretary Blinken is in talks with Qatar about Afghanistan.", source=STATE)
    assert ("USA", "QAT", "03") not in roots(talks)
    assert not roots(run(pipeline, "Special Envoy Lenderking is active in Saudi Arabia.", source=STATE))
    assert not roots(run(pipeline, "Iranian troops are in Syria.", source=STATE))
    # the meeting the clause goes on to name is the event, not a visit to the venue's country
    nato = run(pipeline, "Assistant Secretary Lu is in Brussels, meeting with NATO Allies on Ukraine.", source=STATE)
    assert ("USA", "BEL", "04") not in roots(nato)
    assert ("USA", "KEN", "04") not in roots(run(pipeline, "Ambassador Smith, who is in Kenya, met the press."))


def test_heads_of_government_from_countries_are_those_countries(pipeline: Pipeline) -> None:
    # "Heads of Government" (tagged as a body) "from" a list of countries: each country is a counterpart (CAMEO 04),
    # whether the parser hangs "from" on the people or on the verb ("from The Bahamas, ...")
    ex = run(pipeline, "The Senator spoke with Heads of Government from Jamaica, Haiti, and Guyana.", source=STATE)
    assert {("USA", "JAM", "04"), ("USA", "HTI", "04"), ("USA", "GUY", "04")} <= roots(ex)
    verb = run(
        pipeline,
        "The Senator spoke with Heads of Government from The Bahamas, Jamaica, Haiti, and Guyana.",
        source=STATE,
    )
    assert {("USA", "BHS", "04"), ("USA", "GUY", "04")} <= roots(verb)
    # near miss: people from a city are no country's counterparts by the "from" phrase
    assert not any(t[1] == "JPN" for t in roots(run(pipeline, "The Secretary spoke with reporters from Tokyo.")))


def test_a_joint_by_list_of_a_visit_are_the_visitors_and_the_place_the_host(pipeline: Pipeline) -> None:
    # "the visit to Amman by A and B": each visits the place's country (CAMEO 042), not each other
    ex = run(pipeline, "The visit to Amman by the Prime Minister of India and King of Bahrain was a success.")
    assert {("IND", "JOR", "04"), ("BHR", "JOR", "04")} <= roots(ex)
    assert ("IND", "BHR", "04") not in roots(ex)
    # near miss: a meeting of A and B in a place is theirs with each other (the place is the venue)
    met = run(pipeline, "The President of Egypt and King of Jordan met in Baghdad on Sunday.")
    assert ("EGY", "JOR", "04") in roots(met)
    assert ("EGY", "IRQ", "04") not in roots(met)


def test_two_sides_marking_their_years_together_celebrate_each_other(pipeline: Pipeline) -> None:
    # "A and B marked 15 years of the agreement": a celebration of their own ties is each other's (CAMEO 017)
    ex = run(pipeline, "The United States and Vietnam celebrated 25 years of diplomatic relations.")
    assert {("USA", "VNM", "01"), ("VNM", "USA", "01")} <= roots(ex)
    # near misses: a joint act with no tie of theirs (a wreath), or a third country's anniversary
    assert ("USA", "JPN", "01") not in roots(
        run(pipeline, "The United States and Japan laid a wreath at the memorial.")
    )
    third = run(pipeline, "The United States and France celebrated 75 years of Ukraine's independence.")
    assert ("USA", "FRA", "01") not in roots(third)
    assert ("USA", "UKR", "01") in roots(third)


def test_what_a_nominal_worry_is_about_is_its_target(pipeline: Pipeline) -> None:
    # "noted U.S. concerns about China's support": the nominal concern (CAMEO 012) is toward the thing's author
    ex = run(pipeline, "She noted U.S. concerns about China's support for Russia's aggression.")
    assert ("USA", "CHN", "01") in roots(ex)
    # near miss: a worry about a thing of no one's names no target
    weather = run(pipeline, "She noted U.S. concerns about the weather in the region.")
    assert not any(t[2] == "01" and t[1] for t in roots(weather))


def test_a_document_s_participle_is_its_issuers_act(pipeline: Pipeline) -> None:
    # "A and B issued a joint statement condemning X": the statement's condemnation (CAMEO 11) is its issuers'
    ex = run(pipeline, "The United States and Japan issued a joint statement condemning North Korea's missile launch.")
    assert {("USA", "PRK", "11"), ("JPN", "PRK", "11")} <= roots(ex)
    # near miss: supporting a resolution that condemns is no condemnation by the supporter
    backed = run(pipeline, "The United States commends Oman for supporting the resolution condemning Russia's war.")
    assert ("OMN", "RUS", "11") not in roots(backed)
