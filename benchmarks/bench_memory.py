"""Memory over a long ingest: resident memory every N articles, and its growth once warm.

    nice .venv/bin/python benchmarks/bench_memory.py [--limit N] [--skip K] [--every E] [--corpus FILE] [--json]

Ingests the first ``--limit`` articles (default 1,500; after skipping ``--skip``) of
``../shared/data/corpus/whitehouse_2021_2026.jsonl.gz`` (read at run time) into a fresh DuckDB file
in a temporary directory, through the path ``newsgraph ingest`` takes: the readers
(:func:`newsgraph.readers.read_inputs`), :func:`newsgraph.store.ingest.ingest_articles` with a
:class:`newsgraph.pipeline.Pipeline`, and the store's :class:`~newsgraph.store.writer.Writer`.

Every ``--every`` articles read (default 250) it prints the resident set size (``VmRSS`` of
``/proc/self/status``), the spaCy vocabulary (lexemes and interned strings: they grow with every new
token string unless the parse runs in a memory zone), DuckDB's own accounting
(``duckdb_memory()``) and the live Python objects. Samples are taken when the next article is
read, so up to one ingest batch (32 articles) may still be waiting to be parsed. At the end it
prints the peak RSS and the growth of RSS per 1,000 articles after the warm-up (the least-squares
slope over the samples from ``--warmup`` articles on): a flat memory profile shows a slope near 0.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench_throughput import current_rss_mib as throughput_rss_now
from bench_throughput import peak_rss_mib
from newsgraph.errors import ReadError
from newsgraph.pipeline import DEFAULT_MODEL, Pipeline
from newsgraph.readers import read_inputs
from newsgraph.records import Article
from newsgraph.store.db import Store
from newsgraph.store.ingest import DEFAULT_BATCH_SIZE, ingest_articles

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT.parent / "shared" / "data" / "corpus" / "whitehouse_2021_2026.jsonl.gz").resolve()


def current_rss_mib() -> float:
    """Resident set size now (Linux ``/proc``; elsewhere the peak, the best the OS tells)."""
    now = throughput_rss_now()
    return now if now is not None else peak_rss_mib()


@dataclass(frozen=True, slots=True)
class Sample:
    articles: int
    seconds: float
    rss_mib: float
    lexemes: int
    strings: int
    duckdb_mib: float
    py_objects: int


def duckdb_mib(store: Store) -> float:
    try:
        row = store.conn.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()
    except Exception:  # an older DuckDB without the table
        return float("nan")
    return (row[0] or 0) / (1024 * 1024) if row else 0.0


def slope_per_1000(samples: list[Sample], warmup: int) -> float | None:
    """Least-squares growth of RSS (MiB) per 1,000 articles over the samples from ``warmup`` articles on."""
    pts = [(s.articles, s.rss_mib) for s in samples if s.articles >= warmup]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    var = sum((x - mx) ** 2 for x, _ in pts)
    if not var:
        return None
    return 1000 * sum((x - mx) * (y - my) for x, y in pts) / var


def run(
    corpus: Path,
    *,
    limit: int,
    skip: int,
    every: int,
    model: str,
    batch_size: int,
    verbose: bool,
) -> tuple[list[Sample], dict[str, Any]]:
    samples: list[Sample] = []
    holder: dict[str, Pipeline] = {}
    start, cpu_start = time.perf_counter(), time.process_time()

    def make_pipeline() -> Pipeline:
        holder["pipeline"] = Pipeline(model=model)
        return holder["pipeline"]

    def sample(store: Store, n: int) -> None:
        pipeline = holder.get("pipeline")
        vocab = pipeline.nlp.vocab if pipeline is not None else None
        s = Sample(
            articles=n,
            seconds=round(time.perf_counter() - start, 1),
            rss_mib=round(current_rss_mib(), 1),
            lexemes=sum(1 for _ in vocab) if vocab is not None else 0,  # len(vocab) counts dropped ones too
            strings=len(vocab.strings) if vocab is not None else 0,
            duckdb_mib=round(duckdb_mib(store), 1),
            py_objects=len(gc.get_objects()),
        )
        samples.append(s)
        if verbose:
            print(_row(s), flush=True)

    def watched(items: Iterable[Article | ReadError], store: Store) -> Iterator[Article | ReadError]:
        n = 0
        for item in items:
            if n and n % every == 0:
                sample(store, n)
            n += 1
            yield item
        sample(store, n)

    items = itertools.islice(read_inputs([str(corpus)]), skip, skip + limit)
    with tempfile.TemporaryDirectory(prefix="bench_memory_") as tmp:
        db = Path(tmp) / "memory.duckdb"
        if verbose:
            print(_header(), flush=True)
        with Store.open(db, create=True) as store:
            sample(store, 0)
            report = ingest_articles(watched(items, store), store, make_pipeline=make_pipeline, batch_size=batch_size)
            sample(store, samples[-1].articles)  # after the last batch was written
        db_mib = db.stat().st_size / (1024 * 1024)
    info = {
        "stored": report.stored,
        "skipped": report.skipped,
        "errors": report.errors,
        "db_file_mib": round(db_mib, 1),
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "wall_seconds": round(time.perf_counter() - start, 1),
        "cpu_seconds": round(time.process_time() - cpu_start, 1),
    }
    return samples, info


def _header() -> str:
    return (
        f"{'articles':>8}{'wall s':>8}{'RSS MiB':>9}{'lexemes':>10}{'strings':>10}{'duckdb MiB':>11}{'py objects':>12}"
    )


def _row(s: Sample) -> str:
    return (
        f"{s.articles:>8}{s.seconds:>8.0f}{s.rss_mib:>9.0f}{s.lexemes:>10,}{s.strings:>10,}"
        f"{s.duckdb_mib:>11.1f}{s.py_objects:>12,}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="articles to ingest (any readable input)")
    parser.add_argument("--limit", type=int, default=1500, metavar="N", help="articles to ingest (default 1500)")
    parser.add_argument("--skip", type=int, default=0, metavar="K", help="skip the first K articles (default 0)")
    parser.add_argument("--every", type=int, default=250, metavar="E", help="sample every E articles (default 250)")
    parser.add_argument("--warmup", type=int, default=500, help="articles before the growth is measured (500)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE, help="ingest batch size")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"spaCy pipeline (default {DEFAULT_MODEL})")
    parser.add_argument("--json", action="store_true", help="print the result as JSON instead of a table")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench_memory: corpus {args.corpus} not found (it lives in ../shared/data/corpus)", file=sys.stderr)
        return 2
    if args.limit < 1 or args.every < 1:
        print("bench_memory: --limit and --every must be at least 1", file=sys.stderr)
        return 2
    if not args.json:
        print(f"memory over an ingest of {args.limit} articles of {args.corpus.name} (skipping {args.skip})")
    samples, info = run(
        args.corpus,
        limit=args.limit,
        skip=args.skip,
        every=args.every,
        model=args.model,
        batch_size=args.batch_size,
        verbose=not args.json,
    )
    growth = slope_per_1000(samples, args.warmup)
    if args.json:
        out = {**info, "growth_mib_per_1000_after_warmup": growth, "samples": [asdict(s) for s in samples]}
        print(json.dumps(out, indent=2))
        return 0
    print(
        f"stored {info['stored']} articles ({info['errors']} failed; DuckDB file {info['db_file_mib']:.1f} MiB) "
        f"in {info['wall_seconds']:.0f} s wall, {info['cpu_seconds']:.0f} s CPU"
    )
    growth_text = "n/a (too few samples)" if growth is None else f"{growth:+.1f} MiB"
    print(f"peak RSS {info['peak_rss_mib']:.0f} MiB; RSS growth per 1,000 articles after {args.warmup}: {growth_text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
