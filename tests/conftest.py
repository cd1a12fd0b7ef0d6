"""Shared fixtures: the real spaCy model (loaded once), the ../shared data folder."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from newsgraph.pipeline import Pipeline, load_model

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
