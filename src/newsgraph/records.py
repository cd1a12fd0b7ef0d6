"""Typed, frozen records for everything newsgraph extracts.

The JSON contract ``newsgraph.article/1`` is produced in exactly one place:
:meth:`Extraction.to_dict`. Every span is a pair of code-point offsets into
``Article.text`` (end exclusive) and ``article.text[start:end] == span.text``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "newsgraph.article/1"

ActorKind = Literal["person", "organization", "country", "location", "group"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
QuoteKind = Literal["direct", "indirect", "according_to"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "location", "group")
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future", "historical")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "according_to")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as read; ``text`` is what every span points into."""

    id: str
    text: str
    title: str | None = None
    byline: tuple[str, ...] = ()
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "byline": list(self.byline),
            "published": self.published,
            "source": self.source,
            "url": self.url,
            "text": self.text,
            "sha256": self.sha256,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country, place or group, with every mention of it."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    code: str | None = None  # CAMEO actor code, e.g. VENGOV
    country: str | None = None  # CAMEO/ISO alpha-3 country code, e.g. VEN
    sector: str | None = None  # CAMEO sector code, e.g. GOV, MIL, OPP
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "roles": list(self.roles),
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one CAMEO/PLOVER-coded event (CAMEO manual, PLOVER 2.0)."""

    id: str
    source: str | None  # actor id
    target: str | None  # actor id
    source_code: str | None
    target_code: str | None
    cameo: str  # e.g. "042"
    goldstein: float
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover: str | None
    plover_mode: str | None
    modality: Modality
    attributed_to: str | None  # actor id, "author", or None
    location: Location | None
    date: str | None
    trigger: Span
    sentence: tuple[int, int]

    @property
    def cameo_root(self) -> str:
        return self.cameo[:2]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "source_code": self.source_code,
            "target_code": self.target_code,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "modality": self.modality,
            "attributed_to": self.attributed_to,
            "location": self.location.to_dict() if self.location else None,
            "date": self.date,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """A claim: its content, the cue that introduces it and who makes it."""

    id: str
    kind: QuoteKind
    speaker: str | None  # actor id
    source: Span | None  # the speaker as written ("he", "a senior official")
    cue: Span | None
    content: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything newsgraph found in one article: the ``newsgraph.article/1`` record."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    scare_quotes: tuple[Span, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "scare_quotes": [s.to_dict() for s in self.scare_quotes],
        }
