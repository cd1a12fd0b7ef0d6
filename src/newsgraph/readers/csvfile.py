"""CSV and TSV (``.csv``, ``.tsv``, and the same gzipped): a header row, then one article a row.

The header must name a ``text`` column (case and surrounding spaces do not matter); the other
columns are those of JSON Lines (:mod:`newsgraph.readers.fields`). Rows are streamed through
the :mod:`csv` module, so quoted fields may span lines and be of any size; errors carry the
line a row starts on.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator

from newsgraph.errors import ReadError
from newsgraph.readers import codes
from newsgraph.readers.decoding import decode
from newsgraph.readers.fields import record_article
from newsgraph.readers.problems import Problem
from newsgraph.records import Article


def read_csv_lines(
    lines: Iterable[bytes],
    location: str,
    *,
    id_base: str | None = None,
    delimiter: str,
    max_chars: int,
    published: str | None,
) -> Iterator[Article | ReadError]:
    """Articles and errors of a CSV file given as raw lines (the first may start with a BOM)."""
    csv.field_size_limit(sys.maxsize)  # article texts are long; --max-chars is the limit that counts
    problems: list[ReadError] = []
    text_lines = _decoded(lines, location, problems)
    reader = csv.reader(text_lines, delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield ReadError(f"{location}:1", f"malformed CSV: {exc}", code=codes.MALFORMED_CSV)
        return
    yield from problems
    if header is None:
        yield ReadError(location, "empty file", code=codes.EMPTY_FILE)
        return
    columns = [name.strip().lower() for name in header]
    if "text" not in columns:
        shown = ", ".join(repr(c) for c in columns[:8])
        yield ReadError(
            f"{location}:1", f'CSV header has no "text" column (columns: {shown})', code=codes.NO_TEXT_FIELD
        )
        return
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as exc:
            yield from _drain(problems)
            yield ReadError(f"{location}:{start}", f"malformed CSV: {exc}", code=codes.MALFORMED_CSV)
            continue
        yield from _drain(problems)
        if row is None:
            return
        if not any(field.strip() for field in row):
            continue
        here = f"{location}:{start}"
        record = {name: value for name, value in zip(columns, row, strict=False) if value.strip()}
        article = record_article(
            record, default_id=f"{id_base or location}:{start}", max_chars=max_chars, published=published
        )
        yield article.at(here) if isinstance(article, Problem) else article


def _decoded(lines: Iterable[bytes], location: str, problems: list[ReadError]) -> Iterator[str]:
    for number, raw in enumerate(lines, 1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        line = decode(raw)
        if isinstance(line, Problem):
            problems.append(line.at(f"{location}:{number}"))
            yield "\n"
        else:
            yield line


def _drain(problems: list[ReadError]) -> Iterator[ReadError]:
    while problems:
        yield problems.pop(0)
