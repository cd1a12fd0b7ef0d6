"""Quotes and claims: one precise test per construction, on the real spaCy model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.actors import ActorIndex, find_actors
from newsgraph.pipeline import Pipeline
from newsgraph.quotes import QuoteFindings, find_quotes
from newsgraph.records import Article, Quote


def run(nlp: Language, text: str) -> tuple[QuoteFindings, ActorIndex]:
    doc = nlp(text)
    article = Article(id="t", text=text)
    actors = find_actors(doc, article)
    return find_quotes(doc, article, actors), actors


def speaker_name(actors: ActorIndex, q: Quote) -> str | None:
    """The speaker's surname (the actor stage may know the full name: "Guaidó" -> "Juan Guaidó")."""
    return actors.get(q.speaker).name.split()[-1] if q.speaker else None


def only(found: QuoteFindings, **expected: object) -> Quote:
    """The one quote whose content text is ``expected['content']``; checks the other fields given."""
    content = expected.pop("content")
    matching = [q for q in found.quotes if q.content.text == content]
    assert len(matching) == 1, [q.content.text for q in found.quotes]
    q = matching[0]
    for name, value in expected.items():
        got = getattr(q, name)
        got = got.text if hasattr(got, "text") else got
        assert got == value, (name, got, value)
    return q


def test_straight_marks_after_a_colon(nlp: Language) -> None:
    found, actors = run(nlp, 'Juan Guaidó told reporters: "We will hold elections this year."')
    q = only(found, content='"We will hold elections this year."', kind="direct", cue="told", source="Juan Guaidó")
    assert speaker_name(actors, q) == "Guaidó"
    assert found.scare_quotes == ()


def test_curly_marks_with_inverted_cue(nlp: Language) -> None:
    found, actors = run(nlp, "“The sanctions have failed,” said Juan Guaidó.")
    q = only(found, content="“The sanctions have failed,”", kind="direct", cue="said", source="Juan Guaidó")
    assert speaker_name(actors, q) == "Guaidó"
    assert len(found.quotes) == 1


def test_quote_split_by_its_cue(nlp: Language) -> None:
    text = "Juan Guaidó spoke in Caracas on Monday. “We will not negotiate,” he said, “because they lie.”"
    found, actors = run(nlp, text)
    first = only(found, content="“We will not negotiate,”", kind="direct", cue="said", source="he")
    second = only(found, content="“because they lie.”", kind="direct", source="he")
    assert speaker_name(actors, first) == speaker_name(actors, second) == "Guaidó"


def test_quote_over_two_paragraphs(nlp: Language) -> None:
    text = "“The first paragraph of the statement.\n\n“And the second paragraph,” said Guaidó."
    found, _ = run(nlp, text)
    assert [q.content.text for q in found.quotes] == [
        "“The first paragraph of the statement.\n\n“And the second paragraph,”"
    ]
    assert found.quotes[0].cue is not None and found.quotes[0].cue.text == "said"


def test_continued_quote_keeps_its_speaker(nlp: Language) -> None:
    text = "“We are ready,” Guaidó said. “The regime is finished.”"
    found, actors = run(nlp, text)
    second = only(found, content="“The regime is finished.”", kind="direct", cue=None)
    assert speaker_name(actors, second) == "Guaidó"


def test_nested_single_quotes_stay_inside(nlp: Language) -> None:
    found, _ = run(nlp, "“They call it an ‘amnesty law’, but it is not,” Guaidó said.")
    only(found, content="“They call it an ‘amnesty law’, but it is not,”", kind="direct", source="Guaidó")
    assert found.scare_quotes == ()


def test_unbalanced_mark_stops_at_the_paragraph(nlp: Language) -> None:
    text = "Guaidó said: “We will win.\n\nThe army stayed in its barracks. Maduro said that the talks had failed."
    found, actors = run(nlp, text)
    only(found, content="“We will win.", kind="direct", source="Guaidó")
    q = only(found, content="that the talks had failed", kind="indirect", source="Maduro", cue="said")
    assert speaker_name(actors, q) == "Maduro"


