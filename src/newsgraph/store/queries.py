"""Read queries over the store; every row is a plain dict, every order is total (deterministic)."""

from __future__ import annotations

from typing import Any

import duckdb


def dicts(conn: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """The rows of a query as dicts keyed by column name."""
    cursor = conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _count(conn: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


def stats(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts; ``dyads`` counts directed (source, target) actor pairs with at least one event."""
    return {
        "articles": _count(conn, "SELECT count(*) FROM articles"),
        "actors": _count(conn, "SELECT count(*) FROM actors"),
        "mentions": _count(conn, "SELECT count(*) FROM mentions"),
        "events": _count(conn, "SELECT count(*) FROM events"),
        "quotes": _count(conn, "SELECT count(*) FROM quotes"),
        "dyads": _count(
            conn,
            "SELECT count(*) FROM (SELECT DISTINCT source, target FROM events "
            "WHERE source IS NOT NULL AND target IS NOT NULL)",
        ),
    }


_ACTORS = """
WITH per_actor AS (
    SELECT aa.actor,
           count(DISTINCT aa.article) AS n_articles,
           list(DISTINCT ar.id ORDER BY ar.id) AS articles
    FROM article_actors aa JOIN articles ar ON ar.sha256 = aa.article
    GROUP BY aa.actor
), mention_counts AS (
    SELECT actor, count(*) AS mentions FROM mentions GROUP BY actor
)
SELECT a.id, a.name, a.kind, a.code, a.country, a.sector, a.aliases, a.roles,
       p.articles, coalesce(m.mentions, 0) AS mentions
FROM actors a
JOIN per_actor p ON p.actor = a.id
LEFT JOIN mention_counts m ON m.actor = a.id
ORDER BY p.n_articles DESC, mentions DESC, a.name, a.id
"""


def actors(conn: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored actors, most articles first; ``articles`` lists the ids of the articles they occur in."""
    if limit is None:
        return dicts(conn, _ACTORS)
    return dicts(conn, _ACTORS + " LIMIT ?", [limit])


# codes: the dyad's distinct CAMEO event codes, most frequent first.
_TOP_DYADS = """
WITH per_code AS (
    SELECT source, target, cameo, count(*) AS n
    FROM events WHERE source IS NOT NULL AND target IS NOT NULL
    GROUP BY ALL
), per_dyad AS (
    SELECT source, target, sum(n)::BIGINT AS events, list(cameo ORDER BY n DESC, cameo) AS codes
    FROM per_code GROUP BY ALL
)
SELECT s.name AS source, t.name AS target, d.events, d.codes
FROM per_dyad d JOIN actors s ON s.id = d.source JOIN actors t ON t.id = d.target
ORDER BY d.events DESC, s.name, t.name, d.source, d.target
LIMIT ?
"""

# Quotes whose speaker is a known actor, newest articles first.
_QUOTES = """
SELECT s.name AS speaker, ar.id AS article, q.content_text AS content
FROM quotes q
JOIN actors s ON s.id = q.speaker
JOIN articles ar ON ar.sha256 = q.article
ORDER BY ar.published DESC NULLS LAST, ar.id, q.article, q.content_start, q.id
LIMIT ?
"""


def summary(conn: duckdb.DuckDBPyConnection, *, top: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Top actors (by articles, then mentions), top dyads (by events) and quotes with speakers."""
    top_actors = [
        {"name": a["name"], "code": a["code"], "articles": len(a["articles"]), "mentions": a["mentions"]}
        for a in actors(conn, limit=top)
    ]
    return {
        "top_actors": top_actors,
        "top_dyads": dicts(conn, _TOP_DYADS, [top]),
        "quotes": dicts(conn, _QUOTES, [top]),
    }
