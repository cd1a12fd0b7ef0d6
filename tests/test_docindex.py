"""The per-document index (text, sentences, lines, entities) against spaCy's own answers, its
reuse across stages, stages linear in article length, and speakers typed by the actor stage."""

from __future__ import annotations

import cProfile
import pstats

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.docindex import doc_index, sentence_of
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

TEXT = (
    "Officials in Lima said on Monday that the talks would resume. “We are ready,” said Ana Ruiz.\n\n"
    "  The ministry denied the report.\nIt said nothing else.\n\n\n"
    "“This is a long quote that goes on,” she added, “and on.” Reuters reported the meeting ended."
)


def _line_bounds_by_walking(doc: Doc, i: int) -> tuple[int, int]:
    """The line of token ``i`` as the quote rules first computed it, token by token (the specification)."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and "\n" not in doc[start - 1].text:
        start -= 1
    end = i + 1
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and "\n" not in doc[end].text:
        end += 1
    return start, end


def test_index_agrees_with_spacy(nlp: Language) -> None:
    doc = nlp(TEXT)
    index = doc_index(doc, fresh=True)
    assert index.text == doc.text
    assert [(s.start, s.end) for s in index.sents] == [(s.start, s.end) for s in doc.sents]
    ents = list(doc.ents)
    assert ents, "the model should tag some entities in the text"
    for tok in doc:
        assert (index.sent(tok.i).start, index.sent(tok.i).end) == (tok.sent.start, tok.sent.end)
        assert sentence_of(tok) == tok.sent
        assert index.line_bounds(tok.i) == _line_bounds_by_walking(doc, tok.i)
        covering = [e for e in ents if e.start <= tok.i < e.end]
        assert index.ent_at(tok.i) == (covering[0] if covering else None)


def test_line_bounds_on_hand_built_lines(nlp: Language) -> None:
    # a whitespace token with a line break belongs to the lines on both sides of it
    words = ["A", "b", "\n", "C", "d", "\n\n", "E"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, False, False, False])
    index = doc_index(doc)
    assert [index.line_bounds(i) for i in range(len(doc))] == [_line_bounds_by_walking(doc, i) for i in range(len(doc))]
    assert index.line_bounds(0) == (0, 2)
    assert index.line_bounds(2) == (0, 5)
    assert index.line_bounds(6) == (6, 7)


def test_fresh_index_rereads_entities_and_a_new_doc_gets_its_own(nlp: Language) -> None:
    doc = nlp(TEXT)
    first = doc_index(doc, fresh=True)
    assert first.ents
    doc.set_ents([], default="outside")  # what the actor stage may do: drop entities
    assert doc_index(doc).ents, "without fresh=True the entity table is reused"
    again = doc_index(doc, fresh=True)
    assert again is first and again.ents == () and again.ent_at(0) is None
    other = nlp("Maria Lopez spoke.")
    assert doc_index(other).doc is other and doc_index(other).text == "Maria Lopez spoke."


def _stage_calls(pipeline: Pipeline, text: str) -> int:
    """Function calls (Python and spaCy's Cython) made by the stages: a count, not a clock, so the check
    is the same on a loaded machine."""
    doc = pipeline.nlp(text)
    profile = cProfile.Profile()
    profile.enable()
    pipeline.analyse(Article(id="t", text=text), doc)
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def test_stages_are_linear_in_article_length(pipeline: Pipeline) -> None:
    """Eight times the text costs far less than 64 times the stage work (it was quadratic twice: the
    quote stage rebuilt doc.text per cue, the event coder walked every entity per trigger)."""
    paragraph = (
        "“We will not accept these sanctions,” the foreign minister, Ana Ruiz, told reporters in Lima. "
        "According to officials, the government expelled two diplomats on Monday. "
        "Ruiz said the talks with Chile would resume, and she added that Peru would protest.\n\n"
    )
    _stage_calls(pipeline, paragraph * 2)  # lexicons and knowledge loaded
    short = _stage_calls(pipeline, paragraph * 20)
    long = _stage_calls(pipeline, paragraph * 160)
    assert long < 14 * short, (short, long)  # measured 10.4 (quadratic: 25.7)


def test_a_rejected_name_is_no_new_speaker_but_a_surname_label_is_its_person(pipeline: Pipeline) -> None:
    text = (
        "Assistant Secretary Brian Delgado briefed reporters by telephone on Tuesday.\n\n"
        "QUESTION: Thank you for taking my call. My question is about the embassy in Caracas and its staff.\n\n"
        "ASSISTANT SECRETARY DELGADO: We are reviewing every option with our partners, and we will decide soon."
    )
    ex = pipeline.extract(Article(id="t", text=text))
    names = {a.id: a.name for a in ex.actors}
    assert "QUESTION" not in names.values()
    by_source = {q.source.text: q.speaker for q in ex.quotes if q.source is not None}
    assert by_source.get("QUESTION") is None
    assert names.get(by_source.get("ASSISTANT SECRETARY DELGADO") or "") == "Brian Delgado"
