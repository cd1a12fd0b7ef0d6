"""Event arguments for real-news recall, round 2 (issue 3): what a worry is about, the owner of
the thing a thing is of, an "of" phrase as the doer of a nominal event with a counterpart, the act
after "looks forward to", holding hostages (CAMEO 181). Real model; each rule with a near miss."""

from __future__ import annotations

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.pipeline import Pipeline


def test_holding_hostages_is_taking_them(pipeline: Pipeline) -> None:
    # CAMEO 181 "abduct, hijack, or take hostage"; holding prisoners stays an arrest (173)
    assert ("PSE", "ISR", "18") in roots(run(pipeline, "Hamas is holding hostage dozens of Israeli citizens."))
    held = roots(run(pipeline, "Russia is holding prisoners from Ukraine."))
    assert not any(code == "18" for _, _, code in held)


def test_a_concern_about_a_countrys_practices_targets_the_country(pipeline: Pipeline) -> None:
    assert ("JPN", "CHN", "01") in roots(run(pipeline, "Japan expressed concerns about the PRC's practices."))
    # near miss: "about" after a verb of talk names a topic, not a target
    assert not any(t == "CHN" for _, t, _ in roots(run(pipeline, "Japan talked about the PRC's practices.")))


def test_the_owner_of_what_a_thing_is_of_is_the_target(pipeline: Pipeline) -> None:
    text = "Japan expressed concern about the effects of Russia's war on food security."
    assert ("JPN", "RUS", "01") in roots(run(pipeline, text))
    unowned = roots(run(pipeline, "Japan expressed concern about the effects of the war on food security."))
    assert not any(s == "JPN" and t is not None for s, t, _ in unowned)


def test_an_of_phrase_with_a_counterpart_is_the_doer(pipeline: Pipeline) -> None:
    text = "Blinken reaffirmed the commitment of the United States to Israel's security."
    assert roots(run(pipeline, text)) == {("USA", "ISR", "03")}
    # near miss: with no counterpart of its own the "of" phrase stays the target
    assert ("JPN", "UKR", "05") in roots(run(pipeline, "Japan welcomed the support of Ukraine."))


def test_looking_forward_to_an_act_is_one_intent_toward_its_counterpart(pipeline: Pipeline) -> None:
    ex = run(pipeline, "The Secretary looks forward to working with Kenya on these issues.")
    assert [e.cameo[:2] for e in ex.events] == ["03"]
    seeing = "Japan looks forward to welcoming Prime Minister Modi of India to Tokyo."
    assert roots(run(pipeline, seeing)) == {("JPN", "IND", "03")}
    assert ("JPN", "IND", "03") in roots(run(pipeline, "Japan looks forward to seeing Prime Minister Modi of India."))
    # near miss: what is to be seen is no counterpart when it is no one
    results = roots(run(pipeline, "Japan looks forward to seeing the results of the elections in Kenya."))
    assert not any(t == "KEN" for _, t, _ in results)


def test_an_intent_takes_only_someone_named_from_an_act_the_lexicon_lacks(pipeline: Pipeline) -> None:
    ex = run(pipeline, "Morocco and Israel agreed to open embassies in Rabat and Tel Aviv.")
    assert {("MAR", "ISR", "03"), ("ISR", "MAR", "03")} <= roots(ex)


def test_abuses_against_a_people_are_violent_repression(pipeline: Pipeline) -> None:
    # CAMEO 175 only with the victims named after "against"
    assert ("RUS", "UKR", "17") in roots(run(pipeline, "We condemn Russia's abuses against the people of Ukraine."))
    assert not any(c == "17" for _, _, c in roots(run(pipeline, "Russia's abuse of power in Ukraine is known.")))


def test_war_crimes_are_acts_of_war(pipeline: Pipeline) -> None:
    assert ("RUS", "UKR", "19") in roots(run(pipeline, "The Secretary condemned the Kremlin's war crimes in Ukraine."))
    # near miss: a crime with no war is no armed act
    crimes = roots(run(pipeline, "The Secretary condemned the Kremlin's crimes in Ukraine."))
    assert not any(c == "19" for _, _, c in crimes)


def test_remaining_committed_to_a_people_is_an_intent_toward_them(pipeline: Pipeline) -> None:
    text = "The United States remains firmly committed to the Venezuelan people."
    assert ("USA", "VEN", "03") in roots(run(pipeline, text))
    # near miss: a commitment to a goal has no counterpart
    assert not any(t for _, t, _ in roots(run(pipeline, "The minister was committed to the goal of peace.")))


def test_an_intent_nouns_to_hung_on_its_verb_is_still_its_act(pipeline: Pipeline) -> None:
    text = "He underscored the United States' continued openness to meeting the DPRK without preconditions."
    assert roots(run(pipeline, text)) == {("USA", "PRK", "03")}


def test_only_an_act_after_to_is_absorbed(pipeline: Pipeline) -> None:
    # the means ("by conducting his war") is no act the guarantee announces
    text = "By conducting his war of aggression against Ukraine, Putin has guaranteed that the costs will be felt."
    assert ("RUS", "UKR", "19") in roots(run(pipeline, text))


def test_standing_in_solidarity_is_a_comment_and_standing_with_is_support(pipeline: Pipeline) -> None:
    text = "The United States stands in solidarity with the people of Ukraine."
    assert roots(run(pipeline, text)) == {("USA", "UKR", "01")}
    assert roots(run(pipeline, "Canada stands with Ukraine.")) == {("CAN", "UKR", "05")}
