"""Evaluate the built-in lexicon on the team's CAMEO codebook-style sentences.

``benchmarks/data/cameo_sentences.jsonl`` holds short news-style sentences written by the team
(not taken from any gold set): at least two per 3-digit CAMEO code of all 20 roots (106 aside,
whose meaning the CAMEO sources disagree on), varied in verb, tense, voice and nominal or
light-verb form, plus sentences with sports, business or entertainment senses that must give
no event. Each record: ``id``, ``text``, ``code`` (CAMEO, null for no event), ``plover`` (the
PLOVER 2.0 type of that code in ``data/cameo/codes.tsv``; null for root 01 and no event),
``source`` and ``target`` (text in the sentence, or null).

The predicted code of a sentence is that of its main event
(:func:`newsgraph.events.salience.main_event`); the predicted PLOVER type that of its main
event among the events with a PLOVER type (as ``eval_plover.py`` does). Precision = correct /
sentences with a prediction (a prediction on a no-event sentence is a false positive), recall =
correct / sentences with a gold label. Scored at the CAMEO root, at the full code (the
predicted code must start with the gold one: "0841" is right for "084", "083" wrong for
"0831"), and for the PLOVER type; then the source and target of the main event when its root is
right (one of the actor's mentions overlaps the gold text). A seeded 30% of the records is the
"blind" split: lexicon work looks only at the misses of the "dev" split.

Measured on the first 374 sentences (335 with an event). The blind score -- the first run,
before any lexicon change made after the set was written (commit fced5c7's lexicon):
  all    root F1 0.807, full code F1 0.514, PLOVER type F1 0.853 (source right 0.904, target 0.720)
  dev    root F1 0.812, full code F1 0.521, PLOVER type F1 0.852 (257 sentences)
  blind  root F1 0.796, full code F1 0.500, PLOVER type F1 0.856 (117 sentences)

After extending the lexicon (looking only at the dev split's misses; one dev gold error fixed:
lifting a state of emergency is 0814, not 0813):
  all    root F1 0.927, full code F1 0.726, PLOVER type F1 0.942
  dev    root F1 0.942, full code F1 0.757, PLOVER type F1 0.944
  blind  root F1 0.893, full code F1 0.660, PLOVER type F1 0.938
The blind split was written by the same hand that extended the lexicon, so the first-run numbers
are the more honest estimate for unseen material. A second set, ``cameo_sentences_fresh.jsonl``
(100 sentences, 10 without an event), was written after that work and is never tuned on:
first run root F1 0.763, full code 0.624, PLOVER type 0.798 (the lexicon before the work: PLOVER
type 0.724, root 0.683) -- ``--gold benchmarks/data/cameo_sentences_fresh.jsonl``.
Then 53 sentences (cameo-sent-375 ... 427) were added to this set for the weakest PLOVER types
(THREATEN, RETREAT, MOBILIZE, AID); their first run, before any change made for them: PLOVER type
F1 0.716, root 0.737; and 50 more of all kinds (cameo-sent-428 ... 477): first run PLOVER type
0.761, root 0.783. After fixes from their dev parts (two dev gold errors fixed: an agreement to
lead a mission is an intent, 0334; capturing a town is force, 190, as in the PLOVER records), the
whole set (477 sentences, 438 with an event): root F1 0.915, full code 0.726, PLOVER type 0.926
(dev 0.930, blind 0.916); the fresh set, still never looked at: PLOVER type 0.810, root 0.775.

Third session (CAMEO coverage that generalises). A second held-out set,
``cameo_sentences_fresh2.jsonl`` (209 sentences, 142 three-digit codes of all 20 roots, 15 with
political verbs in sports, business or entertainment senses and no event; written by the team
before the coder was run on it, then 31 sentences that repeated or paraphrased events of the
dev sets were replaced by other events of the same codes, still before the first scoring) is
never tuned on: it is scored only before and after the lexicon work. The fresh set and all 477
sentences became development material for that work (lexicon synonyms per 3-digit code, checked
on 340 real articles for over-firing). Same code (the events package of the working tree at
the time), lexicon before -> after (commits 8f435aa, 011c233, 542a2a1, 18f6d73, 3f08fd5, eaebedf):
  477 sentences  root F1 0.921 -> 0.938, code 0.767 -> 0.807, PLOVER type 0.935 -> 0.956 (blind 0.916 -> 0.965)
  fresh (100)    root F1 0.775 -> 0.852, code 0.659 -> 0.795, PLOVER type 0.810 -> 0.888
  fresh2 (209)   root F1 0.863 -> 0.883, code 0.692 -> 0.723, PLOVER type 0.888 -> 0.903
fresh2 is the honest estimate of the lexicon work on unseen codebook-style sentences (+0.015
PLOVER type); it was written by the same hand that extended the lexicon, so even it is a little
optimistic.

    .venv/bin/python benchmarks/eval_cameo_sentences.py [--split all|dev|blind] [--verbose]
    .venv/bin/python benchmarks/eval_cameo_sentences.py --gold benchmarks/data/cameo_sentences_fresh2.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.events.salience import main_event
from newsgraph.pipeline import Pipeline
from newsgraph.records import Actor, Article, Event

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "cameo_sentences.jsonl"
FRESH = ROOT / "benchmarks" / "data" / "cameo_sentences_fresh.jsonl"
FRESH2 = ROOT / "benchmarks" / "data" / "cameo_sentences_fresh2.jsonl"
SEED = "newsgraph-cameo-sentences-1"
BLIND_PERCENT = 30


def split_of(record_id: str) -> str:
    """``"blind"`` for a seeded 30% of the records, ``"dev"`` for the rest."""
    digest = hashlib.sha256(f"{SEED}:{record_id}".encode()).hexdigest()
    return "blind" if int(digest[:8], 16) % 100 < BLIND_PERCENT else "dev"


def load(path: Path = GOLD, split: str = "all") -> list[dict[str, str | None]]:
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [r for r in records if split == "all" or split_of(str(r["id"])) == split]


@dataclass(frozen=True, slots=True)
class Prediction:
    code: str | None
    plover: str | None
    source_ok: bool | None  # None when the gold has no source or the root is wrong
    target_ok: bool | None


def _overlaps(actor: Actor | None, start: int, end: int) -> bool:
    return actor is not None and any(m.start < end and start < m.end for m in actor.mentions)


def _argument_ok(text: str, gold: str | None, actor: Actor | None) -> bool | None:
    if not gold:
        return None
    start = text.find(gold)
    return _overlaps(actor, start, start + len(gold))


def predict(pipeline: Pipeline, records: list[dict[str, str | None]]) -> list[Prediction]:
    """The main event's code and PLOVER type per record, and whether its arguments are right."""
    out: list[Prediction] = []
    articles = [Article(id=str(r["id"]), text=str(r["text"])) for r in records]
    docs = pipeline.nlp.pipe([a.text for a in articles], batch_size=32)
    for record, article, doc in zip(records, articles, docs, strict=True):
        ex = pipeline.analyse(article, doc)
        actors = {a.id: a for a in ex.actors}
        ev: Event | None = main_event(ex.events, doc)
        typed = main_event([e for e in ex.events if e.plover], doc)
        gold = record["code"]
        source_ok = target_ok = None
        if ev is not None and gold and ev.cameo[:2] == gold[:2]:
            source_ok = _argument_ok(article.text, record["source"], actors.get(ev.source or ""))
            target_ok = _argument_ok(article.text, record["target"], actors.get(ev.target or ""))
        out.append(Prediction(ev.cameo if ev else None, typed.plover if typed else None, source_ok, target_ok))
    return out


