"""Accuracy floors for the built-in lexicon on gold data (a bit below what we measure).

* PLOVER gold-standard records (../shared, dev split): type per sentence, measured F1 0.894
  (floor 0.87).
* Real news sentences annotated by the team (benchmarks/data/news_events_gold.jsonl: offsets
  into ../shared corpora and (source country, target country, CAMEO root) triples; splits and
  conventions in benchmarks/eval_news_events.py), measured F1 0.814 over all 322 sentences
  (0.783 when events whose actor code names no country count as wrong; 0.765 before the
  third round of fixes), dev 0.944, fresh 0.905, dev2 0.771, dev3 0.737 (the splits looked at
  while fixing; dev3 scored 0.444 as found, before it was used) and 0.592 on the held-out ones
  (blind 0.545, blind2 0.667; 0.551 before the third round, 0.492 before the second session's
  fixes, 0.231 before the first) -- the issue's 0.75 is not reached on held-out text.

Session 3 (readout phrasing, implicit victims, topics; measured against commit 1c9f15b): all
development splits 0.820 -> 0.887 (P 0.951, R 0.832; strict 0.858), dev 0.944 -> 0.957, fresh
0.905 (unchanged), dev2 0.771 -> 0.838, dev3 0.769 -> 0.840, dev4 0.545 -> 0.809, dev5 0.667 ->
0.867 (dev4+dev5 0.592 -> 0.831). These splits were read while fixing. On three samples annotated
this session outside the gold file (38, 32 and 33 sentences drawn with ``sample``, seeds 2041,
2043, 2047; kept out of the repository) the gains were much smaller when each was first scored,
before its errors were read: 0.408 -> 0.408 (with the code of the first round), 0.541 -> 0.556
(third round) and 0.723 -> 0.750 (commit f92da18); after fixes drawn from them 0.593, 0.743 and
0.824. The held-out "blind3" split is the integrator's measure.

Round 5 (session 3): those samples are dev6-dev8; a fourth, dev9 (32 sentences, seed 2053), was
annotated before any change of the round and scored 0.512 first, 0.545 before this round's own
changes (others' work in between) and 0.545 after its committed lexicon fixes (no gain on it);
two rules written after reading its errors (conjoined armed acts, a pronoun subject's
apposition) then gave 0.745 -- not a held-out figure. Development splits now 0.902 (dev4+dev5
0.861), dev6-dev9 0.742.

Session 4 (trigger phrasings mined by frequency from real news, argument structure, actor titles
and countries): development splits 0.905 -> 0.917, dev4+dev5 0.861, dev6-dev9 0.742 -> 0.778,
blind3+blind4 (read this session) 0.844. The split held out this session, "blind5", went 0.549
-> 0.611 (P 0.763, R 0.509): the issue's 0.75 is still not reached on held-out text. "dev10",
drawn late in the session, scored 0.571 as found and 0.771 after a round written from its errors
(blind5 unchanged by that round).

Session 5 (lists, clause and pronoun sides, precision and recall audits of unlabeled articles, a dev11
round): blind5 (read this session) 0.611 -> 0.772, dev11 (drawn this session) 0.548 -> 0.748,
dev..dev5 0.917 -> 0.934, dev6-dev9 0.778 -> 0.782, dev10 0.771 -> 0.783, blind3+blind4 0.851 ->
0.856. The split held out this session, "blind6", went 0.662 -> 0.667 (P 0.863 -> 0.880, R 0.537
unchanged): the seventh measurement of the same pattern, and the issue's 0.75 is not reached.

Session 6 (six development splits dev12-dev17 drawn after the held-out blind7, two learned components
judged by cross-validation across annotation rounds, two rule rounds each validated on splits scored
only): the split held out this session, "blind7", went 0.726 -> 0.732 (P 0.867 -> 0.869, R 0.625 ->
0.632); the splits scored only, dev16+dev17, 0.731 -> 0.742; all 1,534 development sentences 0.800.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import load_benchmark, shared_file
from newsgraph.pipeline import Pipeline

pytestmark = pytest.mark.gold

# The splits looked at while fixing (the later ones have floors of their own).
DEVELOPMENT = ("dev", "fresh", "dev2", "dev3", "dev4", "dev5")


def news_scores(split: str | tuple[str, ...]) -> dict[str, float]:
    """The news harness's P/R/F1 on ``split``, over the corpora in ../shared (all three must be there)."""
    corpus: Path = shared_file("corpus/statedept_pr_2021_2022.jsonl.gz").parent
    shared_file("corpus/wikinews_2019_2020.jsonl")
    shared_file("corpus/whitehouse_2021_2026.jsonl.gz")
    scores: dict[str, float] = load_benchmark("eval_news_events").evaluate(corpus=corpus, split=split)
    return scores


