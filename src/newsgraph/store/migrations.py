"""The DuckDB schema as numbered, tracked migrations.

Each migration runs once, in its own transaction, and is recorded in ``schema_migrations``;
opening an older database applies the ones it lacks. A released migration is never edited:
change the schema by appending a new one.

Keys. An article is keyed by the SHA-256 of its text (``articles.sha256``); every per-article
table refers to it by that hash in its ``article`` column. ``articles.id`` is the reader's id
and is *not* unique: the same id with a different text is a new version, stored beside the old
one. Actors are global (``actors.id``, derived from the cross-article identity key); the
per-article actor table keeps the article's own view of each actor (its local id ``a1``, the name
as written, its code in that article). Events carry both the global actor ids (``source``,
``target``) and the CAMEO actor codes as coded in the article (``source_code``, ``target_code``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


_TABLES = """
CREATE TABLE articles (
    sha256      VARCHAR PRIMARY KEY,     -- SHA-256 of text: the content key
    id          VARCHAR NOT NULL,        -- the reader's id (not unique: versions of one id)
    title       VARCHAR,
    byline      VARCHAR[] NOT NULL,
    published   DATE,
    source      VARCHAR,
    url         VARCHAR,
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL       -- UTC
);

CREATE TABLE actors (
    id      VARCHAR PRIMARY KEY,         -- stable: a hash of key (or of article + local id)
    key     VARCHAR,                     -- actors.identity.actor_key; NULL = never merged
    name    VARCHAR NOT NULL,
    kind    VARCHAR NOT NULL,            -- person organization country location group
    code    VARCHAR,                     -- CAMEO actor code, e.g. VENGOV
    country VARCHAR,                     -- CAMEO/ISO alpha-3
    sector  VARCHAR,                     -- CAMEO sector code (GOV, MIL, OPP, ...)
    aliases VARCHAR[] NOT NULL,
    roles   VARCHAR[] NOT NULL
);

CREATE TABLE article_actors (
    article  VARCHAR NOT NULL,           -- articles.sha256
    local_id VARCHAR NOT NULL,           -- the actor id inside the article record (a1, a2, ...)
    actor    VARCHAR NOT NULL,           -- actors.id
    name     VARCHAR NOT NULL,           -- the name as in this article
    kind     VARCHAR NOT NULL,
    code     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    aliases  VARCHAR[] NOT NULL,
    roles    VARCHAR[] NOT NULL,
    PRIMARY KEY (article, local_id)
);

CREATE TABLE mentions (
    article    VARCHAR NOT NULL,
    actor      VARCHAR NOT NULL,         -- actors.id
    local_id   VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,         -- code-point offsets into articles.text, end exclusive
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL
);

CREATE TABLE events (
    article          VARCHAR NOT NULL,
    id               VARCHAR NOT NULL,   -- the event id inside the article record (e1, ...)
    source           VARCHAR,            -- actors.id
    target           VARCHAR,            -- actors.id
    source_code      VARCHAR,            -- CAMEO actor codes as coded in this article
    target_code      VARCHAR,
    cameo            VARCHAR NOT NULL,   -- CAMEO event code, e.g. 042
    cameo_root       VARCHAR NOT NULL,   -- its first two digits (the CAMEO root category)
    goldstein        DOUBLE NOT NULL,    -- Goldstein conflict-cooperation score, -10 .. +10
    quad_class       TINYINT NOT NULL,   -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover           VARCHAR,            -- PLOVER 2.0 event type
    plover_mode      VARCHAR,
    modality         VARCHAR NOT NULL,   -- asserted negated hypothetical future historical
    attributed_to    VARCHAR,            -- actors.id, 'author', or NULL
    location_name    VARCHAR,
    location_country VARCHAR,
    date             DATE,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    PRIMARY KEY (article, id)
);

CREATE TABLE quotes (
    article       VARCHAR NOT NULL,
    id            VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,      -- direct indirect according_to
    speaker       VARCHAR,               -- actors.id
    source_start  INTEGER,               -- the speaker as written ("he", "a senior official")
    source_end    INTEGER,
    source_text   VARCHAR,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      VARCHAR,
    content_start INTEGER NOT NULL,
    content_end   INTEGER NOT NULL,
    content_text  VARCHAR NOT NULL,
    PRIMARY KEY (article, id)
);

CREATE TABLE scare_quotes (
    article    VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL
);
"""

# What analysts ask first: who acted on whom, how (CAMEO root), and when.
_DYAD_VIEWS = """
CREATE VIEW event_dyads AS
SELECT
    e.article,
    a.id AS article_id,
    coalesce(e.date, a.published) AS date,
    e.source, s.name AS source_name, e.source_code,
    e.target, t.name AS target_name, e.target_code,
    e.cameo, e.cameo_root, e.goldstein, e.quad_class, e.plover, e.modality,
    e.trigger_text
FROM events e
JOIN articles a ON a.sha256 = e.article
LEFT JOIN actors s ON s.id = e.source
LEFT JOIN actors t ON t.id = e.target;

CREATE VIEW dyads AS
SELECT source, source_name, target, target_name, cameo_root, date,
       count(*) AS events, avg(goldstein) AS goldstein
FROM event_dyads
WHERE source IS NOT NULL AND target IS NOT NULL
GROUP BY ALL;
"""

# Enough to give back each article's newsgraph.article/1 record exactly: the record's order of
# actors, mentions, events, quotes and scare quotes, and the article-local actor ids that events
# and quotes pointed to (two local actors may share one global actor).
_RECORD_ORDER = """
ALTER TABLE article_actors ADD COLUMN ordinal INTEGER;
ALTER TABLE mentions ADD COLUMN ordinal INTEGER;
ALTER TABLE events ADD COLUMN ordinal INTEGER;
ALTER TABLE events ADD COLUMN source_local VARCHAR;
ALTER TABLE events ADD COLUMN target_local VARCHAR;
ALTER TABLE events ADD COLUMN attributed_local VARCHAR;
ALTER TABLE quotes ADD COLUMN ordinal INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_local VARCHAR;
ALTER TABLE scare_quotes ADD COLUMN ordinal INTEGER;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, actors, mentions, events, quotes", _TABLES),
    Migration(2, "dyad views for analysts", _DYAD_VIEWS),
    Migration(3, "record order and article-local actor references", _RECORD_ORDER),
)

LATEST = MIGRATIONS[-1].version

_TRACKING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
)
"""


def applied_versions(conn: duckdb.DuckDBPyConnection) -> list[int]:
    conn.execute(_TRACKING)
    return [int(row[0]) for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def migrate(conn: duckdb.DuckDBPyConnection, *, upto: int | None = None) -> list[int]:
    """Apply the migrations not yet recorded (up to ``upto``); return the versions applied now."""
    done = set(applied_versions(conn))
    applied = []
    for m in MIGRATIONS:
        if m.version in done or (upto is not None and m.version > upto):
            continue
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(m.sql)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [m.version, m.name, datetime.now(UTC).replace(tzinfo=None)],
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied
