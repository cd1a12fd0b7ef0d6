"""One record of JSON Lines or CSV (a mapping of field names to values) to an Article.

Fields: ``text`` (required), ``id`` (else the record's ``PATH:LINE``), ``title``, ``published``
(any form :func:`~newsgraph.readers.dates.parse_date` accepts), ``source``, ``url``,
``byline``/``author``/``authors`` (a list of names, or names joined by ``;`` or `` and ``),
and ``format`` (``text``, ``markdown`` or ``html``; by default Markdown and HTML are recognised
from the text). Other fields are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from newsgraph.readers import codes
from newsgraph.readers.assemble import make_article
from newsgraph.readers.dates import parse_date
from newsgraph.readers.html import html_article
from newsgraph.readers.problems import Problem
from newsgraph.records import Article

_FORMATS = {"text": False, "txt": False, "plain": False, "markdown": True, "md": True}
_LOOKS_LIKE_HTML = re.compile(r"\s*<(?:!doctype\s+html|html|head|body|article)\b", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(r"\s*;\s*|\s+and\s+|\s*&\s*")


def record_article(
    record: Mapping[str, Any], *, default_id: str, max_chars: int, published: str | None
) -> Article | Problem:
    """The Article of one record, or the Problem that keeps it from being one."""
    if "text" not in record or record["text"] is None:
        return Problem(codes.NO_TEXT_FIELD, 'record has no "text"')
    text = record["text"]
    if not isinstance(text, str):
        return Problem(codes.NO_TEXT_FIELD, f'"text" is not a string (got {json_type(text)})')
    if not text.strip():
        return Problem(codes.EMPTY_TEXT, 'record has an empty "text"')
    record_date: str | None = None
    raw_date = _string(record.get("published"))
    if raw_date is not None:
        record_date = parse_date(raw_date)
        if record_date is None:
            return Problem(codes.BAD_DATE, f'"published" is not a date: {raw_date!r}')
    identifier = _string(record.get("id")) or default_id
    form = (_string(record.get("format")) or "").lower()
    if form == "html" or (not form and _LOOKS_LIKE_HTML.match(text)):
        article = html_article(text, identifier, max_chars=max_chars, published=published)
        if isinstance(article, Problem):
            return article
        return _with_metadata(article, record, record_date)
    if form and form not in _FORMATS:
        return Problem(codes.NO_TEXT_FIELD, f'unknown "format" {form!r} (use text, markdown or html)')
    return make_article(
        identifier,
        text,
        max_chars=max_chars,
        markdown=_FORMATS.get(form),
        title=_string(record.get("title")),
        byline=_names(record),
        published=record_date,
        default_published=published,
        source=_string(record.get("source")),
        url=_string(record.get("url")),
    )


def _with_metadata(article: Article, record: Mapping[str, Any], record_date: str | None) -> Article:
    """An Article read from a record's HTML, with the record's own metadata winning over the page's."""
    return replace(
        article,
        title=_string(record.get("title")) or article.title,
        byline=_names(record) or article.byline,
        published=record_date or article.published,
        source=_string(record.get("source")) or article.source,
        url=_string(record.get("url")) or article.url,
    )


def _string(value: Any) -> str | None:
    """A metadata value as a non-empty string (numbers are accepted for ids), else ``None``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        text = str(value).strip()
        return text or None
    return None


def _names(record: Mapping[str, Any]) -> tuple[str, ...]:
    for key in ("byline", "author", "authors"):
        value = record.get(key)
        if isinstance(value, list):
            return tuple(n.strip() for n in value if isinstance(n, str) and n.strip())
        if isinstance(value, str) and value.strip():
            value = re.sub(r"^\s*by\s+", "", value.strip(), flags=re.IGNORECASE)
            return tuple(n for n in _NAME_SEPARATORS.split(value) if n)
    return ()


def json_type(value: Any) -> str:
    """What a JSON value is, in JSON's words ("an array", "a string", "null")."""
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }
    return "null" if value is None else names.get(type(value), type(value).__name__)
