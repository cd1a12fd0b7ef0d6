"""Cross-article identity: the key under which the store merges actors of different articles.

Two actors from different articles become one stored actor exactly when their keys are equal;
``None`` means "never merge" (an uncertain identity stays per-article).
"""

from __future__ import annotations

import unicodedata

from newsgraph.records import Actor


def normalise_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("’", "'").split())


def actor_key(actor: Actor) -> str | None:
    """``kind:normalised name`` (the actor stage refines this with knowledge-base ids)."""
    if not actor.name.strip():
        return None
    return f"{actor.kind}:{normalise_name(actor.name)}"
