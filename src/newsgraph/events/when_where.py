"""When and where an event happened: its date (resolved against the article's date) and its
location (a named place and its country, CAMEO/ISO alpha-3).

Dates: "on May 16", "in March 2019", "on Tuesday", "yesterday", "last week" are resolved
against ``Article.published``; day precision is ``YYYY-MM-DD``, month precision ``YYYY-MM``
and year precision ``YYYY`` (ISO 8601 reduced precision). Places and their countries come from
the gazetteer (:mod:`newsgraph.places`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.places import place_country
from newsgraph.records import Location

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m} | {
    m.lower(): i for i, m in enumerate(calendar.month_abbr) if m
}
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date and how precise it is ("day", "month" or "year")."""

    value: str
    year: int
    precision: str


def resolve_date(text: str, published: dt.date, *, forward: bool = False) -> EventDate | None:
    """Resolve a date expression against the article's date; ``None`` if it names no date.

    ``forward`` says the event lies ahead (future tense): "on Tuesday" is then the next Tuesday.
    """
    low = text.lower().replace(",", " ")
    words = low.split()

    def day(d: dt.date) -> EventDate:
        return EventDate(d.isoformat(), d.year, "day")

    if m := _ISO.search(low):
        try:
            return day(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return None
    if "yesterday" in words:
        return day(published - dt.timedelta(days=1))
    if "tomorrow" in words:
        return day(published + dt.timedelta(days=1))
    if any(w in ("today", "tonight") for w in words) or "this morning" in low or "this evening" in low:
        return day(published)
    month = next((_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS), None)
    year_m = _YEAR.search(low)
    year = int(year_m.group(1)) if year_m else None
    if month is not None:
        rest = _YEAR.sub(" ", low)
        day_m = _DAY.search(rest)
        y = year if year is not None else published.year
        if day_m and 1 <= int(day_m.group(1)) <= 31:
            try:
                d = dt.date(y, month, int(day_m.group(1)))
            except ValueError:
                return None
            if year is None and not forward and d > published + dt.timedelta(days=7):
                d = d.replace(year=y - 1)
            if year is None and forward and d < published - dt.timedelta(days=7):
                d = d.replace(year=y + 1)
            return day(d)
        if year is None and not forward and (y, month) > (published.year, published.month):
            y -= 1
        return EventDate(f"{y:04d}-{month:02d}", y, "month")
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), None)
    if weekday is not None:
        ahead = forward or "next" in words
        if ahead:
            delta = (weekday - published.weekday()) % 7 or 7
            return day(published + dt.timedelta(days=delta))
        delta = (published.weekday() - weekday) % 7
        if "last" in words and delta == 0:
            delta = 7
        return day(published - dt.timedelta(days=delta))
    for unit, days in (("week", 7), ("month", 0), ("year", 0)):
        if unit in words and ("last" in words or "past" in words or "next" in words or "this" in words):
            sign = 1 if "next" in words else (0 if "this" in words else -1)
            if unit == "week":
                return day(published + dt.timedelta(days=sign * days))
            if unit == "month":
                y, mo = published.year, published.month + sign
                if mo == 0:
                    y, mo = y - 1, 12
                elif mo == 13:
                    y, mo = y + 1, 1
                return EventDate(f"{y:04d}-{mo:02d}", y, "month")
            return EventDate(f"{published.year + sign:04d}", published.year + sign, "year")
    if year is not None:
        return EventDate(f"{year:04d}", year, "year")
    return None


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- places ------------------------------------------------------------------


_PLACE_LABELS = ("GPE", "LOC", "FAC")
_LOC_PREPS = ("in", "near", "outside", "inside", "across", "throughout")


def _entity_of(tok: Token) -> DocSpan | None:
    if tok.ent_type_ not in _PLACE_LABELS:
        return None
    return doc_index(tok.doc).ent_at(tok.i)


def location_of(tokens: list[Token]) -> Location | None:
    """The place named by a locative preposition on one of ``tokens`` (the trigger and its
    governing verb): "in Oslo" -> Location(Oslo, NOR); "in the northern city of Kirkuk" -> IRQ."""
    for tok in tokens:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOC_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                candidates = [pobj]
                candidates += [c for c in pobj.children if c.dep_ in ("compound", "appos")]
                for of in pobj.children:
                    if of.dep_ == "prep" and of.lower_ == "of":
                        candidates += [c for c in of.children if c.dep_ == "pobj"]
                for cand in candidates:
                    ent = _entity_of(cand)
                    if ent is None:
                        continue
                    name = ent.text.removeprefix("the ").strip()
                    country = place_country(name)
                    if country is None:
                        # "Hebron, West Bank": the place after the comma names the region or country
                        for c in ent.root.children:
                            if c.dep_ == "appos" and (country := place_country(c.text)):
                                break
                    return Location(name=name, country=country)
    return None


def date_expressions(tokens: list[Token]) -> list[DocSpan]:
    """DATE entities attached to one of ``tokens`` (directly, through a preposition or as a
    noun-phrase adverbial), not those of other clauses."""
    out: list[DocSpan] = []
    wanted = {t.i for t in tokens}
    doc = tokens[0].doc
    for ent in doc_index(doc).ents:
        if ent.label_ != "DATE":
            continue
        root = ent.root
        head = root.head
        if head.dep_ == "prep" or head.pos_ == "ADP":
            head = head.head
        if head.i in wanted and root.i not in wanted:
            out.append(ent)
    return out
