"""Learned country-pair relations: a relation classifier over the ordered country pairs of a sentence.

The rule coder (:mod:`newsgraph.events.coder`) misses held-out events mostly because it does not find the
sides of a trigger it has. :mod:`newsgraph.events.learned` starts from each trigger; this module takes the
classic relation-extraction view instead, where every gold triple whose two countries are named in the
sentence is reachable: every ordered pair (A, B) of different countries with an actor mention in a
sentence (and every pair the rules' events give) is an example, and for each CAMEO root r (CAMEO manual
v1.1b3, roots 01-20) the model gives P((A, B, r) is an event of the sentence).

An example (pair, root) is described by sparse string features (:func:`features`), composed from

* the rules' output for the pair: which roots the rule coder produced for (A, B) and for (B, A), with
  a counted or an uncounted modality, and whether A is a source / B a target of that root with others
  (the model is a combiner over the rules);
* the lexicon triggers of the root in the sentence: the nearest one's lemma, modality, the roles of A
  and B to it (subject, object, prepositional object with the preposition, possessor, agent) and the
  dependency paths from it to each;
* the pair itself: the lemmas and dependency labels on the shortest dependency path between the two
  mentions, their order, whether they are conjoined or one is the other's possessor, the sentence's
  modality cues (negation, modal verbs, "if", a question), the number of countries, whether A or B is
  the article's most mentioned country.

The model (``data/models/pairs.json``, format ``newsgraph.pairs/1``) is a binary logistic regression over
those features, with an ``add`` threshold (a triple the rules did not produce is added when its
probability is at least that) and an optional ``drop`` threshold (a rule triple is removed when its
probability is under it). Both were chosen by leave-one-group-out cross-validation inside the training
groups (``benchmarks/train_pairs.py``). An added event takes its trigger span, code, modality, date,
place and attribution from the nearest lexicon trigger of its root in the sentence; a root with no
trigger there is never added. Scoring is pure Python (dictionary look-ups); the model is read and
checked once per process.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index, sentence_of
from newsgraph.errors import ConfigError
from newsgraph.events.codes import cameo_code, intended
from newsgraph.events.learned import (
    COUNTED,
    _conjoined,
    _Mention,
    _mention,
    _mention_heads,
    _mood,
    _path,
    _prep,
    _related,
    _role,
)
from newsgraph.events.modality import governing_verb, predicted
from newsgraph.events.when_where import date_expressions, location_of, parse_published, resolve_date
from newsgraph.quotes.finder import QuoteFindings
from newsgraph.records import Actor, Article, Event, Modality, Span

if TYPE_CHECKING:
    from newsgraph.events.coder import LexiconCoder, _Trigger

MODEL_FILE = "models/pairs.json"
FORMAT = "newsgraph.pairs/1"
ROOTS: tuple[str, ...] = tuple(f"{k:02d}" for k in range(1, 21))
MAX_PATH = 6  # a path between the two mentions longer than this is "far"
_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "can", "must", "shall"})
_NEG = frozenset({"not", "n't", "never", "no"})


# -- the model file ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PairsModel:
    """Feature weights of the pair-relation model, its bias, and its add/drop thresholds."""

    weights: dict[str, float]
    bias: float
    add: float
    drop: float | None
    info: dict[str, Any]

    def probability(self, feats: Iterable[str]) -> float:
        """P((A, B, root) is an event of the sentence): the logistic of bias + the features' weights."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


def _probability_or_none(value: object) -> bool:
    return isinstance(value, int | float) and 0.0 < value < 1.0


