"""Train and judge the learned side finder (:mod:`newsgraph.events.learned`) on the team's news gold.

Every development sentence of ``benchmarks/data/news_events_gold.jsonl`` is coded as the harness codes
it (``eval_news_events``: the paragraph around the sentence, the built-in lexicon, rules only), and the
side finder's candidates for the triggers inside the sentence are collected: (trigger, country a,
country b) with their features. A candidate is positive when (a, b, CAMEO root) is a gold triple of
the sentence. The parsed candidates are cached in a pickle under /tmp (``--refresh`` rebuilds it), so
the fits and the cross-validation take seconds.

The model is an L2-regularised logistic regression fitted with numpy (full-batch Adam on the sparse
design). Its decision threshold is chosen inside the training groups only: leave-one-group-out over
them, the threshold that gives the best pooled root-level F1 of rules + model.

    .venv/bin/python benchmarks/train_sides.py --cv      # leave-one-group-out table: rules vs rules+model
    .venv/bin/python benchmarks/train_sides.py --write   # fit on all development groups, write sides.json

The groups are the annotation rounds (a fold never sees its own round). The held-out split (``HELD_OUT``
of the harness, and "blind7" by name) and the articles listed in /tmp/s6/heldout_articles.txt are never
read, fitted or scored here.

Measured in session 6 (``--cv``, 1,234 development sentences, 1,123 gold triples; rules = the coder
with the model off):

    fold                         sentences  rules F1  rules+model F1
    dev, fresh, dev2-dev5              322     0.934           0.930
    dev6-dev9                          135     0.782           0.782
    dev10                               60     0.783           0.783
    blind3+blind4                      137     0.856           0.856
    blind5                              80     0.772           0.772
    dev11                              100     0.748           0.778
    blind6                             100     0.667           0.667
    dev12                              100     0.567           0.557
    dev13                              100     0.720           0.740
    dev14                              100     0.743           0.755
    dev15                              100     0.770           0.783
    dev16                              100     0.732           0.732
    dev17                              100     0.752           0.763
    pooled                                     0.787 (P 0.890, R 0.706)  0.791 (P 0.885, R 0.715)

Ten more right triples out of 1,123 and sixteen more predicted: no lift worth the precision, so the
model is off by default. Fitted on the folds it is judged on, the same model adds 3-5 right triples per
100 sentences and no wrong one: it memorises rare constructions rather than learning ones it has not seen.
Of the gold triples the rules miss, fewer than half have a candidate at all (144 of 326 on the tree of
07:15 UTC: a lexicon trigger of a counted mood and mentions of both countries in the sentence); 78 more
have both countries on a trigger of another CAMEO root, 90 sentences have no candidate. On unseen State Department and White House
releases (audit seeds 911-913, 1,200 articles outside the gold and the held-out list) the written model
adds about 6 events per 100 articles; 42 of 65 distinct (sentence, triple) pairs judged by hand were right
(0.65; the rules' own audited precision is about 0.82).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_news_events as harness
from newsgraph.events import learned
from newsgraph.events.learned import Candidate, chosen
from newsgraph.pipeline import Pipeline
from newsgraph.readers.wrapping import is_hard_wrapped
from newsgraph.records import Article

ROOT = Path(__file__).resolve().parents[1]
MODEL_PATH = ROOT / "src" / "newsgraph" / "data" / "models" / "sides.json"
CACHE = Path("/tmp/newsgraph_sides_cache.pkl")
HELD_OUT_ARTICLES = Path("/tmp/s6/heldout_articles.txt")
# held-out splits: never read, fitted or scored here ("blind6", held out in session 5, is development material since)
NEVER = frozenset({"blind7", harness.HELD_OUT}) - {"blind6"}
GROUPS: tuple[tuple[str, ...], ...] = (
    ("dev", "fresh", "dev2", "dev3", "dev4", "dev5"),
    ("dev6", "dev7", "dev8", "dev9"),
    ("dev10",),
    ("blind3", "blind4"),
    ("blind5",),
    ("dev11",),
    ("blind6",),
    ("dev12",),
    ("dev13",),
    ("dev14",),
    ("dev15",),
    ("dev16",),
    ("dev17",),
)
L2 = 1.0  # penalty on the summed squared weights (the log-loss is summed over the examples)
MADE = False  # train on the candidates of triples the rules produced too
MIN_COUNT = 2  # a feature seen fewer times in the training examples is left out
THRESHOLDS = tuple(round(x, 2) for x in np.arange(0.30, 0.96, 0.05))
Triple = tuple[str, str, str]


@dataclass(slots=True)
class Sentence:
    split: str
    gold: set[Triple]
    rules: set[Triple]
    candidates: list[Candidate]


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _excluded_articles() -> set[str]:
    if not HELD_OUT_ARTICLES.exists():
        return set()
    return {line.strip() for line in HELD_OUT_ARTICLES.read_text("utf-8").splitlines() if line.strip()}


def _fingerprint() -> str:
    """A digest of the code and data the candidates depend on (the cache is rebuilt when it changes)."""
    h = hashlib.sha256()
    src = ROOT / "src" / "newsgraph"
    for path in sorted([*src.joinpath("events").glob("*.py"), *src.joinpath("data", "lexicon").glob("*")]):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def gold_items() -> list[dict]:
    excluded = _excluded_articles()
    items = [json.loads(line) for line in harness.GOLD.read_text("utf-8").splitlines() if line.strip()]
    out = []
    for it in items:
        split = it.get("split", "dev")
        if split in NEVER or it["article"] in excluded:
            continue
        if not any(split in g for g in GROUPS):
            if split.startswith("blind"):
                continue  # a held-out split this script does not know of: never read
            _new_splits.add(split)
        it["split"] = split
        out.append(it)
    return out


def collect(refresh: bool = False) -> list[Sentence]:
    """The development sentences with their rule triples and side-finder candidates (cached)."""
    items = gold_items()
    fp = _fingerprint()
    cache: dict = {}
    if CACHE.exists() and not refresh:
        with CACHE.open("rb") as fh:
            cache = pickle.load(fh)
        if cache.get("fingerprint") != fp:
            _log("code or lexicon changed since the cache was built: re-coding")
            cache = {}
    cache["fingerprint"] = fp
    entries: dict[tuple, tuple[set[Triple], list[Candidate]]] = cache.setdefault("entries", {})
    missing = [it for it in items if (it["corpus"], it["article"], it["start"], it["end"]) not in entries]
    if missing:
        wanted: dict[str, set[str]] = {}
        for it in missing:
            wanted.setdefault(it["corpus"], set()).add(it["article"])
        articles = harness.load_articles(wanted)
        pipeline = Pipeline()
        coder = pipeline.coder
        t0 = time.perf_counter()
        for n, it in enumerate(missing, 1):
            rec = articles[it["article"]]
            text = rec["text"]
            if is_hard_wrapped(text):
                text = harness.flat(text)
            lo, hi = harness.paragraph(text, it["start"], it["end"])
            art = Article(
                id=rec["id"],
                text=text[lo:hi],
                published=(rec.get("published") or None),
                source=(rec.get("source") or None),
            )
            coder.candidate_log = []  # type: ignore[union-attr]
            ex = pipeline.extract(art)
            found = coder.candidate_log  # type: ignore[union-attr]
            coder.candidate_log = None  # type: ignore[union-attr]
            start, end = it["start"] - lo, it["end"] - lo
            # plain values (a class of this script would pickle as __main__'s)
            entries[(it["corpus"], it["article"], it["start"], it["end"])] = (
                harness.predicted_triples(ex, start, end),
                [c for c in found if start <= c.trigger < end],
            )
            if n % 50 == 0:
                _log(f"  coded {n}/{len(missing)} sentences ({time.perf_counter() - t0:.0f}s)")
        with CACHE.open("wb") as fh:
            pickle.dump(cache, fh)
    out = []
    for it in items:
        rules, found = entries[(it["corpus"], it["article"], it["start"], it["end"])]
        gold = {(e["source"], e["target"], e["root"]) for e in it["events"]}
        out.append(Sentence(it["split"], gold, rules, found))
    return out


# -- the model ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Fit:
    weights: dict[str, float]
    bias: float

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return float(1.0 / (1.0 + np.exp(-z)))


def examples(sentences: Sequence[Sentence], *, made: bool = MADE) -> tuple[list[tuple[str, ...]], np.ndarray]:
    """Features and labels of the candidates (``made``: also those of triples the rules produced)."""
    feats, labels = [], []
    for s in sentences:
        for c in s.candidates:
            if c.made and not made:
                continue
            feats.append(c.features)
            labels.append(1.0 if c.triple in s.gold else 0.0)
    return feats, np.array(labels)


def fit(sentences: Sequence[Sentence], *, l2: float = L2, steps: int = 400) -> Fit:
    """L2-regularised logistic regression (full-batch Adam on the log-loss summed over the examples)."""
    feats, y = examples(sentences)
    counts: dict[str, int] = {}
    for fs in feats:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}
    rows_l, cols_l = [], []
    for r, fs in enumerate(feats):
        for f in fs:
            k = vocab.get(f)
            if k is not None:
                rows_l.append(r)
                cols_l.append(k)
    rows, cols = np.array(rows_l, dtype=np.int64), np.array(cols_l, dtype=np.int64)
    n, d = len(y), len(vocab)
    w, b = np.zeros(d), 0.0
    m_w, v_w, m_b, v_b = np.zeros(d), np.zeros(d), 0.0, 0.0
    lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = b + np.bincount(rows, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        err = p - y
        g_w = np.bincount(cols, weights=err[rows], minlength=d) + l2 * w
        g_b = float(err.sum())
        m_w = beta1 * m_w + (1 - beta1) * g_w
        v_w = beta2 * v_w + (1 - beta2) * g_w**2
        m_b = beta1 * m_b + (1 - beta1) * g_b
        v_b = beta2 * v_b + (1 - beta2) * g_b**2
        w -= lr * (m_w / (1 - beta1**t)) / (np.sqrt(v_w / (1 - beta2**t)) + eps)
        b -= lr * (m_b / (1 - beta1**t)) / (np.sqrt(v_b / (1 - beta2**t)) + eps)
    inv = {k: f for f, k in vocab.items()}
    return Fit({inv[k]: float(w[k]) for k in range(d)}, float(b))


def predicted(s: Sentence, model: Fit, threshold: float) -> set[Triple]:
    """The sentence's triples with the model's picks (as :func:`newsgraph.events.learned.chosen` makes them)."""
    scored = [(c, model.probability(c.features)) for c in s.candidates if not c.made]
    return s.rules | {c.triple for c in chosen(scored, threshold)}


def score(pairs: Sequence[tuple[set[Triple], set[Triple]]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in pairs)
    n_pred = sum(len(p) for _, p in pairs)
    n_gold = sum(len(g) for g, _ in pairs)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def group_of(split: str) -> int:
    """The index of the split's group: a split drawn after this script was written is a group of its own."""
    for k, g in enumerate(GROUPS):
        if split in g:
            return k
    return len(GROUPS) + sorted(_new_splits).index(split)


