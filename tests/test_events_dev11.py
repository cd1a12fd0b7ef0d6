"""Rules found while reading the errors of the development split "dev11" (100 State Department and
White House sentences, seed 2101; benchmarks/eval_news_events.py): goodwill toward the owner of
what is wished for, backed or valued (CAMEO 051), checked for over-firing on statedept/whitehouse
articles outside the news gold. Real model; each rule with a near miss that must not fire."""

from __future__ import annotations

from conftest import extract_on as run
from conftest import root_triples as roots
from newsgraph.pipeline import Pipeline


def test_expressing_wishes_for_a_people_is_goodwill(pipeline: Pipeline) -> None:
    # CAMEO 051, as "offer best wishes to the people of Pakistan" on a national day
    text = "Secretary Blinken expressed his best wishes for the people of Peru on their Independence Day."
    assert ("USA", "PER", "05") in roots(run(pipeline, text, source="statedept"))
    # near miss: a wish to do something is no goodwill toward anyone
    wish = run(pipeline, "Prime Minister Kishida expressed a wish to visit China next year.")
    assert not any(e.cameo == "051" for e in wish.events)


def test_having_a_country_s_back_is_support(pipeline: Pipeline) -> None:
    # CAMEO 051 "praise or endorse": the owner of the back is the one backed
    assert ("USA", "UKR", "05") in roots(run(pipeline, "The United States has Ukraine's back."))
    # near miss: 'back' as a body part is no backing
    surgery = run(pipeline, "The senator had back surgery in Canada last week.")
    assert not any(e.cameo == "051" for e in surgery.events)


def test_placing_value_on_a_relationship_is_praise_of_the_partner(pipeline: Pipeline) -> None:
    # CAMEO 051, as "values its relationship with India": the partner of the relationship is the target
    assert ("JPN", "IND", "05") in roots(run(pipeline, "Japan places great value on its relationship with India."))
    # near miss: value placed on a quality of a place is no act toward its country
    stability = run(pipeline, "Investors place a high value on stability in Brazil.")
    assert not any(e.cameo == "051" for e in stability.events)


def test_a_country_that_is_a_supporter_of_another_supports_it(pipeline: Pipeline) -> None:
    # CAMEO 051: an agent noun of support whose doer is the copula subject, as "the largest donor of" (07)
    assert ("CZE", "UKR", "05") in roots(
        run(pipeline, "The Czech Republic has been a remarkable supporter of Ukraine.")
    )
    # near miss: people who are supporters are no doer named by a copula subject: their support has no source
    rally = roots(run(pipeline, "Thousands of supporters of President Maduro rallied in Caracas on Saturday."))
    assert not any(c == "05" and s is not None for s, _, c in rally)


def test_a_named_author_s_act_survives_a_negated_clause(pipeline: Pipeline) -> None:
    # "Russia's aggression" is presupposed: negating the clause around it ("not going to let ... stand")
    # does not deny the aggression (CAMEO 190 RUS -> UKR stays asserted)
    ex = run(pipeline, "We are not going to let Russia's invasion of Ukraine stand.")
    assert any(
        e.cameo[:2] == "19" and e.modality == "asserted" and (e.target_code or "")[:3] == "UKR" for e in ex.events
    )
    # near miss: a clause that denies having seen the act denies the act
    seen = run(pipeline, "We have not seen any significant military support from China to Russia.")
    assert not any(e.modality == "asserted" and (e.source_code or "")[:3] == "CHN" for e in seen.events)


def test_a_welcomed_named_person_is_the_guest_not_the_place(pipeline: Pipeline) -> None:
    # CAMEO 043 host a visit: the guest is the target
    ex = run(pipeline, "Today, President Biden welcomed President Zelenskyy of Ukraine at the White House.")
    assert any(e.cameo == "043" and (e.target_code or "")[:3] == "UKR" for e in ex.events)
    # near miss: welcoming a decision is praise of its author (051), no hosted guest
    decision = run(pipeline, "President Biden welcomed the decision of the Japanese government.")
    assert not any(e.cameo == "043" for e in decision.events)


def test_an_intent_about_a_tie_is_toward_the_partner(pipeline: Pipeline) -> None:
    # CAMEO 03: the partner named in the tie the intended act is about
    ex = run(pipeline, "The United States remains committed to strengthening its relationship with Mexico.")
    assert any(e.cameo[:2] == "03" and (e.target_code or "")[:3] == "MEX" for e in ex.events)
    # near miss: a tie's quality that is only discussed gives the discussants' talk, no intent toward anyone
    talk = run(pipeline, "The ministers discussed the strength of the relationship with Mexico.")
    assert not any(e.cameo[:2] == "03" for e in talk.events)


def test_an_ability_reported_as_used_is_an_act(pipeline: Pipeline) -> None:
    # "was able to", "pleased to be able to"
    ex = run(pipeline, "Last year the United States was able to deliver vaccines to Ghana.")
    assert any(e.cameo[:2] == "07" and e.modality == "asserted" for e in ex.events)
    # near miss: a capacity in the present is no act
    can = run(pipeline, "North Korea is able to strike Japan with its missiles.")
    assert not any(e.modality == "asserted" and (e.target_code or "")[:3] == "JPN" for e in can.events)
