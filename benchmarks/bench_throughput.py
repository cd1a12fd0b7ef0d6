"""Extract throughput next to bare spaCy, on the same texts, in one run.

    .venv/bin/python benchmarks/bench_throughput.py [--limit N] [--corpus FILE] [--batch-size B] [--json]

Reads ``../shared/data/corpus/wikinews_2019_2020.jsonl`` (295 Wikinews articles) by default and
makes three passes over the same texts, with the same loaded model and batch size:

0. a split pass: ``nlp.pipe`` and the newsgraph stages (``Pipeline.analyse`` + ``to_dict()``)
   timed apart, article by article, in one loop; it also warms the vocab, so the two passes
   after it do not pay for new lexemes;
1. bare spaCy ``nlp.pipe`` (tokenizer, tagger, parser, NER, ...);
2. ``Pipeline.extract_many`` (the same parse plus the actor, quote and event stages, and
   building each ``newsgraph.article/1`` record).

It prints articles/s and words/s of passes 1 and 2 in CPU time (what this process spent: comparable
on a machine shared with other jobs) and in wall time, their ratio, the stage overhead from the
split pass, the articles the stages spend longest on, and memory: peak RSS and the RSS after each
pass (growth from pass to pass means something keeps documents alive). Words are
whitespace-separated tokens of the article text.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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


def current_rss_mib() -> float | None:
    """Resident set size now (Linux only), to see whether memory grows from pass to pass."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


@dataclass(frozen=True, slots=True)
class Timing:
    """Wall-clock and CPU seconds of one pass. CPU time is what the process itself spent, so
    it stays comparable when other processes compete for the cores; wall time does not."""

    wall: float
    cpu: float

    def rates(self, articles: int, words: int) -> dict[str, float]:
        return {
            "cpu_seconds": round(self.cpu, 2),
            "wall_seconds": round(self.wall, 2),
            "articles_per_cpu_s": round(articles / self.cpu, 2),
            "words_per_cpu_s": round(words / self.cpu),
            "articles_per_wall_s": round(articles / self.wall, 2),
            "words_per_wall_s": round(words / self.wall),
        }


def timed(work: Callable[[], int]) -> tuple[Timing, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    n = work()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), n


def measure(articles: list[Article], *, model: str, batch_size: int, slowest: int = 3) -> dict[str, Any]:
    texts = [a.text for a in articles]
    words = {a.id: len(a.text.split()) for a in articles}
    total_words = sum(words.values())

    load, pipeline = timed_load(model)
    nlp = pipeline.nlp

    def bare() -> int:
        n = 0
        for _doc in nlp.pipe(texts, batch_size=batch_size):
            n += 1
        return n

    def full() -> int:
        n = 0
        for extraction in pipeline.extract_many(articles, batch_size=batch_size):
            extraction.to_dict()
            n += 1
        return n

    per_article: list[tuple[float, str]] = []

    def split() -> int:
        """Parse and stages timed apart in one loop (what ``extract_many`` does); also warms the vocab."""
        pairs = ((a.text, a) for a in articles)
        docs = nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)
        split_cpu["parse"] = split_cpu["stages"] = 0.0
        n = 0
        while True:
            start = time.process_time()
            item = next(docs, None)
            middle = time.process_time()
            if item is None:
                break
            doc, article = item
            pipeline.analyse(article, doc).to_dict()
            end = time.process_time()
            split_cpu["parse"] += middle - start
            split_cpu["stages"] += end - middle
            per_article.append((end - middle, article.id))
            n += 1
        return n

    split_cpu: dict[str, float] = {}
    # Pass 0 (split) parses every text once, so the timed passes after it do not pay for new
    # lexemes in the vocab; a few articles through the stages first load lexicons and knowledge.
    pipeline.extract_many(articles[:WARMUP_ARTICLES]).__next__()
    _, n_split = timed(split)
    rss_after_split = current_rss_mib()
    spacy_time, n_spacy = timed(bare)
    rss_after_spacy = current_rss_mib()
    newsgraph_time, n_newsgraph = timed(full)
    rss_after_newsgraph = current_rss_mib()
    if {n_split, n_spacy, n_newsgraph} != {len(articles)}:
        raise SystemExit(f"bench_throughput: processed {n_split}/{n_spacy}/{n_newsgraph} of {len(articles)} articles")

    per_article.sort(reverse=True)
    return {
        "corpus_articles": len(articles),
        "corpus_words": total_words,
        "model": model,
        "spacy_version": spacy.__version__,
        "batch_size": batch_size,
        "model_load_seconds": round(load, 2),
        "spacy": spacy_time.rates(len(articles), total_words),
        "newsgraph": newsgraph_time.rates(len(articles), total_words),
        "ratio_newsgraph_to_spacy_cpu": round(newsgraph_time.cpu / spacy_time.cpu, 3),
        "ratio_newsgraph_to_spacy_wall": round(newsgraph_time.wall / spacy_time.wall, 3),
        "split_cpu": {k: round(v, 2) for k, v in split_cpu.items()},
        "stage_overhead_pct": round(100 * split_cpu["stages"] / split_cpu["parse"], 1),
        "slowest_stage_articles": [
            {"id": aid, "stage_cpu_seconds": round(s, 3), "words": words[aid]} for s, aid in per_article[:slowest]
        ],
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_mib_after": {
            "split_pass": rss_after_split,
            "spacy_pass": rss_after_spacy,
            "newsgraph_pass": rss_after_newsgraph,
        },
    }


