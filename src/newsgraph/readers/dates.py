"""Publication dates: the common ways news data writes them, to ``YYYY-MM-DD``.

Accepted: ISO 8601 dates and timestamps (``2019-05-16``, ``2019-05-16T10:00:00Z``,
``2019-05-16 10:00:00+02:00``; the date is kept as written, not moved to UTC), ``2019/05/16``,
``20190516``, RFC 2822 (``Thu, 16 May 2019 10:00:00 GMT``), and month names either way
round (``16 May 2019``, ``May 16, 2019``, ``Sept. 3, 2020``). Numeric day/month orders that
differ between the U.S. and elsewhere (``05/06/2019``) are refused rather than guessed.
:func:`find_date` looks for such a date inside a longer line (a dateline).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_NAMED = (
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
)
_YMD = re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:$|[T\s])")
_COMPACT = re.compile(r"(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$")


def parse_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for a date string in one of the accepted forms, else ``None``."""
    text = value.strip()
    if not text:
        return None
    for pattern in (_YMD, _COMPACT):
        m = pattern.match(text)
        if m:
            return _valid(int(m["year"]), int(m["month"]), int(m["day"]))
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    for pattern in _NAMED:
        m = pattern.fullmatch(text) or pattern.match(text)
        if m and m["month"].lower() in _MONTHS:
            return _valid(int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"]))
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


_ISO_INSIDE = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")


def find_date(text: str) -> str | None:
    """The first date written anywhere in a short text ("Updated 10:30 AM EDT, May 16, 2019"), if any."""
    whole = parse_date(text)
    if whole is not None:
        return whole
    found: list[tuple[int, str]] = []
    for pattern in (*_NAMED, _ISO_INSIDE):
        for m in pattern.finditer(text):
            month = m["month"]
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if number is not None and (date := _valid(int(m["year"]), number, int(m["day"]))) is not None:
                found.append((m.start(), date))
                break
    return min(found)[1] if found else None
