"""PetrarchCoder: a verb's patterns, target and subject come from its own phrase, as in PETRARCH2's
constituency parse. Tiny dictionaries written here; the parses the rules rely on are asserted too."""

from __future__ import annotations

import pytest

from conftest import petrarch_pipeline, petrarch_triples
from newsgraph.events.petrarch import PetrarchCoder
from newsgraph.events.petrarch import coder as coder_module
from newsgraph.events.petrarch.actors import phrase_words
from newsgraph.pipeline import Pipeline

Triple = tuple[str | None, str | None, str]

VERBS = """--- LAUNCH [060] ---
LAUNCH
- * ATTACKS [195]
--- CONDEMN [111] ---
CONDEMN
--- CONGRATULATE [051] ---
CONGRATULATE
- * (TO) [043]
--- ATTACK [190] ---
ATTACK
--- WELCOME [051] ---
WELCOME
--- INVADE [192] ---
INVADE
--- MEET [040] ---
MEET
--- DEMAND [100] ---
DEMAND
WANT
- * EXPLANATION [090]  # WANT
- * EXPLANATION [101]  # DEMAND
"""
ACTORS = "ARNOR [ARN]\nROHAN [ROH]\nGONDOR [GON]\nDEMOCRATIC_PEOPLE'S_REPUBLIC_OF_ROHAN_ [DPR]\nSYRIA'S_GOVERNMENT [SYRGOV]\n"
AGENTS = "PEOPLE [~PPL]\nPEOPLE'S_COMMITTEE [~GOV]\nDEFENCE_CHIEF [~GOVMIL]\n"


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return petrarch_pipeline(tmp_path_factory.mktemp("dicts"), VERBS, ACTORS, AGENTS)


raw = petrarch_triples


def heads(pipeline: Pipeline, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in pipeline.nlp(text)}


def test_a_pattern_matches_words_of_the_verbs_own_phrase_only(pipeline: Pipeline) -> None:
    # "launch * ATTACKS" (195): "attacks" is the object of the conjoined "condemned", not of "launched"
    text = "Arnor launched a satellite at Gondor, and Rohan condemned the attacks."
    assert heads(pipeline, text)["condemned"] == ("conj", "launched")
    assert ("ARN", "GON", "060") in raw(pipeline, text)
    assert ("ARN", "GON", "195") not in raw(pipeline, text)
    # in the verb's phrase the pattern still matches
    assert raw(pipeline, "Arnor launched attacks on Gondor.") == [("ARN", "GON", "195")]


def test_a_prepositional_group_must_be_a_phrase_of_the_verb_or_its_object(pipeline: Pipeline) -> None:
    # "* (TO)" (043): "to the alliance" belongs to "accession", under the verb's "on" phrase
    text = "Arnor congratulated Gondor on its accession to the alliance."
    assert heads(pipeline, text)["to"] == ("prep", "accession")
    assert raw(pipeline, text) == [("ARN", "GON", "051")]
    assert raw(pipeline, "Arnor congratulated Gondor to the applause of Rohan.")[0][2] == "043"


def test_the_subject_of_a_conjoined_clause_is_no_target_of_the_first_verb(pipeline: Pipeline) -> None:
    text = "Arnor launched a satellite, and Rohan condemned the attacks."
    assert heads(pipeline, text)["Rohan"] == ("nsubj", "condemned")
    assert raw(pipeline, text) == []
    # a conjoined verb without a subject of its own shares its object
    assert raw(pipeline, "Arnor met and condemned Rohan.") == [("ARN", "ROH", "040"), ("ARN", "ROH", "111")]


def test_the_object_of_the_governing_verb_is_the_subject_of_its_infinitive(pipeline: Pipeline) -> None:
    # object control: Gondor attacks, not Arnor (URGE is no verb of these dictionaries)
    assert raw(pipeline, "Arnor urged Gondor to attack Rohan.") == [("GON", "ROH", "190")]
    # an object that is no actor is a means: the governing verb's subject acts
    assert raw(pipeline, "Arnor used drones to attack Rohan.") == [("ARN", "ROH", "190")]
    # "X supports Y in doing": Y does it
    text = "Arnor supports Gondor in attacking Rohan."
    assert heads(pipeline, text)["attacking"] == ("pcomp", "in")
    assert raw(pipeline, text) == [("GON", "ROH", "190")]
    assert raw(pipeline, "Arnor succeeded in attacking Rohan.") == [("ARN", "ROH", "190")]


