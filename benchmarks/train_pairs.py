"""Train and judge the learned country-pair relation classifier (:mod:`newsgraph.events.pairs`).

Every development sentence of ``benchmarks/data/news_events_gold.jsonl`` is coded as the harness codes it
(``eval_news_events``: the paragraph around the sentence, the built-in lexicon, rules only), and the
ordered country pairs of the sentence are collected with their cues (:func:`newsgraph.events.pairs.pairs`).
An example is (pair, CAMEO root) for each root with a lexicon trigger in the sentence or in the rules'
output for the sentence; it is positive when (A, B, root) is a gold triple of the sentence. The parsed
pairs are cached in a pickle under /tmp (``--refresh`` re-codes), so the fits and the cross-validation
take seconds to minutes.

The model is an L2-regularised logistic regression fitted with numpy (:func:`train_sides.fit`'s full-batch
Adam, reused). Its ``add`` threshold (and the optional ``drop`` threshold) are chosen inside the training
groups only: leave-one-group-out over them, the thresholds with the best pooled root-level F1.

    .venv/bin/python benchmarks/train_pairs.py --reach    # how many gold triples the pairs can reach
    .venv/bin/python benchmarks/train_pairs.py --cv       # leave-one-group-out table: rules vs rules+model
    .venv/bin/python benchmarks/train_pairs.py --write    # fit on all development groups, write pairs.json

The groups are train_sides.GROUPS (the annotation rounds), and every split drawn since (dev14..dev17) is a
group of its own. The held-out split ("blind7", the harness's HELD_OUT) and the articles listed in
/tmp/s6/heldout_articles.txt are never read, fitted or scored here (train_sides.gold_items skips them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_news_events as harness
import train_sides
from newsgraph.events import pairs as pairs_mod
from newsgraph.events.learned import COUNTED
from newsgraph.events.pairs import Pair, decide, features
from newsgraph.pipeline import Pipeline
from newsgraph.readers.wrapping import is_hard_wrapped
from newsgraph.records import Article
from train_sides import Fit, _fmt, group_of, present_groups, score

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "newsgraph" / "data" / "models" / "pairs.json"
CACHE = Path("/tmp/newsgraph_pairs_cache.pkl")
L2 = 3.0  # penalty on the summed squared weights (flat between 1 and 30 in cross-validation)
ADDS = tuple(round(x, 2) for x in np.arange(0.30, 0.96, 0.05))
DROPS: tuple[float | None, ...] = (None, 0.02, 0.05, 0.1, 0.15, 0.2)
NEVER_ADD = 1.01  # an add threshold no probability reaches (the drop-only measurement)
Triple = tuple[str, str, str]


@dataclass(slots=True)
class Sentence:
    split: str
    gold: set[Triple]
    rules: set[Triple]
    pairs: list[Pair]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def collect(refresh: bool = False) -> list[Sentence]:
    """The development sentences with their rule triples and country pairs (cached; ``--refresh`` re-codes)."""
    items = train_sides.gold_items()
    cache: dict = {}
    if CACHE.exists() and not refresh:
        with CACHE.open("rb") as fh:
            cache = pickle.load(fh)
    entries: dict[tuple, tuple[set[Triple], list[Pair]]] = cache.setdefault("entries", {})
    missing = [it for it in items if (it["corpus"], it["article"], it["start"], it["end"]) not in entries]
    if missing:
        wanted: dict[str, set[str]] = {}
        for it in missing:
            wanted.setdefault(it["corpus"], set()).add(it["article"])
        articles = harness.load_articles(wanted)
        pipeline = Pipeline()
        coder = pipeline.coder
        t0 = time.perf_counter()
        for n, it in enumerate(missing, 1):
            rec = articles[it["article"]]
            text = rec["text"]
            if is_hard_wrapped(text):
                text = harness.flat(text)
            lo, hi = harness.paragraph(text, it["start"], it["end"])
            art = Article(
                id=rec["id"],
                text=text[lo:hi],
                published=(rec.get("published") or None),
                source=(rec.get("source") or None),
            )
            coder.pair_log = []  # type: ignore[union-attr]
            ex = pipeline.extract(art)
            found: list[Pair] = coder.pair_log  # type: ignore[union-attr]
            coder.pair_log = None  # type: ignore[union-attr]
            start, end = it["start"] - lo, it["end"] - lo
            entries[(it["corpus"], it["article"], it["start"], it["end"])] = (
                harness.predicted_triples(ex, start, end),
                [p for p in found if p.sentence[0] < end and p.sentence[1] > start],
            )
            if n % 50 == 0:
                _log(f"  coded {n}/{len(missing)} sentences ({time.perf_counter() - t0:.0f}s)")
                with CACHE.open("wb") as fh:
                    pickle.dump(cache, fh)
        cache["made"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with CACHE.open("wb") as fh:
            pickle.dump(cache, fh)
    out = []
    for it in items:
        rules, found = entries[(it["corpus"], it["article"], it["start"], it["end"])]
        gold = {(e["source"], e["target"], e["root"]) for e in it["events"]}
        out.append(Sentence(it["split"], gold, rules, found))
    return out


# -- reachability ------------------------------------------------------------------------------
def reach(sentences: Sequence[Sentence]) -> dict[str, int]:
    """How many gold triples the examples can reach: both countries a pair of the sentence, and the root one
    with a trigger there (or in the rules' output for the sentence)."""
    out = dict.fromkeys(("gold", "rules", "pair", "pair+root", "missed", "missed_pair", "missed_pair+root"), 0)
    for s in sentences:
        have = {(p.source_country, p.target_country) for p in s.pairs}
        roots = {(p.source_country, p.target_country, r) for p in s.pairs for r in p.roots()}
        for g in s.gold:
            out["gold"] += 1
            out["rules"] += g in s.rules
            out["pair"] += g[:2] in have
            out["pair+root"] += g in roots
            if g not in s.rules:
                out["missed"] += 1
                out["missed_pair"] += g[:2] in have
                out["missed_pair+root"] += g in roots
    return out


# -- the model ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Example:
    """One (pair, root) example in the shape train_sides.fit reads (its fitting code is reused as is)."""

    features: tuple[str, ...]
    triple: Triple
    made: bool = False


@dataclass(slots=True)
class _Batch:
    gold: set[Triple]
    candidates: list[_Example]


_YES: Triple = ("+", "+", "+")
_NO: Triple = ("-", "-", "-")


def examples(sentences: Sequence[Sentence]) -> list[tuple[Pair, str, bool]]:
    """(pair, root, label) of every example of ``sentences``."""
    out = []
    for s in sentences:
        for p in s.pairs:
            for r in p.roots():
                out.append((p, r, (p.source_country, p.target_country, r) in s.gold))
    return out


def fit(sentences: Sequence[Sentence], *, l2: float = L2) -> Fit:
    batch = _Batch({_YES}, [_Example(features(p, r), _YES if y else _NO) for p, r, y in examples(sentences)])
    return train_sides.fit([batch], l2=l2)  # type: ignore[list-item]


def predicted(s: Sentence, model: Fit, add: float, drop: float | None) -> set[Triple]:
    """The sentence's triples after the model's decisions (as :func:`newsgraph.events.pairs.pair_events`)."""
    return _apply(s, _scored([s], model)[0][1], add, drop)


def _scored(sentences: Sequence[Sentence], model: Fit) -> list[tuple[Sentence, list[tuple[Pair, str, float]]]]:
    return [(s, [(p, r, model.probability(features(p, r))) for p in s.pairs for r in p.roots()]) for s in sentences]


def _apply(s: Sentence, scored: list[tuple[Pair, str, float]], add: float, drop: float | None) -> set[Triple]:
    """The rule triples without those dropped, with the added triples of a counted modality."""
    adds, drops = decide(scored, add, drop)
    gone = {(p.source_country, p.target_country, r) for p, r in drops}
    new = {(p.source_country, p.target_country, r) for p, r in adds if p.cues[r].mood in COUNTED}
    return (s.rules - gone) | new


def choose_thresholds(
    sentences: Sequence[Sentence], *, drops: bool, adds: bool = True
) -> tuple[float, float | None, dict]:
    """The (add, drop) thresholds with the best pooled F1 of rules + model over leave-one-group-out folds of
    ``sentences`` (``drops``: also try dropping rule triples, else never; not ``adds``: never add)."""
    grid = [(a, d) for a in (ADDS if adds else (NEVER_ADD,)) for d in (DROPS if drops else (None,))]
    pooled: dict[tuple[float, float | None], list[tuple[set[Triple], set[Triple]]]] = {k: [] for k in grid}
    for g in present_groups(sentences):  # type: ignore[arg-type]
        train = [s for s in sentences if group_of(s.split) != g]
        model = fit(train)
        for s, scored in _scored([s for s in sentences if group_of(s.split) == g], model):
            for a, d in grid:
                pooled[(a, d)].append((s.gold, _apply(s, scored, a, d)))
    f1 = {k: score(v)["f1"] for k, v in pooled.items()}
    best = max(grid, key=lambda k: (round(f1[k], 4), k[0], -(k[1] or 0)))
    return best[0], best[1], f1


def cross_validate(sentences: Sequence[Sentence], *, drops: bool, adds: bool = True) -> dict:
    rows = []
    pooled_rules: list[tuple[set[Triple], set[Triple]]] = []
    pooled_model: list[tuple[set[Triple], set[Triple]]] = []
    for g in present_groups(sentences):  # type: ignore[arg-type]
        train = [s for s in sentences if group_of(s.split) != g]
        test = [s for s in sentences if group_of(s.split) == g]
        t0 = time.perf_counter()
        add, drop, _ = choose_thresholds(train, drops=drops, adds=adds)
        model = fit(train)
        rules = [(s.gold, s.rules) for s in test]
        with_model = [(s.gold, predicted(s, model, add, drop)) for s in test]
        pooled_rules += rules
        pooled_model += with_model
        name = "+".join(sorted({s.split for s in test}))
        rows.append((name, len(test), score(rules), score(with_model), (add, drop)))
        _log(f"  fold {name}: add {add} drop {drop} ({time.perf_counter() - t0:.0f}s)")
    return {"rows": rows, "rules": score(pooled_rules), "model": score(pooled_model), "drops": drops, "adds": adds}


def print_cv(result: dict) -> None:
    what = ("add and drop" if result["adds"] else "drop only") if result["drops"] else "add only"
    print(f"leave-one-group-out ({what}), root-level triples (correct/predicted/gold); thresholds chosen inside")
    print("the training groups")
    print(f"  {'fold':<34} {'sent':>4}  {'rules only':<36} {'rules + model':<36} add/drop")
    for name, n, rules, model, (add, drop) in result["rows"]:
        print(f"  {name:<34} {n:>4}  {_fmt(rules):<36} {_fmt(model):<36} {add}/{drop}")
    print(f"  {'pooled':<34} {'':>4}  {_fmt(result['rules']):<36} {_fmt(result['model']):<36}")
    lifts = [m["f1"] - r["f1"] for _, _, r, m, _ in result["rows"]]
    print(
        f"  pooled F1 lift {result['model']['f1'] - result['rules']['f1']:+.4f}; folds that drop: "
        f"{sum(x < -1e-9 for x in lifts)} of {len(lifts)}"
    )


def write(sentences: Sequence[Sentence], cv: dict | None, *, drops: bool, on: bool) -> None:
    add, drop, f1 = choose_thresholds(sentences, drops=drops)
    model = fit(sentences)
    ex = examples(sentences)
    weights = {f: round(w, 4) for f, w in sorted(model.weights.items()) if abs(w) >= 0.005}
    doc: dict = {
        "format": pairs_mod.FORMAT,
        "about": "Learned country-pair relation classifier of newsgraph.events.pairs: logistic regression over "
        "(ordered country pair, CAMEO root) features; trained by benchmarks/train_pairs.py",
        "date": dt.date.today().isoformat(),
        "on_by_default": on,
        "splits": sorted({s.split for s in sentences}),
        "sentences": len(sentences),
        "examples": len(ex),
        "positives": sum(y for _, _, y in ex),
        "l2": L2,
        "min_count": train_sides.MIN_COUNT,
        "threshold_f1": {f"{a}/{d}": round(v, 4) for (a, d), v in sorted(f1.items(), key=lambda kv: -kv[1])[:10]},
        "bias": round(model.bias, 4),
        "add": add,
        "drop": drop,
    }
    if cv is not None:
        doc["cv"] = {
            "folds": [
                {
                    "fold": name,
                    "sentences": n,
                    "rules_f1": round(r["f1"], 4),
                    "model_f1": round(m["f1"], 4),
                    "add": t[0],
                    "drop": t[1],
                }
                for name, n, r, m, t in cv["rows"]
            ],
            "pooled_rules": {k: round(v, 4) for k, v in cv["rules"].items()},
            "pooled_model": {k: round(v, 4) for k, v in cv["model"].items()},
        }
    doc["weights"] = weights
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", "utf-8")
    pairs_mod.parse_model(MODEL_PATH.read_text("utf-8"))  # the file the runtime reads must validate
    _log(f"wrote {MODEL_PATH} ({len(weights)} features, add {add}, drop {drop})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reach", action="store_true", help="count the gold triples the examples reach")
    ap.add_argument("--cv", action="store_true", help="print the leave-one-group-out table")
    ap.add_argument("--drops", action="store_true", help="also let the model drop rule triples")
    ap.add_argument("--only-drops", action="store_true", help="--cv: let the model drop rule triples, never add")
    ap.add_argument("--write", action="store_true", help="fit on all development groups and write pairs.json")
    ap.add_argument("--on", action="store_true", help="record in pairs.json that the model is on by default")
    ap.add_argument("--refresh", action="store_true", help="re-code the sentences (ignore the cache)")
    args = ap.parse_args(argv)
    if args.write and args.only_drops:
        ap.error("--only-drops is a measurement; the written model always may add")
    sentences = collect(args.refresh)
    ex = examples(sentences)
    _log(f"{len(sentences)} development sentences, {len(ex)} examples, {sum(y for _, _, y in ex)} positive")
    if args.reach:
        print(reach(sentences))
    cv = None
    if args.cv or args.write:
        cv = cross_validate(sentences, drops=args.drops or args.only_drops, adds=not args.only_drops)
        print_cv(cv)
    if args.write:
        write(sentences, cv, drops=args.drops, on=args.on)
    return 0


if __name__ == "__main__":
    sys.exit(main())
