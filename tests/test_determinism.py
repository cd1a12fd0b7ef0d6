"""Extraction output must not depend on Python's hash seed (set iteration order).

A cue verb with several prepositions of content ("ask about …", "ask on …") once took whichever
preposition its lexicon set yielded first, so the quote's content changed with PYTHONHASHSEED.
Each run below is a fresh interpreter with its own seed, on the real model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Team-written text: the parser hangs both "about the" and "on the housing plan …" on "ask".
TEXT = "QUESTION: Can we also ask about the – on the housing plan the mayor unveiled last month, there was a delay."

_SCRIPT = """
import json, sys
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article
record = Pipeline().extract(Article(id="determinism", text=sys.stdin.read())).to_dict()
print(json.dumps(record, sort_keys=True, ensure_ascii=False))
"""


def _extract_with_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], input=TEXT, env=env, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_output_is_identical_under_different_hash_seeds() -> None:
    outputs = [_extract_with_seed(seed) for seed in (0, 2)]
    assert outputs[0] == outputs[1]
    quotes = json.loads(outputs[0])["quotes"]
    asked = [q for q in quotes if q["cue"] and q["cue"]["text"] == "ask"]
    # Of the two prepositional objects, the longest content wins ("about the" is a false start).
    assert [q["content"]["text"] for q in asked] == ["the housing plan the mayor unveiled last month"]
