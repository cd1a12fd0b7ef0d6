"""Memory over long runs, checked structurally (no timings, no RSS thresholds): the parse runs in
spaCy memory zones, so new words do not stay in the vocabulary; batches are bounded in characters;
the lemmatizer's memo is bounded; and none of it changes the records.

``benchmarks/bench_memory.py`` measures the resident memory itself.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from spacy.language import Language

import newsgraph.pipeline as pipeline_module
from newsgraph.docindex import with_source_text
from newsgraph.pipeline import Pipeline, _batches
from newsgraph.records import Article
from newsgraph.store.db import Store
from newsgraph.store.ingest import ingest_articles
from newsgraph.store.memory import release_free_memory

TEXTS = (
    "CARACAS, Venezuela — Zorvanian President Kelbrax Umotoy met Venezuelan opposition leader Juan Guaido "
    'on Tuesday. "We demand free elections," Umotoy said after the talks in Caracas.',
    "Russian forces shelled the city of Qwyndrell overnight, Ukrainian officials said on Friday. "
    "The United Nations condemned the attack and called for a ceasefire near the Vrostamir dam.",
    "The State Department sanctioned three officials of the Blorvian interior ministry, accusing them of "
    "torturing protesters. Blorvia's government rejected the sanctions as interference.",
)
NEW_WORDS = ("Zorvanian", "Kelbrax", "Umotoy", "Qwyndrell", "Vrostamir", "Blorvian", "Blorvia")


def articles(texts: tuple[str, ...] = TEXTS) -> list[Article]:
    return [Article(id=f"m{n}", text=text, published="2024-03-05") for n, text in enumerate(texts)]


def lexemes(nlp: Language) -> set[str]:
    """The strings of the lexemes in the vocabulary's index (``len(vocab)`` also counts dropped ones)."""
    return {lex.orth_ for lex in nlp.vocab}


def in_zone(nlp: Language) -> bool:
    return bool(nlp.vocab.in_memory_zone)  # type: ignore[attr-defined]  # spaCy 3.8; its stubs lack it


def test_new_words_do_not_stay_in_the_vocabulary(pipeline: Pipeline) -> None:
    nlp = pipeline.nlp
    assert not any(word in nlp.vocab.strings for word in NEW_WORDS), "the test words must be new to the model"
    strings_before, lexemes_before = len(nlp.vocab.strings), lexemes(nlp)
    records = [x.to_dict() for x in pipeline.extract_many(articles(), batch_size=2)]
    records.append(pipeline.extract(articles()[0]).to_dict())
    assert any(a["name"] == "Kelbrax Umotoy" for a in records[0]["actors"]), "the new words were analysed"
    assert len(nlp.vocab.strings) == strings_before
    assert lexemes(nlp) == lexemes_before
    assert not any(word in nlp.vocab.strings for word in NEW_WORDS)


def test_records_are_those_of_a_parse_outside_any_memory_zone(pipeline: Pipeline) -> None:
    zoned = [x.to_dict() for x in pipeline.extract_many(articles())]
    plain = []
    for article in articles():
        doc = pipeline.nlp(pipeline._parse_text(article.text))  # no zone: the words stay in the vocabulary
        plain.append(pipeline.analyse(article, with_source_text(doc, article.text)).to_dict())
    assert zoned == plain
    assert [pipeline.extract(a).to_dict() for a in articles()] == plain


def test_batching_by_characters_keeps_the_records(pipeline: Pipeline) -> None:
    one_batch = [x.to_dict() for x in pipeline.extract_many(articles(), batch_size=16, batch_chars=10**6)]
    one_each = [x.to_dict() for x in pipeline.extract_many(articles(), batch_size=16, batch_chars=1)]
    assert one_each == one_batch


def test_extract_inside_a_callers_memory_zone_does_not_nest_one(pipeline: Pipeline) -> None:
    nlp = pipeline.nlp
    with nlp.memory_zone():
        inside = pipeline.extract(articles()[1]).to_dict()
        assert in_zone(nlp), "the caller's zone is still open"
    assert not in_zone(nlp)
    assert inside == pipeline.extract(articles()[1]).to_dict()


def sized(*lengths: int) -> list[Article]:
    return [Article(id=f"a{n}", text="x" * length) for n, length in enumerate(lengths)]


@pytest.mark.parametrize(
    ("lengths", "size", "chars", "expected"),
    [
        ((10, 10, 10), 16, 100, [[0, 1, 2]]),
        ((10, 10, 10), 2, 100, [[0, 1], [2]]),
        ((40, 40, 40), 16, 100, [[0, 1], [2]]),
        ((40, 60, 1), 16, 100, [[0, 1], [2]]),  # exactly at the bound still fits
        ((10, 500, 10, 10), 16, 100, [[0], [1], [2, 3]]),  # a long article goes alone
        ((500,), 16, 100, [[0]]),
        ((), 16, 100, []),
    ],
)
def test_batches_keep_the_order_and_bound_count_and_characters(
    lengths: tuple[int, ...], size: int, chars: int, expected: list[list[int]]
) -> None:
    items = sized(*lengths)
    got = list(_batches(iter(items), size, chars))
    assert [[items.index(a) for a in batch] for batch in got] == expected
    assert list(itertools.chain.from_iterable(got)) == items


def test_the_lemmatizer_memo_is_bounded(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = getattr(pipeline.nlp.get_pipe("lemmatizer"), "cache", None)
    assert isinstance(cache, dict)
    monkeypatch.setattr(pipeline_module, "LEMMA_CACHE_MAX", 5)
    sizes = []
    for article in articles():
        pipeline.extract(article)
        sizes.append(len(cache))
    # emptied before each parse once it holds 5 entries, so it never holds more than one article's words
    one_article = max(len({t.lower_ for t in pipeline.nlp(text)}) for text in TEXTS)
    assert max(sizes) <= 5 + one_article
    assert min(sizes) > 0


def test_ingest_leaves_no_new_words_behind(pipeline: Pipeline, tmp_path: Path) -> None:
    nlp = pipeline.nlp
    texts = tuple(text.replace("Zorvanian", "Frimboltian").replace("Qwyndrell", "Quaxoria") for text in TEXTS)
    assert "Frimboltian" not in nlp.vocab.strings and "Quaxoria" not in nlp.vocab.strings
    strings_before = len(nlp.vocab.strings)
    with Store.open(tmp_path / "m.duckdb", create=True) as store:
        report = ingest_articles(articles(texts), store, make_pipeline=lambda: pipeline, batch_size=2)
        assert report.stored == len(texts)
        stored = [x.to_dict() for x in store.extractions()]
    assert len(nlp.vocab.strings) == strings_before
    assert "Frimboltian" not in nlp.vocab.strings and "Quaxoria" not in nlp.vocab.strings
    assert stored == [pipeline.extract(a).to_dict() for a in articles(texts)]


def test_freed_memory_is_released_where_glibc_can() -> None:
    released = release_free_memory()
    assert isinstance(released, bool)
    if Path("/proc/self/maps").exists() and "libc.so.6" in Path("/proc/self/maps").read_text():
        assert released  # glibc on Linux has malloc_trim
