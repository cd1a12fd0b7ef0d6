"""Event-coding overhead: time spent coding events vs time spent parsing, in the same run.

Parses ~200 Wikinews articles from ../shared/data/corpus with the spaCy pipeline, runs the
actor and quote stages, then times only the built-in lexicon coder on the parsed documents.
Target: event coding adds at most 15% to the parse time.

    .venv/bin/python benchmarks/bench_event_overhead.py [--limit 200]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from newsgraph.actors import find_actors
from newsgraph.events import LexiconCoder
from newsgraph.pipeline import load_model
from newsgraph.quotes import find_quotes
from newsgraph.records import Article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "corpus" / "wikinews_2019_2020.jsonl"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus {args.corpus} is missing", file=sys.stderr)
        return 2
    articles = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            articles.append(Article(id=rec["id"], text=rec["text"], published=rec.get("published") or None))
            if len(articles) >= args.limit:
                break
    nlp = load_model()
    coder = LexiconCoder()  # loads the lexicon once, outside the timed part
    nlp("warm up the pipeline.")
    t0 = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    staged = []
    for a, d in zip(articles, docs, strict=True):
        actors = find_actors(d, a)
        staged.append((a, d, actors, find_quotes(d, a, actors)))
    stages = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = sum(len(coder.code(d, a, actors, quotes)) for a, d, actors, quotes in staged)
    coding = time.perf_counter() - t0
    chars = sum(len(a.text) for a in articles)
    print(f"data: {args.corpus.resolve()} ({len(articles)} articles, {chars:,} characters)")
    print(f"spaCy parse        {parse:8.2f} s")
    print(f"actors + quotes    {stages:8.2f} s  (not part of the event-coding figure)")
    print(f"event coding       {coding:8.2f} s  ({n_events} events)")
    print(f"event coding adds  {100 * coding / parse:7.1f} % to the parse time (target <= 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
