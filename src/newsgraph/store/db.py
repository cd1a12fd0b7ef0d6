"""Store: one DuckDB file, opened once, migrated on open, read through plain-dict queries.

DuckDB lets one process hold a database file for writing; a second ``ingest`` (or a ``stats``
while an ingest runs) gets a one-line :class:`StoreError` rather than a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from newsgraph.errors import StoreError
from newsgraph.records import Extraction
from newsgraph.store import queries
from newsgraph.store.export import stored_extraction, stored_hashes_in_order
from newsgraph.store.migrations import LATEST, applied_versions, migrate

MEMORY = ":memory:"

# Columns left out of canonical dumps: they record when, not what.
_CLOCK_COLUMNS = {"ingested_at", "applied_at"}


class Store:
    """An open newsgraph database. Use :meth:`open` (a context manager)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, migrate_upto: int | None = None) -> Store:
        """Open (and with ``create``, make) the database at ``path`` and bring its schema up to date.

        Raises StoreError S001 when the file is missing and ``create`` is false, S002 when
        another process holds it, S003 when it is not a DuckDB database or cannot be migrated.
        """
        where = str(path)
        if where != MEMORY and not create and not Path(where).exists():
            raise StoreError(f"no database at {where}; run `newsgraph ingest` first", code="S001")
        if where != MEMORY and not _is_duckdb_file_or_new(Path(where)):
            # DuckDB would open e.g. a .jsonl or .csv as a transient view and "store" into nothing
            raise StoreError(f"{where} is not a DuckDB database", code="S003")
        try:
            conn = duckdb.connect(where)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"database {where} is in use by another process", code="S002") from exc
            raise StoreError(f"cannot open database {where}: {_first_line(exc)}", code="S003") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {where}: {_first_line(exc)}", code="S003") from exc
        try:
            versions = applied_versions(conn)
            if versions and max(versions) > LATEST:
                raise StoreError(
                    f"database {where} has schema version {max(versions)}, newer than this newsgraph ({LATEST})",
                    code="S004",
                )
            migrate(conn, upto=migrate_upto)
        except duckdb.Error as exc:
            conn.close()
            raise StoreError(f"cannot migrate database {where}: {_first_line(exc)}", code="S003") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, where)

    # -- life cycle ---------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def memory_limit(self, limit: str) -> Iterator[None]:
        """Cap DuckDB's buffer memory (e.g. ``"256MB"``) for a block, then restore the previous cap.

        DuckDB caches the table and index blocks it reads up to its limit (by default 80% of the
        machine's memory), so over a long ingest its share grows with the database; under a cap it
        evicts them (they are on disk). A cap below what it holds now is not applied.
        """
        previous = self.conn.execute("SELECT current_setting('memory_limit')").fetchone()
        try:
            self.conn.execute(f"SET memory_limit = '{limit}'")
        except duckdb.Error:
            previous = None  # could not free enough: keep the limit in force
        try:
            yield
        finally:
            if previous is not None:
                self.conn.execute(f"SET memory_limit = '{previous[0]}'")

    # -- reading ------------------------------------------------------------
    def schema_version(self) -> int:
        versions = applied_versions(self.conn)
        return max(versions) if versions else 0

    def stored_hashes(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT sha256 FROM articles").fetchall()}

    def stats(self) -> dict[str, int]:
        return queries.stats(self.conn)

    def actors(self, limit: int | None = None) -> list[dict[str, Any]]:
        return queries.actors(self.conn, limit=limit)

    def summary(self, top: int = 10) -> dict[str, list[dict[str, Any]]]:
        return queries.summary(self.conn, top=top)

    def extraction(self, sha256: str) -> Extraction | None:
        """The stored record of the article with this text hash (``.to_dict()`` is its JSON)."""
        return stored_extraction(self.conn, sha256)

    def extractions(self, article_id: str | None = None) -> Iterator[Extraction]:
        """Every stored record (or every version of one article id), oldest ingest first."""
        for sha in list(stored_hashes_in_order(self.conn, article_id)):
            found = stored_extraction(self.conn, sha)
            if found is not None:
                yield found

    def canonical_dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every table's rows, sorted, without clock columns: equal dumps mean equal stores."""
        tables = [
            row[0]
            for row in self.conn.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_type = 'BASE TABLE' AND table_schema = 'main' ORDER BY table_name"
            ).fetchall()
        ]
        dump: dict[str, list[tuple[Any, ...]]] = {}
        for table in tables:
            cols = [
                row[0]
                for row in self.conn.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if row[0] not in _CLOCK_COLUMNS
            ]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = self.conn.execute(f'SELECT {select} FROM "{table}" ORDER BY ALL').fetchall()
            dump[table] = [tuple(r) for r in rows]
        return dump


def _is_duckdb_file_or_new(path: Path) -> bool:
    """True for a missing or empty path and for a DuckDB file (magic ``DUCK`` at byte 8)."""
    if not path.is_file():
        return not path.exists()
    with path.open("rb") as f:
        head = f.read(12)
    return not head or head[8:12] == b"DUCK"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
