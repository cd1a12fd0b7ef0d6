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