def test_an_infinitive_of_a_noun_an_actor_owns_is_its_own_event(pipeline: Pipeline) -> None:
    assert raw(pipeline, "Arnor welcomed Gondor's decision to invade Rohan.") == [
        ("ARN", "GON", "051"),
        ("GON", "ROH", "192"),
    ]
    # without an owner the infinitive stays part of the verb's event (PETRARCH: one event)
    assert raw(pipeline, "Arnor welcomed the decision to invade Rohan.") == [("ARN", "ROH", "051")]


def test_members_of_a_compound_subject_act_on_one_another_only_in_joint_acts(pipeline: Pipeline) -> None:
    # 05 (diplomatic cooperation) is a joint act; 19 (fight) is not: they did not attack each other
    assert raw(pipeline, "Arnor and Rohan welcomed the plan.") == [("ARN", "ROH", "051"), ("ROH", "ARN", "051")]
    assert raw(pipeline, "Arnor and Rohan attacked the convoy.") == []


def test_a_passive_by_phrase_is_no_compound_subject_acting_on_itself(pipeline: Pipeline) -> None:
    text = "The plan was welcomed by Arnor and Rohan."
    assert heads(pipeline, text)["by"] == ("agent", "welcomed")
    assert raw(pipeline, text) == []


def test_a_possessive_in_a_dictionary_phrase_is_a_word_of_its_own() -> None:
    words, exact, gaps = phrase_words("DEMOCRATIC_PEOPLE'S_REPUBLIC_OF_ROHAN_")
    assert words == ("DEMOCRATIC", "PEOPLE", "'S", "REPUBLIC", "OF", "ROHAN") and exact
    assert not any(gaps)
    assert phrase_words("PEOPLES'_ARMY")[0] == ("PEOPLES", "'", "ARMY")


def test_dictionary_phrases_with_possessives_match_the_parsers_tokens(pipeline: Pipeline) -> None:
    # not "PEOPLE" (an agent) of "Republic of Rohan": the whole name is the actor
    assert raw(pipeline, "The Democratic People's Republic of Rohan condemned Arnor.") == [("DPR", "ARN", "111")]
    assert raw(pipeline, "The Democratic People’s Republic of Rohan condemned Arnor.") == [("DPR", "ARN", "111")]
    assert raw(pipeline, "Syria's government condemned Arnor.") == [("SYRGOV", "ARN", "111")]
    assert raw(pipeline, "Arnor's people's committee condemned Gondor.") == [("ARNGOV", "GON", "111")]


def test_we_is_the_author_unless_an_actor_speaks_or_is_spoken_for(pipeline: Pipeline) -> None:
    # a third person may stand for an actor named before it in the sentence (TABARI's coreference)
    assert raw(pipeline, "After talks with Arnor, they condemned Rohan.") == [("ARN", "ROH", "111")]
    # "we" is the author: not Arnor
    assert raw(pipeline, "After talks with Arnor, we condemned Rohan.") == []
    # ... unless Arnor is quoted or spoken for
    assert raw(pipeline, 'The envoy of Arnor replied: "We condemn Rohan."') == [("ARN", "ROH", "111")]
    assert raw(pipeline, "On behalf of Arnor, I condemn Rohan.") == [("ARN", "ROH", "111")]


def test_a_by_phrase_deep_in_a_noun_phrase_is_no_passive_agent(pipeline: Pipeline) -> None:
    near = coder_module._near_verb
    doc = pipeline.nlp("The plan was condemned in a joint statement by Arnor.")
    assert (doc[8].text, doc[8].head.text) == ("by", "statement")
    assert near(doc[8], doc[3])  # one prepositional phrase down: the statement's author condemned
    doc = pipeline.nlp("Rohan was attacked in the face of protests by Arnor.")
    assert (doc[8].text, doc[8].head.text, doc[6].head.text) == ("by", "protests", "face")
    assert not near(doc[8], doc[2])  # Arnor protested; it is not said to have attacked


def test_of_equal_patterns_the_one_written_for_the_verb_wins(pipeline: Pipeline) -> None:
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    block = next(b for b in coder.dicts.verbs.blocks if b.name == "DEMAND")
    assert [(p.code, p.verb) for p in block.patterns] == [("090", "WANT"), ("101", "DEMAND")]
    assert raw(pipeline, "Arnor demanded an explanation from Rohan.") == [("ARN", "ROH", "101")]
    assert raw(pipeline, "Arnor wanted an explanation from Rohan.") == [("ARN", "ROH", "090")]


def test_an_agent_code_adds_only_the_segments_the_actor_lacks(pipeline: Pipeline) -> None:
    # SYRGOV + GOVMIL: SYRGOVMIL, not SYRGOVGOVMIL
    assert raw(pipeline, "Syria's government defence chief condemned Arnor.") == [("SYRGOVMIL", "ARN", "111")]
