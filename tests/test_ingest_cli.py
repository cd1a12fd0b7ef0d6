"""`newsgraph ingest | stats | actors | summary` end to end: real model, real DuckDB files, exact output.

Expected counts are derived from the real pipeline's own records (and the identity key), so the
checks pin what the store does, not what the extraction stages happen to find today.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from newsgraph.actors.identity import actor_key
from newsgraph.cli import main
from newsgraph.pipeline import Pipeline
from newsgraph.readers import read_inputs
from newsgraph.records import Article, Extraction
from newsgraph.store import Store
from newsgraph.store.ingest import extract_batch, ingest_articles
from newsgraph.store.progress import Progress
from newsgraph.store.writer import global_actor_id, local_actor_id

ITEMS = [
    {
        "id": "w1",
        "title": "Talks",
        "published": "2019-05-16",
        "text": "Nicolás Maduro met Juan Guaidó's envoys in Oslo on Thursday. Maduro accused the United States "
        'of plotting a coup. "We will never surrender our sovereignty," Maduro said.',
    },
    {
        "id": "w2",
        "published": "2019-05-18",
        "text": "The United States sanctioned Venezuela's central bank on Friday. Juan Guaidó met Mike Pompeo "
        "in Washington and thanked the United States for its support.",
    },
    {
        "id": "w3",
        "published": "2019-05-20",
        "text": "Colombia accused Venezuela of sheltering rebels near the border. Nicolás Maduro denied it.",
    },
]
NOTE = "Iván Duque met Jair Bolsonaro in Brasília. The two presidents criticized Nicolás Maduro.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), "utf-8")
    (folder / "note.txt").write_text(NOTE, "utf-8")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _expected(pipeline: Pipeline, corpus: Path) -> list[Extraction]:
    articles = [a for a in read_inputs([str(corpus)]) if isinstance(a, Article)]
    return [pipeline.extract(a) for a in articles]


def _global_id(x: Extraction, actor_index: int) -> str:
    actor = x.actors[actor_index]
    key = actor_key(actor)
    return global_actor_id(key) if key is not None else local_actor_id(x.article.sha256, actor.id)


def test_ingest_then_stats_actors_summary(
    tmp_path: Path, corpus: Path, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "news.duckdb"
    code, out, err = _run(capsys, "ingest", str(corpus), "--db", str(db))
    assert (code, out) == (0, "")
    assert err == f"ingested 4 articles (0 skipped as already stored, 0 failed) into {db}\n"

    xs = _expected(pipeline, corpus)
    articles_of: dict[str, set[str]] = defaultdict(set)
    mentions_of: dict[str, int] = defaultdict(int)
    for x in xs:
        for i, actor in enumerate(x.actors):
            gid = _global_id(x, i)
            articles_of[gid].add(x.article.id)
            mentions_of[gid] += len(actor.mentions)
    local = {x.article.sha256: {a.id: _global_id(x, i) for i, a in enumerate(x.actors)} for x in xs}
    dyads = {
        (local[x.article.sha256][e.source], local[x.article.sha256][e.target])
        for x in xs
        for e in x.events
        if e.source and e.target
    }

    with Store.open(db) as store:  # every record comes back from the store as the pipeline made it
        assert [store.extraction(x.article.sha256) for x in xs] == xs

    code, out, _ = _run(capsys, "stats", "--db", str(db))
    assert code == 0
    assert json.loads(out) == {
        "articles": 4,
        "actors": len(articles_of),
        "mentions": sum(mentions_of.values()),
        "events": sum(len(x.events) for x in xs),
        "quotes": sum(len(x.quotes) for x in xs),
        "dyads": len(dyads),
    }

    code, out, _ = _run(capsys, "actors", "--db", str(db))
    rows = json.loads(out)
    assert {r["id"]: set(r["articles"]) for r in rows} == articles_of
    assert {r["id"]: r["mentions"] for r in rows} == mentions_of
    counts = [len(r["articles"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    maduro = [r for r in rows if r["name"] == "Nicolás Maduro"]
    assert len(maduro) == 1 and maduro[0]["articles"] == ["note.txt", "w1", "w3"]  # one actor, three articles

    code, out, _ = _run(capsys, "actors", "--db", str(db), "--limit", "2", "--format", "jsonl")
    assert [json.loads(line) for line in out.splitlines()] == rows[:2]

    code, out, _ = _run(capsys, "summary", "--db", str(db), "--top", "3")
    summary = json.loads(out)
    assert [a["articles"] for a in summary["top_actors"]] == counts[:3]
    assert [a["name"] for a in summary["top_actors"]] == [r["name"] for r in rows[:3]]
    assert len(summary["top_dyads"]) == min(3, len(dyads))
    assert all(q["speaker"] and q["article"] in {"w1", "w2", "w3", "note.txt"} for q in summary["quotes"])


def test_second_run_adds_nothing_and_parses_nothing(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "news.duckdb"
    assert _run(capsys, "ingest", str(corpus), "--db", str(db))[0] == 0
    with Store.open(db) as store:
        before = store.canonical_dump()
    code, _, err = _run(capsys, "ingest", str(corpus), "--db", str(db))
    assert code == 0
    assert err == f"ingested 0 articles (4 skipped as already stored, 0 failed) into {db}\n"
    with Store.open(db) as store:
        assert store.canonical_dump() == before

        def no_parsing() -> Pipeline:
            raise AssertionError("the pipeline was made although every article is stored")

        report = ingest_articles(read_inputs([str(corpus)]), store, make_pipeline=no_parsing)
    assert (report.stored, report.skipped, report.failed) == (0, 4, False)


def test_bad_input_is_reported_and_the_rest_is_stored(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "news.duckdb"
    missing = tmp_path / "missing.jsonl"
    code, out, err = _run(capsys, "ingest", str(missing), str(corpus / "note.txt"), "--db", str(db))
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"newsgraph: {missing}: ")
    assert lines[1] == f"ingested 1 articles (0 skipped as already stored, 1 failed) into {db}"


def test_the_same_text_twice_is_stored_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "dup.jsonl"
    text = "Venezuela expelled the ambassador of Panama."
    src.write_text(json.dumps({"id": "d1", "text": text}) + "\n" + json.dumps({"id": "d2", "text": text}) + "\n")
    db = tmp_path / "news.duckdb"
    code, _, err = _run(capsys, "ingest", str(src), "--db", str(db), "--quiet")
    assert (code, err) == (0, "")
    with Store.open(db) as store:
        assert store.conn.execute("SELECT id FROM articles").fetchall() == [("d1",)]


def test_stats_table_format(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "news.duckdb"
    _run(capsys, "ingest", str(corpus / "note.txt"), "--db", str(db), "--quiet")
    with Store.open(db) as store:
        stats = store.stats()
    code, out, _ = _run(capsys, "stats", "--db", str(db), "--format", "table")
    assert code == 0
    assert out == "".join(f"{k:<10} {v}\n" for k, v in stats.items())
    assert out.startswith("articles   1\nactors     ")


@pytest.mark.parametrize("command", ["stats", "actors", "summary"])
def test_query_without_a_database_is_a_one_line_error(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "none.duckdb"
    code, out, err = _run(capsys, command, "--db", str(db))
    assert (code, out) == (2, "")
    assert err == f"newsgraph: no database at {db}; run `newsgraph ingest` first\n"
    assert not db.exists()


class _FailsOn(Pipeline):
    """A real pipeline whose analysis breaks on one article id (to check the batch goes on)."""

    def __init__(self, bad: str) -> None:
        super().__init__()
        self.bad = bad

    def analyse(self, article: Article, doc: Any) -> Extraction:
        if article.id == self.bad:
            raise ValueError("stage broke")
        return super().analyse(article, doc)


def test_an_article_that_breaks_a_stage_fails_alone(tmp_path: Path) -> None:
    articles = [Article(id=f"x{i}", text=f"Chile thanked Peru for the help number {i}.") for i in range(3)]
    result = extract_batch(_FailsOn("x1"), articles)
    assert [x.article.id for x in result.extractions] == ["x0", "x2"]
    assert [f.message() for f in result.failures] == ["x1: extraction failed (ValueError: stage broke)"]

    errors: list[str] = []
    with Store.open(tmp_path / "news.duckdb", create=True) as store:
        report = ingest_articles(articles, store, make_pipeline=lambda: _FailsOn("x1"), on_error=errors.append)
        assert [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()] == ["x0", "x2"]
    assert errors == ["x1: extraction failed (ValueError: stage broke)"]
    assert (report.stored, report.skipped, report.errors, report.failed) == (2, 0, 1, True)


def test_progress_draws_only_when_enabled() -> None:
    shown, hidden = io.StringIO(), io.StringIO()
    for stream, enabled in ((shown, True), (hidden, False)):
        bar = Progress(enabled=enabled, stream=stream, interactive=True)
        bar.update(read=3, stored=2, skipped=1)
        bar.clear()
    assert hidden.getvalue() == ""
    assert "ingest: 3 read, 2 stored, 1 skipped, 0 failed" in shown.getvalue()
    assert shown.getvalue().endswith("\r\x1b[2K")


def test_progress_into_a_file_writes_whole_lines_at_intervals() -> None:
    log = io.StringIO()
    bar = Progress(enabled=True, stream=log, every=0.0)  # a StringIO is no terminal
    bar.update(read=1)
    bar.update(read=1, stored=2)
    bar.clear()
    bar.redraw()
    lines = log.getvalue().splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("ingest: 1 read, 0 stored, 0 skipped, 0 failed (")
    assert lines[1].startswith("ingest: 2 read, 2 stored, 0 skipped, 0 failed (")
    assert "\r" not in log.getvalue() and "\x1b" not in log.getvalue()
    quiet = io.StringIO()
    slow = Progress(enabled=True, stream=quiet)  # the first line only after 30 s
    slow.update(read=5)
    assert quiet.getvalue() == ""


class _DuplicatesAnActor(Pipeline):
    """A real pipeline that breaks the record of one article (an actor id twice) after extracting it."""

    def __init__(self, bad: str) -> None:
        super().__init__()
        self.bad = bad

    def analyse(self, article: Article, doc: Any) -> Extraction:
        x = super().analyse(article, doc)
        return replace(x, actors=x.actors + x.actors[:1]) if article.id == self.bad else x


def test_a_record_the_store_refuses_fails_alone(tmp_path: Path) -> None:
    articles = [Article(id=f"y{i}", text=f"Chile thanked Peru for the aid shipment number {i}.") for i in range(3)]
    errors: list[str] = []
    with Store.open(tmp_path / "news.duckdb", create=True) as store:
        report = ingest_articles(
            articles, store, make_pipeline=lambda: _DuplicatesAnActor("y1"), on_error=errors.append, batch_size=3
        )
        assert [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()] == ["y0", "y2"]
    assert len(errors) == 1 and errors[0].startswith("y1: cannot store the extraction (cannot write to the database: ")
    assert (report.stored, report.errors) == (2, 1)
