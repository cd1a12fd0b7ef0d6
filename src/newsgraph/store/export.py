"""Give back stored articles as :class:`Extraction` records (hence ``newsgraph.article/1`` JSON).

What was stored comes back as it was extracted, with the article-local actor ids (``a1`` ...)
and the record's order. Two things are normalised on the way in and stay so: a ``published``
or event ``date`` that is not a valid ``YYYY-MM-DD`` date is stored (and returned) as null, and
rows written before schema migration 3 come back in offset order with local ids recovered from
the global actor (the first local actor of that global actor in the article).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import duckdb

from newsgraph.records import Actor, Article, Event, Extraction, Location, Quote, Span
from newsgraph.store.queries import dicts


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    return Span(start, end, text) if start is not None and end is not None and text is not None else None


def stored_extraction(conn: duckdb.DuckDBPyConnection, sha256: str) -> Extraction | None:
    """The extraction stored for the article whose text has this SHA-256, or None."""
    found = dicts(conn, "SELECT * FROM articles WHERE sha256 = ?", [sha256])
    if not found:
        return None
    a = found[0]
    article = Article(
        id=a["id"],
        text=a["text"],
        title=a["title"],
        byline=tuple(a["byline"]),
        published=_iso(a["published"]),
        source=a["source"],
        url=a["url"],
    )
    mentions: dict[str, list[Span]] = {}
    for m in dicts(
        conn, "SELECT * FROM mentions WHERE article = ? ORDER BY ordinal NULLS LAST, start_char, end_char", [sha256]
    ):
        mentions.setdefault(m["local_id"], []).append(Span(m["start_char"], m["end_char"], m["text"]))
    actors: list[Actor] = []
    local_of: dict[str, str] = {}
    for r in dicts(
        conn, "SELECT * FROM article_actors WHERE article = ? ORDER BY ordinal NULLS LAST, local_id", [sha256]
    ):
        local_of.setdefault(r["actor"], r["local_id"])
        actors.append(
            Actor(
                id=r["local_id"],
                name=r["name"],
                kind=r["kind"],
                aliases=tuple(r["aliases"]),
                roles=tuple(r["roles"]),
                code=r["code"],
                country=r["country"],
                sector=r["sector"],
                mentions=tuple(mentions.get(r["local_id"], ())),
            )
        )

    def local(global_id: str | None, stored_local: str | None) -> str | None:
        if stored_local is not None:
            return stored_local
        return local_of.get(global_id) if global_id is not None else None

    events = []
    for e in dicts(conn, "SELECT * FROM events WHERE article = ? ORDER BY ordinal NULLS LAST, id", [sha256]):
        attributed = e["attributed_to"]
        if attributed not in (None, "author"):
            attributed = local(attributed, e.get("attributed_local"))
        events.append(
            Event(
                id=e["id"],
                source=local(e["source"], e.get("source_local")),
                target=local(e["target"], e.get("target_local")),
                source_code=e["source_code"],
                target_code=e["target_code"],
                cameo=e["cameo"],
                goldstein=e["goldstein"],
                quad_class=e["quad_class"],
                plover=e["plover"],
                plover_mode=e["plover_mode"],
                modality=e["modality"],
                attributed_to=attributed,
                location=Location(e["location_name"], e["location_country"])
                if e["location_name"] is not None
                else None,
                date=_iso(e["date"]),
                trigger=Span(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
                sentence=(e["sentence_start"], e["sentence_end"]),
            )
        )
    quotes = [
        Quote(
            id=q["id"],
            kind=q["kind"],
            speaker=local(q["speaker"], q.get("speaker_local")),
            source=_span(q["source_start"], q["source_end"], q["source_text"]),
            cue=_span(q["cue_start"], q["cue_end"], q["cue_text"]),
            content=Span(q["content_start"], q["content_end"], q["content_text"]),
        )
        for q in dicts(conn, "SELECT * FROM quotes WHERE article = ? ORDER BY ordinal NULLS LAST, id", [sha256])
    ]
    scare = [
        Span(s["start_char"], s["end_char"], s["text"])
        for s in dicts(
            conn, "SELECT * FROM scare_quotes WHERE article = ? ORDER BY ordinal NULLS LAST, start_char", [sha256]
        )
    ]
    return Extraction(
        article=article, actors=tuple(actors), events=tuple(events), quotes=tuple(quotes), scare_quotes=tuple(scare)
    )


def stored_hashes_in_order(conn: duckdb.DuckDBPyConnection, article_id: str | None = None) -> Iterator[str]:
    """SHA-256 keys of the stored articles (of one id, if given), oldest ingest first."""
    where, params = ("WHERE id = ?", [article_id]) if article_id is not None else ("", [])
    for row in conn.execute(f"SELECT sha256 FROM articles {where} ORDER BY ingested_at, id, sha256", params).fetchall():
        yield row[0]
