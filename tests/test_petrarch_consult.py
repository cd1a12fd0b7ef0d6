"""PetrarchCoder: who takes part in a consultation (CAMEO 04) that the verb alone codes, and how many
parties a joint act may have. Tiny dictionaries written per test, the real model."""

from __future__ import annotations

import pytest

from conftest import petrarch_pipeline, petrarch_triples
from newsgraph.pipeline import Pipeline

VERBS = """--- MEET [040] ---
MEET {MEETS MET MEETING}
--- DISCUSS [040:040] ---
DISCUSS
CONSULT
- * SITUATION [046:046]
--- WELCOME [---] ---
WELCOME
- * RESUMPTION [041]
--- CONDEMN [111] ---
CONDEMN
--- DETAIN [173] ---
DETAIN
--- RELEASE [084] ---
RELEASE
--- IMPOSE [163] ---
IMPOSE
"""
ACTORS = (
    "ARNOR [ARN]\nROHAN [ROH]\nGONDOR [GON]\nGONDORIAN [GON]\nBREE [BRE]\nERIADOR [ERI]\nFORNOST [FOR]\n"
    "OSGILIATH [OSG]\nARNORIAN [ARN]\n"
)
AGENTS = "PRESIDENT [~GOV]\nMINISTER [~GOV]\n"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return petrarch_pipeline(tmp_path_factory.mktemp("dicts"), VERBS, ACTORS, AGENTS)


raw = petrarch_triples


def test_the_venue_of_a_meeting_is_no_party(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor met in Gondor on Tuesday.") == []
    # near miss: the counterpart named next to the verb, the venue after it
    assert raw(pipeline, "Arnor met with Rohan in Gondor on Tuesday.") == [("ARN", "ROH", "040")]
    # a compound subject meeting at a venue meets one another
    assert raw(pipeline, "Arnor and Rohan met in Gondor.") == [("ARN", "ROH", "040"), ("ROH", "ARN", "040")]


def test_the_owner_of_a_topic_is_no_party(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor discussed Gondor's urgent needs.") == []
    assert raw(pipeline, "Arnor discussed Gondor's urgent needs with Rohan.") == [
        ("ARN", "ROH", "040"),
        ("ROH", "ARN", "040"),
    ]
    # near miss: a possessor of a person noun the dictionaries name is that person's country
    assert raw(pipeline, "Arnor discussed the crisis with Gondor's president.") == [
        ("ARN", "GONGOV", "040"),
        ("GONGOV", "ARN", "040"),
    ]
    # near miss: a meeting's object is whom one meets, not a topic
    assert raw(pipeline, "Arnor met Gondor's delegation.") == [("ARN", "GON", "040")]


def test_an_actor_of_a_purpose_clause_is_no_party_to_the_meeting(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor met on Tuesday to review the crisis in Gondor.") == []
    # near miss: a verb conjoined with the meeting shares its object
    assert raw(pipeline, "Arnor met and condemned Gondor.") == [("ARN", "GON", "040"), ("ARN", "GON", "111")]


def test_what_talks_are_about_is_no_party(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor consulted about Gondor on Monday.") == []
    # near miss: the one consulted, then the subject
    assert raw(pipeline, "Arnor consulted Rohan about Gondor.") == [("ARN", "ROH", "040"), ("ROH", "ARN", "040")]


def test_a_national_adjective_goes_with_its_noun(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor met with his Gondorian counterpart.") == [("ARN", "GON", "040")]


def test_a_pattern_naming_the_act_keeps_its_prepositional_party(pipeline: Pipeline) -> None:
    # the pattern's noun names the act and its "with" phrase the counterpart, not the verb
    assert raw(pipeline, "Arnor welcomed the resumption of ties with Osgiliath.") == [("ARN", "OSG", "041")]


def test_only_consultations_lose_the_venue(pipeline: Pipeline) -> None:
    # near miss: a verb of another root keeps PETRARCH's first actor after it
    assert raw(pipeline, "Arnor condemned the attack in Gondor.") == [("ARN", "GON", "111")]


def test_a_joint_act_of_more_than_five_parties_is_a_forum(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor, Rohan, Gondor, Bree, Eriador and Fornost met.") == []
    five = raw(pipeline, "Arnor, Rohan, Gondor, Bree and Eriador met.")
    assert len(five) == 20 and ("ARN", "ERI", "040") in five


def test_agents_with_the_country_of_their_of_phrase_meet_one_another(pipeline: Pipeline) -> None:
    got = raw(pipeline, "The President of Arnor and the President of Rohan met in Gondor.")
    assert got == [("ARNGOV", "ROHGOV", "040"), ("ROHGOV", "ARNGOV", "040")]
    # each president has the country of its own "of" phrase
    got = raw(pipeline, "The President of Arnor and the President of Rohan condemned Gondor.")
    assert got == [("ARNGOV", "GON", "111"), ("ROHGOV", "GON", "111")]
    # near miss: one agent of a list of countries is each country's ("the presidents of A and B")
    got = raw(pipeline, "The presidents of Arnor and Rohan condemned Gondor.")
    assert got == [("ARNGOV", "GON", "111"), ("ROHGOV", "GON", "111")]


def test_a_speaker_pronoun_subject_is_not_replaced_by_the_main_clauses_subject(pipeline: Pipeline) -> None:
    # "we" is the speaker: the relationship between Arnor and Rohan discussed nothing
    assert raw(pipeline, "As we have discussed many times, the ties between Arnor and Rohan are strong.") == []
    # near miss: a clause with no subject of its own shares the subject of the clause it depends on
    got = raw(pipeline, "As they have discussed many times, the ties between Arnor and Rohan are strong.")
    assert got == [("ARN", "ROH", "040"), ("ROH", "ARN", "040")]


def test_the_noun_before_a_passive_participle_is_done_to(pipeline: Pipeline) -> None:
    # "a citizen of Arnor detained in Rohan": the citizen acts on nobody, Rohan is where
    assert raw(pipeline, "Gondor spoke of an Arnorian citizen detained in Rohan.") == []
    # near miss: a "by" phrase names who did it, and the noun is what it was done to
    assert raw(pipeline, "Gondor met the Arnorian citizens detained by Rohan.") == [
        ("GON", "ARN", "040"),
        ("ROH", "ARN", "173"),
    ]


def test_a_talks_pattern_without_a_target_marker_names_the_topic(pipeline: Pipeline) -> None:
    # the pattern's word is the topic: Gondor, whose aggression it concerns, is no party to the talks
    got = raw(pipeline, "Arnor and Rohan discussed the situation in light of Gondor's aggression.")
    assert got == [("ARN", "ROH", "046"), ("ROH", "ARN", "046")]
    # near miss: the counterpart next to the verb is still the target
    got = raw(pipeline, "Arnor discussed the situation with Rohan in light of Gondor's aggression.")
    assert got == [("ARN", "ROH", "046"), ("ROH", "ARN", "046")]


def test_a_passives_subject_that_is_no_actor_is_what_was_done_to(pipeline: Pipeline) -> None:
    # the statement was released: Rohan, named deep in an adverbial, is no target
    assert raw(pipeline, "The statement was released by Arnor on the anniversary of the Rohan uprising.") == []
    # near miss: an actor in a prepositional phrase on the verb is still its target
    assert raw(pipeline, "New sanctions were imposed by Arnor on Rohan.") == [("ARN", "ROH", "163")]
    # near miss: an actor as the passive's subject is the target
    assert raw(pipeline, "Rohan was condemned by Arnor.") == [("ARN", "ROH", "111")]
