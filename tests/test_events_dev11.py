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
