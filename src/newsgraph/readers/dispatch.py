"""Turn command-line paths into Articles: choose a reader by extension, walk directories, read stdin.

=========================  =====================================================
``.txt`` ``.text``         plain text (:mod:`~newsgraph.readers.plaintext`)
``.md`` ``.markdown``      Markdown, rendered to prose; a first ``# Heading`` is the title
``.html`` ``.htm``         the page's main text via trafilatura (:mod:`~newsgraph.readers.html`)
``.jsonl`` ``.ndjson``     one record a line (:mod:`~newsgraph.readers.jsonl`), also ``.gz``
``.json``                  one record or an array of records (:mod:`~newsgraph.readers.jsondoc`)
``.csv`` ``.tsv``          a header row with a ``text`` column (:mod:`~newsgraph.readers.csvfile`), also ``.gz``
anything else              plain text if it decodes as text, else an error
a directory                every file below it, in sorted order; hidden files and directories skipped
``-``                      standard input (:mod:`~newsgraph.readers.stdin`)
=========================  =====================================================

Article ids: a record's ``id`` (else ``PATH:LINE``); for a file named on the command line its
path as given (its name if the path is absolute); for a file found in a directory its path
relative to that directory. Errors are located at the path as the user can find it.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePath

from newsgraph.errors import ReadError
from newsgraph.readers import codes
from newsgraph.readers.csvfile import read_csv_lines
from newsgraph.readers.dates import parse_date
from newsgraph.readers.decoding import SNIFF_BYTES, looks_binary
from newsgraph.readers.html import read_html
from newsgraph.readers.jsondoc import read_json_document
from newsgraph.readers.jsonl import bounded_lines, line_limit, read_jsonl_lines
from newsgraph.readers.plaintext import read_markdown, read_plain
from newsgraph.readers.problems import Problem
from newsgraph.readers.stdin import read_stdin
from newsgraph.records import Article

DEFAULT_MAX_CHARS = 2_000_000

_OneArticle = Callable[..., Article | Problem]
_WHOLE_FILE: dict[str, _OneArticle] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
_RECORDS = {".jsonl": None, ".ndjson": None, ".csv": ",", ".tsv": "\t"}


def read_inputs(
    paths: Sequence[str], *, max_chars: int = DEFAULT_MAX_CHARS, published: str | None = None
) -> Iterator[Article | ReadError]:
    """Articles from files, directories and ``-`` (stdin), with a ReadError for each input that fails.

    Raises ReadError at once (before reading anything) if ``published`` is not a date or
    ``max_chars`` is not positive; ``published`` is normalised to ``YYYY-MM-DD`` and given to
    every article that carries no date of its own.
    """
    if max_chars < 1:
        raise ReadError("--max-chars", f"must be at least 1 (got {max_chars})", code=codes.BAD_OPTION)
    default_date: str | None = None
    if published is not None:
        default_date = parse_date(published)
        if default_date is None:
            raise ReadError("--published", f"not a date: {published!r} (use YYYY-MM-DD)", code=codes.BAD_DATE)
    return _read_all(list(paths), max_chars=max_chars, published=default_date)


def _read_all(paths: list[str], *, max_chars: int, published: str | None) -> Iterator[Article | ReadError]:
    for arg in paths:
        path = Path(arg)
        try:
            if arg == "-":
                yield from read_stdin(max_chars=max_chars, published=published)
            elif path.is_dir():
                yield from _read_directory(path, arg, max_chars=max_chars, published=published)
            elif path.is_file():
                yield from read_file(path, _argument_id(arg), arg, max_chars=max_chars, published=published)
            elif path.exists():
                yield ReadError(arg, "not a regular file or directory", code=codes.OS_ERROR)
            else:
                yield ReadError(arg, "no such file or directory", code=codes.NO_SUCH_PATH)
        except OSError as exc:
            yield ReadError(arg, f"cannot read: {exc.strerror or exc}", code=codes.OS_ERROR)


def _argument_id(arg: str) -> str:
    path = PurePath(os.path.normpath(arg))
    return path.name if path.is_absolute() else path.as_posix()


def _read_directory(root: Path, arg: str, *, max_chars: int, published: str | None) -> Iterator[Article | ReadError]:
    found = False
    for relative, problem in _walk(root):
        found = True
        location = os.path.join(arg, *relative.parts) if relative.parts else arg
        if problem is not None:
            yield problem.at(location)
            continue
        yield from read_file(root / relative, relative.as_posix(), location, max_chars=max_chars, published=published)
    if not found:
        yield ReadError(arg, "directory has no files to read (hidden files are skipped)", code=codes.EMPTY_DIRECTORY)


def _walk(root: Path) -> list[tuple[PurePath, Problem | None]]:
    """Files below ``root`` as relative paths, sorted; hidden names skipped, symlinked directories not followed.

    Subdirectories that cannot be listed and links that lead nowhere come with their Problem.
    """
    found: list[tuple[PurePath, Problem | None]] = []

    def unlisted(exc: OSError) -> None:
        where = PurePath(exc.filename).relative_to(root) if exc.filename else PurePath()
        found.append((where, Problem(codes.OS_ERROR, f"cannot read directory: {exc.strerror or exc}")))

    for directory, subdirectories, files in os.walk(root, onerror=unlisted):
        subdirectories[:] = [d for d in subdirectories if not d.startswith(".")]
        base = PurePath(directory).relative_to(root)
        for name in files:
            path = Path(directory) / name
            if name.startswith("."):
                continue
            if path.is_file():
                found.append((base / name, None))
            elif path.is_symlink():
                found.append((base / name, Problem(codes.NO_SUCH_PATH, "broken symbolic link")))
    return sorted(found, key=lambda item: item[0].parts)


def read_file(
    path: Path, id: str, location: str, *, max_chars: int, published: str | None
) -> Iterator[Article | ReadError]:
    """Articles and errors of one file, chosen by its extension (see the module docstring)."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    suffix = suffixes[-1] if suffixes else ""
    try:
        if suffix == ".gz":
            inner = suffixes[0] if len(suffixes) == 2 else ""
            if inner not in _RECORDS:
                yield ReadError(
                    location, "compressed file: only .jsonl.gz, .csv.gz and .tsv.gz are read", code=codes.BINARY_FILE
                )
                return
            with gzip.open(path, "rb") as fh:
                yield from _records(fh, inner, id, location, max_chars=max_chars, published=published)
            return
        if suffix in _RECORDS:
            with path.open("rb") as fh:
                head = fh.read(SNIFF_BYTES)
                if not head:
                    yield ReadError(location, "empty file", code=codes.EMPTY_FILE)
                    return
                if looks_binary(head):
                    yield ReadError(location, "binary file (not text)", code=codes.BINARY_FILE)
                    return
                fh.seek(0)
                yield from _records(fh, suffix, id, location, max_chars=max_chars, published=published)
            return
        if suffix == ".json":
            yield from read_json_document(path, id, location, max_chars=max_chars, published=published)
            return
        article = _WHOLE_FILE.get(suffix, read_plain)(path, id, max_chars=max_chars, published=published)
    except (OSError, EOFError, zlib.error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield ReadError(location, f"cannot read: {reason}", code=codes.OS_ERROR)
        return
    yield article.at(location) if isinstance(article, Problem) else article


def _records(
    lines: io.BufferedIOBase, suffix: str, id: str, location: str, *, max_chars: int, published: str | None
) -> Iterator[Article | ReadError]:
    """Records of a JSON Lines or CSV file; a record without an ``id`` gets ``ID:LINE`` (``ID`` the file's id)."""
    delimiter = _RECORDS[suffix]
    if delimiter is None:
        bounded = bounded_lines(lines, line_limit(max_chars))
        yield from read_jsonl_lines(bounded, location, id_base=id, max_chars=max_chars, published=published)
    else:
        yield from read_csv_lines(
            lines, location, id_base=id, delimiter=delimiter, max_chars=max_chars, published=published
        )
