"""Crash safety, for real: SIGKILL `newsgraph ingest` at several moments, rerun, compare with a clean run.

After every kill the store must hold whole articles only (each stored article's rows are exactly
those of the clean run), and the run that finally completes must leave exactly the store one
clean run makes (all tables, ingest timestamps aside).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsgraph.store import Store

pytestmark = pytest.mark.slow

_PEOPLE = ["Nicolás Maduro", "Juan Guaidó", "Iván Duque", "Jair Bolsonaro", "Mike Pompeo", "Sebastián Piñera"]
_PLACES = ["Venezuela", "Colombia", "Brazil", "Chile", "Peru", "Cuba", "Ecuador", "Bolivia"]
_VERBS = ["met", "accused", "criticized", "praised", "visited", "thanked"]
_PER_ARTICLE = ("article_actors", "mentions", "events", "quotes", "scare_quotes")


def _articles(n: int) -> list[dict[str, Any]]:
    """Small made-up news items: the same actors recur so that identities merge across articles."""
    rng = random.Random(7)
    out = []
    for i in range(n):
        a, b = rng.sample(_PEOPLE, 2)
        p, q = rng.sample(_PLACES, 2)
        text = (
            f"{a} {rng.choice(_VERBS)} {b} in {p} on Tuesday. "
            f"The government of {q} accused {p} of interfering in its affairs. "
            f'"We will defend our people and our sovereignty at any cost," {a} told reporters.'
        )
        out.append({"id": f"k{i:02d}", "title": f"Item {i}", "published": f"2019-03-{i + 1:02d}", "text": text})
    return out


def _ingest_command(source: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsgraph.cli", "ingest", str(source), "--db", str(db), "--batch-size", "2"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    return env


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with Store.open(db) as store:
        return store.canonical_dump()


def _wal_changes(wal: Path, proc: subprocess.Popen[bytes], wanted: int, timeout: float) -> int:
    """Wait until the write-ahead log changed ``wanted`` times (commits happened) or the run ended."""
    seen, last = 0, None
    deadline = time.monotonic() + timeout
    while seen < wanted and proc.poll() is None and time.monotonic() < deadline:
        size = wal.stat().st_size if wal.exists() else None
        if size != last:
            if last is not None or size:
                seen += 1
            last = size
        time.sleep(0.005)
    return seen


def test_sigkill_at_any_moment_then_rerun_equals_clean_run(tmp_path: Path) -> None:
    source = tmp_path / "items.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _articles(12)), "utf-8")

    clean_db = tmp_path / "clean.duckdb"
    done = subprocess.run(_ingest_command(source, clean_db), capture_output=True, env=_env(), timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert (
        done.stderr.decode().strip() == f"ingested 12 articles (0 skipped as already stored, 0 failed) into {clean_db}"
    )
    clean = _dump(clean_db)
    assert len(clean["articles"]) == 12

    def rows_of(dump: dict[str, list[tuple[Any, ...]]], shas: set[str]) -> dict[str, list[tuple[Any, ...]]]:
        return {t: [r for r in dump[t] if r[0] in shas] for t in _PER_ARTICLE}

    db = tmp_path / "crash.duckdb"
    wal = Path(str(db) + ".wal")
    rng = random.Random(20261129)
    # moments: just after a commit (the first may be the schema's), and at random delays after one (mid-batch)
    plans = [("commits", 1), ("commits", 2), ("commits_then_delay", 1), ("commits_then_delay", 1)]
    partial_states = 0
    for how, amount in plans:
        proc = subprocess.Popen(_ingest_command(source, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env())
        _wal_changes(wal, proc, amount, timeout=120)
        if how == "commits_then_delay":
            time.sleep(rng.uniform(0.0, 0.3))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        if not db.exists():
            continue
        partial = _dump(db)
        stored = {r[0] for r in partial["articles"]}
        # whole articles only: every stored article has exactly its clean-run rows
        assert rows_of(partial, stored) == rows_of(clean, stored)
        assert all(row in clean["articles"] for row in partial["articles"])
        partial_states += 0 < len(stored) < 12

    assert partial_states >= 1, "no kill landed between the first and the last commit; the test proved nothing"
    final = subprocess.run(_ingest_command(source, db), capture_output=True, env=_env(), timeout=300)
    assert final.returncode == 0, final.stderr.decode()
    assert _dump(db) == clean
