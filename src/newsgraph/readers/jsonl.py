"""JSON Lines (``.jsonl``, ``.ndjson``, and the same gzipped): one article record a line, streamed.

Each line is decoded and parsed on its own, so memory holds one line at a time and a bad
line is reported at ``PATH:LINE`` while the lines around it are still read. A line longer
than any record within ``--max-chars`` can be (``LINE_BYTES_PER_TEXT_CHAR`` bytes a character,
enough for ``\\uXXXX`` escapes) is skipped unread and reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Protocol

from newsgraph.errors import ReadError
from newsgraph.readers import codes
from newsgraph.readers.decoding import decode
from newsgraph.readers.fields import json_type, record_article
from newsgraph.readers.problems import Problem
from newsgraph.records import Article

LINE_BYTES_PER_TEXT_CHAR = 8
_LINE_SLACK = 1 << 16  # room for the other fields of a record


class LineSource(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def line_limit(max_chars: int) -> int:
    """The longest JSON line (in bytes) that may hold a record within ``max_chars``."""
    return max_chars * LINE_BYTES_PER_TEXT_CHAR + _LINE_SLACK


def bounded_lines(source: LineSource, limit: int) -> Iterator[bytes | int]:
    """The lines of a byte stream; a line longer than ``limit`` bytes comes as its length, unkept."""
    while True:
        line = source.readline(limit)
        if not line:
            return
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        length = len(line)
        while line and not line.endswith(b"\n"):
            line = source.readline(limit)
            length += len(line)
        yield length


def read_jsonl_lines(
    lines: Iterable[bytes | int], location: str, *, id_base: str | None = None, max_chars: int, published: str | None
) -> Iterator[Article | ReadError]:
    """Articles and errors of JSON Lines given as raw lines (see :func:`bounded_lines`; BOM allowed).

    Errors are placed at ``LOCATION:LINE``; a record without an ``id`` gets ``ID_BASE:LINE``.
    """
    records = 0
    for number, raw in enumerate(lines, 1):
        if isinstance(raw, int):
            records += 1
            yield ReadError(
                f"{location}:{number}",
                f"line is {raw:,} bytes, too long for a text within the limit of {max_chars:,} characters; "
                "raise it with --max-chars",
                code=codes.TOO_LONG,
            )
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        records += 1
        here = f"{location}:{number}"
        line = decode(raw)
        if isinstance(line, Problem):
            yield line.at(here)
            continue
        try:
            record = json.loads(line.rstrip())
        except json.JSONDecodeError as exc:
            yield ReadError(here, f"malformed JSON: {exc.msg} (column {exc.colno})", code=codes.MALFORMED_JSON)
            continue
        except RecursionError:
            yield ReadError(here, "malformed JSON: nested too deeply", code=codes.MALFORMED_JSON)
            continue
        if not isinstance(record, dict):
            yield ReadError(here, f"not a JSON object (got {json_type(record)})", code=codes.NOT_AN_OBJECT)
            continue
        article = record_article(
            record, default_id=f"{id_base or location}:{number}", max_chars=max_chars, published=published
        )
        yield article.at(here) if isinstance(article, Problem) else article
    if records == 0:
        yield ReadError(location, "empty file", code=codes.EMPTY_FILE)
