"""Markdown to plain prose: what a reader of the rendered page would see, nothing more.

Blocks: paragraphs are unwrapped (a single newline inside a paragraph is a soft wrap in
Markdown, and hard-wrapped lines cut sentences for the parser); list items, table rows and
hard breaks stay on lines of their own; headings become paragraphs (a first ``# Heading``
becomes the title); fences, rules and link definitions go. Inline: ``[text](url)`` and
``[text][ref]`` keep the text, images go, emphasis and code marks go, backslash escapes
are resolved, HTML tags are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_ITEM = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_QUOTE_MARK = re.compile(r"^\s{0,3}(?:>\s?)+")

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`+([^`]+)`+")
_EMPHASIS = (
    re.compile(r"\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*"),
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<![\w\\])__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"),
    re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
_SPACES = re.compile(r"[ \t]{2,}")

# signals strong enough to treat a text from JSON Lines or CSV as Markdown
_MARKDOWN_SIGNALS = re.compile(
    r"\[[^\]\n]+\]\((?:https?://|/|#|mailto:)|^\s{0,3}#{1,6}\s+\S|\*\*\S[^*\n]*\*\*|^\s{0,3}```"
    r"|<(?:span|div|br|sup|sub|em|strong|u)\b[^<>\n]*>",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    title: str | None


def looks_like_markdown(text: str) -> bool:
    """True if the text carries unmistakable Markdown: inline links, ATX headings, bold, fences, inline HTML."""
    return _MARKDOWN_SIGNALS.search(text) is not None


def strip_markdown(source: str) -> Rendered:
    """Render Markdown as plain text (see the module docstring); newlines must already be ``\\n``."""
    blocks: list[str] = []
    lines: list[list[str]] = []  # the logical lines of the paragraph being read, as physical fragments
    title: str | None = None
    in_fence = False
    hard_break = False

    def close() -> None:
        nonlocal lines
        text = "\n".join(filter(None, (inline(" ".join(fragments)) for fragments in lines)))
        if text:
            blocks.append(text)
        lines = []

    for raw in source.split("\n"):
        if in_fence:
            if _FENCE.match(raw):
                in_fence = False
                close()
            else:
                lines.append([raw])
            continue
        line = _QUOTE_MARK.sub("", raw)
        if not line.strip():
            close()
            hard_break = False
            continue
        if _FENCE.match(line):
            close()
            in_fence = True
            continue
        if _SETEXT.match(line) and lines:
            if line.strip().startswith("=") and title is None and not blocks and len(lines) == 1:
                title = inline(" ".join(lines[0])) or None
                lines = []
            close()
            continue
        if _TABLE_RULE.match(line) and "|" in line:
            continue  # the rule under a table's header row
        if _RULE.match(line) or _LINK_DEFINITION.match(line):
            close()
            continue
        heading = _ATX.match(line)
        if heading:
            close()
            text = inline(heading.group(2))
            if heading.group(1) == "#" and title is None and not blocks:
                title = text or None
            elif text:
                blocks.append(text)
            continue
        item = _ITEM.match(line)
        if item:
            lines.append([item.group(1)])
        elif line.lstrip().startswith("|") or hard_break or not lines:
            lines.append([line.strip()])
        else:
            lines[-1].append(line.strip())
        hard_break = raw.endswith(("  ", "\\"))
        if raw.endswith("\\"):
            lines[-1][-1] = lines[-1][-1].removesuffix("\\")
    close()
    return Rendered("\n\n".join(blocks), title)


def inline(text: str) -> str:
    """Inline Markdown to plain text: links keep their text, marks go, escapes resolve."""
    escaped: list[str] = []

    def hide(m: re.Match[str]) -> str:
        escaped.append(m.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPE.sub(hide, text)
    text = _CODE.sub(r"\1", text)
    text = _IMAGE.sub("", text)
    for _ in range(2):  # links may nest emphasis and emphasis may wrap links
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _TAG.sub("", text)
    for pattern in _EMPHASIS:
        text = pattern.sub(r"\1", text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)
    return _SPACES.sub(" ", text).strip()
