"""Wars under way (``data/events/wars.tsv``): the implicit victim of an armed act (CAMEO 18-20)
named by its aggressor alone. "President Putin's war" in a 2023 statement is Russia's war on
Ukraine even in a paragraph that does not name Ukraine (the team's news convention codes it
RUS -> UKR, 19)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.errors import ConfigError

_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True, slots=True)
class War:
    aggressor: str  # CAMEO country code
    victim: str
    start: dt.date
    end: dt.date | None  # None: ongoing


@cache
def wars() -> tuple[War, ...]:
    """The wars of the data file, loaded and checked once per process."""
    text = resources.files("newsgraph.data").joinpath("events/wars.tsv").read_text("utf-8")
    out: list[War] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            aggressor, victim, start, end = parts[0], parts[1], dt.date.fromisoformat(parts[2]), parts[3].strip()
            until = dt.date.fromisoformat(end) if end else None
        except (IndexError, ValueError) as exc:
            raise ConfigError(
                f"data/events/wars.tsv:{n}: expected 'aggressor<TAB>victim<TAB>from<TAB>until'", code="C161"
            ) from exc
        if not (_CODE.match(aggressor) and _CODE.match(victim)) or aggressor == victim:
            raise ConfigError(
                f"data/events/wars.tsv:{n}: aggressor and victim are two CAMEO country codes", code="C162"
            )
        out.append(War(aggressor, victim, start, until))
    return tuple(out)


def victim_of(aggressor: str, on: dt.date | None) -> str | None:
    """The victim of the war ``aggressor`` (a CAMEO country code) wages on the date ``on``; None when
    there is none or the date is unknown."""
    if on is None:
        return None
    for war in wars():
        if war.aggressor == aggressor and war.start <= on and (war.end is None or on <= war.end):
            return war.victim
    return None
