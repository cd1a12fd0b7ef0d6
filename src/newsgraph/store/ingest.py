"""Ingest: read articles, skip the ones already stored, extract the rest, write them in batches.

The work is split at a plain function boundary so that the per-article part could run
elsewhere (another process, a cluster) and feed the one writer:

    read_inputs(paths)  ->  Article | ReadError        (readers)
    extract_batch(pipeline, articles) -> BatchResult    (independent per article)
    Writer.write(extractions)                           (one writer, one transaction per batch)

Idempotence: an article is identified by the SHA-256 of its text. Its hash is checked *before*
parsing, so a second run over the same input parses nothing and adds nothing. The same id with
a different text is a different article version and is stored beside the first (see
``store.migrations``). Crash safety: each batch commits in one transaction, so a run killed at
any moment leaves whole articles only, and running again completes the store exactly as one
clean run would have made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import ReadError, StoreError
from newsgraph.pipeline import DEFAULT_MODEL, Pipeline
from newsgraph.readers import read_inputs
from newsgraph.records import Article, Extraction
from newsgraph.store.db import Store
from newsgraph.store.memory import release_free_memory
from newsgraph.store.progress import Progress
from newsgraph.store.writer import Writer

DEFAULT_BATCH_SIZE = 32
# DuckDB's buffer memory during an ingest: without a cap its cache of table and index blocks grows
# with the database (about 14 MB per 1,000 White House articles); under it the resident size is flat
INGEST_MEMORY_LIMIT = "256MB"


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    article: Article
    reason: str

    def message(self) -> str:
        return f"{self.article.id}: extraction failed ({self.reason})"


@dataclass(frozen=True, slots=True)
class BatchResult:
    extractions: tuple[Extraction, ...]
    failures: tuple[ExtractionFailure, ...] = ()


def extract_batch(pipeline: Pipeline, articles: Sequence[Article]) -> BatchResult:
    """Extract every article; one that breaks a stage becomes a failure, the others go on.

    Uses spaCy's batched ``nlp.pipe`` through :meth:`Pipeline.extract_many`; if the batch
    raises, the articles are retried one at a time to find the culprit.
    """
    if not articles:
        return BatchResult(())
    try:
        return BatchResult(tuple(pipeline.extract_many(articles)))
    except Exception:
        pass
    done: list[Extraction] = []
    failures: list[ExtractionFailure] = []
    for article in articles:
        try:
            done.append(pipeline.extract(article))
        except Exception as exc:  # a bug in one stage must not stop the other articles
            failures.append(ExtractionFailure(article, f"{type(exc).__name__}: {exc}".splitlines()[0]))
    return BatchResult(tuple(done), tuple(failures))


@dataclass(frozen=True, slots=True)
class IngestReport:
    db: str
    stored: int
    skipped: int
    errors: int

    @property
    def failed(self) -> bool:
        return self.errors > 0

    def summary_line(self) -> str:
        return (
            f"ingested {self.stored} articles ({self.skipped} skipped as already stored, "
            f"{self.errors} failed) into {self.db}"
        )


def ingest(
    paths: Sequence[str],
    *,
    db: str | Path,
    model: str = DEFAULT_MODEL,
    petrarch_config: str | Path | None = None,
    actor_files: Sequence[str | Path] = (),
    max_chars: int = 2_000_000,
    published: str | None = None,
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestReport:
    """Read ``paths``, extract the articles not yet stored and write them to the database ``db``."""
    items = read_inputs(paths, max_chars=max_chars, published=published)
    with Store.open(db, create=True) as store:
        return ingest_articles(
            items,
            store,
            make_pipeline=lambda: Pipeline(model=model, petrarch_config=petrarch_config, actor_files=actor_files),
            progress=progress,
            on_error=on_error,
            batch_size=batch_size,
        )


def ingest_articles(
    items: Iterable[Article | ReadError],
    store: Store,
    *,
    make_pipeline: Callable[[], Pipeline],
    progress: bool = False,
    on_error: Callable[[str], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> IngestReport:
    """The ingest loop over already read items; the pipeline is made only if something is new."""
    if batch_size < 1:
        raise StoreError("batch size must be at least 1", code="S020")
    bar = Progress(enabled=progress)
    writer = Writer(store.conn)
    known = store.stored_hashes()
    pipeline: Pipeline | None = None
    pending: list[Article] = []
    stored = skipped = errors = 0

    def report(message: str) -> None:
        nonlocal errors
        errors += 1
        bar.update(failed=1)
        if on_error is not None:
            bar.clear()
            on_error(message)
            bar.redraw()

    def flush() -> None:
        nonlocal pipeline, stored
        if not pending:
            return
        if pipeline is None:
            pipeline = make_pipeline()
        result = extract_batch(pipeline, pending)
        for failure in result.failures:
            known.discard(failure.article.sha256)
            report(failure.message())
        try:
            written = writer.write(result.extractions)
        except StoreError:
            # a record the schema refuses (e.g. two events with one id) fails alone
            written = 0
            for x in result.extractions:
                try:
                    written += writer.write([x])
                except StoreError as exc:
                    known.discard(x.article.sha256)
                    report(f"{x.article.id}: cannot store the extraction ({exc})")
        stored += written
        bar.update(stored=written)
        pending.clear()
        release_free_memory()  # the parse's working memory goes back to the system (store.memory)

    try:
        with store.memory_limit(INGEST_MEMORY_LIMIT):
            for item in items:
                if isinstance(item, ReadError):
                    report(str(item))
                    continue
                bar.update(read=1)
                sha = item.sha256
                if sha in known:
                    skipped += 1
                    bar.update(skipped=1)
                    continue
                known.add(sha)
                pending.append(item)
                if len(pending) >= batch_size:
                    flush()
            flush()
    finally:
        bar.clear()
    return IngestReport(db=store.path, stored=stored, skipped=skipped, errors=errors)
