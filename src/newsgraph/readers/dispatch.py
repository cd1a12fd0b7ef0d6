"""Choose a reader by file extension; walk directories; read stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsgraph.errors import ReadError
from newsgraph.records import Article


def read_inputs(
    paths: Sequence[str], *, max_chars: int = 2_000_000, published: str | None = None
) -> Iterator[Article | ReadError]:
    for arg in paths:
        if arg == "-":
            yield Article(id="-", text=sys.stdin.read())
            continue
        p = Path(arg)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                yield from _read_file(f, f.relative_to(p).as_posix())
        elif p.is_file():
            yield from _read_file(p, p.name)
        else:
            yield ReadError(arg, "no such file or directory", code="R001")


def _read_file(path: Path, rel: str) -> Iterator[Article | ReadError]:
    if path.suffix == ".jsonl":
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip():
                rec = json.loads(line)
                yield Article(id=str(rec["id"]), text=rec["text"], title=rec.get("title"), published=rec.get("published"))
    else:
        yield Article(id=rel, text=path.read_text("utf-8"))