def prf(
    gold: list[str | None], pred: list[str | None], match: Callable[[str, str], bool] = str.__eq__
) -> dict[str, float]:
    """Micro P/R/F1 of one label per sentence (None = no label)."""
    correct = sum(1 for g, p in zip(gold, pred, strict=True) if g is not None and p is not None and match(g, p))
    predicted = sum(p is not None for p in pred)
    labelled = sum(g is not None for g in gold)
    precision = correct / predicted if predicted else 0.0
    recall = correct / labelled if labelled else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": labelled,
        "predicted": predicted,
        "correct": correct,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def evaluate(
    pipeline: Pipeline, records: list[dict[str, str | None]]
) -> tuple[dict[str, dict[str, float]], list[Prediction]]:
    """Root, full-code and PLOVER-type scores and argument accuracy for ``records``, and the predictions."""
    preds = predict(pipeline, records)
    return score_predictions(records, preds), preds


def score_predictions(records: list[dict[str, str | None]], preds: list[Prediction]) -> dict[str, dict[str, float]]:
    codes = [r["code"] for r in records]
    got = [p.code for p in preds]
    scores = {
        "root": prf([c[:2] if c else None for c in codes], [c[:2] if c else None for c in got]),
        "code": prf(codes, got, lambda g, p: p.startswith(g)),
        "plover": prf([r["plover"] for r in records], [p.plover for p in preds]),
    }
    for side in ("source", "target"):
        checks = [getattr(p, f"{side}_ok") for p in preds]
        judged = [c for c in checks if c is not None]
        scores[side] = {
            "n": len(judged),
            "correct": sum(judged),
            "accuracy": sum(judged) / len(judged) if judged else 0,
        }
    return scores


