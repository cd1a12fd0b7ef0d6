"""Per-document lookups built once: the text, the sentence and line of each token, its entity.

spaCy 3.8 rebuilds ``Doc.text`` and ``Doc.ents`` from the tokens on every access, and
``Token.sent`` checks the whole document for sentence annotation on every call. Rules that
ask these per cue, quote or trigger therefore cost the square of the article length (a
20,000-word article spent seconds in them). :func:`doc_index` builds each table once, in one
pass over the tokens, and the quote and event stages read them from there.

The index stays valid while the document's tokens, sentence boundaries and entities do not
change. The actor stage edits ``doc.ents``, so each later stage drops the entity table at its
entry (``doc_index(doc, fresh=True)``) and its helpers reuse the index (``doc_index(doc)``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

SOURCE_TEXT = "newsgraph.source_text"  # Doc.user_data key: the article text a recased parse stands for


def with_source_text(doc: Doc, text: str) -> Doc:
    """Mark ``doc`` as standing for ``text`` (same length) when its own text differs."""
    if doc.text != text:
        if len(doc.text) != len(text):
            raise ValueError("a recased parse must keep the text's length")
        doc.user_data[SOURCE_TEXT] = text
    return doc


class DocIndex:
    """Tables of one :class:`Doc`, each built on first use (sentences need a parse or a sentencizer)."""

    __slots__ = ("_ent_of", "_ents", "_line_end", "_line_start", "_sent_of", "_sents", "_text", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._text: str | None = None
        self._sents: list[DocSpan] | None = None
        self._sent_of: list[int] = []
        self._ents: tuple[DocSpan, ...] | None = None
        self._ent_of: list[int] = []
        self._line_start: list[int] | None = None
        self._line_end: list[int] = []

    @property
    def text(self) -> str:
        """The article's text: ``doc.text`` joined once, or the text the doc was parsed for when it was
        parsed from a recased copy of the same length (:mod:`newsgraph.headlines`)."""
        if self._text is None:
            source = self.doc.user_data.get(SOURCE_TEXT)
            self._text = source if isinstance(source, str) else self.doc.text
        return self._text

    @property
    def sents(self) -> list[DocSpan]:
        """The sentences in order, as ``doc.sents`` gives them."""
        if self._sents is None:
            sents = list(self.doc.sents)
            sent_of = [0] * len(self.doc)
            for n, sent in enumerate(sents):
                sent_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
            self._sents, self._sent_of = sents, sent_of
        return self._sents

    def sent(self, i: int) -> DocSpan:
        """The sentence holding token ``i`` (the span ``doc[i].sent`` would give)."""
        return self.sents[self._sent_of[i]]

    @property
    def ents(self) -> tuple[DocSpan, ...]:
        """``doc.ents``, built once."""
        if self._ents is None:
            ents = tuple(self.doc.ents)
            ent_of = [-1] * len(self.doc)
            for n, ent in enumerate(ents):
                ent_of[ent.start : ent.end] = [n] * (ent.end - ent.start)
            self._ents, self._ent_of = ents, ent_of
        return self._ents

    def forget_entities(self) -> None:
        """Drop the entity table, to be rebuilt from ``doc.ents`` on next use."""
        self._ents, self._ent_of = None, []

    def ent_at(self, i: int) -> DocSpan | None:
        """The entity covering token ``i``, if any (entities never overlap)."""
        ents = self.ents
        n = self._ent_of[i]
        return ents[n] if n >= 0 else None

    def ents_within(self, start: int, end: int) -> list[DocSpan]:
        """The entities inside the token range ``[start, end)`` (what ``span.ents`` gives, without walking
        every entity of the document)."""
        ents = self.ents
        seen: list[DocSpan] = []
        last = -1
        for n in self._ent_of[start:end]:
            if n > last:
                ent = ents[n]
                if ent.start >= start and ent.end <= end:
                    seen.append(ent)
                last = n
        return seen

    def line_bounds(self, i: int) -> tuple[int, int]:
        """The token range ``[start, end)`` of the line (text between line breaks) holding token ``i``.

        Going back, a line starts after a token with a line break in it or in its trailing
        whitespace; going forward, it ends at such whitespace or before a token holding a line
        break (so a whitespace token with a line break belongs to the lines on both sides).
        """
        if self._line_start is None:
            self._build_lines()
        assert self._line_start is not None
        return self._line_start[i], self._line_end[i]

    def _build_lines(self) -> None:
        doc = self.doc
        n = len(doc)
        in_ws = [False] * n
        in_text = [False] * n
        for k, t in enumerate(doc):
            in_ws[k] = "\n" in t.whitespace_
            in_text[k] = "\n" in t.text
        start = [0] * n
        for i in range(1, n):
            start[i] = i if in_ws[i - 1] or in_text[i - 1] else start[i - 1]
        end = [n] * n
        for i in range(n - 2, -1, -1):
            end[i] = i + 1 if in_ws[i] or in_text[i + 1] else end[i + 1]
        self._line_start, self._line_end = start, end


_last: DocIndex | None = None


def doc_index(doc: Doc, *, fresh: bool = False) -> DocIndex:
    """The index of ``doc``: the one built last if it is for this document, else a new one.

    One index is kept per process (the document being analysed), so memory does not grow
    from article to article. ``fresh=True`` drops the entity table (a stage before may have
    edited ``doc.ents``); the text, sentences and lines do not change once a Doc is parsed.
    """
    global _last
    if _last is None or _last.doc is not doc:
        _last = DocIndex(doc)
    elif fresh:
        _last.forget_entities()
    return _last


def release(doc: Doc) -> None:
    """Forget the index of ``doc`` (the last stage calls this), so no document outlives its analysis."""
    global _last
    if _last is not None and _last.doc is doc:
        _last = None


def sentence_of(tok: Token) -> DocSpan:
    """``tok.sent`` through the document's index."""
    return doc_index(tok.doc).sent(tok.i)
