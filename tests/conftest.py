"""Shared fixtures: the real spaCy model (loaded once), the ../shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

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
