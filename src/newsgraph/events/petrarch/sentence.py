"""A sentence as PETRARCH sees it: upper-case words, actor phrases and compounds.

Words are spaCy tokens in upper case, except that hyphenated tokens written without
spaces (``state-run``, ``anti-``) form one word, as in the dictionaries. Actor phrases
are found by longest match of the actor and agent dictionaries; the phrases of one noun
phrase form a *group* whose code is the actor's code with the agents' codes added
(``Gondor's main opposition group`` -> GON + MOP), and groups joined by ``and``/``,``/
``nor`` form a *compound* actor (one event per member, PETRARCH's convention).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsgraph.events.petrarch.actors import ActorDictionary, ActorEntry, word_matches
from newsgraph.events.petrarch.agents import AgentDictionary, AgentEntry

PARAGRAPH = "\n"  # the word a line break stands for
NEW_ACTOR = ""  # the code of a new actor (PETRARCH prints None)
_WRAP_WIDTH = 50  # a line this long that ends in a single line break is hard-wrapped text, not a heading
CONNECTORS = frozenset({",", "AND", "OR", "NOR", "&", "AS", "WELL"})
PP_LINKS = frozenset({"OF", "IN", "FROM", "AT", "FOR"})
_DETERMINERS = frozenset({"THE", "A", "AN", "ITS", "THEIR"})
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "DT", "PDT", "RB"})


@dataclass(frozen=True, slots=True)
class Word:
    text: str  # upper case
    first: int  # first token index (doc level)
    last: int  # last token index (doc level, inclusive)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # word index
    end: int  # word index, exclusive
    actor: ActorEntry | None = None
    agent: AgentEntry | None = None


@dataclass(slots=True)
class Group:
    """The dictionary phrases of one noun phrase and the codes they give."""

    start: int
    end: int
    mentions: list[Mention]
    inherited: list[str] = field(default_factory=list)  # country codes from "of/in X" or a conjunct
    modifiers: list[Mention] = field(default_factory=list)  # shared modifiers from a conjunct
    codes: list[str] = field(default_factory=list)
    absorbed: bool = False  # used as the country of an agent phrase ("police in Gondor")

    @property
    def has_actor(self) -> bool:
        return any(m.actor is not None and not m.actor.new for m in self.mentions)


@dataclass(slots=True)
class Compound:
    groups: list[Group]

    @property
    def start(self) -> int:
        return self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end

    def codes(self) -> list[str]:
        out: list[str] = []
        for g in self.groups:
            out.extend(c for c in g.codes if c not in out)
        return out


def sentence_words(sent: DocSpan) -> list[Word]:
    """Upper-case words; hyphen-joined tokens without spaces make one word."""
    words: list[Word] = []
    doc = sent.doc
    line_start = _line_start(doc, sent.start)
    for tok in sent:
        if tok.is_space:
            wrapped = tok.text.count("\n") == 1 and tok.idx - line_start >= _WRAP_WIDTH
            if "\n" in tok.text:
                line_start = tok.idx + len(tok.text)
            if "\n" in tok.text and not wrapped and words and words[-1].text != PARAGRAPH:
                # a line break ends every phrase (headings, datelines): no dictionary word matches
                # it; a single break after a long line is hard-wrapped running text
                words.append(Word(PARAGRAPH, tok.i, tok.i))
            continue
        text = tok.text.upper().replace("\u2019", "'")  # curly apostrophes as the dictionaries write them
        prev = doc[tok.i - 1] if tok.i > sent.start else None
        if words and prev is not None and not prev.whitespace_ and (prev.text == "-" or tok.text == "-"):
            last = words[-1]
            words[-1] = Word(last.text + text, last.first, tok.i)
        else:
            words.append(Word(text, tok.i, tok.i))
    return words


def _line_start(doc: Doc, i: int) -> int:
    """Character offset where the line of token ``i`` starts (looking back a bounded number of tokens)."""
    for j in range(i - 1, max(-1, i - 80), -1):
        if "\n" in doc[j].text or "\n" in doc[j].whitespace_:
            return doc[j].idx + len(doc[j].text_with_ws)
    return 0 if i < 80 else doc[i - 80].idx


_MAX_GAP = 3  # words that may come between two space-joined words of an actor phrase


def _actor_match(entry: ActorEntry, texts: list[str], i: int, chunk: list[int]) -> int | None:
    """The end of ``entry`` matched at word ``i``, or None. Space-joined words may have up
    to three other words of the same noun phrase between them ("Ithilen state-run television")."""
    n = len(entry.words)
    if not word_matches(entry.words[0], texts[i], last=n == 1, exact=entry.exact):
        return None
    pos = i
    for k in range(1, n):
        last = k == n - 1
        gap = entry.gaps[k - 1] if entry.gaps else False
        reach = _MAX_GAP + 1 if gap and chunk[i] >= 0 else 1
        found = None
        for q in range(pos + 1, min(len(texts), pos + 1 + reach)):
            if q > pos + 1 and chunk[q] != chunk[i]:
                break
            if word_matches(entry.words[k], texts[q], last=last, exact=entry.exact):
                found = q
                break
        if found is None:
            return None
        pos = found
    return pos + 1


def find_mentions(
    texts: list[str], actors: ActorDictionary, agents: AgentDictionary, chunk: list[int] | None = None
) -> list[Mention]:
    """Longest-match actor and agent phrases, left to right (actors win ties). ``chunk`` gives
    each word's noun-chunk number (-1 outside chunks), which bounds gaps inside actor phrases."""
    chunk = chunk if chunk is not None else [-1] * len(texts)
    out: list[Mention] = []
    i = 0
    while i < len(texts):
        best: Mention | None = None
        following = texts[i + 1] if i + 1 < len(texts) else None
        for a in sorted(actors.candidates(texts[i], following), key=lambda e: -len(e.words)):
            end = _actor_match(a, texts, i, chunk)
            if end is not None and (best is None or end > best.end):
                best = Mention(i, end, actor=a)
        for g in agents.candidates(texts[i]):
            n = len(g.words)
            if tuple(texts[i : i + n]) == g.words:
                if best is None or n > best.end - best.start:
                    best = Mention(i, i + n, agent=g)
                break
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.end
    return out


