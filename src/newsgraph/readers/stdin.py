"""Standard input (the path ``-``): JSON Lines or one plain text, told apart by the first line.

If the first non-empty line is a JSON object with a ``text`` field, standard input is read
as JSON Lines, streamed line by line (errors at ``stdin:LINE``); otherwise it is one plain
text article with the id ``-`` (errors at ``stdin``), recognised as Markdown if it is one.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from itertools import chain
from typing import BinaryIO

from newsgraph.errors import ReadError
from newsgraph.readers.assemble import make_article
from newsgraph.readers.decoding import decode, read_stream
from newsgraph.readers.jsonl import bounded_lines, line_limit, read_jsonl_lines
from newsgraph.readers.problems import Problem
from newsgraph.records import Article

STDIN_ID = "-"
STDIN_LOCATION = "stdin"


def read_stdin(
    *, max_chars: int, published: str | None, stream: BinaryIO | None = None
) -> Iterator[Article | ReadError]:
    source = stream if stream is not None else _stdin_bytes()
    limit = line_limit(max_chars)
    blank: list[bytes] = []
    first = source.readline(limit)
    while first and not first.strip():
        blank.append(first)
        first = source.readline(limit)
    if _is_record(first):
        lines = chain(blank, [first], bounded_lines(source, limit))
        yield from read_jsonl_lines(lines, STDIN_LOCATION, max_chars=max_chars, published=published)
        return
    text = read_stream(source, max_chars=max_chars, prefix=b"".join([*blank, first]))
    if isinstance(text, Problem):
        yield text.at(STDIN_LOCATION)
        return
    article = make_article(STDIN_ID, text, max_chars=max_chars, markdown=None, default_published=published)
    yield article.at(STDIN_LOCATION) if isinstance(article, Problem) else article


def _stdin_bytes() -> BinaryIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8"))  # a text-only stdin (e.g. replaced in tests)


def _is_record(line: bytes) -> bool:
    text = decode(line.removeprefix(b"\xef\xbb\xbf"))
    if isinstance(text, Problem) or not text.lstrip().startswith("{"):
        return False
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(value, dict) and "text" in value