def _line(name: str, s: dict[str, float]) -> str:
    return (
        f"{name:<8} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
        f"({s['correct']} correct, {s['predicted']} predicted, {s['n']} gold)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=("all", "dev", "blind"), default="all")
    ap.add_argument("--verbose", action="store_true", help="print the sentences coded wrongly")
    args = ap.parse_args(argv)
    records = load(args.gold, args.split)
    t0 = time.perf_counter()
    pipeline = Pipeline()
    scores, preds = evaluate(pipeline, records)
    elapsed = time.perf_counter() - t0
    print(
        f"data: {args.gold.resolve()} (split {args.split}: {len(records)} sentences, built-in lexicon; {elapsed:.1f}s)"
    )
    for name in ("root", "code", "plover"):
        print(_line(name, scores[name]))
    if args.split == "all":
        for part in ("dev", "blind"):
            keep = [split_of(str(r["id"])) == part for r in records]
            sub = [r for r, k in zip(records, keep, strict=True) if k]
            subp = [p for p, k in zip(preds, keep, strict=True) if k]
            f1 = {name: s["f1"] for name, s in score_predictions(sub, subp).items() if "f1" in s}
            print(f"  {part:<6} ({len(sub)} sentences) " + "  ".join(f"{k} F1 {v:.3f}" for k, v in f1.items()))
    for side in ("source", "target"):
        s = scores[side]
        print(f"{side:<8} {s['accuracy']:.3f} of {s['n']} main events with the right root and a gold {side}")
    print(f"{'root':<5} {'gold':>5} {'pred':>5} {'ok':>5} {'P':>6} {'R':>6} {'F1':>6}")
    gold_roots = [r["code"][:2] if r["code"] else None for r in records]
    pred_roots = [p.code[:2] if p.code else None for p in preds]
    g_count = Counter(g for g in gold_roots if g)
    p_count = Counter(p for p in pred_roots if p)
    ok = Counter(g for g, p in zip(gold_roots, pred_roots, strict=True) if g and g == p)
    for root in sorted(set(g_count) | set(p_count)):
        p = ok[root] / p_count[root] if p_count[root] else 0.0
        r = ok[root] / g_count[root] if g_count[root] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{root:<5} {g_count[root]:>5} {p_count[root]:>5} {ok[root]:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    if args.verbose:
        for rec, pred in zip(records, preds, strict=True):
            gold = rec["code"]
            if gold is None and pred.code is None:
                continue
            if gold and pred.code and pred.code.startswith(gold):
                continue
            print(f"{gold!s:>5} <- {pred.code!s:<5} {rec['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