def new_actor_mentions(
    sent: DocSpan, words: list[Word], mentions: list[Mention], chunks: list[tuple[int, int]], max_words: int
) -> list[Mention]:
    """PETRARCH's ``new_actor_length``: a proper-noun phrase (a noun chunk headed by a proper
    noun, with an ``of`` phrase after it: "the Ministry of Magic", or with the noun it is in
    apposition to; no dates) that no dictionary phrase
    touches and that has at most ``max_words`` words (determiners, the possessive and
    punctuation not counted) is an actor with no code."""
    if max_words <= 0:
        return mentions
    doc = sent.doc
    tok_word = {t: wi for wi, w in enumerate(words) for t in range(w.first, w.last + 1)}
    covered = {wi for m in mentions for wi in range(m.start, m.end)}
    out: list[Mention] = []
    taken: set[int] = set()
    for start, end in chunks:
        root = doc[start:end].root
        if root.pos_ != "PROPN" or start in taken or root.ent_type_ in ("DATE", "TIME"):
            continue
        if root.dep_ == "appos" and root.head.i < start:
            # "Gryffindor's head Minerva McGonagall": the apposition and the noun it names
            start = min(start, root.head.left_edge.i)
        stop = end
        nxt = doc[end] if end < sent.end else None
        if nxt is not None and nxt.lower_ == "of" and nxt.head.i == root.i:
            tail = next(((s, e) for s, e in chunks if s == end + 1), None)
            if tail is not None:
                stop = tail[1]
                taken.add(tail[0])
        span = [doc[i] for i in range(start, stop)]
        counted = [t for t in span if not (t.is_punct or t.tag_ in ("DT", "POS", "PRP$"))]
        idx = sorted({tok_word[t.i] for t in span if t.i in tok_word})
        if not idx or not counted or len(counted) > max_words or covered & set(idx):
            continue
        lo, hi = idx[0], idx[-1] + 1
        entry = ActorEntry(tuple(w.text for w in words[lo:hi]), True, (), " ".join(t.text for t in span), new=True)
        out.append(Mention(lo, hi, actor=entry))
    return sorted(mentions + out, key=lambda m: m.start) if out else mentions


@dataclass(slots=True)
class CodedSentence:
    words: list[Word]
    groups: list[Group]
    compounds: list[Compound]
    _by_start: dict[int, Compound] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_start = {g.start: c for c in self.compounds for g in c.groups}

    def compound_at(self, start: int) -> Compound | None:
        return self._by_start.get(start)