def parse_model(text: str, *, where: str = MODEL_FILE) -> PairsModel:
    """The model in ``text`` (JSON, format ``newsgraph.pairs/1``); a malformed one is a ConfigError (C183-C185)."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{where}: not JSON: {exc}", code="C183") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ConfigError(f"{where}: not a pair-relation model (format {FORMAT!r} expected)", code="C184")
    weights, bias, add, drop = raw.get("weights"), raw.get("bias"), raw.get("add"), raw.get("drop")
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and math.isfinite(v) for k, v in weights.items()
    ):
        raise ConfigError(f"{where}: 'weights' must map feature names to finite numbers", code="C185")
    if not isinstance(bias, int | float) or not math.isfinite(bias):
        raise ConfigError(f"{where}: 'bias' must be a finite number", code="C185")
    if not _probability_or_none(add):
        raise ConfigError(f"{where}: 'add' must be a probability strictly between 0 and 1", code="C185")
    if drop is not None and not _probability_or_none(drop):
        raise ConfigError(f"{where}: 'drop' must be null or a probability strictly between 0 and 1", code="C185")
    info = {k: v for k, v in raw.items() if k not in ("weights", "bias", "add", "drop")}
    return PairsModel(
        {k: float(v) for k, v in weights.items()},
        float(bias),
        float(add),  # type: ignore[arg-type]
        None if drop is None else float(drop),
        info,
    )


@cache
def pairs_model() -> PairsModel:
    """The packaged model (``newsgraph/data/models/pairs.json``), read and checked once per process."""
    try:
        text = resources.files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot load newsgraph/data/{MODEL_FILE}: {exc}", code="C183") from exc
    return parse_model(text, where=f"newsgraph/data/{MODEL_FILE}")


# -- examples ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RootCue:
    """The nearest live lexicon trigger of one CAMEO root to a pair, and what it says about the pair."""

    trigger: int  # character offset of the trigger token
    code: str  # the code an added event would carry (an intent when announced)
    mood: Modality
    features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pair:
    """An ordered pair of countries of one sentence, with its root-independent features and per-root cues."""

    sentence: tuple[int, int]
    source_country: str
    target_country: str
    source: Actor | None  # the actor of the mention nearest to the other side (None: only the rules name it)
    target: Actor | None
    base: tuple[str, ...]
    cues: dict[str, RootCue]  # root -> the nearest trigger of that root
    ruled: dict[
        str, str
    ]  # root -> how the rules coded the pair: "ab", "ab-unc", "ba", "a-src", "b-tgt" (joined by ",")

    def roots(self) -> list[str]:
        """The roots worth scoring: those with a trigger in the sentence or in the rules' output."""
        return sorted(set(self.cues) | set(self.ruled))


def features(pair: Pair, root: str) -> tuple[str, ...]:
    """The features of (pair, root): each cue shared across roots and specific to the root."""
    cue = pair.cues.get(root)
    rule = pair.ruled.get(root, "")
    own = [f"rule={rule or '-'}"] + (list(cue.features) if cue is not None else ["notrig"])
    has = "T" if cue is not None else "N"
    out = [f"root={root}"]
    out += [f"*:{f}" for f in own] + [f"{root}:{f}" for f in own]
    out += [f"{has}:{f}" for f in pair.base] + [f"{root}:{f}" for f in pair.base]
    if rule:
        out += [f"R:{f}" for f in pair.base if f.startswith(("pd=", "top=", "conj", "poss"))]
    return tuple(out)


def _between(a: Token, b: Token) -> tuple[list[Token], list[str]]:
    """The tokens strictly between ``a`` and ``b`` on their dependency path, and the path's labels."""
    up_a = [a, *a.ancestors]
    idx = {t.i: k for k, t in enumerate(up_a)}
    down: list[Token] = []
    cur = b
    while cur.i not in idx:
        if cur.head == cur:
            return [], ["far"]
        down.append(cur)
        cur = cur.head
    ups = up_a[: idx[cur.i]]
    labels = ["^" + t.dep_ for t in ups] + ["v" + t.dep_ for t in reversed(down)]
    path = [*ups, cur, *reversed(down)]
    return [t for t in path if t not in (a, b)], labels


def _distance(a: Token, b: Token) -> int:
    labels = _between(a, b)[1]
    return 99 if labels == ["far"] else len(labels)


def _cues(sent: Any) -> list[str]:
    words = {t.lower_ for t in sent}
    out = []
    if words & _NEG:
        out.append("neg")
    if words & _MODALS:
        out.append("modal")
    if "if" in words:
        out.append("if")
    if sent.text.rstrip().endswith("?"):
        out.append("question")
    return out