def test_plover_type_f1_floor(pipeline: Pipeline) -> None:
    path = shared_file("gold/events/plover_gsr.jsonl")
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    bench = load_benchmark("eval_plover")
    scores = bench.score([r["event_v2"] for r in records], bench.predict(pipeline, records))
    assert scores["n"] == 192
    assert scores["f1"] >= 0.87, scores


def test_news_root_triples_f1_floor() -> None:
    scores = news_scores(DEVELOPMENT)
    assert scores["sentences"] >= 320
    assert scores["f1"] >= 0.91, scores


def test_news_root_triples_held_out_floor() -> None:
    """The splits held out in session 2 (renamed dev4, dev5 when session 3 began to read them)."""
    scores = news_scores(("dev4", "dev5"))
    assert scores["sentences"] >= 90
    assert scores["f1"] >= 0.83, scores


def test_news_root_triples_later_samples_floor() -> None:
    """The samples drawn in session 3 (dev6-dev9), each scored once before it was read."""
    scores = news_scores(("dev6", "dev7", "dev8", "dev9"))
    assert scores["sentences"] >= 130
    assert scores["f1"] >= 0.75, scores


def test_news_root_triples_dev10_floor() -> None:
    """The sample drawn late in session 4 (0.571 as found; 0.771 after rules written from its errors)."""
    scores = news_scores("dev10")
    assert scores["sentences"] == 60
    assert scores["f1"] >= 0.73, scores


def test_news_root_triples_blind3_floor() -> None:
    """The split held out in session 3 until its end (0.465 as found, 0.581 after the session's main
    rounds; its errors were read then, and round 6 took it to 0.680 on them): development material now."""
    scores = news_scores("blind3")
    assert scores["sentences"] == 80
    assert scores["f1"] >= 0.82, scores


def test_news_root_triples_blind4_floor() -> None:
    """The held-out split drawn at the end of session 3 (scores only, errors never printed): 0.719
    (P 0.852, R 0.622) both before and after the last round of rules; with its one multilateral
    sentence (18 countries meeting, annotated with no pair) it was 0.124 before joint acts of more
    than five parties stopped making every dyad. Read in session 4 (0.853 after it)."""
    scores = news_scores("blind4")
    assert scores["sentences"] == 57
    assert scores["f1"] >= 0.80, scores


def test_news_root_triples_blind5_floor() -> None:
    """The split held out in session 4 (seeds 2071/2072, annotated before the session's code changes;
    scores only, errors never printed): 0.549 (P 0.735, R 0.439) as found, 0.611 (P 0.763, R 0.509)
    at the session's end; read in session 5 (0.772 after it)."""
    scores = news_scores("blind5")
    assert scores["sentences"] == 80
    assert scores["f1"] >= 0.74, scores


def test_news_root_triples_blind6_floor() -> None:
    """The split held out in session 5 (seed 2091, annotated before the session's code changes; scores
    only, errors never printed): 0.662 (P 0.863, R 0.537) as found, with the coder of commit 113a124;
    0.667 (P 0.880, R 0.537) at the session's end; read in session 6 (0.667 after it)."""
    scores = news_scores("blind6")
    assert scores["sentences"] == 100
    assert scores["f1"] >= 0.64, scores


def test_news_root_triples_dev11_floor() -> None:
    """The sample drawn in session 5 after blind6 (seed 2101): 0.548 as found with the session-start coder
    (113a124), 0.748 after the session's rounds (several written from its errors) -- development material,
    not a held-out figure."""
    scores = news_scores("dev11")
    assert scores["sentences"] == 100
    assert scores["f1"] >= 0.72, scores


def test_news_root_triples_blind7_floor() -> None:
    """The split held out in session 6 (seed 2111, 150 sentences, annotated before the session's code changes;
    scores only, errors never printed): 0.726 (P 0.867, R 0.625) as found with the coder of commit c96207c,
    0.732 (P 0.869, R 0.632) at the session's end. A regression guard, not the issue's 0.75."""
    scores = news_scores("blind7")
    assert scores["sentences"] == 150
    assert scores["f1"] >= 0.70, scores


def test_news_root_triples_session6_read_floor() -> None:
    """The samples drawn in session 6 after blind7 whose errors were read (dev12, dev13 in the first rule round,
    dev14, dev15 in the second): 0.530, 0.678, 0.725, 0.765 as found; together 0.750 at the session's end."""
    scores = news_scores(("dev12", "dev13", "dev14", "dev15"))
    assert scores["sentences"] == 400
    assert scores["f1"] >= 0.72, scores


def test_news_root_triples_session6_scored_floor() -> None:
    """The samples drawn in session 6 after blind7 that validated both rule rounds without being read (dev16,
    dev17): 0.731 as found, 0.742 at the session's end."""
    scores = news_scores(("dev16", "dev17"))
    assert scores["sentences"] == 200
    assert scores["f1"] >= 0.71, scores