def test_scare_quotes_are_not_quotes(nlp: Language) -> None:
    found, _ = run(nlp, "The “opposition” met on Monday to discuss a so-called “amnesty law” for soldiers.")
    assert [s.text for s in found.scare_quotes] == ["opposition", "amnesty law"]
    assert not [q for q in found.quotes if q.kind == "direct"]


def test_partial_quote_inside_reported_speech(nlp: Language) -> None:
    found, _ = run(nlp, "Trump said the wall “would be paid for by Mexico” next year.")
    q = only(found, content="the wall “would be paid for by Mexico” next year", kind="indirect", source="Trump")
    assert q.cue is not None and q.cue.text == "said"
    assert found.scare_quotes == ()


def test_according_to(nlp: Language) -> None:
    found, _ = run(nlp, "The economy shrank by ten percent last year, according to the central bank.")
    only(
        found,
        content="The economy shrank by ten percent last year",
        kind="according_to",
        cue="according to",
        source="the central bank",
    )


def test_as_x_has_acknowledged(nlp: Language) -> None:
    found, actors = run(nlp, "As Pompeo has acknowledged, the sanctions have not worked.")
    q = only(found, content="the sanctions have not worked", kind="indirect", cue="acknowledged", source="Pompeo")
    assert speaker_name(actors, q) == "Pompeo"


def test_pronoun_speaker_resolves_to_the_previous_subject(nlp: Language) -> None:
    text = "Juan Guaidó arrived in Bogotá on Friday. He said that the blockade would end soon."
    found, actors = run(nlp, text)
    q = only(found, content="that the blockade would end soon", kind="indirect", source="He", cue="said")
    assert speaker_name(actors, q) == "Guaidó"


def test_elided_speaker(nlp: Language) -> None:
    text = "Juan Guaidó spoke to supporters in Caracas. “We are going to keep going,” said at the press meeting."
    found, actors = run(nlp, text)
    q = only(found, content="“We are going to keep going,”", kind="direct", cue="said", source=None)
    assert speaker_name(actors, q) == "Guaidó"


def test_media_source(nlp: Language) -> None:
    found, actors = run(nlp, "Reports from Norwegian outlet NRK claim that the talks took place in Oslo.")
    q = only(
        found,
        content="that the talks took place in Oslo",
        kind="indirect",
        cue="claim",
        source="Reports from Norwegian outlet NRK",
    )
    assert speaker_name(actors, q) == "NRK"


def test_passive_report_has_no_source(nlp: Language) -> None:
    found, _ = run(nlp, "It was reported that the army had defected.")
    only(found, content="that the army had defected", kind="indirect", cue="reported", source=None, speaker=None)


def test_quoted_as_saying(nlp: Language) -> None:
    found, _ = run(nlp, "The minister was quoted as saying that the deal was dead.")
    only(found, content="that the deal was dead", kind="indirect", cue="saying", source="The minister")


def test_relative_pronoun_source(nlp: Language) -> None:
    # the source as written runs from the noun the relative clause is about to the cue
    found, actors = run(nlp, "Trump, who said the wall would be built, arrived on Monday.")
    q = only(found, content="the wall would be built", kind="indirect", source="Trump, who")
    assert speaker_name(actors, q) == "Trump"
    found, _ = run(nlp, "A video that showed the convoy crossing the border went viral on Monday.")
    only(found, content="the convoy crossing the border", source="A video that")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Guaidó believes that the army will switch sides.", "believes", "that the army will switch sides"),
        ("Guaidó wants to hold new elections.", "wants", "to hold new elections"),
        ("Guaidó hopes that the talks will resume.", "hopes", "that the talks will resume"),
        ("Guaidó called for new elections.", "called", "new elections"),
    ],
)
def test_beliefs_and_intentions(nlp: Language, text: str, cue: str, content: str) -> None:
    found, _ = run(nlp, text)
    only(found, content=content, kind="indirect", cue=cue, source="Guaidó")


def test_statement_noun_with_possessor(nlp: Language) -> None:
    found, actors = run(nlp, "Maduro's offer to hold talks was rejected by the opposition.")
    q = only(found, content="to hold talks", kind="indirect", cue="offer", source="Maduro's")
    assert speaker_name(actors, q) == "Maduro"


