"""Audit the coder's precision on unlabeled news: print a seeded sample of coded events.

False positives can be found without gold: code random articles that are neither in the
news gold (``benchmarks/data/news_events_gold.jsonl``) nor in an exclusion list (the
held-out articles being annotated), keep the country-level events the harness counts
(asserted, historical or future; a country on both sides, source != target, as
``eval_news_events.predicted_triples``), and print each with its sentence, triple, trigger
and modality, to be judged by hand by the conventions in the docstring of
``benchmarks/eval_news_events.py``.

The articles are drawn in a seeded order per corpus file (round robin over the files), and
every counted event of an article is printed (no sub-sampling of events), so two coders run
with the same ``--seed`` and ``--articles`` see the same articles and their outputs can be
compared line by line (``--jsonl`` writes one record per (sentence, triple) for that)::

    .venv/bin/python benchmarks/audit_events.py --seed 1 --articles 60
    cd /work/base113 && PYTHONPATH=src /work/main/.venv/bin/python /work/main/benchmarks/audit_events.py \
        --seed 2 --articles 60 --jsonl /tmp/base.jsonl

Long articles (transcripts) are cut at a paragraph break after ``--chars`` characters, which
keeps a run short; the cut is the same for every coder.

Session 5 (the precision audit). Seeds 1, 3, 11, 13 and 17 (about 700 events) were read to find
systematic false positives; the general ones were fixed (events/sides.py: the adversary of a cooperative
act, the victim of an act commented on, a title's domain, a standing tie or agreement in force; actors:
U.S. states and towns sharing a foreign name, gatherings named by their venue, titles of a seat of
government, product names, officials listed with others; lexicon: "recognize that", "the importance
of"). Fresh samples were then judged by hand, every (sentence, triple) of both coders, by the
conventions of ``eval_news_events.py`` ("base" = the session-start coder of commit 113a124,
"after" = HEAD at the commit named, which includes the other engineers' work of the session):

    seed  articles  base (correct/predicted)   after                      HEAD
    7     110       107/121 = 0.884            110/125 = 0.880            b56910a
    23    110        96/119 = 0.807            101/129 = 0.783            de3d8e6
    31    110       107/126 = 0.849            109/130 = 0.838            e1204e9
    41    110        95/117 = 0.812             99/125 = 0.792            fcadc38
    pooled          405/483 = 0.839            419/509 = 0.823

On seeds 31 and 41 the output with this session's precision rules switched off is identical: the
patterns fixed are real but rare in fresh text; of the session-start coder's 483 events one (a right
one, seed 31, by other work) was lost, and the events the session's other work added were right about
half the time (14/26). The commonest false positives left on the fresh samples: a meeting or visit announced
for later coded as one that happened (CAMEO 04 for 03: "During their trip to X, ... will meet",
"X travels to Uganda July 9-15" as a schedule headline, "the meeting that will take place tomorrow";
about 14 of 78), a topic taken for an act ("discussed efforts to urge Russia", "measures to provide
assistance"; ~7), a wrong side from an unnamed group, pronoun or namesake (~10), a venue city as a
side ("While in Geneva, ... will meet NGOs", "the Nairobi and Luanda processes"; ~4), questions (~3).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from newsgraph.pipeline import Pipeline
from newsgraph.places import gazetteer
from newsgraph.readers.wrapping import is_hard_wrapped
from newsgraph.records import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "news_events_gold.jsonl"
CORPUS = ROOT / ".." / "shared" / "data" / "corpus"
EXCLUDE = Path("/tmp/s6/heldout_articles.txt")
CORPORA = {
    "statedept": "statedept_pr_2021_2022.jsonl.gz",
    "whitehouse": "whitehouse_2021_2026.jsonl.gz",
    "wikinews": "wikinews_2019_2020.jsonl",
}
COUNTED = ("asserted", "historical", "future")


def excluded_ids(extra: Path | None) -> set[str]:
    """Article ids never to open: those of the news gold and those listed (one a line) in ``extra``."""
    ids = {json.loads(line)["article"] for line in GOLD.read_text("utf-8").splitlines() if line.strip()}
    if extra is not None and extra.exists():
        ids |= {line.strip() for line in extra.read_text("utf-8").splitlines() if line.strip()}
    return ids


def draw_articles(seed: int, n: int, corpora: list[str], skip: set[str], corpus: Path = CORPUS) -> list[dict[str, str]]:
    """``n`` articles, round robin over the corpus files, each file in its own seeded order."""
    orders: list[list[dict[str, str]]] = []
    for key in corpora:
        name = CORPORA[key]
        opener = gzip.open if name.endswith(".gz") else open
        with opener(corpus / name, "rt", encoding="utf-8") as fh:
            records = [rec for rec in map(json.loads, fh) if rec["id"] not in skip and rec.get("text")]
        records.sort(key=lambda rec: rec["id"])
        random.Random(f"audit:{seed}:{name}").shuffle(records)
        orders.append(records)
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < n and any(i < len(o) for o in orders):
        out.extend(o[i] for o in orders if i < len(o))
        i += 1
    return out[:n]


def cut(text: str, chars: int) -> str:
    """``text`` up to the first paragraph break after ``chars`` characters."""
    if len(text) <= chars:
        return text
    end = text.find("\n", chars)
    return text if end == -1 else text[:end]


def country_events(ex: Extraction) -> Iterator[dict[str, str]]:
    """The events of ``ex`` the news harness counts, as printable records."""
    countries = set(gazetteer().values())
    names = {a.id: a.name for a in ex.actors}
    text = ex.article.text
    seen: set[tuple[int, str, str, str]] = set()
    for ev in ex.events:
        if ev.modality not in COUNTED or not ev.source_code or not ev.target_code:
            continue
        src, tgt = ev.source_code[:3], ev.target_code[:3]
        if src == tgt or src not in countries or tgt not in countries:
            continue
        key = (ev.sentence[0], src, tgt, ev.cameo[:2])
        if key in seen:
            continue
        seen.add(key)
        yield {
            "article": ex.article.id,
            "start": str(ev.sentence[0]),
            "triple": f"{src} {tgt} {ev.cameo[:2]}",
            "cameo": ev.cameo,
            "trigger": ev.trigger.text,
            "modality": ev.modality,
            "source": names.get(ev.source or "", "?"),
            "target": names.get(ev.target or "", "?"),
            "sentence": re.sub(r"\s+", " ", text[ev.sentence[0] : ev.sentence[1]]).strip(),
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=60, help="articles to code (round robin over the corpora)")
    ap.add_argument("--limit", type=int, default=0, help="print at most this many events (0: all)")
    ap.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="corpus file(s); default all three")
    ap.add_argument("--exclude", type=Path, default=EXCLUDE, help="file of article ids never to open")
    ap.add_argument("--chars", type=int, default=6000, help="cut long articles after this many characters")
    ap.add_argument("--jsonl", type=Path, help="also write the events, one JSON record a line")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus folder {CORPUS} is missing", file=sys.stderr)
        return 2
    pipeline = Pipeline()
    rows: list[dict[str, str]] = []
    articles = draw_articles(args.seed, args.articles, args.corpus or sorted(CORPORA), excluded_ids(args.exclude))
    for rec in articles:
        text = rec["text"]
        text = cut(re.sub(r"(?<!\n)\n(?!\n)", " ", text) if is_hard_wrapped(text) else text, args.chars)
        art = Article(
            id=rec["id"], text=text, published=(rec.get("published") or None), source=(rec.get("source") or None)
        )
        rows.extend(country_events(pipeline.extract(art)))
    shown = rows[: args.limit] if args.limit else rows
    for n, row in enumerate(shown, 1):
        print(
            f"[{n}] {row['triple']}  ({row['cameo']}, {row['modality']}, trigger {row['trigger']!r}; "
            f"{row['source']} -> {row['target']})  {row['article']}\n    {row['sentence'][:400]}\n"
        )
    print(f"{len(articles)} articles, {len(rows)} country-level events, {len(shown)} shown (seed {args.seed})")
    if args.jsonl:
        args.jsonl.write_text("".join(json.dumps(row) + "\n" for row in shown), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
