"""Evaluate quote and claim finding on PolNeAR (political news attribution).

Runs the newsgraph pipeline's stages (parse, actors, quotes) on each annotation file's text and
compares the predicted quotes with the gold attributions:

* content P/R/F1: a predicted content matches a gold content when they overlap by at
  least half of the shorter span. Recall is over gold attributions that name a source;
  precision is over every predicted quote (matched against any gold attribution).
* speaker right: among predicted quotes matched to a gold attribution with a source, the
  share whose source span, or a mention of whose speaker actor, overlaps the gold source.
  A prediction is aligned with the matching gold attribution that shares its cue (else
  the one whose content overlaps it most).

The data (research use only) is read from ../shared/data at run time and never copied.

    .venv/bin/python benchmarks/eval_quotes.py --split dev
    .venv/bin/python benchmarks/eval_quotes.py --split train --limit 100
    .venv/bin/python benchmarks/eval_quotes.py --split train --misses /tmp/train_misses.txt --doc-cache /tmp/train.spacy

``--misses`` writes every missed gold attribution and every unmatched prediction, with its
cue and a little context, for error analysis (use it on the train split only: dev is the
held-out proxy). ``--doc-cache`` keeps the parsed documents in a DocBin outside the repository,
so that re-scoring after a rule change does not parse again.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from newsgraph.actors import find_actors
from newsgraph.actors.knowledge import current_knowledge
from newsgraph.docindex import with_source_text
from newsgraph.headlines import parse_text
from newsgraph.pipeline import load_model
from newsgraph.quotes import find_quotes
from newsgraph.records import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / ".." / "shared" / "data" / "gold" / "attribution"

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    source: Range | None
    cue: Range | None
    content: Range


@dataclass(slots=True)
class Scores:
    docs: int = 0
    gold: int = 0  # gold attributions with a source (the recall base)
    pred: int = 0
    gold_found: int = 0
    pred_matched: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0

    def add(self, other: Scores) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_judged if self.speaker_judged else 0.0


def _range(value: Any) -> Range | None:
    if isinstance(value, list) and len(value) == 2 and value[1] > value[0]:
        return int(value[0]), int(value[1])
    return None


def read_gold(path: Path) -> Iterator[tuple[str, str, list[GoldAttribution]]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            gold = []
            for a in rec["attributions"]:
                content = _range(a.get("content"))
                if content is not None:
                    gold.append(GoldAttribution(_range(a.get("source")), _range(a.get("cue")), content))
            yield str(rec["id"]), rec["text"], gold


def overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(a: Range, b: Range) -> bool:
    """Overlap of at least half of the shorter span."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and 2 * overlap(a, b) >= shorter


def score(ex: Extraction, gold: list[GoldAttribution], *, align: str = "cue") -> Scores:
    s = Scores(docs=1)
    sourced = [g for g in gold if g.source is not None]
    s.gold = len(sourced)
    preds = [(q, (q.content.start, q.content.end)) for q in ex.quotes]
    s.pred = len(preds)
    s.gold_found = sum(1 for g in sourced if any(matches(g.content, r) for _, r in preds))
    mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in ex.actors}
    for q, r in preds:
        hits = [g for g in gold if matches(g.content, r)]
        if not hits:
            continue
        s.pred_matched += 1
        with_source = [g for g in hits if g.source is not None]
        if not with_source:
            continue
        # Align with the gold attribution that shares the cue, else the one overlapping most.
        cue = (q.cue.start, q.cue.end) if q.cue and align == "cue" else None
        g = max(with_source, key=lambda g: (bool(cue and g.cue and overlap(cue, g.cue)), overlap(g.content, r)))
        assert g.source is not None
        s.speaker_judged += 1
        spans = [(q.source.start, q.source.end)] if q.source else []
        if q.speaker is not None:
            spans += mentions.get(q.speaker, [])
        if any(overlap(sp, g.source) > 0 for sp in spans):
            s.speaker_right += 1
    return s


def extract_quotes(doc: Doc, article: Article) -> Extraction:
    """The pipeline's actor and quote stages (the event stage does not bear on quotes)."""
    actors = find_actors(doc, article)
    found = find_quotes(doc, article, actors)
    return Extraction(article=article, actors=actors.freeze(), quotes=found.quotes, scare_quotes=found.scare_quotes)