def test_plain_narration_has_no_quotes(nlp: Language) -> None:
    found, _ = run(nlp, "The army stayed in its barracks. Soldiers crossed the bridge at dawn.")
    assert found.quotes == () and found.scare_quotes == ()


def test_spans_slice_the_text_and_ids_are_unique(nlp: Language) -> None:
    text = "“We will win,” said Guaidó.\n\nMaduro said that he would stay, according to state television."
    found, _ = run(nlp, text)
    assert len({q.id for q in found.quotes}) == len(found.quotes) == 3
    for q in found.quotes:
        for span in (q.content, q.cue, q.source):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_a_few_words_with_a_cue_are_a_quote(nlp: Language) -> None:
    found, _ = run(nlp, "“Not even one,” he said. The “opposition,” which met today, left.")
    only(found, content="“Not even one,”", kind="direct", cue="said", source="he")
    assert [s.text for s in found.scare_quotes] == ["opposition"]


def test_any_verb_right_after_a_comma_quote_is_its_cue(nlp: Language) -> None:
    found, _ = run(nlp, "“The marketplace has failed the working class,” he mocks.")
    only(found, content="“The marketplace has failed the working class,”", kind="direct", cue="mocks", source="he")


def test_colon_introduces_a_quote_in_the_next_paragraph(nlp: Language) -> None:
    text = "In a press release, the committee said about its platform:\n\n“The platform goes further than before.”"
    found, _ = run(nlp, text)
    only(found, content="“The platform goes further than before.”", kind="direct", cue="said", source="the committee")


def test_speaker_label_line(nlp: Language) -> None:
    text = "Clinton camp: Trump’s rhetoric threatens national security.\n\nQ: How did things go for you?"
    found, actors = run(nlp, text)
    q = only(
        found, content="Trump’s rhetoric threatens national security", kind="indirect", cue=":", source="Clinton camp"
    )
    assert speaker_name(actors, q) == "Clinton"
    assert len(found.quotes) == 1  # an interviewer's question is no claim


def test_name_calling_with_a_pronoun_object(nlp: Language) -> None:
    found, _ = run(nlp, "Perez was calling him a “train wreck” on Monday.")
    q = only(found, content="him a “train wreck” on Monday", kind="indirect", source="Perez")
    assert q.cue is not None and q.cue.text == "calling"
    assert found.scare_quotes == ()


def test_poll_frames_the_clause(nlp: Language) -> None:
    text = "In a new Fox News poll released Thursday, Donald Trump achieved 45 percent support."
    found, _ = run(nlp, text)
    only(
        found,
        content="Donald Trump achieved 45 percent support",
        kind="according_to",
        cue="In",
        source="a new Fox News poll released Thursday",
    )


def test_quote_after_a_cued_partial_quote_keeps_the_speaker(nlp: Language) -> None:
    text = "He spoke about “people telling leaders what they want,” Wilcox said. “What we see is a revolt of parents.”"
    found, actors = run(nlp, text)
    q = only(found, content="“What we see is a revolt of parents.”", kind="direct", cue=None, source="Wilcox")
    assert speaker_name(actors, q) == "Wilcox"


def test_participle_after_a_reported_clause_belongs_to_the_reporter(nlp: Language) -> None:
    found, _ = run(nlp, "Guaidó said the soldiers would leave soon, adding that the talks had failed.")
    only(found, content="that the talks had failed", kind="indirect", cue="adding", source="Guaidó")


def test_pronoun_agrees_in_gender_with_its_antecedent(nlp: Language) -> None:
    text = "Hillary Clinton met Bernie Sanders on Monday. Sanders spoke first. She said that the race was over."
    found, actors = run(nlp, text)
    q = only(found, content="that the race was over", kind="indirect", source="She")
    assert speaker_name(actors, q) == "Clinton"


def test_a_dateline_is_never_the_source_of_a_claim(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Aug. 9 (newsgraph) — Twelve countries of the Americas said on Tuesday that they would not "
        "recognise the new assembly.\n"
    )
    record = pipeline.extract(Article(id="dl", text=text, published="2017-08-09")).to_dict()
    sources = [q["source"]["text"] for q in record["quotes"] if q["source"]]
    assert record["quotes"], "the claim itself is still found"
    assert not any("LIMA" in s or "newsgraph" in s for s in sources)