def build_groups(
    sent: DocSpan, words: list[Word], mentions: list[Mention], date: int | None, chunks: list[tuple[int, int]]
) -> CodedSentence:
    """Group mentions by noun phrase, attach countries, code groups, find compounds."""
    texts = [w.text for w in words]
    tok_word = {}
    for wi, w in enumerate(words):
        for t in range(w.first, w.last + 1):
            tok_word[t] = wi
    chunk_of: dict[int, tuple[int, int]] = {}
    for c_start, c_end in chunks:
        ws = tok_word.get(c_start)
        we = tok_word.get(c_end - 1)
        if ws is None or we is None:
            continue
        for wi in range(ws, we + 1):
            chunk_of[wi] = (ws, we + 1)
    groups: list[Group] = []
    for m in mentions:
        span = chunk_of.get(m.end - 1, (m.start, m.end))
        if groups:
            g = groups[-1]
            gap = texts[g.mentions[-1].end : m.start]
            same_chunk = span[0] < g.end and span[0] <= m.start
            no_conj = not any(t in CONNECTORS for t in gap)
            possessor = bool(gap) and gap[0] in ("'S", "'")  # "Ithilen's awful and evil minister"
            broken = PARAGRAPH in gap
            if not broken and ((same_chunk and (no_conj or possessor)) or not gap or gap in (["'S"], ["'"])):
                g.mentions.append(m)
                g.end = max(g.end, span[1], m.end)
                continue
        start = min(span[0], m.start)
        if groups:
            prev = groups[-1]
            start = max(start, prev.mentions[-1].end)
            prev.end = min(prev.end, start)  # noun chunks may run across a coordination
        groups.append(Group(start=min(start, m.start), end=max(span[1], m.end), mentions=[m]))
    groups = _merge_of_phrases(groups, texts)
    # compounds: groups separated only by connectors (with determiners and adjectives)
    doc = sent.doc
    compounds: list[Compound] = []
    for g in groups:
        if compounds:
            last = compounds[-1].groups[-1]
            if _coordinated(texts, words, doc, last.mentions[-1].end, g.mentions[0].start):
                compounds[-1].groups.append(g)
                continue
        compounds.append(Compound([g]))
    # a list needs a conjunction ("A, B and C"); commas alone ("of Ukraine, Vladimir Putin met")
    # join an adverbial to a subject, not two conjuncts
    split: list[Compound] = []
    for c in compounds:
        joined = any(
            t in ("AND", "OR", "NOR", "&")
            for a, b in zip(c.groups, c.groups[1:], strict=False)
            for t in texts[a.mentions[-1].end : b.mentions[0].start]
        )
        split.extend([c] if joined or len(c.groups) == 1 else [Compound([g]) for g in c.groups])
    compounds = split
    # agents without a country take one from "of/in/from X" after them, or share a conjunct's modifiers
    for ci, comp in enumerate(compounds):
        agent_only = [g for g in comp.groups if not g.has_actor]
        if agent_only and ci + 1 < len(compounds):
            nxt = compounds[ci + 1]
            gap = [t for t in texts[comp.groups[-1].mentions[-1].end : nxt.groups[0].mentions[0].start]]
            gap = [t for t in gap if t not in _DETERMINERS]
            if len(gap) == 1 and gap[0] in PP_LINKS and all(g.has_actor for g in nxt.groups):
                countries = [c for g in nxt.groups for c in _actor_codes(g, date)]
                for g in agent_only:
                    g.inherited = countries
                for g in nxt.groups:
                    g.absorbed = True
        for prev, g in zip(comp.groups, comp.groups[1:], strict=False):
            if g.has_actor or g.inherited or len(g.mentions) != 1:
                continue
            # "the Danish Islamist media and government", "the Gondor army and police": the
            # modifiers of the first conjunct's head noun apply to the next one too
            head_outside = prev.end > prev.mentions[-1].end
            shared = prev.mentions if head_outside else prev.mentions[:-1]
            if shared:
                g.modifiers = prev.modifiers + shared
    for g in groups:
        g.codes = _group_codes(g, texts, date)
    compounds = [
        Compound([g for g in c.groups if g.codes])
        for c in compounds
        if any(g.codes and not g.absorbed for g in c.groups)
    ]
    return CodedSentence(words, [g for g in groups if g.codes], compounds)


