"""`--actors FILE`: a user's own actor knowledge extends the built-in knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.actors.knowledge import install_knowledge
from newsgraph.cli import main

TEXT = "General Zorbo Quintanilla said the troops would stay. Quintanilla later met officials in Caracas.\n"


@pytest.fixture(autouse=True)
def _restore_builtin_knowledge():  # type: ignore[no-untyped-def]
    yield
    install_knowledge(None)


def _actors(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, tuple[str | None, int]]:
    assert main(argv) == 0
    record = json.loads(capsys.readouterr().out)[0]
    return {a["name"]: (a["code"], len(a["mentions"])) for a in record["actors"]}


def test_csv_actor_file_codes_and_merges_an_unknown_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    users = tmp_path / "mine.csv"
    users.write_text(
        "name,kind,aliases,code,country,sector,role,start,end\n"
        "Zorbo Quintanilla,person,Quintanilla,VENMIL,VEN,MIL,general,2015-01-01,\n",
        "utf-8",
    )
    base = ["extract", str(article), "--published", "2020-01-01", "--format", "json"]
    without = _actors(capsys, base)
    assert without.get("Zorbo Quintanilla", (None, 0))[0] != "VENMIL"
    with_file = _actors(capsys, [*base, "--actors", str(users)])
    assert with_file["Zorbo Quintanilla"] == ("VENMIL", 2)


def test_missing_actor_file_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, "utf-8")
    status = main(["extract", str(article), "--actors", str(tmp_path / "nope.csv")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("newsgraph: ") and "nope.csv" in err
    assert "Traceback" not in err
