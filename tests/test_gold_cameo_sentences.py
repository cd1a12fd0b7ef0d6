"""Accuracy floors on the team's CAMEO codebook-style sentences (a bit below what we measure).

``benchmarks/data/cameo_sentences.jsonl`` (477 sentences, written by the team, every 3-digit
CAMEO code of the 20 roots). Measured with ``benchmarks/eval_cameo_sentences.py``: all
sentences root F1 0.915, full code 0.726, PLOVER type 0.926; the seeded 30% blind split
(not looked at while the lexicon was extended) PLOVER type 0.916. The first run of the first
374 sentences, before any lexicon change, measured PLOVER type 0.853 (blind 0.856). The fresh set
(``cameo_sentences_fresh.jsonl``, written after the lexicon work, never tuned on) measured
PLOVER type 0.798, root 0.763 on its first run (0.810, 0.775 now). Second session (argument
fixes of issue 3): all sentences root 0.921, code 0.767, PLOVER 0.935; blind split and fresh set
unchanged. Third session (lexicon coverage): all sentences root 0.938, code 0.807, PLOVER 0.956
(blind split 0.965); the fresh set, now development material, PLOVER 0.888, root 0.852; a second
held-out set (``cameo_sentences_fresh2.jsonl``, 209 sentences, never tuned on) PLOVER 0.888 ->
0.903, root 0.863 -> 0.883 before -> after the lexicon work. Third session, code precision
(rules in ``events/coder.py`` and ``codes.py``: intents by the act, denials, investigations by
topic, appeals "for", attempts and mass killings, aircraft, threatened repression ...): all
sentences root 0.938 -> 0.954, code 0.807 -> 0.874, PLOVER 0.956 -> 0.960; fresh root 0.852 ->
0.893, code 0.795 -> 0.870, PLOVER 0.888 -> 0.906; the held-out fresh2 (errors never read) root
0.883 -> 0.910, code 0.723 -> 0.771, PLOVER 0.903 -> 0.916 (0.904/0.766/0.911 midway).
"""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import load_benchmark
from newsgraph.events.codes import cameo_codes
from newsgraph.pipeline import Pipeline

pytestmark = pytest.mark.gold


def test_the_set_covers_every_code_of_every_root() -> None:
    bench = load_benchmark("eval_cameo_sentences")
    records = bench.load()
    table = cameo_codes()
    per_code = Counter(str(r["code"])[:3] for r in records if r["code"])
    three_digit = {c for c in table if len(c) == 3}
    # 106 aside: the CAMEO sources disagree on what it means (withdrawal or mediation)
    assert {c for c in three_digit if per_code[c] < 2} == {"106"}
    assert {c[:2] for c in per_code} == {f"{r:02d}" for r in range(1, 21)}
    no_event = sum(r["code"] is None for r in records)
    assert 0.08 <= no_event / len(records) <= 0.15
    for r in records:
        expected = table[str(r["code"])].plover if r["code"] else None
        assert r["plover"] == expected, r
        for side in ("source", "target"):
            assert r[side] is None or str(r[side]) in str(r["text"]), r
    splits = Counter(bench.split_of(str(r["id"])) for r in records)
    assert 0.25 <= splits["blind"] / len(records) <= 0.35


def test_cameo_sentences_floors(pipeline: Pipeline) -> None:
    bench = load_benchmark("eval_cameo_sentences")
    records = bench.load()
    scores, preds = bench.evaluate(pipeline, records)
    assert scores["plover"]["f1"] >= 0.93, scores
    assert scores["root"]["f1"] >= 0.92, scores
    assert scores["code"]["f1"] >= 0.85, scores
    assert scores["source"]["accuracy"] >= 0.85, scores
    blind = [bench.split_of(str(r["id"])) == "blind" for r in records]
    blind_scores = bench.score_predictions(
        [r for r, b in zip(records, blind, strict=True) if b], [p for p, b in zip(preds, blind, strict=True) if b]
    )
    assert blind_scores["plover"]["f1"] >= 0.92, blind_scores


def test_fresh_cameo_sentences_floor(pipeline: Pipeline) -> None:
    bench = load_benchmark("eval_cameo_sentences")
    records = bench.load(bench.FRESH)
    assert len(records) == 100
    scores, _ = bench.evaluate(pipeline, records)
    assert scores["plover"]["f1"] >= 0.87, scores
    assert scores["root"]["f1"] >= 0.85, scores
    assert scores["code"]["f1"] >= 0.82, scores


def test_second_fresh_set_is_well_formed() -> None:
    bench = load_benchmark("eval_cameo_sentences")
    records = bench.load(bench.FRESH2)
    table = cameo_codes()
    assert len(records) == 209
    assert len({r["id"] for r in records}) == len(records)
    assert {str(r["code"])[:2] for r in records if r["code"]} == {f"{r:02d}" for r in range(1, 21)}
    assert sum(r["code"] is None for r in records) >= 15
    for r in records:
        expected = table[str(r["code"])].plover if r["code"] else None
        assert r["plover"] == expected, r
        for side in ("source", "target"):
            assert r[side] is None or str(r[side]) in str(r["text"]), r
    # held out from the dev sets: no sentence of theirs repeated
    dev = {str(r["text"]) for r in bench.load() + bench.load(bench.FRESH)}
    assert not [r for r in records if r["text"] in dev]


def test_second_fresh_cameo_sentences_floor(pipeline: Pipeline) -> None:
    """Never tuned on: first run (lexicon before the third session's work) PLOVER 0.888, root
    0.863; after it PLOVER 0.903, root 0.883, full code 0.723; after the code-precision rules
    PLOVER 0.916, root 0.910, full code 0.771."""
    bench = load_benchmark("eval_cameo_sentences")
    records = bench.load(bench.FRESH2)
    scores, _ = bench.evaluate(pipeline, records)
    assert scores["plover"]["f1"] >= 0.89, scores
    assert scores["root"]["f1"] >= 0.88, scores
    assert scores["code"]["f1"] >= 0.73, scores
