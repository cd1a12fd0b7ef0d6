"""Claims without a speech verb, one precise test per rule, on the real spaCy model (PolNeAR-style attribution).

Stance verbs with an object ("expressed concern"), stance nouns ("attacks on"), copula stance adjectives
("critical of"), fronted framing ("For X, …"), survey frames, and the speakers the parse hides.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.quotes.cues import load_cues
from test_quotes import only, run, speaker_name


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # stance verbs whose object is the claim
        (
            "Senator Warren expressed concern about the merger.",
            "expressed",
            "Senator Warren",
            "concern about the merger",
        ),
        ("The governor views the election as a referendum.", "views", "The governor", "the election as a referendum"),
        ("The mayor agreed with the court ruling.", "agreed", "The mayor", "the court ruling"),
        # stance nouns: the holder is the possessor or the subject of the verb the noun is the object of
        ("Trump's criticism of the press drew a rebuke.", "criticism", "Trump's", "the press"),
        # copula stance adjectives
        ("Republicans are critical of the trade deal.", "are critical", "Republicans", "the trade deal"),
        ("Ms. Clinton is confident that she will win.", "is confident", "Ms. Clinton", "that she will win"),
        ("Mr. Cruz is eager to debate the front-runner.", "is eager", "Mr. Cruz", "to debate the front-runner"),
        # fronted framing without a cue verb
        ("For Sanders, the fight is about Wall Street.", "For", "Sanders", "the fight is about Wall Street"),
        ("In his view, the election is rigged.", "In", "his", "the election is rigged"),
    ],
)
def test_stance_claims(nlp: Language, text: str, cue: str, source: str, content: str) -> None:
    found, _ = run(nlp, text)
    only(found, content=content, cue=cue, source=source)


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the deal will pass.",  # an impersonal copula states, it does not attribute
        "The criticism of the press continued.",  # a stance noun nobody is named as holding
        "Its attack on the cargo ships sank two of them.",  # an armed attack (CAMEO 19) is no stance
        "The prisoners were released by the army on Monday.",  # releasing is an act, not a statement
        "The year 2018 saw a large number of road accidents.",  # a year sees nothing
        "Last week saw an earthquake in the city.",
        "For years, the party has struggled.",  # "for" + a time is no framing
        "He spoke in an interview with a local station.",  # an interview after its verb places the act
    ],
)
def test_no_claim_without_a_holder(nlp: Language, text: str) -> None:
    found, _ = run(nlp, text)
    assert found.quotes == (), [(q.cue and q.cue.text, q.content.text) for q in found.quotes]


def test_survey_after_its_verb_frames_the_clause_before_it(nlp: Language) -> None:
    found, _ = run(nlp, "Trump leads Clinton in a new national poll, with a wide margin.")
    only(found, content="Trump leads Clinton", kind="according_to", cue="in", source="a new national poll")


def test_wh_subject_fronted_from_the_reported_clause(nlp: Language) -> None:
    found, _ = run(nlp, "The new rules, which officials said will go into effect next month, are strict.")
    only(found, content="which officials said will go into effect next month", cue="said", source="officials")


def test_auxiliary_before_the_cue_does_not_hide_the_speaker(nlp: Language) -> None:
    # the parser makes the time line the subject; the speaker is the name before "is"
    found, actors = run(nlp, "Results.\n\n9:05 a.m.\n\nBernie Sanders is disavowing remarks made by a surrogate.")
    q = only(found, content="remarks made by a surrogate", cue="disavowing", source="Bernie Sanders")
    assert speaker_name(actors, q) == "Sanders"


def test_fronted_gerund_takes_the_main_subject(nlp: Language) -> None:
    found, actors = run(nlp, "Despite challenging the leader, Cruz said he could work with him.")
    q = only(found, content="the leader", cue="challenging", source="Cruz")
    assert speaker_name(actors, q) == "Cruz"


def test_pronoun_refers_back_to_a_person_noun_speaker(nlp: Language) -> None:
    found, _ = run(nlp, "The president said the talks failed. He said the army would stay.")
    first = only(found, content="the talks failed", source="The president")
    second = only(found, content="the army would stay", source="He")
    assert first.speaker is not None and second.speaker == first.speaker


def test_quote_ending_in_a_nested_quote_takes_its_cue(nlp: Language) -> None:
    text = "“It was the first time I thought, ‘He’s the ringleader,’” Sexton said in a phone interview."
    found, actors = run(nlp, text)
    q = only(found, content="“It was the first time I thought, ‘He’s the ringleader,’”", cue="said", source="Sexton")
    assert speaker_name(actors, q) == "Sexton"


def test_stance_tables_load() -> None:
    lex = load_cues()
    assert "prep:of" in lex.noun_preps["criticism"] and "prep:of" in lex.adjectives["critical"]
    assert "president" in lex.person_nouns and "view" in lex.framing_views
    assert "poll" in lex.documents_after_verb <= lex.documents


def test_reported_clause_on_the_cues_own_line(nlp: Language) -> None:
    # the parser joins the paragraphs and gives "said" two clauses; the claim is the one on its line
    text = "No one has disputed a word I said.”\n\nDespite challenging the leader, Cruz said he could work with him."
    found, _ = run(nlp, text)
    only(found, content="he could work with him", cue="said", source="Cruz")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked if he was ever bullied, the candidate said no.", "no"),
        (
            "He said legalizing it could put thousands of people to work.",
            "legalizing it could put thousands of people to work",
        ),
    ],
)
def test_short_answers_and_gerund_clauses(nlp: Language, text: str, content: str) -> None:
    found, _ = run(nlp, text)
    only(found, content=content, cue="said")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Former AG Mukasey at RNC: Clinton email scandal disqualifies her",
            "Former AG Mukasey at RNC",
            "Clinton email scandal disqualifies her",
        ),
        (
            "Newspaper: Defense secretary used personal email at Pentagon",
            "Newspaper",
            "Defense secretary used personal email at Pentagon",
        ),
        # a lone word speaks when the article names it as a person elsewhere
        (
            "Sanders: Brexit’s message could draw Trump support in US\n\nBernie Sanders spoke on Tuesday.",
            "Sanders",
            "Brexit’s message could draw Trump support in US",
        ),
    ],
)
def test_headline_labels(nlp: Language, text: str, source: str, content: str) -> None:
    found, _ = run(nlp, text)
    only(found, content=content, cue=":", source=source)


def test_section_heading_is_no_label(nlp: Language) -> None:
    found, _ = run(nlp, "Video: Trump rallies supporters in the rain in Ohio")
    assert found.quotes == ()


def test_advocate_noun_after_a_copula(nlp: Language) -> None:
    found, actors = run(nlp, "Clinton has been a longtime supporter of the Affordable Care Act.")
    q = only(found, content="the Affordable Care Act", cue="supporter", source="Clinton")
    assert speaker_name(actors, q) == "Clinton"
    found, _ = run(nlp, "Trump's supporters of the wall rallied in Ohio.")
    assert found.quotes == ()  # the supporters hold the stance, not Trump


def test_passive_evaluation_with_its_agent(nlp: Language) -> None:
    found, _ = run(nlp, "The trade deal was criticized by Democrats and labor unions.")
    only(found, content="The trade deal", cue="criticized", source="Democrats and labor unions")
    found, _ = run(nlp, "The bill was signed by the governor on Monday.")
    assert found.quotes == ()  # signing is an act, not an evaluation


def test_quote_paragraph_goes_on_with_the_last_speaker(nlp: Language) -> None:
    text = (
        "Senator Ben Sasse spoke to reporters after the vote on Monday.\n\nThe vote was close.\n\n"
        "“We have to do something about the deficit and we have to do it now.”"
    )
    found, actors = run(nlp, text)
    q = only(found, content="“We have to do something about the deficit and we have to do it now.”", cue=None)
    assert q.source is None and speaker_name(actors, q) == "Sasse"