def _snippet(text: str, r: Range | None, width: int = 90) -> str:
    if r is None:
        return "-"
    body = text[r[0] : r[1]]
    if len(body) > width:
        body = body[: width // 2] + " … " + body[-width // 2 :]
    return body.replace("\n", " / ")


def misses(ex: Extraction, gold: list[GoldAttribution]) -> Iterator[str]:
    """One line per missed gold attribution (MISS) and per unmatched prediction (FP), for error analysis."""
    text = ex.article.text
    preds = [(q.content.start, q.content.end) for q in ex.quotes]
    for g in gold:
        if g.source is None or any(matches(g.content, r) for r in preds):
            continue
        near = [r for r in preds if overlap(r, g.content)]
        yield (
            f"MISS\t{ex.article.id}\tcue={_snippet(text, g.cue)!r}\tsrc={_snippet(text, g.source)!r}"
            f"\tcontent={_snippet(text, g.content)!r}\toverlapping_pred={len(near)}"
        )
    for q in ex.quotes:
        r = (q.content.start, q.content.end)
        if any(matches(g.content, r) for g in gold):
            continue
        cue = (q.cue.start, q.cue.end) if q.cue else None
        yield f"FP\t{ex.article.id}\t{q.kind}\tcue={_snippet(text, cue)!r}\tcontent={_snippet(text, r)!r}"


def _parse_text(text: str) -> str:
    """The text the parser sees, as ``Pipeline`` prepares it (a Title Case headline recased, same offsets)."""
    kb = current_knowledge()
    return parse_text(text, is_name=lambda word: bool(kb.country_of_name(word) or kb.country_of_demonym(word)))


def parse_like_pipeline(texts: list[str], cache: Path | None = None) -> list[Doc]:
    """The parsed documents, read as ``Pipeline.extract`` reads them (spans cut from the article's own text)."""
    nlp = load_model()
    parsed = [_parse_text(t) for t in texts]
    docs: list[Doc] | None = None
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) != len(texts) or any(d.text != t for d, t in zip(docs, parsed, strict=True)):
            docs = None
    if docs is None:
        docs = list(nlp.pipe(parsed, batch_size=16))
        if cache is not None:
            DocBin(store_user_data=False, docs=docs).to_disk(cache)
            docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))  # the same docs a later run reads
    return [with_source_text(d, t) for d, t in zip(docs, texts, strict=True)]


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    verbose: bool = False,
    align: str = "cue",
    miss_file: Path | None = None,
    doc_cache: Path | None = None,
) -> tuple[Scores, Counter[str]]:
    records = list(read_gold(path))[:limit] if limit else list(read_gold(path))
    total = Scores()
    kinds: Counter[str] = Counter()
    docs = parse_like_pipeline([text for _, text, _ in records], doc_cache)
    lines: list[str] = []
    for doc, (rid, text, gold) in zip(docs, records, strict=True):
        ex = extract_quotes(doc, Article(id=rid, text=text))
        s = score(ex, gold, align=align)
        kinds.update(q.kind for q in ex.quotes)
        total.add(s)
        if miss_file is not None:
            lines.extend(misses(ex, gold))
        if verbose:
            print(f"{rid}\tP={s.precision:.2f} R={s.recall:.2f} gold={s.gold} pred={s.pred}", file=sys.stderr)
    if miss_file is not None:
        miss_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total, kinds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev")
    ap.add_argument("--file", type=Path, help="a PolNeAR-format JSONL file (overrides --split)")
    ap.add_argument("--limit", type=int, help="only the first N annotation files")
    ap.add_argument("--verbose", action="store_true", help="per-file scores on stderr")
    ap.add_argument(
        "--align",
        choices=["cue", "overlap"],
        default="cue",
        help="how a found quote picks its gold attribution for the speaker check (default: shared cue first)",
    )
    ap.add_argument("--misses", type=Path, help="write missed gold attributions and unmatched predictions here")
    ap.add_argument("--doc-cache", type=Path, help="a DocBin file (outside the repo) to keep the parsed documents in")
    args = ap.parse_args(argv)
    path = args.file or GOLD_DIR / f"polnear_{args.split}.jsonl"
    if not path.exists():
        print(f"error: {path} is missing (PolNeAR lives in ../shared/data/gold/attribution)", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    s, kinds = evaluate(
        path, limit=args.limit, verbose=args.verbose, align=args.align, miss_file=args.misses, doc_cache=args.doc_cache
    )
    secs = time.perf_counter() - t0
    print(f"data: {path.resolve()}  docs={s.docs}  gold(with source)={s.gold}  pred={s.pred}  ({secs:.0f}s)")
    print(f"predicted kinds: {dict(kinds)}")
    print(f"content  P={s.precision:.3f}  R={s.recall:.3f}  F1={s.f1:.3f}")
    print(
        f"speaker right: {s.speaker_accuracy:.3f}  ({s.speaker_right}/{s.speaker_judged} matched quotes with a gold source)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
