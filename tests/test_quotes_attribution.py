"""Events inside a claim carry its speaker as ``attributed_to``; events in the author's voice carry "author".

Real sentences through the whole pipeline (parse -> actors -> quotes -> events), one per construction
of attribution: reported speech, a direct quote, "according to" after and before the clause
(issue 3, point 4; PLOVER's attribution of reported events).
"""

from __future__ import annotations

import pytest

from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

_SANCTIONS = "the United States imposed new sanctions on Venezuela"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Venezuelan President Nicolás Maduro said that {_SANCTIONS}.", "indirect"),
        (
            "“The United States has imposed new sanctions on Venezuela,” said Venezuelan President Nicolás Maduro.",
            "direct",
        ),
        (
            "The United States imposed new sanctions on Venezuela, according to Venezuelan President Nicolás Maduro.",
            "according_to",
        ),
        (f"According to Venezuelan President Nicolás Maduro, {_SANCTIONS}.", "according_to"),
    ],
)
def test_event_in_a_claim_is_attributed_to_its_speaker(pipeline: Pipeline, text: str, kind: str) -> None:
    ex = pipeline.extract(Article(id="t", text=text, published="2024-03-01"))
    (quote,) = ex.quotes
    assert quote.kind == kind and quote.speaker is not None
    assert next(a for a in ex.actors if a.id == quote.speaker).name.endswith("Maduro")
    sanctions = [e for e in ex.events if e.trigger.text == "imposed"]
    assert sanctions, [(e.cameo, e.trigger.text) for e in ex.events]
    for event in sanctions:
        assert quote.content.start <= event.trigger.start < quote.content.end
        assert event.attributed_to == quote.speaker


def test_event_in_a_reported_clause_without_that(pipeline: Pipeline) -> None:
    # the condemnation is what Blinken reports, though "condemned" is a cue of its own inside his claim
    text = "Secretary of State Antony Blinken said the United States condemned the attack on Israel."
    ex = pipeline.extract(Article(id="t", text=text, published="2024-03-01"))
    blinken = next(a.id for a in ex.actors if a.name.endswith("Blinken"))
    condemned = [e for e in ex.events if e.trigger.text == "condemned"]
    assert condemned and all(e.attributed_to == blinken for e in condemned)


def test_event_in_the_authors_voice(pipeline: Pipeline) -> None:
    ex = pipeline.extract(Article(id="t", text=f"On Monday, {_SANCTIONS}.", published="2024-03-01"))
    assert ex.quotes == ()
    assert ex.events and all(e.attributed_to == "author" for e in ex.events)


def test_an_event_in_a_nested_claim_is_attributed_to_the_innermost_speaker(pipeline: Pipeline) -> None:
    ex = pipeline.extract(
        Article(id="t", text=f"Blinken said that Maduro claimed {_SANCTIONS}.", published="2024-03-01")
    )
    names = {a.id: a.name for a in ex.actors}
    assert sorted(names[q.speaker or ""] for q in ex.quotes) == ["Antony Blinken", "Nicolás Maduro"]
    (sanctions,) = [e for e in ex.events if e.trigger.text == "imposed"]
    assert names[sanctions.attributed_to or ""] == "Nicolás Maduro"
