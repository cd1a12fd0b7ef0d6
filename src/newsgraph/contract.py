"""The ``newsgraph.article/1`` contract: its JSON Schema and a checker beyond what a schema can say."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema


@cache
def article_schema() -> dict[str, Any]:
    """The JSON Schema shipped in the package (``newsgraph/schema/article.schema.json``)."""
    text = resources.files("newsgraph.schema").joinpath("article.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def contract_problems(record: dict[str, Any]) -> list[str]:
    """Everything wrong with ``record``: schema violations, spans that do not slice the text,
    references to actors that do not exist. An empty list means the record is valid."""
    validator = jsonschema.Draft202012Validator(article_schema())
    problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]
    if problems:
        return problems
    text = record["article"]["text"]

    def check(span: dict[str, Any] | None, where: str) -> None:
        if span is None:
            return
        s, e = span["start"], span["end"]
        if not (0 <= s <= e <= len(text)) or text[s:e] != span["text"]:
            problems.append(f"{where}: span [{s}, {e}) does not slice the article text to {span['text']!r}")

    ids = {a["id"] for a in record["actors"]}
    if len(ids) != len(record["actors"]):
        problems.append("actors: duplicate actor ids")
    for a in record["actors"]:
        for m in a["mentions"]:
            check(m, f"actors/{a['id']}/mentions")
    for ev in record["events"]:
        check(ev["trigger"], f"events/{ev['id']}/trigger")
        for key in ("source", "target"):
            if ev[key] is not None and ev[key] not in ids:
                problems.append(f"events/{ev['id']}/{key}: unknown actor {ev[key]!r}")
        if ev["attributed_to"] not in (None, "author") and ev["attributed_to"] not in ids:
            problems.append(f"events/{ev['id']}/attributed_to: unknown actor {ev['attributed_to']!r}")
        if ev["cameo_root"] != ev["cameo"][:2]:
            problems.append(f"events/{ev['id']}: cameo_root does not match cameo")
    for q in record["quotes"]:
        for key in ("source", "cue", "content"):
            check(q[key], f"quotes/{q['id']}/{key}")
        if q["speaker"] is not None and q["speaker"] not in ids:
            problems.append(f"quotes/{q['id']}/speaker: unknown actor {q['speaker']!r}")
    for i, s in enumerate(record["scare_quotes"]):
        check(s, f"scare_quotes/{i}")
    return problems
