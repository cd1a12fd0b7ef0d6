"""Headlines: the first paragraph of the text, coded like any sentence; Title Case recased for the parser only."""

from __future__ import annotations

from newsgraph.contract import contract_problems
from newsgraph.headlines import parse_text
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

BODY = "\n\nPresident Trump on Monday signed a technology agreement with the United Kingdom in London."


def test_title_case_words_the_body_never_capitalises_are_lowered_with_offsets_kept() -> None:
    text = "President Trump Signs Technology Deal with United Kingdom" + BODY
    recased = parse_text(text)
    assert len(recased) == len(text)
    assert recased.split("\n")[0] == "President Trump signs technology deal with United Kingdom"
    assert recased[recased.index("\n") :] == text[text.index("\n") :]  # the body is untouched


def test_acronyms_initials_all_caps_names_and_known_names_stay() -> None:
    text = "TRUMP EFFECT: NATO Allies Hail J. Smith Plan in Jordanian Capital" + "\n\nTrump spoke."
    first = parse_text(text, is_name=lambda w: w == "Jordanian").split("\n")[0]
    assert first == "Trump effect: NATO allies hail J. smith plan in Jordanian capital"


def test_sentence_case_headlines_and_texts_without_a_headline_are_parsed_as_written() -> None:
    for text in (
        "Washington sanctions Maduro after the vote" + BODY,
        "The Treasury Department imposed sanctions on Monday. It Said Nothing Else About It Today.",
    ):
        assert parse_text(text) == text


def test_a_title_case_headline_is_coded_and_its_spans_show_it_as_written(pipeline: Pipeline) -> None:
    text = "Secretary Blinken Condemns Russia’s Attack On Ukraine" + (
        "\n\nSecretary of State Antony Blinken on Friday condemned the Russian strikes on Kyiv."
    )
    ex = pipeline.extract(Article(id="h", text=text, title=text.split("\n")[0], published="2022-03-04"))
    assert contract_problems(ex.to_dict()) == []
    names = {a.id: (a.name, a.code) for a in ex.actors}
    head = [e for e in ex.events if e.trigger.end <= text.index("\n")]
    assert [(e.trigger.text, e.cameo[:2], names[e.source or ""][1], names[e.target or ""][1]) for e in head] == [
        ("Condemns", "11", "USAGOV", "RUS"),
        ("Attack", "19", "RUS", "UKR"),
    ]
    assert not any(n.startswith(("Condemns", "Attack")) for n, _ in names.values())
