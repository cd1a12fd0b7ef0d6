"""Learned side finding: a small logistic model that pairs a lexicon trigger with two countries of its sentence.

The rule coder (:mod:`newsgraph.events.coder`) finds most events it has a trigger for, but audits of unseen
news found that two in three of its misses have a lexicon trigger in the sentence whose sides the rules do
not find, each through a rare construction. This module is the fallback for those: after the rules have
run, every trigger of the built-in lexicon (verb or noun, CAMEO code from the lexicon; not those the
rules discard as sports or business senses, standing ties or recognised things) is crossed with the
ordered pairs (a, b) of countries named in its sentence. A candidate whose (country a, country b, CAMEO
root) the rules already produced there is skipped. Each remaining candidate is described by a few sparse
string features -- the dependency paths from the trigger (and its light verb) to the nearest mention of
each country, the preposition and grammatical role of each mention, their order, whether they are
conjoined, the trigger's lemma, CAMEO root and modality, what the rules found for that trigger -- and
scored by an L2-regularised logistic regression (``data/models/sides.json``: feature -> weight, bias,
decision threshold, with the training splits and the cross-validated figures). A candidate at or over
the threshold becomes an event with the modality, date, place and attribution the rules would give that
trigger (CAMEO manual v1.1b3 codes; PLOVER type and mode from the same code table).

The model is trained by ``benchmarks/train_sides.py`` on the team's annotated development sentences
(``benchmarks/data/news_events_gold.jsonl``) and judged by leave-one-group-out cross-validation across
the annotation rounds. Scoring is pure Python (dictionary look-ups); the model is loaded and checked
once per process.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Token

from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index, sentence_of
from newsgraph.errors import ConfigError
from newsgraph.events.codes import cameo_code, intended
from newsgraph.events.modality import governing_verb, predicted
from newsgraph.events.sides import recognised_thing, standing_tie
from newsgraph.events.when_where import date_expressions, location_of, parse_published, resolve_date
from newsgraph.quotes.finder import QuoteFindings
from newsgraph.records import Actor, Article, Event, Modality, Span

if TYPE_CHECKING:
    from newsgraph.events.coder import LexiconCoder, _Trigger

MODEL_FILE = "models/sides.json"
FORMAT = "newsgraph.sides/1"
COUNTED: frozenset[str] = frozenset({"asserted", "historical", "future"})  # moods the news gold counts
MAX_STEPS = 4  # a dependency path longer than this is "far"
# how a country's mention hangs in its noun phrase: climbed to reach the phrase head that takes part in the clause
_PHRASE_DEPS = frozenset({"conj", "appos", "compound", "amod", "nmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})


# -- the model file ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SidesModel:
    """Feature weights of the logistic model, its bias and decision threshold, and how it was made."""

    weights: dict[str, float]
    bias: float
    threshold: float
    info: dict[str, Any]

    def probability(self, features: Iterable[str]) -> float:
        """P(the candidate's pair is a side pair of its trigger): the logistic of bias + the features' weights."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -50 else 0.0


def parse_model(text: str, *, where: str = MODEL_FILE) -> SidesModel:
    """The model in ``text`` (JSON, format ``newsgraph.sides/1``); a malformed one is a ConfigError (C180-C182)."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{where}: not JSON: {exc}", code="C180") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ConfigError(f"{where}: not a side-finding model (format {FORMAT!r} expected)", code="C181")
    weights, bias, threshold = raw.get("weights"), raw.get("bias"), raw.get("threshold")
    if not isinstance(weights, dict) or not all(
        isinstance(k, str) and isinstance(v, int | float) and math.isfinite(v) for k, v in weights.items()
    ):
        raise ConfigError(f"{where}: 'weights' must map feature names to finite numbers", code="C182")
    if not isinstance(bias, int | float) or not math.isfinite(bias):
        raise ConfigError(f"{where}: 'bias' must be a finite number", code="C182")
    if not isinstance(threshold, int | float) or not 0.0 < threshold < 1.0:
        raise ConfigError(f"{where}: 'threshold' must be a probability strictly between 0 and 1", code="C182")
    info = {k: v for k, v in raw.items() if k not in ("weights", "bias", "threshold")}
    return SidesModel({k: float(v) for k, v in weights.items()}, float(bias), float(threshold), info)


@cache
def sides_model() -> SidesModel:
    """The packaged model (``newsgraph/data/models/sides.json``), read and checked once per process."""
    try:
        text = resources.files("newsgraph.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot load newsgraph/data/{MODEL_FILE}: {exc}", code="C180") from exc
    return parse_model(text, where=f"newsgraph/data/{MODEL_FILE}")


# -- candidates ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Candidate:
    """A lexicon trigger with an ordered pair of countries of its sentence, and the features describing it."""

    trigger: int  # character offset of the trigger token
    code: str  # CAMEO code the event would carry (the lexicon's, as an intent when announced)
    mood: Modality
    source: Actor
    target: Actor
    source_country: str
    target_country: str
    features: tuple[str, ...]
    made: bool = False  # the rules produced this triple in the sentence (collected for training only)

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source_country, self.target_country, self.code[:2])


@dataclass(frozen=True, slots=True)
class _Mention:
    head: Token  # the mention's own head token
    phrase: Token  # the head of the noun phrase it takes part in (up through conj/appos/compound/amod/nmod)
    attach: str  # the dependency label of the last step up ("self" when the mention heads its phrase)


def _mention_heads(tokens: Sequence[Token], actors: ActorIndex) -> Iterator[tuple[Actor, Token]]:
    """(actor, head token) of each actor mention among ``tokens`` (a run of tokens of one actor is one mention)."""
    run: list[Token] = []
    current: Actor | None = None
    for tok in [*tokens, None]:
        actor = actors.actor_at(tok) if tok is not None else None
        if run and (actor is None or current is None or actor.id != current.id or tok is None):
            ids = {t.i for t in run}
            head = next((t for t in run if t.head.i not in ids or t.head == t), run[-1])
            if current is not None:
                yield current, head
            run = []
        if actor is not None and tok is not None:
            run.append(tok)
            current = actor
    return


def _mention(head: Token) -> _Mention:
    phrase, attach = head, "self"
    for _ in range(4):
        if phrase.dep_ not in _PHRASE_DEPS or phrase.head == phrase:
            break
        attach = phrase.dep_
        phrase = phrase.head
    return _Mention(head, phrase, attach)


def _path(start: Token, end: Token) -> tuple[str, int]:
    """The dependency path from ``start`` to ``end`` ("^dobj/vprep/vpobj": up by ``start``'s label, then down
    by the labels of the tokens reached) and its length; "far" past :data:`MAX_STEPS` or across sentences."""
    ups = [start, *start.ancestors]
    where = {t.i: k for k, t in enumerate(ups)}
    down: list[str] = []
    cur = end
    while cur.i not in where:
        if cur.head == cur or len(down) > MAX_STEPS:
            return "far", 99
        down.append(cur.dep_)
        cur = cur.head
    up = [ups[j].dep_ for j in range(where[cur.i])]
    steps = len(up) + len(down)
    if steps > MAX_STEPS:
        return "far", steps
    return "/".join(["^" + d for d in up] + ["v" + d for d in reversed(down)]) or "self", steps


def _prep(m: _Mention) -> str:
    """The preposition (or possessive, agent) the mention's phrase hangs on."""
    p = m.phrase
    if p.dep_ == "pobj":
        return p.head.lower_
    if p.dep_ == "poss":
        return "'s"
    return "-"


def _role(m: _Mention, heads: Sequence[Token]) -> str:
    """The mention's role to the trigger, its light verb or its governing verb: subject, object, possessor,
    agent, prepositional object, else none."""
    p = m.phrase
    if p.dep_ == "pobj" and p.head.lower_ == "by" and p.head.dep_ == "agent" and p.head.head in heads:
        return "agent"
    if p.head not in heads and not (p.dep_ == "pobj" and p.head.head in heads):
        return "none"
    if p.dep_ in _SUBJECTS:
        return "subj"
    if p.dep_ in _OBJECTS:
        return "obj"
    if p.dep_ == "poss":
        return "poss"
    if p.dep_ == "pobj":
        return "pobj"
    return "other"


def _first(path: str) -> str:
    """The first two steps of a path (from the trigger)."""
    return "/".join(path.split("/")[:2])


def _last(path: str) -> str:
    """The last two steps of a path (into the mention)."""
    return "/".join(path.split("/")[-2:])


def _related(m: _Mention, others: Sequence[_Mention]) -> bool:
    """Whether the mention shares a phrase or a list with one of ``others``."""
    return any(
        o.head != m.head and (o.phrase == m.phrase or _conjoined(o.phrase, m.phrase) or o.phrase in m.phrase.conjuncts)
        for o in others
    )


def _order(a: Token, t: Token, b: Token) -> str:
    return "".join(x for _, x in sorted([(a.i, "a"), (t.i, "t"), (b.i, "b")]))


def _conjoined(a: Token, b: Token) -> bool:
    return a in b.conjuncts or (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a)


def _features(
    trig: _Trigger,
    mood: str,
    a: _Mention,
    b: _Mention,
    *,
    countries: int,
    quoted: bool,
    top: str | None,
    ruled: tuple[set[str], set[str]],
    siblings: tuple[bool, bool],
    reverse: bool,
    ca: str,
    cb: str,
) -> tuple[str, ...]:
    tok = trig.token
    root = trig.code[:2]
    lemma = tok.lemma_.lower()
    kind = ("n" if trig.is_noun else "v") + ("L" if trig.light is not None else "")
    heads = [tok, governing_verb(tok)] + [x for x in (trig.light, trig.consumed, trig.frame) if x is not None]
    pa, da = _path(tok, a.head)
    pb, db = _path(tok, b.head)
    na, _ = _path(tok, a.phrase)
    nb, _ = _path(tok, b.phrase)
    qa, qb = _prep(a), _prep(b)
    ra, rb = _role(a, heads), _role(b, heads)
    sources, targets = ruled
    rs = "a" if ca in sources else ("other" if sources else "none")
    rt = "b" if cb in targets else ("other" if targets else "none")
    f = [
        f"root={root}",
        f"lem={lemma}",
        f"kind={kind}",
        f"mood={mood}",
        f"pa={pa}",
        f"pb={pb}",
        f"na={na}",
        f"nb={nb}",
        f"ta={a.attach}",
        f"tb={b.attach}",
        f"qa={qa}",
        f"qb={qb}",
        f"ra={ra}",
        f"rb={rb}",
        f"ord={_order(a.head, tok, b.head)}",
        f"nc={min(countries, 4)}",
        f"rs={rs}",
        f"rt={rt}",
        f"rs+rt={rs}+{rt}",
        f"na+nb={na}+{nb}",
        f"ra+rb={ra}+{rb}",
        f"root+ra+rb={root}+{ra}+{rb}",
        f"root+qa+qb={root}+{qa}+{qb}",
        f"lem+qb={lemma}+{qb}",
        f"lem+ra+rb={lemma}+{ra}+{rb}",
        f"kind+na+nb={kind}+{na}+{nb}",
        f"da={min(da, 5)}",
        f"db={min(db, 5)}",
        f"da+db={min(da, 5)}+{min(db, 5)}",
        f"pa2={_first(pa)}",
        f"pb2={_first(pb)}",
        f"ea={_last(pa)}",
        f"eb={_last(pb)}",
        f"ea+eb={_last(pa)}+{_last(pb)}",
        f"rs+rt+tb={rs}+{rt}+{b.attach}",
    ]
    # a country in the same list or phrase as a side the rules found ("spoke with leaders from A, B and C")
    if siblings[0]:
        f += ["sib_a", f"sib_a+root={root}"]
    if siblings[1]:
        f += ["sib_b", f"sib_b+root={root}", f"sib_b+rs={rs}"]
    if trig.light is not None:
        la, _ = _path(trig.light, a.phrase)
        lb, _ = _path(trig.light, b.phrase)
        f += [f"la={la}", f"lb={lb}", f"la+lb={la}+{lb}"]
    if _conjoined(a.phrase, b.phrase) or _conjoined(a.head, b.head):
        f += ["conj", f"root+conj={root}"]
    if quoted:
        f.append("quote")
    if top is not None:
        f += [f"topa={top == ca}", f"topb={top == cb}"]
    if reverse:
        f.append("rev")
    return tuple(f)


def candidates(
    coder: LexiconCoder,
    doc: Doc,
    triggers: Sequence[_Trigger],
    events: Sequence[Event],
    actors: ActorIndex,
    quotes: QuoteFindings,
    *,
    everything: bool = False,
) -> list[Candidate]:
    """The (trigger, country a, country b) candidates of ``doc`` whose triple the rules did not produce
    (``everything``: those too, marked ``made``, as training examples)."""
    from newsgraph.events.coder import _actor_code, _countries, _quote_finder

    known = _countries()

    def country(actor: Actor) -> str | None:
        c = (_actor_code(actor) or "")[:3]
        return c if c in known else None

    live = [t for t in triggers if not t.absorbed]
    if not live:
        return []
    per_sentence: dict[int, list[_Trigger]] = {}
    for trig in live:
        per_sentence.setdefault(sentence_of(trig.token).start, []).append(trig)
    # the article's most frequent country (by mentions), a prior for who acts in a release
    counts: Counter[str] = Counter()
    for actor in actors:
        c = country(actor)
        if c is not None:
            counts[c] += len(actors.mentions_of(actor.id))
    top = counts.most_common(1)[0][0] if counts else None
    in_quote = _quote_finder(quotes.quotes)
    out: list[Candidate] = []
    for trigs in per_sentence.values():
        sent = sentence_of(trigs[0].token)
        mentions: dict[str, list[_Mention]] = {}
        for actor, head in _mention_heads(list(sent), actors):
            c = country(actor)
            if c is not None:
                mentions.setdefault(c, []).append(_mention(head))
        if len(mentions) < 2:
            continue
        made = {
            ((e.source_code or "")[:3], (e.target_code or "")[:3], e.cameo_root)
            for e in events
            if e.sentence == (sent.start_char, sent.end_char)
        }
        by_trigger: dict[int, tuple[set[str], set[str]]] = {}
        for e in events:
            if e.sentence == (sent.start_char, sent.end_char):
                srcs, tgts = by_trigger.setdefault(e.trigger.start, (set(), set()))
                srcs.add((e.source_code or "")[:3])
                tgts.add((e.target_code or "")[:3])
        for trig in trigs:
            tok = trig.token
            if not trig.is_noun and recognised_thing(tok, trig.code):
                continue
            args = coder._arguments(trig)
            if trig.is_noun and trig.light is None and standing_tie(trig.frame or tok, args, coder.lex):
                continue
            if coder._discarded(trig, args):
                continue  # sports and business senses
            mood = coder.mood_of(trig)
            if mood not in COUNTED:
                continue
            code = trig.code
            if mood == "future" and not predicted(tok if trig.light is None else trig.light, coder.lex):
                code = intended(code)
            ruled = by_trigger.get(tok.idx, (set(), set()))
            quoted = in_quote(tok.idx) is not None
            for ca, ma in mentions.items():
                for cb, mb in mentions.items():
                    if ca == cb or ((ca, cb, code[:2]) in made and not everything):
                        continue
                    a = min(ma, key=lambda m: (_path(tok, m.head)[1], abs(m.head.i - tok.i)))
                    b = min(mb, key=lambda m: (_path(tok, m.head)[1], abs(m.head.i - tok.i)))
                    src, tgt = actors.actor_at(a.head), actors.actor_at(b.head)
                    if src is None or tgt is None:
                        continue
                    found_a = [m for c in ruled[0] if c != ca for m in mentions.get(c, ())]
                    found_b = [m for c in ruled[1] if c != cb for m in mentions.get(c, ())]
                    feats = _features(
                        trig,
                        mood,
                        a,
                        b,
                        countries=len(mentions),
                        quoted=quoted,
                        top=top,
                        ruled=ruled,
                        siblings=(_related(a, found_a), _related(b, found_b)),
                        reverse=(cb, ca, code[:2]) in made,
                        ca=ca,
                        cb=cb,
                    )
                    out.append(Candidate(tok.idx, code, mood, src, tgt, ca, cb, feats, (ca, cb, code[:2]) in made))
    return out


def chosen(scored: Sequence[tuple[Candidate, float]], threshold: float) -> list[Candidate]:
    """The candidates to add: per trigger the best pair at or over ``threshold``, and any other pair of that
    trigger scoring as high as the threshold and sharing a side with it ("met A and B": each pair its own
    event) -- a trigger's two unrelated pairs are seldom both right."""
    best: dict[int, tuple[Candidate, float]] = {}
    for cand, p in scored:
        if p >= threshold and (cand.trigger not in best or p > best[cand.trigger][1]):
            best[cand.trigger] = (cand, p)
    out: list[Candidate] = []
    seen: set[tuple[str, str, str]] = set()
    for cand, p in scored:
        top = best.get(cand.trigger)
        if top is None or p < threshold:
            continue
        lead = top[0]
        shares = cand.source_country == lead.source_country or cand.target_country == lead.target_country
        if (cand is lead or shares) and cand.triple not in seen:
            seen.add(cand.triple)
            out.append(cand)
    return out


def learned_events(
    coder: LexiconCoder,
    doc: Doc,
    article: Article,
    triggers: Sequence[_Trigger],
    events: Sequence[Event],
    actors: ActorIndex,
    quotes: QuoteFindings,
) -> list[Event]:
    """The events the coder's model adds to its rule ``events`` (ids continue after theirs); the candidates
    also go to ``coder.candidate_log`` when it is a list (training)."""
    from newsgraph.events.coder import _actor_code, _quote_finder

    found = candidates(coder, doc, triggers, events, actors, quotes, everything=coder.candidate_log is not None)
    if coder.candidate_log is not None:
        coder.candidate_log.extend(found)
        found = [c for c in found if not c.made]
    model = coder.sides
    if not found or model is None:
        return []
    picked = chosen([(c, model.probability(c.features)) for c in found], model.threshold)
    if not picked:
        return []
    by_offset = {t.token.idx: t for t in triggers}
    in_quote = _quote_finder(quotes.quotes)
    published = parse_published(article.published)
    text = doc_index(doc).text
    out: list[Event] = []
    n = len(events)
    for cand in picked:
        trig = by_offset[cand.trigger]
        tok = trig.token
        anchor = [tok] + ([trig.light] if trig.light is not None else [])
        mood: Modality = cand.mood
        date = article.published
        if published is not None:
            for ent in date_expressions(anchor):
                resolved = resolve_date(ent.text, published, forward=mood == "future")
                if resolved is not None:
                    date = resolved.value
                    if mood == "asserted" and resolved.year <= published.year - coder.lex.historical_years:
                        mood = "historical"
                    break
        info = cameo_code(cand.code)
        quote = in_quote(tok.idx)
        sent = sentence_of(tok)
        n += 1
        out.append(
            Event(
                id=f"e{n}",
                source=cand.source.id,
                target=cand.target.id,
                source_code=_actor_code(cand.source),
                target_code=_actor_code(cand.target),
                cameo=cand.code,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                plover=info.plover,
                plover_mode=info.plover_mode,
                modality=mood,
                attributed_to=quote.speaker if quote is not None else "author",
                location=location_of(anchor + [c for c in tok.children if c.dep_ == "dobj"]),
                date=date,
                trigger=Span.of(text, tok.idx, tok.idx + len(tok.text)),
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out