def _base(a: _Mention, b: _Mention, *, countries: int, cues: list[str], top: str | None, ca: str, cb: str) -> list[str]:
    f = [f"nc={min(countries, 4)}", "ord=" + ("ab" if a.head.i < b.head.i else "ba")]
    f += [f"qa={_prep(a)}", f"qb={_prep(b)}", f"da={a.phrase.dep_}", f"db={b.phrase.dep_}", f"ta={a.attach}"]
    f += [f"tb={b.attach}", f"qa+qb={_prep(a)}+{_prep(b)}"]
    middle, labels = _between(a.phrase, b.phrase)
    if len(labels) > MAX_PATH or labels == ["far"]:
        f.append("pd=far")
    else:
        f.append("pd=" + "/".join(labels))
        lemmas = [t.lemma_.lower() for t in middle if t.pos_ in ("VERB", "NOUN", "ADP", "ADJ", "AUX")]
        f += [f"pl={x}" for x in lemmas]
        if middle:
            top_tok = min(middle, key=lambda t: len(list(t.ancestors)))
            f.append(f"top={top_tok.lemma_.lower()}")
    if _conjoined(a.phrase, b.phrase) or _conjoined(a.head, b.head):
        f.append("conj")
    if a.phrase.dep_ == "poss" and a.phrase.head == b.phrase:
        f.append("poss_ab")
    if b.phrase.dep_ == "poss" and b.phrase.head == a.phrase:
        f.append("poss_ba")
    f += [f"cue={c}" for c in cues]
    if top is not None:
        f += [f"topa={top == ca}", f"topb={top == cb}"]
    return f


def _cue_features(
    trig: _Trigger,
    mood: str,
    a: _Mention,
    b: _Mention,
    *,
    n: int,
    discarded: bool,
    made: Sequence[tuple[str, str]],
    siblings: tuple[bool, bool],
    ca: str,
    cb: str,
) -> tuple[str, ...]:
    """What the nearest trigger of a root says about the pair: its lemma, modality, the roles of A and B to it,
    the paths to them, and which pairs the rules coded with it (A or B in a list with a side it has)."""
    tok = trig.token
    heads = [tok, governing_verb(tok)] + [x for x in (trig.light, trig.consumed, trig.frame) if x is not None]
    pa, da = _path(tok, a.phrase)
    pb, db = _path(tok, b.phrase)
    ra, rb = _role(a, heads), _role(b, heads)
    kind = ("n" if trig.is_noun else "v") + ("L" if trig.light is not None else "")
    f = [
        "trig",
        f"lem={tok.lemma_.lower()}",
        f"kind={kind}",
        f"mood={mood}",
        f"ra={ra}",
        f"rb={rb}",
        f"ra+rb={ra}+{rb}",
        f"pa={pa}",
        f"pb={pb}",
        f"d={min(da, 5)}+{min(db, 5)}",
        f"ntrig={min(n, 3)}",
        f"ord={''.join(x for _, x in sorted([(a.head.i, 'a'), (tok.i, 't'), (b.head.i, 'b')]))}",
    ]
    if discarded:
        f.append("discarded")
    f += [f"lem+qa={tok.lemma_.lower()}+{_prep(a)}", f"lem+qb={tok.lemma_.lower()}+{_prep(b)}"]
    f += [f"pa+pb={pa}+{pb}", f"lem+ra+rb={tok.lemma_.lower()}+{ra}+{rb}", f"kind+ra+rb={kind}+{ra}+{rb}"]
    on = {t.i for t in _between(a.phrase, b.phrase)[0]}
    if any(x.i in on for x in heads):
        f += ["onpath", f"onpath+kind={kind}"]
    f.append(f"tev={min(len(made), 2)}")
    if made:
        f += [f"tev_a={any(s == ca for s, _ in made)}", f"tev_b={any(t == cb for _, t in made)}"]
    if siblings[0]:
        f.append("sib_a")
    if siblings[1]:
        f.append("sib_b")
    return tuple(f)


