"""newsgraph: who did what to whom, and who says so, from political news.

>>> from newsgraph import extract
>>> record = extract("Venezuela's opposition met government envoys in Oslo.").to_dict()
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsgraph.errors import ConfigError, ModelError, NewsgraphError, ReadError, StoreError
from newsgraph.pipeline import DEFAULT_MODEL, Pipeline, extract
from newsgraph.records import SCHEMA_ID, Actor, Article, Event, Extraction, Location, Quote, Span

__all__ = [
    "DEFAULT_MODEL",
    "SCHEMA_ID",
    "Actor",
    "Article",
    "ConfigError",
    "Event",
    "Extraction",
    "Location",
    "ModelError",
    "NewsgraphError",
    "Pipeline",
    "Quote",
    "ReadError",
    "Span",
    "StoreError",
    "__version__",
    "extract",
]
