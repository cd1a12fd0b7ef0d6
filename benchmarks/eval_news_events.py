"""Evaluate event coding on real news sentences annotated by the team (country level).

``benchmarks/data/news_events_gold.jsonl`` holds, per sentence, only a pointer into the
corpus in ../shared/data/corpus (file, article id, character offsets) and our gold events as
(source country, target country, CAMEO root) triples -- never the text. Each article is
coded whole with the built-in lexicon; the events whose trigger lies in the sentence give
the predicted triples (the article is coded paragraph by paragraph around the annotated
sentence, which keeps the run short on long transcripts): asserted, historical or future (announced intents and threats)
events with a country on both sides (the first three letters of the CAMEO actor code, when
they are a country code: sector-only codes such as "GOV" or "CVL" and IGO codes are no
country-level claim),
domestic events (same country on both sides) left out, as in the gold. Micro P/R/F1 over
the sets of triples per sentence.

    .venv/bin/python benchmarks/eval_news_events.py [--errors]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from newsgraph.events.when_where import gazetteer
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "news_events_gold.jsonl"
CORPUS = ROOT / ".." / "shared" / "data" / "corpus"
COUNTED = ("asserted", "historical", "future")

Triple = tuple[str, str, str]


def load_articles(wanted: dict[str, set[str]], corpus: Path = CORPUS) -> dict[str, dict[str, str]]:
    """The articles named in the gold, by id, read from their corpus files (``wanted``:
    file name -> article ids); a file is read only until all its articles are found."""
    found: dict[str, dict[str, str]] = {}
    for name, ids in sorted(wanted.items()):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(corpus / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids and rec["id"] not in found:
                    found[rec["id"]] = rec
                    if ids <= found.keys():
                        break
    return found


def paragraph(text: str, start: int, end: int, *, reach: int = 1500) -> tuple[int, int]:
    """The paragraph around ``[start, end)`` (at most ``reach`` characters either side)."""
    lo = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    hi = text.find("\n", end, end + reach)
    return lo, (hi if hi != -1 else min(len(text), end + reach))


def predicted_triples(ex: Extraction, start: int, end: int, *, strict: bool = False) -> set[Triple]:
    """``strict`` also counts events whose actor code starts with no country (a stricter
    precision: "USA -> GOV" is then a wrong country-level triple)."""
    countries = set(gazetteer().values())
    out: set[Triple] = set()
    for ev in ex.events:
        if not (start <= ev.trigger.start < end) or ev.modality not in COUNTED:
            continue
        if not ev.source_code or not ev.target_code:
            continue
        src, tgt = ev.source_code[:3], ev.target_code[:3]
        if src != tgt and (strict or (src in countries and tgt in countries)):
            out.add((src, tgt, ev.cameo_root))
    return out


def evaluate(
    gold_path: Path = GOLD,
    corpus: Path = CORPUS,
    *,
    errors: bool = False,
    split: str | None = None,
    strict: bool = False,
    pipeline: Pipeline | None = None,
) -> dict[str, float]:
    """Micro P/R/F1 over the gold sentences (of one ``split``: "dev", annotated first and
    looked at while building the lexicon, or "fresh", annotated afterwards and not tuned on)."""
    items = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line.strip()]
    items = [it for it in items if split is None or it.get("split", "dev") == split]
    wanted: dict[str, set[str]] = {}
    for it in items:
        wanted.setdefault(it["corpus"], set()).add(it["article"])
    articles = load_articles(wanted, corpus)
    pipeline = pipeline or Pipeline()  # the built-in lexicon unless a caller brings its own coder
    tp = n_pred = n_gold = 0
    for it in items:
        rec = articles[it["article"]]
        text = rec["text"]
        lo, hi = paragraph(text, it["start"], it["end"])
        art = Article(id=rec["id"], text=text[lo:hi], published=(rec.get("published") or None))
        ex = pipeline.extract(art)
        gold = {(e["source"], e["target"], e["root"]) for e in it["events"]}
        pred = predicted_triples(ex, it["start"] - lo, it["end"] - lo, strict=strict)
        tp += len(gold & pred)
        n_pred += len(pred)
        n_gold += len(gold)
        if errors and gold != pred:
            print(f"  gold {sorted(gold)}\n  pred {sorted(pred)}\n  {text[it['start'] : it['end']][:200]}\n")
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "sentences": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "correct": tp,
        "precision": p,
        "recall": r,
        "f1": f,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus folder {args.corpus} is missing", file=sys.stderr)
        return 2
    print(f"data: {args.gold} over {args.corpus.resolve()}")
    print("root-level (source country, target country, CAMEO root), built-in lexicon:")
    for split, strict in (("dev", False), ("fresh", False), (None, False), (None, True)):
        t0 = time.perf_counter()
        s = evaluate(args.gold, args.corpus, errors=args.errors, split=split, strict=strict)
        name = (split or "all") + (" (strict)" if strict else "")
        print(
            f"  {name:<12} {s['sentences']:>3} sentences {s['gold']:>3} gold triples  "
            f"P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"({s['correct']} correct, {s['predicted']} predicted; {time.perf_counter() - t0:.1f}s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