def pairs(
    coder: LexiconCoder,
    doc: Doc,
    triggers: Sequence[_Trigger],
    events: Sequence[Event],
    actors: ActorIndex,
    quotes: QuoteFindings,
) -> list[Pair]:
    """The ordered country pairs of each sentence of ``doc`` with two countries or more, with their cues."""
    from newsgraph.events.coder import _actor_code, _countries

    known = _countries()

    def country(actor: Actor) -> str | None:
        c = (_actor_code(actor) or "")[:3]
        return c if c in known else None

    counts: Counter[str] = Counter()
    for actor in actors:
        c = country(actor)
        if c is not None:
            counts[c] += len(actors.mentions_of(actor.id))
    top = counts.most_common(1)[0][0] if counts else None
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence, []).append(e)
    live: dict[int, list[_Trigger]] = {}
    for trig in triggers:
        if not trig.absorbed:
            live.setdefault(sentence_of(trig.token).start, []).append(trig)
    out: list[Pair] = []
    for sent in doc.sents:
        span = (sent.start_char, sent.end_char)
        mentions: dict[str, list[tuple[Actor, _Mention]]] = {}
        for actor, head in _mention_heads(list(sent), actors):
            c = country(actor)
            if c is not None:
                mentions.setdefault(c, []).append((actor, _mention(head)))
        ruled: dict[tuple[str, str], dict[str, set[str]]] = {}
        made_by: dict[int, list[tuple[str, str]]] = {}  # trigger offset -> the country pairs the rules coded with it
        for e in by_sentence.get(span, ()):
            s, t = (e.source_code or "")[:3], (e.target_code or "")[:3]
            if s not in known or t not in known or s == t:
                continue
            tag = "ab" if e.modality in COUNTED else "ab-unc"
            if tag == "ab":
                made_by.setdefault(e.trigger.start, []).append((s, t))
            ruled.setdefault((s, t), {}).setdefault(e.cameo_root, set()).add(tag)
            ruled.setdefault((t, s), {}).setdefault(e.cameo_root, set()).add("ba")
        names = set(mentions) | {c for p in ruled for c in p}
        if len(names) < 2:
            continue
        trigs = live.get(sent.start, [])
        info: list[tuple[_Trigger, str, Modality, bool]] = []
        for trig in trigs:
            mood = _mood(trig, coder)
            code = trig.code
            if mood == "future" and not predicted(trig.token if trig.light is None else trig.light, coder.lex):
                code = intended(code)
            info.append((trig, code, mood, coder._discarded(trig, coder._arguments(trig))))
        per_root = Counter(code[:2] for _, code, _, _ in info)
        cues = _cues(sent)
        for ca in sorted(names):
            for cb in sorted(names):
                if ca == cb:
                    continue
                ma, mb = mentions.get(ca), mentions.get(cb)
                rules: dict[str, set[str]] = {r: set(v) for r, v in ruled.get((ca, cb), {}).items()}
                for (s, t), roots in ruled.items():
                    for r, tags in roots.items():
                        if "ab" in tags or "ab-unc" in tags:
                            if s == ca and t != cb:
                                rules.setdefault(r, set()).add("a-src")
                            if t == cb and s != ca:
                                rules.setdefault(r, set()).add("b-tgt")
                rule_text = {r: ",".join(sorted(v)) for r, v in rules.items()}
                if not ma or not mb:
                    base = ["nomention"]
                    out.append(Pair(span, ca, cb, None, None, tuple(base), {}, rule_text))
                    continue
                (src, a), (tgt, b) = min(
                    ((x, y) for x in ma for y in mb), key=lambda xy: _distance(xy[0][1].head, xy[1][1].head)
                )
                base = _base(a, b, countries=len(names), cues=cues, top=top, ca=ca, cb=cb)
                found: dict[str, tuple[int, RootCue]] = {}
                for trig, code, mood, discarded in info:
                    tok = trig.token
                    dist = _path(tok, a.phrase)[1] + _path(tok, b.phrase)[1]
                    root = code[:2]
                    if root in found and found[root][0] <= dist:
                        continue
                    made = made_by.get(tok.idx, [])
                    sides = (
                        _related(a, [m for s, _ in made if s != ca for _, m in mentions.get(s, ())]),
                        _related(b, [m for _, t in made if t != cb for _, m in mentions.get(t, ())]),
                    )
                    feats = _cue_features(
                        trig, mood, a, b, n=per_root[root], discarded=discarded, made=made, siblings=sides, ca=ca, cb=cb
                    )
                    found[root] = (dist, RootCue(tok.idx, code, mood, feats))
                cues_of = {r: c for r, (_, c) in found.items()}
                out.append(Pair(span, ca, cb, src, tgt, tuple(base), cues_of, rule_text))
    return out


