"""``newsgraph extract``: output formats, article ids, dates and one-line errors, through the real CLI.

Each test runs ``python -m newsgraph`` in a subprocess (the real entry point, real model), so
stdout, stderr and the exit status are exactly what a user sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsgraph.contract import contract_problems

pytestmark = pytest.mark.slow

OSLO = (
    "Norway said on Friday that envoys of President Nicolás Maduro and of opposition leader Juan Guaidó "
    "had met in Oslo. Guaidó denied that his envoys were negotiating with the government.\n"
)
CARACAS = "Thousands of people marched in Caracas on Wednesday. Police fired tear gas at the protesters.\n"


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DB"}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )


def jsonl(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small input tree: news/oslo.txt, news/more/caracas.md, news/feed.jsonl (two records)."""
    root = tmp_path_factory.mktemp("cli")
    news = root / "news"
    (news / "more").mkdir(parents=True)
    (news / "oslo.txt").write_text(OSLO, encoding="utf-8")
    (news / "more" / "caracas.md").write_text(CARACAS, encoding="utf-8")
    feed = [
        {"id": "wire-1", "title": "Talks in Oslo", "published": "2019-05-17", "text": OSLO},
        {"id": "wire-2", "title": "Protest in Caracas", "text": CARACAS},
    ]
    (news / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    return root


def test_jsonl_prints_one_contract_record_per_article_with_ids(corpus: Path) -> None:
    proc = run("extract", "news", "--format", "jsonl", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    records = jsonl(proc.stdout)
    # ids: file paths relative to the directory argument, record ids for JSONL lines;
    # a file named on the command line keeps its path as given (see the next test)
    assert sorted(r["article"]["id"] for r in records) == ["more/caracas.md", "oslo.txt", "wire-1", "wire-2"]
    for r in records:
        assert r["schema"] == "newsgraph.article/1"
        assert contract_problems(r) == []
    by_id = {r["article"]["id"]: r["article"] for r in records}
    assert by_id["oslo.txt"]["text"] == OSLO.strip() or by_id["oslo.txt"]["text"] == OSLO
    assert by_id["wire-1"]["title"] == "Talks in Oslo"
    assert by_id["wire-1"]["published"] == "2019-05-17"
    assert by_id["wire-2"]["published"] is None


def test_file_argument_keeps_its_path_and_piped_output_is_jsonl(corpus: Path) -> None:
    proc = run("extract", "news/more/caracas.md", cwd=corpus)  # no --format: stdout is a pipe
    assert proc.returncode == 0, proc.stderr
    assert [(r["schema"], r["article"]["id"]) for r in jsonl(proc.stdout)] == [
        ("newsgraph.article/1", "news/more/caracas.md")
    ]


def test_json_prints_one_list(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "news/feed.jsonl", "--format", "json", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert isinstance(records, list)
    assert [r["article"]["id"] for r in records] == ["news/oslo.txt", "wire-1", "wire-2"]
    assert all(contract_problems(r) == [] for r in records)


def test_table_is_a_readable_summary(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "--format", "table", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "news/oslo.txt" in out.splitlines()[0]
    assert "actors" in out and "events" in out and "quotes" in out
    assert "Maduro" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_published_fills_articles_without_a_date(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "news/feed.jsonl", "--published", "2019-05-20", cwd=corpus)
    assert proc.returncode == 0, proc.stderr
    dates = {r["article"]["id"]: r["article"]["published"] for r in jsonl(proc.stdout)}
    # the option fills articles without a date; a record's own date wins
    assert dates == {"news/oslo.txt": "2019-05-20", "wire-1": "2019-05-17", "wire-2": "2019-05-20"}


def test_stdin_is_read_with_dash(corpus: Path) -> None:
    proc = run("extract", "-", "--format", "jsonl", cwd=corpus, stdin=CARACAS)
    assert proc.returncode == 0, proc.stderr
    [record] = jsonl(proc.stdout)
    assert record["article"]["id"] == "-"
    assert "Caracas" in record["article"]["text"]


def test_missing_input_is_one_line_and_exit_1_while_the_rest_runs(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "news/nope.txt", "--format", "jsonl", cwd=corpus)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [proc.stderr.strip()]
    assert proc.stderr.startswith("newsgraph: news/nope.txt: ")
    assert [r["article"]["id"] for r in jsonl(proc.stdout)] == ["news/oslo.txt"]


def test_unknown_model_is_one_line_and_exit_2(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "--model", "not_a_model", cwd=corpus)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newsgraph: ") and "not_a_model" in lines[0]
    assert "Traceback" not in proc.stderr


def test_missing_petrarch_config_is_one_line_and_exit_2(corpus: Path) -> None:
    proc = run("extract", "news/oslo.txt", "--petrarch-config", "no_such_config.ini", cwd=corpus)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("newsgraph: ") and "no_such_config.ini" in lines[0]
    assert "Traceback" not in proc.stderr


def test_usage_error_exits_2(corpus: Path) -> None:
    proc = run("extract", "--format", "xml", "news/oslo.txt", cwd=corpus)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
