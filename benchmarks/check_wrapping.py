"""Count lines broken inside a sentence that survive reading (hard-wrapped text the readers did not unwrap).

A seeded sample of White House, State Department and Wikinews articles is read through
``newsgraph.readers.read_inputs``; a single ``\\n`` between a lower-case-or-comma word and a
lower-case word in ``article.text`` is a line cut mid-sentence.

    .venv/bin/python benchmarks/check_wrapping.py [--seed 7] [--examples 8]
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import tempfile
from pathlib import Path

from newsgraph.readers import read_inputs
from newsgraph.records import Article

CORPUS = Path(__file__).resolve().parents[1] / "../shared/data/corpus"
SAMPLES = (
    ("whitehouse_2021_2026.jsonl.gz", 300),
    ("statedept_pr_2021_2022.jsonl.gz", 100),
    ("wikinews_2019_2020.jsonl", 100),
)
CUT = re.compile(r"[a-z,;]\n(?!\n)[ \t]*[a-z]")


def _records(name: str) -> list[str]:
    path = CORPUS / name
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [line for line in fh if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--examples", type=int, default=8)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    examples: list[str] = []
    for name, size in SAMPLES:
        lines = _records(name)
        sample = rng.sample(lines, min(size, len(lines)))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / (name.removesuffix(".gz").removesuffix(".jsonl") + ".jsonl")
            path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in sample), "utf-8")
            articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
        bad_articles = cuts = 0
        for article in articles:
            found = list(CUT.finditer(article.text))
            if found:
                bad_articles += 1
                cuts += len(found)
                for match in found[:1]:
                    start, end = max(0, match.start() - 60), match.end() + 60
                    examples.append(f"{article.id}: {article.text[start:end]!r}")
        print(f"{name:36} articles {len(articles):4}  with a cut line {bad_articles:4}  cut lines {cuts:5}")
    rng.shuffle(examples)
    for example in examples[: args.examples]:
        print("  ", example)


if __name__ == "__main__":
    main()
