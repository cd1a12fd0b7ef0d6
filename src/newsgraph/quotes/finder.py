"""The quote stage (baseline: direct quotes in straight or curly marks)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from newsgraph.actors.index import ActorIndex
from newsgraph.records import Article, Quote, Span

_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


@dataclass(frozen=True, slots=True)
class QuoteFindings:
    quotes: tuple[Quote, ...] = ()
    scare_quotes: tuple[Span, ...] = ()


def find_quotes(doc: Doc, article: Article, actors: ActorIndex) -> QuoteFindings:
    text = doc.text
    quotes: list[Quote] = []
    scare: list[Span] = []
    for m in _QUOTED.finditer(text):
        content = Span.of(text, m.start(1), m.end(1))
        if len(content.text.split()) <= 3:
            scare.append(content)
            continue
        quotes.append(Quote(id=f"q{len(quotes) + 1}", kind="direct", speaker=None, source=None, cue=None, content=content))
    return QuoteFindings(tuple(quotes), tuple(scare))
