"""Blank lines are sentence breaks (newsgraph.paragraphs), before the parser decides anything else."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.paragraphs import COMPONENT

HEADLINE = "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba\n\nThe two ministers spoke on Monday about the war."


def test_the_component_runs_before_the_parser(nlp: Language) -> None:
    names = nlp.pipe_names
    assert names.index(COMPONENT) < names.index("parser")


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own(nlp: Language) -> None:
    sents = [s.text.strip() for s in nlp(HEADLINE).sents]
    assert sents == [
        "Secretary Blinken’s Call with Ukrainian Foreign Minister Kuleba",
        "The two ministers spoke on Monday about the war.",
    ]


def test_without_the_component_the_parser_joins_the_two_paragraphs(nlp: Language) -> None:
    """What the component is for: the bare model's parse of the same text (the check can fail if spaCy changes)."""
    with nlp.select_pipes(disable=[COMPONENT]):
        sents = list(nlp(HEADLINE).sents)
    assert len(sents) == 1


def test_single_line_breaks_and_spaces_are_left_to_the_parser(nlp: Language) -> None:
    doc = nlp("The minister said\nthe talks would resume on Monday.  Nobody objected.")
    assert [s.text.strip() for s in doc.sents] == [
        "The minister said\nthe talks would resume on Monday.",
        "Nobody objected.",
    ]
