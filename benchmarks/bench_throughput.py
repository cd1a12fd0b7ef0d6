"""Extract throughput next to bare spaCy, on the same texts, in one run.

    .venv/bin/python benchmarks/bench_throughput.py [--limit N] [--corpus FILE] [--batch-size B] [--repeat R] [--json]

Reads ``../shared/data/corpus/wikinews_2019_2020.jsonl`` (295 Wikinews articles) by default,
then times

1. ``nlp.pipe`` over the texts (bare spaCy: tokenizer, tagger, parser, NER, ...), and
2. ``Pipeline.extract_many`` over the same texts (the same parse plus the actor, quote and
   event stages, and building each ``newsgraph.article/1`` record with ``to_dict()``),

after an untimed warm-up (one parse of every text, a few articles through the stages), and prints articles/s, words/s and the ratio of the two.
On a busy machine the difference of two wall-clock runs is noisy, so a third pass times the
parse and the stages separately, article by article, within the same loop (exactly what
``extract_many`` does): the ratio stage time / parse time is the overhead the actor, quote and
event stages add to spaCy. Peak RSS is that of the whole process. Words are whitespace-separated
tokens of the article text. Use ``--repeat`` to keep the fastest of several passes.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

from newsgraph.pipeline import DEFAULT_MODEL, Pipeline
from newsgraph.records import Article

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT.parent / "shared" / "data" / "corpus" / "wikinews_2019_2020.jsonl").resolve()
WARMUP_ARTICLES = 8


def load_articles(path: Path, limit: int | None) -> list[Article]:
    articles = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            articles.append(Article(id=str(rec["id"]), text=rec["text"], title=rec.get("title")))
            if limit is not None and len(articles) >= limit:
                break
    return articles


def peak_rss_mib() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return kib / (1024 * 1024) if platform.system() == "Darwin" else kib / 1024


def timed(work: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    n = work()
    return time.perf_counter() - start, n


def measure(articles: list[Article], *, model: str, batch_size: int, repeat: int = 1) -> dict[str, Any]:
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)

    load_start = time.perf_counter()
    pipeline = Pipeline(model=model)
    load_seconds = time.perf_counter() - load_start
    nlp = pipeline.nlp

    def bare(sample: list[str]) -> Callable[[], int]:
        def run() -> int:
            n = 0
            for _doc in nlp.pipe(sample, batch_size=batch_size):
                n += 1
            return n

        return run

    def full(sample: list[Article]) -> Callable[[], int]:
        def run() -> int:
            n = 0
            for extraction in pipeline.extract_many(sample, batch_size=batch_size):
                extraction.to_dict()
                n += 1
            return n

        return run

    def split() -> tuple[float, float]:
        """Parse time and stage time of one pass, measured separately in the same loop."""
        parse = stages = 0.0
        pairs = ((a.text, a) for a in articles)
        docs = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
        while True:
            start = time.perf_counter()
            item = next(docs, None)
            middle = time.perf_counter()
            if item is None:
                break
            doc, article = item
            pipeline.analyse(article, doc).to_dict()
            parse += middle - start
            stages += time.perf_counter() - middle
        return parse, stages

    # warm-up: the first parse of a text pays for new lexemes in the vocab, and the first stage
    # calls for lazy loading (lexicons, knowledge); without it the pass that runs first is slower
    bare(texts)()
    full(articles[:WARMUP_ARTICLES])()

    spacy_seconds = newsgraph_seconds = parse_seconds = stage_seconds = float("inf")
    for _ in range(repeat):
        seconds, n_spacy = timed(bare(texts))
        spacy_seconds = min(spacy_seconds, seconds)
        seconds, n_newsgraph = timed(full(articles))
        newsgraph_seconds = min(newsgraph_seconds, seconds)
        if n_spacy != len(texts) or n_newsgraph != len(articles):
            raise SystemExit(f"bench_throughput: processed {n_spacy} / {n_newsgraph} of {len(texts)} articles")
        parse, stages = split()
        if parse + stages < parse_seconds + stage_seconds:
            parse_seconds, stage_seconds = parse, stages

    return {
        "corpus_articles": len(articles),
        "corpus_words": words,
        "model": model,
        "spacy_version": spacy.__version__,
        "batch_size": batch_size,
        "model_load_seconds": round(load_seconds, 2),
        "spacy": {
            "seconds": round(spacy_seconds, 2),
            "articles_per_s": round(len(texts) / spacy_seconds, 2),
            "words_per_s": round(words / spacy_seconds),
        },
        "newsgraph": {
            "seconds": round(newsgraph_seconds, 2),
            "articles_per_s": round(len(articles) / newsgraph_seconds, 2),
            "words_per_s": round(words / newsgraph_seconds),
        },
        "ratio_newsgraph_to_spacy_time": round(newsgraph_seconds / spacy_seconds, 3),
        "split": {"parse_seconds": round(parse_seconds, 2), "stage_seconds": round(stage_seconds, 2)},
        "stage_overhead_pct": round(100 * stage_seconds / parse_seconds, 1),
        "repeat": repeat,
        "peak_rss_mib": round(peak_rss_mib(), 1),
    }


def render(result: dict[str, Any], corpus: Path) -> str:
    rows = [("bare spaCy nlp.pipe", result["spacy"]), ("newsgraph extract_many", result["newsgraph"])]
    lines = [
        f"throughput on {corpus.name}: {result['corpus_articles']} articles, {result['corpus_words']:,} words "
        f"(model {result['model']}, spaCy {result['spacy_version']}, batch {result['batch_size']})",
        "",
        f"{'':<24}{'seconds':>9}{'articles/s':>12}{'words/s':>10}",
    ]
    for name, row in rows:
        lines.append(f"{name:<24}{row['seconds']:>9.2f}{row['articles_per_s']:>12.2f}{row['words_per_s']:>10,}")
    lines += [
        "",
        f"time ratio newsgraph / spaCy (end to end): {result['ratio_newsgraph_to_spacy_time']:.3f}",
        f"split pass: parse {result['split']['parse_seconds']:.2f} s, stages {result['split']['stage_seconds']:.2f} s"
        f" -> the actor, quote and event stages add {result['stage_overhead_pct']:.1f}% to the parse",
        f"model load: {result['model_load_seconds']:.2f} s   peak RSS: {result['peak_rss_mib']:.1f} MiB",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines file with id and text")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for both runs (default 16)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    parser.add_argument("--repeat", type=int, default=1, metavar="R", help="keep the fastest of R passes (default 1)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    args = parser.parse_args(argv)

    if not args.corpus.exists():
        print(f"bench_throughput: corpus {args.corpus} not found (it lives in ../shared/data/corpus)", file=sys.stderr)
        return 2
    articles = load_articles(args.corpus, args.limit)
    if not articles:
        print(f"bench_throughput: no articles in {args.corpus}", file=sys.stderr)
        return 2
    result = measure(articles, model=args.model, batch_size=args.batch_size, repeat=max(1, args.repeat))
    print(json.dumps(result, indent=2) if args.json else render(result, args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
