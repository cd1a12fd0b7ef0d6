"""Bad input through the CLI: one exact line on stderr each, exit 1, and the good input still comes out.

Every case runs ``newsgraph extract GOOD BAD`` in-process (``newsgraph.cli.main``, the real
model) from inside the test's folder, so paths in the messages are exactly as typed. One test
runs the whole bad batch through the installed console script in a subprocess.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.pipeline import Pipeline

GOOD = "Norway hosted talks between envoys of Nicolás Maduro and Juan Guaidó in Oslo.\n"
THIRTY_MIB = 30 * 1024 * 1024


def write(name: str, data: str | bytes) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, "utf-8")

    return make


def huge(root: Path) -> None:
    line = "x" * 1023 + "\n"
    with (root / "huge.txt").open("w", encoding="ascii") as fh:
        for _ in range(THIRTY_MIB // len(line)):
            fh.write(line)


def empty_directory(root: Path) -> None:
    (root / "nothing" / ".cache").mkdir(parents=True)
    (root / "nothing" / ".notes.txt").write_text("hidden", "utf-8")


# (case id, how to make the bad input, its path argument, the stderr lines, ids printed besides good.txt)
CASES: list[tuple[str, Callable[[Path], None], str, list[str], list[str]]] = [
    ("empty file", write("empty.txt", b""), "empty.txt", ["empty.txt: empty file"], []),
    ("whitespace only", write("blank.md", " \n\t\n"), "blank.md", ["blank.md: empty file"], []),
    (
        "binary file",
        write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 8),
        "photo.jpg",
        ["photo.jpg: binary file (not text)"],
        [],
    ),
    (
        "control characters",
        write("noise.txt", bytes(range(1, 8)) * 50 + b"some text"),
        "noise.txt",
        ["noise.txt: binary file (not text)"],
        [],
    ),
    (
        "undecodable bytes",
        write("odd.txt", b"Caf\x81\x8d and more text"),
        "odd.txt",
        ["odd.txt: undecodable bytes: not UTF-8, UTF-16 or CP1252 (byte 0x81 at offset 3)"],
        [],
    ),
    (
        "malformed JSON line",
        write(
            "feed.jsonl",
            '{"id": "w1", "text": "Peru voted."}\n{"id": "w2", "text": \n{"id": "w3", "text": "Chile voted."}\n',
        ),
        "feed.jsonl",
        ["feed.jsonl:2: malformed JSON: Expecting value (column 21)"],
        ["w1", "w3"],
    ),
    (
        "record without text",
        write("feed.jsonl", '{"id": "w1", "title": "No body"}\n'),
        "feed.jsonl",
        ['feed.jsonl:1: record has no "text"'],
        [],
    ),
    (
        "non-object JSON line",
        write("feed.jsonl", '["w1", "Peru voted."]\n"just a string"\n{"id": "w3", "text": "Chile voted."}\n'),
        "feed.jsonl",
        ["feed.jsonl:1: not a JSON object (got an array)", "feed.jsonl:2: not a JSON object (got a string)"],
        ["w3"],
    ),
    (
        "empty text",
        write("feed.jsonl", '{"id": "w1", "text": ""}\n'),
        "feed.jsonl",
        ['feed.jsonl:1: record has an empty "text"'],
        [],
    ),
    (
        "CSV without a text column",
        write("briefs.csv", "id,body\nc1,Peru voted.\n"),
        "briefs.csv",
        ["briefs.csv:1: CSV header has no \"text\" column (columns: 'id', 'body')"],
        [],
    ),
    (
        "30 MB text file",
        huge,
        "huge.txt",
        ["huge.txt: text is 31,457,280 characters, over the limit of 2,000,000; raise it with --max-chars"],
        [],
    ),
    ("nonexistent path", lambda root: None, "missing.txt", ["missing.txt: no such file or directory"], []),
    (
        "directory with no readable files",
        empty_directory,
        "nothing",
        ["nothing: directory has no files to read (hidden files are skipped)"],
        [],
    ),
    (
        "bad date in a record",
        write("feed.jsonl", '{"id": "w1", "text": "Peru voted.", "published": "next week"}\n'),
        "feed.jsonl",
        ["feed.jsonl:1: \"published\" is not a date: 'next week'"],
        [],
    ),
    (
        "compressed text file",
        write("notes.txt.gz", b"\x1f\x8b\x08\x00" + bytes(20)),
        "notes.txt.gz",
        ["notes.txt.gz: compressed file: only .jsonl.gz, .csv.gz and .tsv.gz are read"],
        [],
    ),
]


@pytest.fixture(autouse=True)
def _model_loaded_once(pipeline: Pipeline) -> None:
    """Load the real model through the session fixture, so each CLI call reuses it."""


@pytest.mark.parametrize(("make", "arg", "errors", "more_ids"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_one_line_each_and_the_batch_goes_on(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], None],
    arg: str,
    errors: list[str],
    more_ids: list[str],
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    make(tmp_path)
    monkeypatch.chdir(tmp_path)
    code = main(["extract", "good.txt", arg, "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"newsgraph: {e}" for e in errors]
    assert code == 1
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["good.txt", *more_ids]
    assert "Traceback" not in out + err


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code = main(["extract", "-", "good.txt", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, "newsgraph: stdin: empty file\n")
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["good.txt"]


def test_stdin_json_lines_with_a_bad_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = '{"id": "s1", "text": "Peru voted."}\n{"id": "s2"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code = main(["extract", "-", "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert (code, err) == (1, 'newsgraph: stdin:2: record has no "text"\n')
    assert [json.loads(line)["article"]["id"] for line in out.splitlines()] == ["s1"]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--published", "soon", "newsgraph: --published: not a date: 'soon' (use YYYY-MM-DD)"),
        ("--published", "2019-02-30", "newsgraph: --published: not a date: '2019-02-30' (use YYYY-MM-DD)"),
        ("--max-chars", "0", "newsgraph: --max-chars: must be at least 1 (got 0)"),
    ],
)
def test_bad_reading_options_are_one_line_and_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    option: str,
    value: str,
    message: str,
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["extract", "good.txt", option, value])
    out, err = capsys.readouterr()
    assert (code, out, err) == (2, "", message + "\n")


def test_max_chars_can_be_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "good.txt", "--max-chars", "20"]) == 1
    assert capsys.readouterr().err == (
        "newsgraph: good.txt: text is 78 characters, over the limit of 20; raise it with --max-chars\n"
    )
    assert main(["extract", "good.txt", "--max-chars", "78", "--format", "jsonl"]) == 0


def test_ingest_reports_bad_input_and_stores_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    code = main(["ingest", "good.txt", "empty.txt", "--db", str(tmp_path / "n.duckdb"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines() == ["newsgraph: empty.txt: empty file"]
    assert main(["stats", "--db", str(tmp_path / "n.duckdb"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1


@pytest.mark.slow
def test_the_whole_bad_batch_through_the_console_script(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    for _, make, _, _, _ in CASES:
        if make is not huge:  # the 30 MB case is covered in-process; keep the subprocess quick
            make(tmp_path)
    (tmp_path / "feed.jsonl").write_text('{"id": "w1", "text": "Peru voted."}\n{"id": "w2", "text": \n', "utf-8")
    script = Path(sys.executable).with_name("newsgraph")
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DB"}
    args = ["good.txt", "empty.txt", "photo.jpg", "odd.txt", "feed.jsonl", "missing.txt", "nothing", "-"]
    proc = subprocess.run(
        [str(script), "extract", *args, "--format", "jsonl"],
        cwd=tmp_path,
        input=b"",
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1
    assert err.splitlines() == [
        "newsgraph: empty.txt: empty file",
        "newsgraph: photo.jpg: binary file (not text)",
        "newsgraph: odd.txt: undecodable bytes: not UTF-8, UTF-16 or CP1252 (byte 0x81 at offset 3)",
        "newsgraph: feed.jsonl:2: malformed JSON: Expecting value (column 21)",
        "newsgraph: missing.txt: no such file or directory",
        "newsgraph: nothing: directory has no files to read (hidden files are skipped)",
        "newsgraph: stdin: empty file",
    ]
    ids = [json.loads(line)["article"]["id"] for line in proc.stdout.decode("utf-8").splitlines()]
    assert ids == ["good.txt", "w1"]
    assert b"Traceback" not in proc.stdout + proc.stderr
