"""Plain text (``.txt`` and files of unknown type that decode as text) and Markdown (``.md``)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.readers.assemble import make_article
from newsgraph.readers.decoding import read_text
from newsgraph.readers.problems import Problem
from newsgraph.records import Article


def read_plain(path: Path, id: str, *, max_chars: int, published: str | None) -> Article | Problem:
    text = read_text(path, max_chars=max_chars)
    if isinstance(text, Problem):
        return text
    return make_article(id, text, max_chars=max_chars, default_published=published)


def read_markdown(path: Path, id: str, *, max_chars: int, published: str | None) -> Article | Problem:
    text = read_text(path, max_chars=max_chars)
    if isinstance(text, Problem):
        return text
    return make_article(id, text, max_chars=max_chars, markdown=True, default_published=published)
