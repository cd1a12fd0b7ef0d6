"""JSON documents (``.json``): one article record, or an array of them, read whole.

A JSON document cannot be streamed with the standard library, so it is refused past
``JSON_CHARS_PER_TEXT_CHAR`` × ``--max-chars`` characters with a pointer to JSON Lines.
Errors in the n-th record of an array read ``PATH: record N: …``; a record without an
``id`` gets ``ID#N`` (``ID`` the file's id) or, alone, the file's id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsgraph.errors import ReadError
from newsgraph.readers import codes
from newsgraph.readers.decoding import read_text
from newsgraph.readers.fields import json_type, record_article
from newsgraph.readers.problems import Problem
from newsgraph.records import Article

JSON_CHARS_PER_TEXT_CHAR = 4


def read_json_document(
    path: Path, id: str, location: str, *, max_chars: int, published: str | None
) -> Iterator[Article | ReadError]:
    limit = max_chars * JSON_CHARS_PER_TEXT_CHAR
    text = read_text(path, max_chars=limit)
    if isinstance(text, Problem):
        if text.code == codes.TOO_LONG:
            text = Problem(
                codes.TOO_LONG,
                f"JSON document is over {limit:,} characters ({JSON_CHARS_PER_TEXT_CHAR} × the limit of "
                f"{max_chars:,}); write one record a line (.jsonl) to stream it, or raise --max-chars",
            )
        yield text.at(location)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(
            f"{location}:{exc.lineno}", f"malformed JSON: {exc.msg} (column {exc.colno})", code=codes.MALFORMED_JSON
        )
        return
    except RecursionError:
        yield ReadError(location, "malformed JSON: nested too deeply", code=codes.MALFORMED_JSON)
        return
    if isinstance(value, dict):
        article = record_article(value, default_id=id, max_chars=max_chars, published=published)
        yield article.at(location) if isinstance(article, Problem) else article
        return
    if not isinstance(value, list):
        yield ReadError(
            location,
            f"a JSON document must be an object or an array of objects (got {json_type(value)})",
            code=codes.NOT_AN_OBJECT,
        )
        return
    if not value:
        yield ReadError(location, "empty file (an empty JSON array)", code=codes.EMPTY_FILE)
        return
    for number, record in enumerate(value, 1):
        if not isinstance(record, dict):
            yield ReadError(
                location, f"record {number}: not a JSON object (got {json_type(record)})", code=codes.NOT_AN_OBJECT
            )
            continue
        article = record_article(record, default_id=f"{id}#{number}", max_chars=max_chars, published=published)
        if isinstance(article, Problem):
            yield ReadError(location, f"record {number}: {article.reason}", code=article.code)
        else:
            yield article