_new_splits: set[str] = set()


def present_groups(sentences: Sequence[Sentence]) -> list[int]:
    return sorted({group_of(s.split) for s in sentences})


def choose_threshold(sentences: Sequence[Sentence]) -> tuple[float, dict[float, float]]:
    """The threshold with the best pooled F1 of rules + model over leave-one-group-out folds of ``sentences``."""
    groups = present_groups(sentences)
    per_threshold: dict[float, list[tuple[set[Triple], set[Triple]]]] = {t: [] for t in THRESHOLDS}
    for g in groups:
        train = [s for s in sentences if group_of(s.split) != g]
        test = [s for s in sentences if group_of(s.split) == g]
        model = fit(train)
        for s in test:
            scored = [(c, model.probability(c.features)) for c in s.candidates if not c.made]
            for t in THRESHOLDS:
                per_threshold[t].append((s.gold, s.rules | {c.triple for c in chosen(scored, t)}))
    f1 = {t: score(pairs)["f1"] for t, pairs in per_threshold.items()}
    best = max(THRESHOLDS, key=lambda t: (f1[t], t))
    return best, f1


def cross_validate(sentences: Sequence[Sentence]) -> dict:
    rows = []
    pooled_rules: list[tuple[set[Triple], set[Triple]]] = []
    pooled_model: list[tuple[set[Triple], set[Triple]]] = []
    for g in present_groups(sentences):
        train = [s for s in sentences if group_of(s.split) != g]
        test = [s for s in sentences if group_of(s.split) == g]
        t0 = time.perf_counter()
        threshold, _ = choose_threshold(train)
        model = fit(train)
        rules = [(s.gold, s.rules) for s in test]
        with_model = [(s.gold, predicted(s, model, threshold)) for s in test]
        pooled_rules += rules
        pooled_model += with_model
        order = GROUPS[g] if g < len(GROUPS) else sorted(_new_splits)
        name = "+".join(sorted({s.split for s in test}, key=order.index))
        rows.append((name, len(test), score(rules), score(with_model), threshold))
        _log(f"  fold {name}: threshold {threshold} ({time.perf_counter() - t0:.0f}s)")
    return {"rows": rows, "rules": score(pooled_rules), "model": score(pooled_model)}


