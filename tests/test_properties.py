"""Invariants of the ``newsgraph.article/1`` record, for arbitrary text (hypothesis).

For any text: every span slices ``article.text`` exactly (``contract_problems`` is empty), and
the record survives ``json.dumps``/``json.loads`` unchanged. The texts mix news-like sentences
(names, quotes in straight and curly marks, "according to", attributions) with arbitrary
unicode: emoji, combining characters, right-to-left script, control characters, odd newlines.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.contract import contract_problems
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article

_PIECES = (
    "Nicolás Maduro",
    "Juan Guaidó",
    "the Organization of American States (OAS)",
    "Norway's foreign ministry",
    "the United Socialist Party of Venezuela (PSUV)",
    "Vladimir Padrino López",
    "Hugo “El Pollo” Carvajal",
    "said",
    "told reporters",
    "according to",
    "denied that",
    "will meet",
    "was sanctioned by",
    "accused",
    "met",
    "in Oslo",
    "in Caracas",
    "on Tuesday",
    "he said",
    "she added",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    ",",
    ".",
    " \u2014 ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    "🇻🇪",
    "👍🏽",
    "e\u0301",
    "Ñ",
    "الحكومة",
    "委内瑞拉",
    "\ufeff",
    "\x00",
    "",
)

# any code point except lone surrogates (which cannot be encoded as UTF-8 and so cannot come from a reader)
_ANY_CHAR = st.characters(exclude_categories=("Cs",))

news_like = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=40).map(" ".join)
arbitrary = st.text(_ANY_CHAR, min_size=0, max_size=200)
mixed = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(_ANY_CHAR, max_size=8)), max_size=30).map("".join)
texts = st.one_of(news_like, arbitrary, mixed)

_SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=texts)
def test_every_span_slices_the_article_text(pipeline: Pipeline, text: str) -> None:
    record = pipeline.extract(Article(id="prop", text=text)).to_dict()
    assert record["article"]["text"] == text
    assert contract_problems(record) == []


@_SETTINGS
@given(text=texts)
def test_record_round_trips_through_json(pipeline: Pipeline, text: str) -> None:
    record = pipeline.extract(Article(id="prop", text=text, published="2019-05-17")).to_dict()
    assert json.loads(json.dumps(record)) == record
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


@settings(max_examples=15, deadline=None)
@given(parts=st.lists(news_like, min_size=1, max_size=4))
def test_extract_many_agrees_with_extract(pipeline: Pipeline, parts: list[str]) -> None:
    """Batch processing (``nlp.pipe``) gives the same records as one article at a time."""
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(parts)]
    batched = [e.to_dict() for e in pipeline.extract_many(articles)]
    single = [pipeline.extract(a).to_dict() for a in articles]
    assert batched == single