def timed_load(model: str) -> tuple[float, Pipeline]:
    start = time.perf_counter()
    pipeline = Pipeline(model=model)
    return time.perf_counter() - start, pipeline


def render(result: dict[str, Any], corpus: Path) -> str:
    rows = [("bare spaCy nlp.pipe", result["spacy"]), ("newsgraph extract_many", result["newsgraph"])]
    lines = [
        f"throughput on {corpus.name}: {result['corpus_articles']} articles, {result['corpus_words']:,} words "
        f"(model {result['model']}, spaCy {result['spacy_version']}, batch {result['batch_size']})",
        "",
        f"{'':<24}{'CPU s':>9}{'articles/s':>12}{'words/s':>10}{'wall s':>10}{'articles/s':>12}{'words/s':>10}",
    ]
    for name, r in rows:
        lines.append(
            f"{name:<24}{r['cpu_seconds']:>9.2f}{r['articles_per_cpu_s']:>12.2f}{r['words_per_cpu_s']:>10,}"
            f"{r['wall_seconds']:>10.2f}{r['articles_per_wall_s']:>12.2f}{r['words_per_wall_s']:>10,}"
        )
    split = result["split_cpu"]
    lines += [
        "",
        f"time ratio newsgraph / spaCy: {result['ratio_newsgraph_to_spacy_cpu']:.3f} CPU, "
        f"{result['ratio_newsgraph_to_spacy_wall']:.3f} wall",
        f"split pass (CPU): parse {split['parse']:.2f} s, stages {split['stages']:.2f} s"
        f" -> the actor, quote and event stages add {result['stage_overhead_pct']:.1f}% to the parse",
        "slowest articles in the stages: "
        + ", ".join(
            f"{a['id']} ({a['stage_cpu_seconds']:.2f} s, {a['words']:,} words)"
            for a in result["slowest_stage_articles"]
        ),
        f"model load: {result['model_load_seconds']:.2f} s   peak RSS: {result['peak_rss_mib']:.1f} MiB   "
        "RSS after each pass (split, spaCy, newsgraph): "
        + ", ".join("?" if v is None else f"{v:.0f}" for v in result["rss_mib_after"].values())
        + " MiB",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="JSON Lines file with id and text")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="use only the first N articles")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for both runs (default 16)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    args = parser.parse_args(argv)

    if not args.corpus.exists():
        print(f"bench_throughput: corpus {args.corpus} not found (it lives in ../shared/data/corpus)", file=sys.stderr)
        return 2
    articles = load_articles(args.corpus, args.limit)
    if not articles:
        print(f"bench_throughput: no articles in {args.corpus}", file=sys.stderr)
        return 2
    result = measure(articles, model=args.model, batch_size=args.batch_size)
    print(json.dumps(result, indent=2) if args.json else render(result, args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
