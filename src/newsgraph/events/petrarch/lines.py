"""Reading PETRARCH/TABARI dictionary files line by line, with comments removed.

The dictionaries are plain text: ``#`` starts a comment anywhere on a line, and
``<!-- ... -->`` blocks (possibly spanning lines) are comments too. Every line keeps
its 1-based number so that errors can name ``FILE:LINE``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Line:
    """One dictionary line without its comment; ``indented`` keeps the leading-space fact."""

    path: Path
    number: int
    text: str
    indented: bool

    @property
    def where(self) -> str:
        return f"{self.path}:{self.number}"

    def error(self, message: str, *, code: str = "C010") -> ConfigError:
        return ConfigError(f"{self.where}: {message}", code=code)


def read_text(path: Path) -> str:
    """The file's text (UTF-8, falling back to Latin-1), or a one-line ConfigError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read dictionary file ({exc.strerror or exc})", code="C002") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _comment_start(text: str) -> int:
    """Where a ``#`` comment starts, ignoring ``#`` inside ``[...]`` (codes like ``[###]``)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return i
    return -1


def comment_of(raw: str) -> str:
    """The comment of a raw dictionary line (after ``#``, outside ``[...]``), stripped."""
    at = _comment_start(raw)
    return raw[at + 1 :].strip() if at >= 0 else ""


def dictionary_lines(path: Path, *, keep_blank: bool = False) -> Iterator[Line]:
    """The non-comment lines of a dictionary file (blank ones too when ``keep_blank``)."""
    in_html_comment = False
    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        text = raw
        if in_html_comment:
            end = text.find("-->")
            if end < 0:
                continue
            in_html_comment = False
            text = text[end + 3 :]
        stripped = text.strip()
        if stripped.startswith("<"):
            if "-->" not in stripped and stripped.startswith("<!--"):
                in_html_comment = True
            continue
        hash_at = _comment_start(text)
        if hash_at >= 0:
            text = text[:hash_at]
        indented = bool(text) and text[0] in " \t"
        text = text.strip()
        if text or (keep_blank and not raw.strip()):
            yield Line(path, number, text, indented)
