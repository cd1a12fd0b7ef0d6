"""Human-readable renderings of records and store queries (the ``table`` format)."""

from __future__ import annotations

import json
from typing import Any


def render_extraction(record: dict[str, Any], fmt: str) -> str:
    if fmt == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    art = record["article"]
    names = {a["id"]: a["name"] for a in record["actors"]}
    lines = [f"== {art['id']}  {art.get('title') or ''}".rstrip()]
    lines.append(f"   {len(record['actors'])} actors, {len(record['events'])} events, {len(record['quotes'])} quotes")
    for a in record["actors"]:
        extra = f" [{a['code']}]" if a.get("code") else ""
        roles = f" ({'; '.join(a['roles'])})" if a.get("roles") else ""
        lines.append(f"   actor  {a['name']}{extra}{roles}  x{len(a['mentions'])}")
    for e in record["events"]:
        src = names.get(e["source"], e.get("source_code") or "?")
        tgt = names.get(e["target"], e.get("target_code") or "-")
        mod = "" if e["modality"] == "asserted" else f" ({e['modality']})"
        lines.append(
            f"   event  {src} -> {tgt}: {e['cameo']} {e.get('plover') or ''} \u201c{e['trigger']['text']}\u201d{mod}"
        )
    for q in record["quotes"]:
        who = names.get(q["speaker"], (q.get("source") or {}).get("text") or "?")
        content = q["content"]["text"]
        short = content if len(content) <= 90 else content[:87] + "..."
        lines.append(f"   quote  {who}: \u201c{short}\u201d")
    return "\n".join(lines) + "\n\n"


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    if not rows:
        return "(none)\n"
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    out += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(out) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def render_stats(stats: dict[str, Any]) -> str:
    return "".join(f"{k:<10} {v}\n" for k, v in stats.items())


def render_actors(rows: list[dict[str, Any]]) -> str:
    """One line per actor; ``articles`` shows how many (the JSON formats list their ids)."""
    shown = [{**r, "articles": len(r.get("articles") or [])} for r in rows]
    return _table(shown, ["id", "name", "kind", "code", "articles", "mentions", "aliases"])


def render_summary(summary: dict[str, Any]) -> str:
    parts = []
    for title, key, cols in (
        ("Top actors", "top_actors", ["name", "code", "articles", "mentions"]),
        ("Top dyads", "top_dyads", ["source", "target", "events", "codes"]),
        ("Quotes with speakers", "quotes", ["speaker", "article", "content"]),
    ):
        parts.append(f"{title}\n{'-' * len(title)}\n{_table(summary.get(key, []), cols)}")
    return "\n".join(parts)