def _fmt(s: dict[str, float]) -> str:
    return f"P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f} ({s['tp']}/{s['pred']}/{s['gold']})"


def print_cv(result: dict) -> None:
    print(
        "leave-one-group-out, root-level triples (correct/predicted/gold); threshold chosen inside the training groups"
    )
    print(f"  {'fold':<32} {'sent':>4}  {'rules only':<36} {'rules + model':<36} thr")
    for name, n, rules, model, threshold in result["rows"]:
        print(f"  {name:<32} {n:>4}  {_fmt(rules):<36} {_fmt(model):<36} {threshold}")
    print(f"  {'pooled':<32} {'':>4}  {_fmt(result['rules']):<36} {_fmt(result['model']):<36}")


def write(sentences: Sequence[Sentence], cv: dict | None) -> None:
    threshold, f1 = choose_threshold(sentences)
    model = fit(sentences)
    _feats, y = examples(sentences)
    weights = {f: round(w, 4) for f, w in sorted(model.weights.items()) if abs(w) >= 0.005}
    doc = {
        "format": learned.FORMAT,
        "about": "Learned side finder of newsgraph.events.learned: logistic regression over candidate "
        "(lexicon trigger, country a, country b) features; trained by benchmarks/train_sides.py",
        "date": dt.date.today().isoformat(),
        "splits": sorted({s.split for s in sentences}),
        "sentences": len(sentences),
        "examples": len(y),
        "positives": int(y.sum()),
        "l2": L2,
        "min_count": MIN_COUNT,
        "threshold_f1": {str(t): round(v, 4) for t, v in f1.items()},
        "bias": round(model.bias, 4),
        "threshold": threshold,
        "weights": weights,
    }
    if cv is not None:
        doc["cv"] = {
            "folds": [
                {
                    "fold": name,
                    "sentences": n,
                    "rules_f1": round(r["f1"], 4),
                    "model_f1": round(m["f1"], 4),
                    "threshold": t,
                }
                for name, n, r, m, t in cv["rows"]
            ],
            "pooled_rules": {k: round(v, 4) for k, v in cv["rules"].items()},
            "pooled_model": {k: round(v, 4) for k, v in cv["model"].items()},
        }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", "utf-8")
    learned.parse_model(MODEL_PATH.read_text("utf-8"))  # the file the runtime reads must validate
    _log(f"wrote {MODEL_PATH} ({len(weights)} features, threshold {threshold})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="print the leave-one-group-out table")
    ap.add_argument("--write", action="store_true", help="fit on all development groups and write sides.json")
    ap.add_argument("--refresh", action="store_true", help="re-code the sentences (ignore the cache)")
    args = ap.parse_args(argv)
    sentences = collect(args.refresh)
    _feats, y = examples(sentences)
    _log(f"{len(sentences)} development sentences, {len(y)} candidates, {int(y.sum())} positive")
    cv = None
    if args.cv or args.write:
        cv = cross_validate(sentences)
        print_cv(cv)
    if args.write:
        write(sentences, cv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