def _merge_of_phrases(groups: list[Group], texts: list[str]) -> list[Group]:
    """An actor followed by "of"/"from" another actor names one actor ("Prime Minister Draghi of
    Italy", "President Macron of France"): the second phrase belongs to the first group, so it
    neither starts a compound of its own nor splits a list of such actors."""
    out: list[Group] = []
    for k, g in enumerate(groups):
        if out:
            prev = out[-1]
            gap = [t for t in texts[prev.mentions[-1].end : g.mentions[0].start] if t not in _DETERMINERS]
            if gap in (["OF"], ["FROM"]) and g.has_actor and (prev.has_actor or _sole_country(groups, k, texts)):
                prev.mentions.extend(g.mentions)
                prev.end = max(prev.end, g.end)
                continue
        out.append(g)
    return out


def _sole_country(groups: list[Group], k: int, texts: list[str]) -> bool:
    """Whether actor group ``k`` after an agent and "of" is that agent's only country: no other
    actor joins it ("the President of Arnor and the President of Rohan": Arnor's president; but
    "the ministers of Arnor and Rohan" is both countries' ministers, coded as a list)."""
    if k + 1 >= len(groups):
        return True
    nxt = groups[k + 1]
    gap = texts[groups[k].mentions[-1].end : nxt.mentions[0].start]
    joined = bool(gap) and all(t in CONNECTORS or t in _DETERMINERS for t in gap)
    return not (joined and nxt.has_actor)


def _coordinated(texts: list[str], words: list[Word], doc: Doc, lo: int, hi: int) -> bool:
    """Whether words ``lo:hi`` join two conjuncts: connectors (", and"), then only the
    determiners and modifiers of the next conjunct ("and the evil, awful Gondor")."""
    gap = list(range(lo, hi))
    joints = [i for i in gap if texts[i] in CONNECTORS]
    if not joints or all(texts[i] in ("AS", "WELL") for i in joints):
        return False
    last = joints[-1]
    before = [i for i in gap if i < last]
    after = [i for i in gap if i > last]
    start = words[hi].first if hi < len(words) else len(doc)
    return all(texts[i] in CONNECTORS for i in before) and all(
        texts[i] in _DETERMINERS or _modifier(doc[words[i].first]) or _modifies(doc[words[i].first], start)
        for i in after
    )


def _modifies(tok: Token, start: int) -> bool:
    """A word the parser attached as a modifier of the next conjunct's name, however it tagged
    it ("the evil Mordor" with "evil" read as a proper noun)."""
    return tok.dep_ in ("amod", "compound", "det", "nummod", "advmod") and tok.head.i >= start


def _modifier(tok: Token) -> bool:
    """A word that may stand before a conjunct's name ("the evil, awful Gondor")."""
    return tok.tag_ in _MODIFIER_TAGS or (tok.tag_ in ("NN", "VBN", "VBG") and tok.text.islower())


def _actor_codes(g: Group, date: int | None) -> list[str]:
    for m in g.mentions:
        if m.actor is not None and not m.actor.new:
            code = m.actor.code_on(date)
            if code:
                return [c for c in code.split("/") if c]
    return []


def _has_segment(code: str, part: str) -> bool:
    """Whether ``part`` occurs in ``code`` on a 3-letter boundary (GOV in USAGOV, not WGO in GMWGOV)."""
    return any(code[i : i + len(part)] == part for i in range(0, len(code) - len(part) + 1, 3))


def _group_codes(g: Group, texts: list[str], date: int | None) -> list[str]:
    mentions = g.modifiers + g.mentions
    if all(m.actor is not None and m.actor.new for m in g.mentions):
        return [NEW_ACTOR]
    bases: list[str] = []
    for m in mentions:
        if m.actor is not None and not m.actor.new:
            code = m.actor.code_on(date)
            if code:
                bases = [c for c in code.split("/") if c]
                break
    if not bases:
        bases = list(g.inherited)
    agents = [m.agent for m in mentions if m.agent is not None]
    if not bases and not agents:
        return []
    prefixes = [a.code for a in agents if a.prefix]
    suffixes = [a.code for a in agents if not a.prefix]
    if "FORMER" in texts[max(0, g.start - 1) : g.end]:
        suffixes = ["ELI"]
    out: list[str] = []
    for base in bases or ["---"]:
        code = base
        for s in suffixes:
            if not _has_segment(code, s):
                # a segment the code already has is not repeated (USAGOV + GOVMIL -> USAGOVMIL)
                code += "".join(s[k : k + 3] for k in range(0, len(s), 3) if not _has_segment(code, s[k : k + 3]))
        code = "".join(p for p in prefixes if not _has_segment(code, p)) + code
        if code not in out:
            out.append(code)
    return out
