"""Gold floors: PETRARCH compatibility mode.

* The PETRARCH unit-test records (dev split) coded with the validation dictionaries, each record's
  ``<Config>`` options in force (``require_dyad``, ``new_actor_length``, ``comma_*``): exact
  (source, target, event code) triples, micro F1. Measured P 0.947 / R 0.956 / F1 0.952 (PETRARCH2
  itself: 0.381 with gold parse trees).
* The team's 112 held-out records (benchmarks/data/petrarch_team_records.jsonl: our own sentences,
  one dictionary feature each, expected triples read off the dictionaries by hand; written in three
  batches, each scored before the fixes it led to): TEAM-01..80 F1 0.977 first, TEAM-81..112 F1
  0.978 first; all 112 F1 1.0 after.
* Real news sentences with the Phoenix dictionaries, country level (eval_news_events.py's gold and
  scoring), before -> after the session-2 fixes: "dev" F1 0.675 -> 0.684, "fresh" 0.821 -> 0.85,
  "dev2" (94 sentences) 0.189 -> 0.263, "blind" (59) 0.292 -> 0.423 (blind scored, never looked at).
  Session 3 (same tree, only the PETRARCH coder changed; see eval_petrarch.py): "dev" 0.711 -> 0.724,
  "dev2" 0.253 -> 0.286, "dev3"+"dev4"+"dev5" (156 sentences) 0.291 -> 0.331 (P 0.280 -> 0.366),
  all development splits 0.476 -> 0.512.
  Session 4 (same tree, the PETRARCH coder of the session's start and end; eval_petrarch.py --news
  --table): dev..dev5 0.514 -> 0.542, "dev2" 0.308 -> 0.384, "dev3"+"dev4"+"dev5" 0.333 -> 0.368,
  dev6..dev9 0.332 -> 0.368, "blind3"+"blind4" (held out until this session, read since) 0.239 ->
  0.292 (P 0.223 -> 0.321), all twelve splits 0.402 -> 0.444.

The floors sit a little below what was measured.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_benchmark, shared_file

pytestmark = pytest.mark.gold

TEAM = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "petrarch_team_records.jsonl"


def test_petrarch_unittest_f1_floor() -> None:
    config = shared_file("petrarch/PETR_config.validate.ini")
    gold = shared_file("gold/events/petrarch_unittest.jsonl")
    result = load_benchmark("eval_petrarch").evaluate(Path(config), Path(gold))
    assert result["records"] == 157
    assert result["f1"] >= 0.94, result
    assert result["precision"] >= 0.93 and result["recall"] >= 0.93, result


def test_petrarch_team_records_f1_floor() -> None:
    config = shared_file("petrarch/PETR_config.validate.ini")
    result = load_benchmark("eval_petrarch").evaluate(Path(config), TEAM)
    assert result["records"] == 112
    assert result["f1"] >= 0.98, result


@pytest.mark.parametrize(
    ("split", "floor"),
    [
        ("dev", 0.69),
        ("dev2", 0.35),
        (("dev3", "dev4", "dev5"), 0.34),
        (("dev6", "dev7", "dev8", "dev9"), 0.34),
        (("blind3", "blind4"), 0.27),
    ],
)
def test_phoenix_news_sentences_f1_floor(split: str | tuple[str, ...], floor: float) -> None:
    config = shared_file("petrarch/PETR_config.phoenix.ini")
    for corpus in ("wikinews_2019_2020.jsonl", "statedept_pr_2021_2022.jsonl.gz", "whitehouse_2021_2026.jsonl.gz"):
        shared_file(f"corpus/{corpus}")  # the gold sentences' articles
    shared_file("corpus/demo_venezuela_latam.jsonl")
    result = load_benchmark("eval_petrarch").run_news(Path(config), split=split)
    assert result["sentences"] > 0
    assert result["f1"] >= floor, result
