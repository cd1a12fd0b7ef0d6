"""Shared fixtures: the real spaCy model (loaded once), the ../shared data folder."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from newsgraph.actors import find_actors
from newsgraph.actors.index import ActorIndex
from newsgraph.events.petrarch import PetrarchCoder
from newsgraph.pipeline import Pipeline, load_model
from newsgraph.records import Actor, Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


def shared_file(relative: str) -> Path:
    """A file under ../shared/data. Missing data fails under CI=true and skips elsewhere."""
    path = SHARED / relative
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared data file {path} is missing")
        pytest.skip(f"shared data file {path} is not present (outside CI)")
    return path


def load_benchmark(name: str) -> ModuleType:
    """A script of ``benchmarks/`` as a module, so gold tests reuse its harness (loaded once)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses of the module look it up by name
    spec.loader.exec_module(module)
    return module


def petrarch_pipeline(root: Path, verbs: str, actors: str, agents: str) -> Pipeline:
    """A Pipeline coding with tiny PETRARCH dictionaries written into ``root`` (a test's own)."""
    (root / "verbs.txt").write_text(verbs, encoding="utf-8")
    (root / "actors.txt").write_text(actors, encoding="utf-8")
    (root / "agents.txt").write_text(agents, encoding="utf-8")
    config = root / "PETR_config.ini"
    config.write_text(
        "[Dictionaries]\nverbfile_name = verbs.txt\nactorfile_list = actors.txt\nagentfile_name = agents.txt\n",
        encoding="utf-8",
    )
    return Pipeline(petrarch_config=config)


def petrarch_triples(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    """The (source code, target code, CAMEO code) of every event the PETRARCH coder finds in ``text``,
    before the article-level filters."""
    coder = pipeline.coder
    assert isinstance(coder, PetrarchCoder)
    doc = pipeline.nlp(text)
    return sorted((e.source_code, e.target_code, e.code) for e in coder.code_raw(doc, Article(id="t", text=text)))


# Publishers as the corpora name them: a government's own staff take the publisher's country.
STATE = "U.S. Department of State, Office of the Spokesperson (state.gov press releases RSS)"
WHITE_HOUSE = "The White House (whitehouse.gov briefing room)"
WIKINEWS = "English Wikinews (en.wikinews.org)"


def actor_index(nlp: Language, text: str, source: str | None = None, date: str = "2022-03-01") -> ActorIndex:
    """The actor stage's table for ``text`` published by ``source`` on ``date``."""
    return find_actors(nlp(text), Article(id="t", text=text, published=date, source=source))


def only_actor(index: ActorIndex, name: str) -> Actor:
    """The one actor named (or aliased) ``name``; fails listing the actors when there is not exactly one."""
    found = [a for a in index.freeze() if a.name == name or name in a.aliases]
    assert len(found) == 1, [(a.name, a.code) for a in index.freeze()]
    return found[0]


def extract_on(pipeline: Pipeline, text: str, date: str = "2022-03-04", source: str | None = None) -> Extraction:
    """``text`` as an article published on ``date`` (by ``source``), through the whole pipeline."""
    return pipeline.extract(Article(id="t", text=text, published=date, source=source))


def root_triples(ex: Extraction) -> set[tuple[str | None, str | None, str]]:
    """The (source country, target country, CAMEO root) of every event: the news harness's view."""
    return {((e.source_code or "")[:3] or None, (e.target_code or "")[:3] or None, e.cameo[:2]) for e in ex.events}
