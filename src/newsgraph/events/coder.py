"""Event coders. A coder turns a parsed article plus its actors and quotes into events."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from newsgraph.actors.index import ActorIndex
from newsgraph.quotes.finder import QuoteFindings
from newsgraph.records import Article, Event, Span


class EventCoder(Protocol):
    def code(self, doc: Doc, article: Article, actors: ActorIndex, quotes: QuoteFindings) -> tuple[Event, ...]: ...


# baseline table, replaced by the lexicon in data files
_VERBS = {"meet": ("040", 1.0, 1, "CONSULT"), "sanction": ("163", -8.0, 4, "SANCTION"), "accuse": ("112", -2.0, 3, "ACCUSE")}


class LexiconCoder:
    """Codes events from the built-in lexicon of verb and noun triggers."""

    def code(self, doc: Doc, article: Article, actors: ActorIndex, quotes: QuoteFindings) -> tuple[Event, ...]:
        events: list[Event] = []
        for tok in doc:
            spec = _VERBS.get(tok.lemma_)
            if spec is None or tok.pos_ != "VERB":
                continue
            src = tgt = None
            for child in tok.children:
                if child.dep_ == "nsubj":
                    src = actors.resolve_phrase(child)
                elif child.dep_ == "dobj":
                    tgt = actors.resolve_phrase(child)
            if src is None:
                continue
            cameo, goldstein, quad, plover = spec
            sent = tok.sent
            events.append(
                Event(
                    id=f"e{len(events) + 1}", source=src.id, target=tgt.id if tgt else None,
                    source_code=src.code, target_code=tgt.code if tgt else None,
                    cameo=cameo, goldstein=goldstein, quad_class=quad, plover=plover, plover_mode=None,
                    modality="asserted", attributed_to="author", location=None, date=article.published,
                    trigger=Span.of(doc.text, tok.idx, tok.idx + len(tok.text)),
                    sentence=(sent.start_char, sent.end_char),
                )
            )
        return tuple(events)
