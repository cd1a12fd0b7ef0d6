"""The embedded store: DuckDB schema and migrations, the single writer, ingest and queries.

    newsgraph ingest examples/articles --db news.duckdb    # idempotent; safe to kill and rerun
    newsgraph summary --db news.duckdb

>>> from newsgraph.store import Store
>>> with Store.open("news.duckdb") as store:  # doctest: +SKIP
...     store.stats()

The tables are documented in :mod:`newsgraph.store.migrations`. What analysts usually ask,
in DuckDB SQL (``duckdb news.duckdb``):

    -- who acted on whom, how, per month (CAMEO root category)
    SELECT source_name, target_name, cameo_root, date_trunc('month', date) AS month, sum(events)
    FROM dyads GROUP BY ALL ORDER BY 5 DESC;

    -- the articles an actor occurs in, with its name as written there
    SELECT a.id, a.published, aa.name FROM article_actors aa JOIN articles a ON a.sha256 = aa.article
    WHERE aa.actor = (SELECT id FROM actors WHERE name = 'Nicolás Maduro' LIMIT 1);

    -- what a speaker claims
    SELECT q.content_text FROM quotes q JOIN actors s ON s.id = q.speaker WHERE s.name = 'Juan Guaidó';
"""

from newsgraph.store.db import Store
from newsgraph.store.migrations import LATEST as SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]
