"""Modality of announced acts (PLOVER future mode; CAMEO codes an announced cooperative act as an
intent, 03) and of acts a discussion is about, with the real model; each rule with a near miss."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Event

PUBLISHED = "2022-06-01"


def events(pipeline: Pipeline, text: str, published: str = PUBLISHED) -> list[Event]:
    return list(pipeline.extract(Article(id="t", text=text, published=published)).events)


def coded(pipeline: Pipeline, text: str, target: str, published: str = PUBLISHED) -> tuple[str, str]:
    """(CAMEO code, modality) of the one event toward ``target`` (a country code)."""
    found = {(e.cameo, e.modality) for e in events(pipeline, text, published) if (e.target_code or "")[:3] == target}
    assert len(found) == 1, found
    return found.pop()


def test_a_trip_framing_a_future_clause_is_ahead(pipeline: Pipeline) -> None:
    text = "During their trip to Paraguay, Under Secretary Nuland and the U.S. delegation will meet with officials."
    assert coded(pipeline, text, "PRY") == ("036", "future")
    # near miss: the same frame on a past clause stays an act
    past = "During their trip to Paraguay, Under Secretary Nuland and the U.S. delegation met with officials."
    assert coded(pipeline, past, "PRY") == ("042", "asserted")


def test_a_present_clause_of_time_takes_its_heads_future(pipeline: Pipeline) -> None:
    text = "We look forward to more engagement in the region when Vice President Harris travels to Singapore."
    assert coded(pipeline, text, "SGP") == ("036", "future")
    # near miss: a past clause of time is what happened
    past = "We saw more engagement in the region when Vice President Harris traveled to Singapore."
    assert coded(pipeline, past, "SGP") == ("042", "asserted")


def test_a_meeting_a_future_relative_clause_announces_is_ahead(pipeline: Pipeline) -> None:
    text = "The summit between Japan and the Philippines that will take place tomorrow is important."
    assert coded(pipeline, text, "PHL") == ("036", "future")
    past = "The summit between Japan and the Philippines that took place yesterday was important."
    assert coded(pipeline, past, "PHL") == ("040", "asserted")


def test_a_schedule_in_the_present_with_a_date_ahead_is_future(pipeline: Pipeline) -> None:
    text = "Secretary Blinken travels to Uganda June 9-15."
    assert coded(pipeline, text, "UGA") == ("036", "future")
    # near miss: the same line published after those dates is a report of the trip
    assert coded(pipeline, text, "UGA", published="2022-06-20") == ("042", "asserted")
    # near miss: a past verb's date ahead is some other thing's ("welcomed Italy's G7 Presidency next year")
    welcomed = "President Biden welcomed Italy's G7 Presidency next year under Prime Minister Meloni."
    assert {e.modality for e in events(pipeline, welcomed) if (e.target_code or "")[:3] == "ITA"} == {"asserted"}


def test_an_act_a_discussion_is_about_is_no_act(pipeline: Pipeline) -> None:
    text = "The leaders discussed measures to provide assistance to Ukraine."
    assert coded(pipeline, text, "UKR") == ("070", "hypothetical")
    # near miss: measures taken carry out their purpose
    taken = "The United States took measures to provide assistance to Ukraine."
    assert coded(pipeline, taken, "UKR") == ("070", "asserted")


def test_named_authors_efforts_under_discussion_stay_acts(pipeline: Pipeline) -> None:
    # the near miss of the topic rule: efforts with named authors are under way (the annotators' convention)
    text = "The Secretary and the Foreign Minister discussed U.S. and ROK efforts to provide assistance to Ukraine."
    assert {e.modality for e in events(pipeline, text) if e.target_code == "UKR"} == {"asserted"}


def test_a_postponed_trip_did_not_happen(pipeline: Pipeline) -> None:
    text = "The Secretary's travel to Thailand was postponed at the last minute last December."
    assert coded(pipeline, text, "THA") == ("042", "negated")
    praised = "The Secretary's travel to Thailand was praised at the time last December."
    assert coded(pipeline, praised, "THA") == ("042", "asserted")


def test_a_named_authors_act_in_a_question_is_no_act(pipeline: Pipeline) -> None:
    text = "What is the White House view of Speaker McCarthy's visit to Israel?"
    assert coded(pipeline, text, "ISR") == ("042", "hypothetical")
    stated = "The White House welcomed Speaker McCarthy's visit to Israel."
    assert ("042", "asserted") in {(e.cameo, e.modality) for e in events(pipeline, stated) if e.target_code == "ISR"}


def test_talks_a_relative_clause_says_are_going_to_begin_are_ahead(pipeline: Pipeline) -> None:
    text = "The dynamic changed for the U.S.-Russia talks that are going to begin next week."
    assert coded(pipeline, text, "RUS") == ("036", "future")
    began = "The dynamic changed for the U.S.-Russia talks that began last week."
    assert coded(pipeline, began, "RUS") == ("040", "asserted")


def test_a_city_naming_a_process_or_talks_is_no_side(pipeline: Pipeline) -> None:
    supported = {
        e.target_code for e in events(pipeline, "The United States supports the Nairobi and Luanda processes.")
    }
    assert not supported & {"KEN", "AGO", "KENGOV", "AGOGOV"}, supported
    talks = {
        (e.source_code, e.target_code)
        for e in events(pipeline, "The Geneva talks between Russia and the United States ended without agreement.")
    }
    assert talks == {("RUS", "USA"), ("USA", "RUS")}
    # near miss: a capital as a possessor stands for its government
    support = events(pipeline, "Washington's support for Kyiv remains strong.")
    assert {(e.source_code, e.target_code) for e in support} == {("USAGOV", "UKRGOV")}


def test_efforts_under_way_and_ongoing_acts_are_not_ahead(pipeline: Pipeline) -> None:
    # near misses found on fresh text: "continued" efforts are under way; "even as X continues" is now
    continued = (
        "Secretary Blinken and Foreign Minister Rau discussed continued international efforts to support Ukraine."
    )
    assert {e.modality for e in events(pipeline, continued) if e.target_code == "UKR"} == {"asserted"}
    joint = "During all three stops, he will discuss joint efforts to support Ukraine."
    assert {e.modality for e in events(pipeline, joint) if e.target_code == "UKR"} == {"asserted"}
    bare = "Secretary Blinken and Foreign Minister Rau discussed efforts to support Ukraine."
    assert {e.modality for e in events(pipeline, bare) if e.target_code == "UKR"} == {"hypothetical"}
    ongoing = "Even as President Putin's war continues, we will remain focused on the challenge posed by China."
    assert {(e.cameo, e.modality) for e in events(pipeline, ongoing) if e.target_code == "UKR"} == {("190", "asserted")}
