"""Event arguments for real-news recall, round 3 (issue 3): the person a sentence-initial "Under
Secretary ..." title names, suspending an embassy's operations (CAMEO 16 toward the host), an
openness to diplomacy (CAMEO 036). Real model; each rule with a near miss."""

from __future__ import annotations

from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Extraction

Triple = tuple[str | None, str | None, str]


def run(pipeline: Pipeline, text: str) -> Extraction:
    return pipeline.extract(Article(id="t", text=text, published="2022-03-04"))


def roots(ex: Extraction) -> set[Triple]:
    return {((e.source_code or "")[:3] or None, (e.target_code or "")[:3] or None, e.cameo[:2]) for e in ex.events}


def test_a_sentence_initial_under_secretary_title_names_the_subject(pipeline: Pipeline) -> None:
    text = "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya will travel to India."
    assert ("USA", "IND", "03") in roots(run(pipeline, text))
    # near miss: a title with no one named after it gives no subject
    untitled = "Under Secretary of State for Civilian Security, Democracy, and Human Rights, will travel to India."
    assert not any(s is not None for s, _, _ in roots(run(pipeline, untitled)))