# -- decisions -----------------------------------------------------------------------------------
def decide(scored: Sequence[tuple[Pair, str, float]], add: float, drop: float | None) -> tuple[list, list]:
    """The (pair, root) examples to add (not produced by the rules with a counted modality, a trigger of the
    root in the sentence, probability at least ``add``) and the rule triples to drop (probability under
    ``drop``)."""
    adds, drops = [], []
    for pair, root, p in scored:
        made = "ab" in pair.ruled.get(root, "").split(",")
        if made:
            if drop is not None and p < drop:
                drops.append((pair, root))
        elif p >= add and root in pair.cues and pair.source is not None and pair.target is not None:
            adds.append((pair, root))
    return adds, drops


def pair_events(
    coder: LexiconCoder,
    doc: Doc,
    article: Article,
    triggers: Sequence[_Trigger],
    events: list[Event],
    actors: ActorIndex,
    quotes: QuoteFindings,
) -> list[Event]:
    """``events`` with the model's decisions applied: rule triples it is confident are wrong removed, and the
    triples it adds appended (ids continue after the rules'); the pairs also go to ``coder.pair_log`` when
    it is a list (training)."""
    from newsgraph.events.coder import _actor_code, _quote_finder

    found = pairs(coder, doc, triggers, events, actors, quotes)
    if coder.pair_log is not None:
        coder.pair_log.extend(found)
    model = coder.pairs
    if not found or model is None:
        return events
    scored = [(p, r, model.probability(features(p, r))) for p in found for r in p.roots()]
    adds, drops = decide(scored, model.add, model.drop)
    gone = {(p.sentence, p.source_country, p.target_country, r) for p, r in drops}
    kept = [
        e
        for e in events
        if e.modality not in COUNTED
        or (e.sentence, (e.source_code or "")[:3], (e.target_code or "")[:3], e.cameo_root) not in gone
    ]
    if not adds:
        return kept
    by_offset = {t.token.idx: t for t in triggers}
    in_quote = _quote_finder(quotes.quotes)
    published = parse_published(article.published)
    text = doc_index(doc).text
    n = len(events)
    for pair, root in adds:
        cue = pair.cues[root]
        trig = by_offset[cue.trigger]
        tok = trig.token
        anchor = [tok] + ([trig.light] if trig.light is not None else [])
        mood: Modality = cue.mood
        date = article.published
        if published is not None:
            for ent in date_expressions(anchor):
                resolved = resolve_date(ent.text, published, forward=mood == "future")
                if resolved is not None:
                    date = resolved.value
                    if mood == "asserted" and resolved.year <= published.year - coder.lex.historical_years:
                        mood = "historical"
                    break
        info = cameo_code(cue.code)
        quote = in_quote(tok.idx)
        n += 1
        kept.append(
            Event(
                id=f"e{n}",
                source=pair.source.id if pair.source is not None else None,
                target=pair.target.id if pair.target is not None else None,
                source_code=_actor_code(pair.source),
                target_code=_actor_code(pair.target),
                cameo=cue.code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=info.plover,
                plover_mode=info.plover_mode,
                modality=mood,
                attributed_to=quote.speaker if quote is not None else "author",
                location=location_of(anchor + [c for c in tok.children if c.dep_ == "dobj"]),
                date=date,
                trigger=Span.of(text, tok.idx, tok.idx + len(tok.text)),
                sentence=pair.sentence,
            )
        )
    return kept
