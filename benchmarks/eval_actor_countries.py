"""How many actors lack a country on unseen real text: the gap that costs country-level event coding.

Runs the whole pipeline (built-in lexicon) over a seeded random sample of articles from three corpora
of ``../shared/data/corpus`` (State Department press releases, White House briefing room, Wikinews)
and prints, per corpus and overall:

- actors per kind;
- of the actors that are an event's source or target and have a sector (GOV, MIL …), the share with
  no country — such an event cannot be scored at country level (CAMEO country + sector codes);
- the same share counted over event roles (each source/target slot once);
- the commonest country-less forms (names as written), so the gaps can be read;
- timing (parse vs the rest).

The sample never overlaps the hand-annotated articles of ``benchmarks/data/actors_gold.jsonl``'s
corpus (a different file), so it is unseen text unless someone tunes on it: use ``--seed`` to draw
another sample for a check on text not looked at.

    .venv/bin/python benchmarks/eval_actor_countries.py [--per-corpus 60] [--seed 7] [--top 40] [--json] [--show]

Measured in session 2 (same event coder both times; 180 articles per seed). Seed 7 is the sample the country
rules were developed on; seed 2026 was drawn and scored before them and not looked at in between:

    seed 7     event actors with a sector but no country 20.1% -> 12.8%   (event slots 20.3% -> 10.2%)
    seed 2026  event actors with a sector but no country 18.5% -> 11.7%   (event slots 17.0% -> 8.6%)

(measured with the pipeline of commit fdba02e, blank lines as sentence breaks; before that change to the
parse, seed 2026 gave 20.7% -> 16.1% with the rules then committed.)

Most of what is left are groups no one country owns ("people", "students", "governments", "refugees") and
officials of international bodies ("UN Special Envoy Geir Pedersen").
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newsgraph.actors import current_knowledge
from newsgraph.pipeline import Pipeline
from newsgraph.readers import read_inputs
from newsgraph.records import Article

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "data" / "corpus"
FILES = ("statedept_pr_2021_2022.jsonl.gz", "whitehouse_2021_2026.jsonl.gz", "wikinews_2019_2020.jsonl")
MAX_CHARS = 20_000  # very long transcripts would dominate the timing and the counts


def sample(path: Path, n: int, seed: int) -> list[Article]:
    """``n`` articles of ``path`` drawn with ``seed`` (read as ``newsgraph extract`` reads them)."""
    articles = [a for a in read_inputs([str(path)]) if isinstance(a, Article) and 200 < len(a.text) <= MAX_CHARS]
    articles.sort(key=lambda a: a.id)
    return random.Random(seed).sample(articles, min(n, len(articles)))


def evaluate(per_corpus: int = 60, seed: int = 7, top: int = 40, *, show: bool = False) -> dict[str, Any]:
    pipeline = Pipeline()
    current_knowledge()
    out: dict[str, Any] = {"seed": seed, "per_corpus": per_corpus, "corpora": {}}
    total_forms: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for name in FILES:
        articles = sample(CORPORA / name, per_corpus, seed)
        kinds: Counter[str] = Counter()
        c: Counter[str] = Counter()
        forms: Counter[str] = Counter()
        parse_s = rest_s = 0.0
        for article in articles:
            t0 = time.perf_counter()
            doc = pipeline.nlp(article.text)
            t1 = time.perf_counter()
            extraction = pipeline.analyse(article, doc)
            rest_s += time.perf_counter() - t1
            parse_s += t1 - t0
            by_id = {a.id: a for a in extraction.actors}
            kinds.update(a.kind for a in extraction.actors)
            in_events = set()
            for ev in extraction.events:
                for aid in (ev.source, ev.target):
                    actor = by_id.get(aid) if aid else None
                    if actor is None or actor.kind == "country" or not actor.sector:
                        continue
                    c["event_slots"] += 1
                    if not actor.country and not (actor.code or "").startswith("IGO"):
                        c["event_slots_no_country"] += 1
                    in_events.add(aid)
            for aid in in_events:
                actor = by_id[aid]
                c["event_actors"] += 1
                if not actor.country and not (actor.code or "").startswith("IGO"):
                    c["event_actors_no_country"] += 1
                    form = actor.mentions[0].text if actor.mentions else actor.name
                    forms[f"{' '.join(form.split())} [{actor.kind} {actor.sector}]"] += 1
                    if show:
                        at = actor.mentions[0].start if actor.mentions else 0
                        context = " ".join(article.text[max(0, at - 100) : at + 80].split())
                        print(f"[{article.id}] {actor.name!r} {actor.kind} {actor.sector}: ...{context}...")
            c["events"] += len(extraction.events)
        c["articles"] = len(articles)
        summary = _shares(c)
        summary["actors_per_kind"] = dict(kinds.most_common())
        summary["parse_seconds"] = round(parse_s, 2)
        summary["stages_seconds"] = round(rest_s, 2)
        summary["top_countryless"] = forms.most_common(top)
        out["corpora"][name] = summary
        totals.update(c)
        totals["parse_ms"] += round(parse_s * 1000)
        totals["stages_ms"] += round(rest_s * 1000)
        total_forms.update(forms)
    out["overall"] = _shares(totals)
    out["overall"]["parse_seconds"] = totals["parse_ms"] / 1000
    out["overall"]["stages_seconds"] = totals["stages_ms"] / 1000
    out["overall"]["top_countryless"] = total_forms.most_common(top)
    return out


def _shares(c: Counter[str]) -> dict[str, Any]:
    return {
        "articles": c["articles"],
        "events": c["events"],
        "event_actors_with_sector": c["event_actors"],
        "no_country_share": round(c["event_actors_no_country"] / max(c["event_actors"], 1), 3),
        "event_slots_with_sector": c["event_slots"],
        "slots_no_country_share": round(c["event_slots_no_country"] / max(c["event_slots"], 1), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--per-corpus", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each country-less event actor in context")
    args = parser.parse_args(argv)
    result = evaluate(args.per_corpus, args.seed, args.top, show=args.show)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for name, s in (*result["corpora"].items(), ("overall", result["overall"])):
        print(
            f"{name}: articles={s['articles']} events={s['events']} "
            f"event actors with a sector={s['event_actors_with_sector']} no country={s['no_country_share']:.1%} "
            f"(slots {s['event_slots_with_sector']}, no country {s['slots_no_country_share']:.1%}) "
            f"parse={s['parse_seconds']}s stages={s['stages_seconds']}s"
        )
        if "actors_per_kind" in s:
            print(f"  actors per kind: {s['actors_per_kind']}")
    print("top country-less event actors (first mention [kind sector], articles):")
    for form, n in result["overall"]["top_countryless"]:
        print(f"  {n:3}  {form}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
