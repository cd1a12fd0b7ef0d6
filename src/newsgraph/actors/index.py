"""ActorIndex: the per-article table of actors that events and quotes link to.

The actor stage builds it; the quote and event stages read it by token and may
ask it to resolve a noun phrase ("Hungarian officials", "the army") to an actor,
which creates a codable group actor when the phrase names none yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsgraph.actors.datelines import dateline_spans
from newsgraph.docindex import doc_index
from newsgraph.records import Actor, Span

PhraseResolver = Callable[["ActorIndex", Token], "Actor | None"]


@dataclass(slots=True)
class _Builder:
    actor: Actor
    mentions: list[Span] = field(default_factory=list)
    seen: set[tuple[int, int]] = field(default_factory=set)  # (start, end) of the mentions: a long article's
    # group ("the government" 160 times) would otherwise cost a scan of its mentions per new one


class ActorIndex:
    """Mutable while the article is processed; :meth:`freeze` gives the final actors."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_index(doc).text  # the article's text (Doc.text is rebuilt on every access)
        self._builders: dict[str, _Builder] = {}
        self._token_actor: dict[int, str] = {}
        self._resolver: PhraseResolver | None = None
        # tokens of datelines ("CARACAS, Jan. 24 (newsgraph) —"): mentions there are kept, but no token of a
        # dateline maps to an actor, so no stage takes the place the story was filed from for an actor that acts
        self._dateline_tokens: set[int] = set()
        for start, end in dateline_spans(self.text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                self._dateline_tokens.update(range(span.start, span.end))

    # -- building -----------------------------------------------------------
    def new_id(self) -> str:
        """A fresh actor id (``a1``, ``a2`` …) that no registered actor has."""
        n = len(self._builders) + 1
        while f"a{n}" in self._builders:
            n += 1
        return f"a{n}"

    def add(self, actor: Actor, mentions: list[DocSpan] | None = None) -> Actor:
        """Register ``actor`` (its ``mentions`` field is ignored) with doc-span mentions."""
        self._builders[actor.id] = _Builder(replace(actor, mentions=()))
        for m in mentions or []:
            self.add_mention(actor.id, m)
        return actor

    def add_mention(self, actor_id: str, span: DocSpan) -> None:
        text = self.text
        b = self._builders[actor_id]
        if (span.start_char, span.end_char) not in b.seen:
            b.seen.add((span.start_char, span.end_char))
            b.mentions.append(Span(span.start_char, span.end_char, text[span.start_char : span.end_char]))
        for tok in span:
            if tok.i not in self._dateline_tokens:
                self._token_actor.setdefault(tok.i, actor_id)

    def update(self, actor: Actor) -> None:
        """Replace an actor's attributes (not its mentions)."""
        self._builders[actor.id].actor = replace(actor, mentions=())

    # -- reading ------------------------------------------------------------
    def in_dateline(self, token: Token | int) -> bool:
        """Whether ``token`` is part of a dateline (:mod:`newsgraph.actors.datelines`)."""
        return (token if isinstance(token, int) else token.i) in self._dateline_tokens

    def get(self, actor_id: str) -> Actor:
        return self._builders[actor_id].actor

    def __iter__(self) -> Iterator[Actor]:
        return (b.actor for b in self._builders.values())

    def __len__(self) -> int:
        return len(self._builders)

    def actor_at(self, token: Token | int) -> Actor | None:
        """The actor one of whose mentions covers ``token`` (never for a token of a dateline)."""
        i = token if isinstance(token, int) else token.i
        aid = self._token_actor.get(i)
        return self._builders[aid].actor if aid else None

    def mentions_of(self, actor_id: str) -> tuple[Span, ...]:
        return tuple(self._builders[actor_id].mentions)

    def resolve_phrase(self, head: Token) -> Actor | None:
        """The actor a noun phrase headed by ``head`` denotes, if any.

        Without an installed resolver: the head, then its compound/amod/poss/nmod
        children and a ``prep of`` complement ("the president of Venezuela").
        :func:`newsgraph.actors.find_actors` installs
        :class:`newsgraph.actors.resolver.PhraseResolver`, which also codes
        demonyms, capitals used as metonyms, sector nouns and definite
        descriptions, creating (once per article) the group actors they denote.
        """
        if self._resolver is not None:
            return self._resolver(self, head)
        return self.named_actor_in_phrase(head)

    def set_phrase_resolver(self, fn: PhraseResolver) -> None:
        self._resolver = fn

    def named_actor_in_phrase(self, head: Token) -> Actor | None:
        """The actor named at ``head`` or in its compound/amod/poss/nmod/appos children or ``of`` complement."""
        found = self.actor_at(head)
        if found:
            return found
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
                found = self.actor_at(child)
                if found:
                    return found
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.actor_at(pobj)
                        if found:
                            return found
        return None

    def freeze(self) -> tuple[Actor, ...]:
        out = []
        for b in self._builders.values():
            if not b.mentions:
                continue
            mentions = tuple(sorted(b.mentions, key=lambda s: (s.start, s.end)))
            out.append(replace(b.actor, mentions=mentions))
        return tuple(out)
