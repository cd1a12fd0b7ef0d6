"""Actor evaluation: found / merged / spurious people and organisations on hand-annotated articles.

Splits: "dev" (15 articles the rules were developed on), "fresh" (4 articles annotated afterwards
and scored once, untuned) and "blind" (5 articles annotated in session 2 before the country rules were
written, scored before and after them: person code 0.68 -> 0.96, organisation code 0.611 -> 0.895; the
listing rule and a few knowledge entries (PRM, HHS, Education, SBA, NASA) were added after reading their misses,
so the held-out check of the country rules is ``eval_actor_countries.py --seed 2026``). The annotations (``benchmarks/data/actors_gold.jsonl``, written by the
newsgraph team) hold, per
article id, each person and organisation: canonical name, kind, the surface forms it goes by in the
article, the CAMEO code it should get and (for people) roles given in the text — never article text.
The article text is read at run time from ``../shared/data/corpus/demo_venezuela_latam.jsonl``.

For every gold entity:
- found:   at least one actor has a mention (or name/alias) equal to one of its forms;
- merged:  exactly one actor does, and that actor matches no other gold entity;
- code:    that actor's CAMEO code equals the gold code (entities with a gold code only);
- roles:   each gold role is contained in (or contains) one of the actor's roles.
Spurious persons: person actors matching no gold entity (and no ``ignore`` form).
Across articles: gold entities appearing in several articles get one non-null identity key.

    .venv/bin/python benchmarks/eval_actors.py [--split dev|fresh|blind|dev,fresh] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsgraph.actors import current_knowledge, find_actors
from newsgraph.actors.identity import actor_key
from newsgraph.actors.names import normalise
from newsgraph.pipeline import load_model
from newsgraph.readers import read_inputs
from newsgraph.records import Actor, Article

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "data" / "actors_gold.jsonl"
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "demo_venezuela_latam.jsonl"


def _norm(text: str) -> str:
    text = normalise(text)
    text = re.sub(r"('s|')$", "", text)
    return " ".join(text.replace(".", "").replace(",", "").split())


def _forms(actor: Actor) -> set[str]:
    return {_norm(x) for x in (actor.name, *actor.aliases, *(m.text for m in actor.mentions))}


def evaluate(gold_path: Path = GOLD, corpus_path: Path = CORPUS, split: str | None = None) -> dict[str, Any]:
    """Scores over the annotated articles (``split``: "dev", "fresh", "blind", several comma-separated, or None for all)."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split is not None:  # one split or several, comma-separated ("dev,fresh")
        gold = [g for g in gold if g.get("split", "dev") in split.split(",")]
    wanted = {g["id"] for g in gold}
    # read as `newsgraph extract` reads it (hard-wrapped text unwrapped, boilerplate removed)
    articles = {a.id: a for a in read_inputs([str(corpus_path)]) if isinstance(a, Article) and a.id in wanted}
    missing = wanted - set(articles)
    if missing:
        raise SystemExit(f"eval_actors: articles not in the corpus: {sorted(missing)}")
    nlp = load_model()
    current_knowledge()  # loaded once per process: not part of the per-article cost
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    spurious: list[str] = []
    failures: list[str] = []
    keys: dict[str, set[str | None]] = defaultdict(set)
    appearances: dict[str, int] = defaultdict(int)
    seconds = 0.0
    parse_seconds = 0.0
    for g in gold:
        article = articles[g["id"]]
        t_parse = time.perf_counter()
        doc = nlp(article.text)
        parse_seconds += time.perf_counter() - t_parse
        t0 = time.perf_counter()
        actors = find_actors(doc, article).freeze()
        seconds += time.perf_counter() - t0
        forms = {a.id: _forms(a) for a in actors}
        matched_by: dict[str, list[int]] = defaultdict(list)
        entity_actors: list[list[Actor]] = []
        for n, ent in enumerate(g["entities"]):
            gforms = {_norm(f) for f in (ent["name"], *ent["forms"])}
            hits = [a for a in actors if forms[a.id] & gforms]
            entity_actors.append(hits)
            for a in hits:
                matched_by[a.id].append(n)
        ignore = {_norm(f) for f in g.get("ignore", [])}
        for a in actors:
            if a.kind == "person" and not matched_by.get(a.id) and not (forms[a.id] & ignore):
                spurious.append(f"{g['id']}: {a.name!r}")
        for ent, hits in zip(g["entities"], entity_actors, strict=True):
            c = counts[ent["kind"]]
            c["entities"] += 1
            if hits:
                c["found"] += 1
            else:
                failures.append(f"{g['id']}: not found {ent['name']!r}")
                continue
            if len(hits) == 1 and len(matched_by[hits[0].id]) == 1:
                c["merged"] += 1
            else:
                failures.append(
                    f"{g['id']}: {ent['name']!r} -> {[a.name for a in hits]} (shared: {len(matched_by[hits[0].id])})"
                )
            actor = hits[0]
            if ent.get("code"):
                c["with_code"] += 1
                if actor.code == ent["code"]:
                    c["code_ok"] += 1
                else:
                    failures.append(f"{g['id']}: code {ent['name']!r} {actor.code} != {ent['code']}")
            for role in ent.get("roles", []):
                c["roles"] += 1
                r = _norm(role)
                if any(r in _norm(x) or _norm(x) in r for x in actor.roles if _norm(x)):
                    c["roles_ok"] += 1
                else:
                    failures.append(f"{g['id']}: role {ent['name']!r} {role!r} not in {list(actor.roles)}")
            if ent["kind"] == "person":
                keys[ent["name"]].add(actor_key(actor))
                appearances[ent["name"]] += 1
    multi = [name for name, n in appearances.items() if n > 1]
    consistent = [name for name in multi if len(keys[name]) == 1 and None not in keys[name]]
    for name in set(multi) - set(consistent):
        failures.append(f"across articles: {name!r} keys {sorted(map(str, keys[name]))}")
    summary: dict[str, Any] = {"articles": len(gold)}
    for kind, c in sorted(counts.items()):
        summary[kind] = {
            "entities": c["entities"],
            "found": round(c["found"] / c["entities"], 3),
            "merged": round(c["merged"] / c["entities"], 3),
            "code": round(c["code_ok"] / c["with_code"], 3) if c["with_code"] else None,
            "roles": round(c["roles_ok"] / c["roles"], 3) if c["roles"] else None,
        }
    summary["spurious_persons"] = len(spurious)
    summary["cross_article"] = {"entities": len(multi), "one_key": len(consistent)}
    summary["actor_stage_seconds"] = round(seconds, 3)
    summary["parse_seconds"] = round(parse_seconds, 3)
    summary["spurious"] = spurious
    summary["failures"] = failures
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--split", default=None, help="dev, fresh, blind or several comma-separated (default: all)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    summary = evaluate(args.gold, args.corpus, args.split)
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"articles: {summary['articles']}")
    for kind in ("person", "organization"):
        s = summary.get(kind)
        if s:
            print(
                f"{kind:13} n={s['entities']:3}  found={s['found']:.3f}  merged={s['merged']:.3f}  "
                f"code={s['code']}  roles={s['roles']}"
            )
    print(f"spurious persons: {summary['spurious_persons']}")
    ca = summary["cross_article"]
    print(f"across articles: {ca['one_key']}/{ca['entities']} people in several articles have one identity key")
    share = summary["actor_stage_seconds"] / max(summary["parse_seconds"], 1e-9)
    print(
        f"actor stage: {summary['actor_stage_seconds']} s = {share:.1%} of spaCy parse time ({summary['parse_seconds']} s)"
    )
    for line in summary["spurious"]:
        print(f"  spurious {line}")
    for line in summary["failures"]:
        print(f"  - {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
