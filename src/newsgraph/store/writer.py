"""The single writer: turns Extraction records into rows, one transaction per batch.

A batch's articles and all their rows (actors, mentions, events, quotes) commit together or
not at all, so a killed run never leaves half an article; the next run skips what committed.

Cross-article identity: actors of different articles become one global actor exactly when
:func:`newsgraph.actors.identity.actor_key` gives them the same key. The global id is a hash of
that key, so the same actor gets the same id in any database. A ``None`` key keeps the actor
per-article (its id hashes the article's SHA-256 and the local id). The global actor's
attributes are recomputed from every article's view of it, independently of ingest order:
the name the identity key stands for (the knowledge base's canonical name, a country's name,
a sector group's "Venezuelan military"), else the most frequent properly cased name (never an
ALL-CAPS dateline form like "CARACAS" when "Caracas" was seen; then the longest, then the first
in code-point order); the most frequent kind, CAMEO code, country and sector; and the union of
names, aliases and roles.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import duckdb

from newsgraph.actors.identity import actor_key, canonical_name
from newsgraph.actors.names import shouted
from newsgraph.errors import StoreError
from newsgraph.records import Actor, Extraction, Span

ActorKey = Callable[[Actor], "str | None"]


def global_actor_id(key: str) -> str:
    """The stable id of the global actor with identity ``key``."""
    return "A" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def local_actor_id(article_sha256: str, local_id: str) -> str:
    """The id of an actor that is never merged across articles."""
    return global_actor_id(f"\x00article:{article_sha256}:{local_id}")


def parse_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` as a date; anything else (or an impossible date) as NULL."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]) if len(value) >= 10 and value[4] == "-" else None
    except ValueError:
        return None


@dataclass(slots=True)
class _Rows:
    """Column-wise buffers for one table (DuckDB inserts lists far faster than row tuples)."""

    columns: tuple[str, ...]
    data: dict[str, list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.data = {c: [] for c in self.columns}

    def add(self, **values: Any) -> None:
        for c in self.columns:
            self.data[c].append(values[c])

    def __len__(self) -> int:
        return len(self.data[self.columns[0]])


_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(columns.split())
    for table, columns in {
        "articles": "sha256 id title byline published source url text ingested_at",
        "article_actors": "article local_id actor name kind code country sector aliases roles ordinal",
        "mentions": "article actor local_id start_char end_char text ordinal",
        "events": "article id source target source_code target_code cameo cameo_root goldstein quad_class plover "
        "plover_mode modality attributed_to location_name location_country date trigger_start trigger_end "
        "trigger_text sentence_start sentence_end ordinal source_local target_local attributed_local",
        "quotes": "article id kind speaker source_start source_end source_text cue_start cue_end cue_text "
        "content_start content_end content_text ordinal speaker_local",
        "scare_quotes": "article start_char end_char text ordinal",
    }.items()
}


def _span_parts(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span else (None, None, None)


class Writer:
    """Writes batches of extractions to an open connection (the only writer of the store)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, *, key: ActorKey = actor_key) -> None:
        self.conn = conn
        self.key = key
        self._types = self._column_types()

    def _column_types(self) -> dict[str, dict[str, str]]:
        types: dict[str, dict[str, str]] = defaultdict(dict)
        for table, column, dtype in self.conn.execute(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall():
            types[table][column] = dtype
        return types

    def write(self, extractions: Sequence[Extraction]) -> int:
        """Store the extractions in one transaction; articles already stored are left alone.

        Returns the number of articles written.
        """
        if not extractions:
            return 0
        wanted = {x.article.sha256 for x in extractions}
        stored = {
            row[0]
            for row in self.conn.execute(
                "SELECT sha256 FROM articles WHERE sha256 IN (SELECT unnest(?::VARCHAR[]))", [sorted(wanted)]
            ).fetchall()
        }
        rows = {table: _Rows(cols) for table, cols in _COLUMNS.items()}
        touched: dict[str, str | None] = {}
        now = datetime.now(UTC).replace(tzinfo=None)
        written = 0
        for x in extractions:
            sha = x.article.sha256
            if sha in stored:
                continue
            stored.add(sha)
            written += 1
            self._article_rows(x, sha, now, rows, touched)
        if not written:
            return 0
        try:
            self.conn.execute("BEGIN TRANSACTION")
            for table, buf in rows.items():
                self._insert(table, buf)
            self._refresh_actors(touched)
            self.conn.execute("COMMIT")
        except duckdb.Error as exc:
            self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to the database: {str(exc).splitlines()[0]}", code="S010") from exc
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return written

    # -- rows of one article ------------------------------------------------
    def _article_rows(
        self, x: Extraction, sha: str, now: datetime, rows: dict[str, _Rows], touched: dict[str, str | None]
    ) -> None:
        art = x.article
        rows["articles"].add(
            sha256=sha,
            id=art.id,
            title=art.title,
            byline=list(art.byline),
            published=parse_date(art.published),
            source=art.source,
            url=art.url,
            text=art.text,
            ingested_at=now,
        )
        ids: dict[str, str] = {}
        for n, actor in enumerate(x.actors):
            key = self.key(actor)
            gid = global_actor_id(key) if key is not None else local_actor_id(sha, actor.id)
            ids[actor.id] = gid
            touched[gid] = key
            rows["article_actors"].add(
                article=sha,
                local_id=actor.id,
                actor=gid,
                name=actor.name,
                kind=actor.kind,
                code=actor.code,
                country=actor.country,
                sector=actor.sector,
                aliases=list(actor.aliases),
                roles=list(actor.roles),
                ordinal=n,
            )
            for k, m in enumerate(actor.mentions):
                rows["mentions"].add(
                    article=sha,
                    actor=gid,
                    local_id=actor.id,
                    start_char=m.start,
                    end_char=m.end,
                    text=m.text,
                    ordinal=k,
                )
        for n, e in enumerate(x.events):
            attributed = e.attributed_to if e.attributed_to in (None, "author") else ids.get(e.attributed_to or "")
            rows["events"].add(
                article=sha,
                id=e.id,
                source=ids.get(e.source) if e.source else None,
                target=ids.get(e.target) if e.target else None,
                source_code=e.source_code,
                target_code=e.target_code,
                cameo=e.cameo,
                cameo_root=e.cameo_root,
                goldstein=float(e.goldstein),
                quad_class=e.quad_class,
                plover=e.plover,
                plover_mode=e.plover_mode,
                modality=e.modality,
                attributed_to=attributed,
                location_name=e.location.name if e.location else None,
                location_country=e.location.country if e.location else None,
                date=parse_date(e.date),
                trigger_start=e.trigger.start,
                trigger_end=e.trigger.end,
                trigger_text=e.trigger.text,
                sentence_start=e.sentence[0],
                sentence_end=e.sentence[1],
                ordinal=n,
                source_local=e.source,
                target_local=e.target,
                attributed_local=e.attributed_to if e.attributed_to in ids else None,
            )
        for n, q in enumerate(x.quotes):
            s_start, s_end, s_text = _span_parts(q.source)
            c_start, c_end, c_text = _span_parts(q.cue)
            rows["quotes"].add(
                article=sha,
                id=q.id,
                kind=q.kind,
                speaker=ids.get(q.speaker) if q.speaker else None,
                source_start=s_start,
                source_end=s_end,
                source_text=s_text,
                cue_start=c_start,
                cue_end=c_end,
                cue_text=c_text,
                content_start=q.content.start,
                content_end=q.content.end,
                content_text=q.content.text,
                ordinal=n,
                speaker_local=q.speaker,
            )
        for n, s in enumerate(x.scare_quotes):
            rows["scare_quotes"].add(article=sha, start_char=s.start, end_char=s.end, text=s.text, ordinal=n)

    def _insert(self, table: str, buf: _Rows) -> None:
        if not len(buf):
            return
        types = self._types[table]
        # write the columns this database has: an older schema (before a migration) still takes its rows
        columns = [c for c in buf.columns if c in types]
        select = ", ".join(f"unnest(${i + 1}::{types[c]}[])" for i, c in enumerate(columns))
        names = ", ".join(f'"{c}"' for c in columns)
        self.conn.execute(f'INSERT INTO "{table}" ({names}) SELECT {select}', [buf.data[c] for c in columns])

    # -- global actors ------------------------------------------------------
    def _refresh_actors(self, touched: dict[str, str | None]) -> None:
        """Recompute the global actors touched by this batch from every article's view of them."""
        if not touched:
            return
        ids = sorted(touched)
        views = self.conn.execute(
            "SELECT actor, name, kind, code, country, sector, aliases, roles, count(*) AS n "
            "FROM article_actors WHERE actor IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL",
            [ids],
        ).fetchall()
        merged: dict[str, _Merge] = defaultdict(_Merge)
        for gid, name, kind, code, country, sector, aliases, roles, n in views:
            merged[gid].add(name, kind, code, country, sector, aliases, roles, int(n))
        rows = _Rows(("id", "key", "name", "kind", "code", "country", "sector", "aliases", "roles"))
        for gid in ids:
            m = merged[gid]
            name = m.best_name(canonical_name(touched[gid]))
            rows.add(
                id=gid,
                key=touched[gid],
                name=name,
                kind=_mode(m.kinds),
                code=_mode(m.codes),
                country=_mode(m.countries),
                sector=_mode(m.sectors),
                aliases=sorted(m.names - {name}),
                roles=sorted(m.roles),
            )
        self.conn.execute("DELETE FROM actors WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self._insert("actors", rows)


@dataclass(slots=True)
class _Merge:
    name_counts: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    sectors: Counter[str] = field(default_factory=Counter)
    names: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    def add(
        self,
        name: str,
        kind: str,
        code: str | None,
        country: str | None,
        sector: str | None,
        aliases: Iterable[str],
        roles: Iterable[str],
        n: int,
    ) -> None:
        self.name_counts[name] += n
        self.kinds[kind] += n
        for counter, value in ((self.codes, code), (self.countries, country), (self.sectors, sector)):
            if value is not None:
                counter[value] += n
        self.names.add(name)
        self.names.update(aliases)
        self.roles.update(roles)

    def best_name(self, canonical: str | None = None) -> str:
        """``canonical`` if given; else the most frequent name, properly cased forms before ALL-CAPS ones."""
        if canonical:
            return canonical
        return min(self.name_counts, key=lambda s: (shouted(s), -self.name_counts[s], -len(s), s))


def _mode(counts: Counter[str]) -> Any:
    """The most frequent value (ties: the first in code-point order), or None."""
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
