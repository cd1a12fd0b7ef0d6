"""The embedded store: DuckDB schema and migrations, the single writer, ingest and queries.

>>> from newsgraph.store import Store
>>> with Store.open("newsgraph.duckdb") as store:   # doctest: +SKIP
...     store.stats()
"""

from newsgraph.store.db import Store
from newsgraph.store.migrations import LATEST as SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Store"]
