"""PetrarchCoder: code events with a user's PETRARCH dictionaries on our own parse.

No constituency parser: sentences come from the spaCy pipeline; actors are found by
longest match of the actor and agent dictionaries; verbs by surface form, then lemma;
verb patterns are matched on the word sequence (see :mod:`.matching`); source and target
default to the verb's subject (passives: the ``by`` agent) and the first actor after the
verb, as PETRARCH does. Events carry the dictionary codes (CAMEO event and actor codes).

For real news, beyond PETRARCH: a compound subject with no country target acts on its own
members ("Turkey and Libya signed an agreement"); nouns of :mod:`.nominals` code as their
verbs ("Russia's invasion of Ukraine"); in :meth:`PetrarchCoder.code`, actors the actor stage
found but the dictionaries lack ("Secretary Blinken") take the actor stage's CAMEO code.
"""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index, release
from newsgraph.events.codes import CameoCode, cameo_codes
from newsgraph.events.lexicon import lexicon
from newsgraph.events.modality import modality
from newsgraph.events.petrarch.actors import ActorDictionary, ActorEntry, DatedCode, read_actor_dictionary
from newsgraph.events.petrarch.agents import AgentDictionary, read_agent_dictionary
from newsgraph.events.petrarch.commas import deleted_tokens
from newsgraph.events.petrarch.config import CommaOptions, PetrarchConfig, RecordOptions, read_config, record_options
from newsgraph.events.petrarch.discards import Discards, read_discards
from newsgraph.events.petrarch.matching import ANYWHERE, Binding, PatternMatcher, Reach, verb_reach
from newsgraph.events.petrarch.nominals import light_verbs, nominal_verbs
from newsgraph.events.petrarch.sentence import (
    PARAGRAPH,
    CodedSentence,
    Compound,
    Group,
    Mention,
    Word,
    build_groups,
    find_mentions,
    new_actor_mentions,
    sentence_words,
)
from newsgraph.events.petrarch.verbs import Pattern, VerbBlock, VerbDictionary, VerbForm, read_verb_dictionary
from newsgraph.events.when_where import date_expressions, location_of, parse_published, resolve_date
from newsgraph.quotes.finder import QuoteFindings
from newsgraph.records import Actor, ActorKind, Article, Event, Span

_CAMEO_EVENT = re.compile(r"^[0-2][0-9]{1,3}$")
_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# verb forms that head no clause: auxiliaries, "according (to)", participles used as adjectives
_NOT_PREDICATES = frozenset({"aux", "auxpass", "prep", "amod", "compound", "case", "mark", "det", "advmod"})
_CLIMB = ("conj", "xcomp", "ccomp", "advcl", "pcomp", "acomp")
_SPEAKER_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
_QUOTE_MARKS = frozenset({":", '"', "\u201c", "\u201d", "``", "''"})


@dataclass(frozen=True, slots=True)
class Dictionaries:
    """The dictionaries a config names, loaded once per process (see :func:`load_dictionaries`)."""

    config: PetrarchConfig
    verbs: VerbDictionary
    actors: ActorDictionary
    agents: AgentDictionary
    discards: Discards
    patterns_by_line: dict[int, Pattern]  # the verb patterns by dictionary line


@cache
def _load(path: str, _mtime: float) -> Dictionaries:
    config = read_config(path)
    verbs = read_verb_dictionary(config.verb_file)
    return Dictionaries(
        config=config,
        verbs=verbs,
        actors=read_actor_dictionary(config.actor_files),
        agents=read_agent_dictionary(config.agent_file),
        discards=read_discards(config.discard_file),
        patterns_by_line={p.line: p for b in verbs.blocks for p in b.patterns},
    )


def load_dictionaries(path: str | Path) -> Dictionaries:
    """The dictionaries of a PETRARCH config, cached by path (and modification time)."""
    resolved = Path(path).resolve()
    mtime = resolved.stat().st_mtime if resolved.is_file() else 0.0
    return _load(str(resolved), mtime)


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """An event as the dictionaries code it: codes verbatim (``174L`` or ``---GOV`` included)."""

    source_code: str | None
    target_code: str | None
    code: str
    verb: tuple[int, int]  # token range of the verb (doc level, end exclusive)
    sentence: tuple[int, int]  # char range
    source: tuple[int, int] | None  # token range of the source phrase
    target: tuple[int, int] | None
    pattern_line: int | None


def article_date(article: Article) -> int | None:
    """``published`` (YYYY-MM-DD) as YYYYMMDD, for date-restricted actor codes."""
    if not article.published:
        return None
    digits = article.published.replace("-", "")[:8]
    return int(digits) if digits.isdigit() and len(digits) == 8 else None


def _cameo_facts(code: str) -> CameoCode | None:
    """Goldstein score, quad class and PLOVER type of a code (or of its parent code, for the
    dictionaries' finer codes); None for codes the CAMEO table does not have."""
    table = cameo_codes()
    return table.get(code) or table.get(code[:3])


def _quad(code: str) -> int:
    """CAMEO quad class from the root: 01-05 verbal cooperation, 06-09 material
    cooperation, 10-14 verbal conflict, 15-20 material conflict."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


class PetrarchCoder:
    """An :class:`~newsgraph.events.coder.EventCoder` driven by PETRARCH dictionaries."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        *,
        require_dyad: bool | None = None,
        new_actor_length: int | None = None,
        commas: CommaOptions | None = None,
    ) -> None:
        self.dicts = dictionaries
        config = dictionaries.config
        # PETRARCH's require_dyad: without it, an event with only a source is kept (target "---")
        self.require_dyad = config.require_dyad if require_dyad is None else require_dyad
        # PETRARCH's new_actor_length: a subject or object noun phrase of at most this many words
        # that no dictionary names is an actor without a code (0: off)
        self.new_actor_length = config.new_actor_length if new_actor_length is None else new_actor_length
        self.commas = config.commas if commas is None else commas

    @classmethod
    def from_config(cls, path: str | Path) -> PetrarchCoder:
        return cls(load_dictionaries(path))

    def with_options(
        self,
        *,
        require_dyad: bool | None = None,
        new_actor_length: int | None = None,
        commas: CommaOptions | None = None,
    ) -> PetrarchCoder:
        """The same dictionaries with other coding options (PETRARCH's ``<Config>`` per record)."""
        return PetrarchCoder(
            self.dicts,
            require_dyad=self.require_dyad if require_dyad is None else require_dyad,
            new_actor_length=self.new_actor_length if new_actor_length is None else new_actor_length,
            commas=self.commas if commas is None else commas,
        )

    def with_record_options(self, values: Mapping[str, object]) -> PetrarchCoder:
        """The coder a PETRARCH unit-test record's ``<Config>`` block asks for."""
        opts = record_options(values, self.commas)
        if opts == RecordOptions():
            return self
        return self.with_options(
            require_dyad=opts.require_dyad, new_actor_length=opts.new_actor_length, commas=opts.commas
        )

    # -- raw coding --------------------------------------------------------------------
    def code_raw(self, doc: Doc, article: Article) -> list[CodedEvent]:
        """Every event the dictionaries code in ``doc``, codes as written in them."""
        return [ev for ev, _, _ in self._code_with_groups(doc, article)]

    def _code_with_groups(
        self, doc: Doc, article: Article, actors: ActorIndex | None = None
    ) -> list[tuple[CodedEvent, Group | None, Group | None]]:
        d = self.dicts
        date = article_date(article)
        out: list[tuple[CodedEvent, Group | None, Group | None]] = []
        sentences = coding_sentences(doc)
        all_words = [sentence_words(s) for s in sentences]
        for words in all_words:
            if d.discards.first_hit([w.text for w in words], d.discards.story):
                return []
        for sent, words in zip(sentences, all_words, strict=True):
            texts = [w.text for w in words]
            if d.discards.first_hit(texts, d.discards.sentence):
                continue
            gone = deleted_tokens(sent, self.commas)
            if gone:
                words = [w for w in words if w.first not in gone]
                texts = [w.text for w in words]
            chunks = _noun_chunks(doc, sent)
            mentions = find_mentions(texts, d.actors, d.agents, _chunk_numbers(words, chunks))
            if actors is not None:
                mentions = _with_known_actors(mentions, words, actors)
            mentions = new_actor_mentions(sent, words, mentions, chunks, self.new_actor_length)
            if not mentions:
                continue
            cs = build_groups(sent, words, mentions, date, chunks)
            if not cs.compounds:
                continue
            out.extend(self._code_sentence(sent, cs, chunks))
        return out

    def _verb_forms(self, cs: CodedSentence, wi: int, tok: Token) -> tuple[list[VerbForm], int, int]:
        texts = [w.text for w in cs.words]
        vd = self.dicts.verbs
        forms = vd.by_surface.get(texts[wi]) or vd.by_base.get(tok.lemma_.upper(), [])
        fitting: list[tuple[VerbForm, int, int]] = []
        for f in forms:
            vs, ve = wi - len(f.pre), wi + 1 + len(f.post)
            if vs < 0 or ve > len(texts):
                continue
            if tuple(texts[vs:wi]) == f.pre and tuple(texts[wi + 1 : ve]) == f.post:
                fitting.append((f, vs, ve))
        if not fitting:
            return [], wi, wi + 1
        longest = max(f.length for f, _, _ in fitting)
        best = [x for x in fitting if x[0].length == longest]
        return [f for f, _, _ in best], best[0][1], best[0][2]

    def _code_sentence(
        self, sent: DocSpan, cs: CodedSentence, chunks: list[tuple[int, int]]
    ) -> list[tuple[CodedEvent, Group | None, Group | None]]:
        tok_word: dict[int, int] = {}
        for wi, w in enumerate(cs.words):
            for t in range(w.first, w.last + 1):
                tok_word[t] = wi
        chunk_ends: dict[int, int] = {}
        for c_start, c_end in chunks:
            if c_start in tok_word and c_end - 1 in tok_word:
                chunk_ends[tok_word[c_start]] = tok_word[c_end - 1] + 1
        matcher = PatternMatcher(sent.doc, cs, self.dicts.verbs.synsets, chunk_ends)
        by_verb: dict[int, list[tuple[CodedEvent, Group | None, Group | None]]] = {}
        rootless = sent.root.pos_ not in ("VERB", "AUX")
        coded_verbs: set[int] = set()  # verbs the dictionary codes, whether or not they found actors
        for tok in sent:
            if tok.i not in tok_word:
                continue
            loose = rootless and self._misparsed_predicate(tok, cs, tok_word[tok.i])
            if not loose and (not (tok.tag_.startswith("VB") or tok.pos_ == "VERB") or tok.dep_ in _NOT_PREDICATES):
                continue
            forms, vs, ve = self._verb_forms(cs, tok_word[tok.i], tok)
            if not forms:
                continue
            # a predicate the parser cut off from the rest of its sentence, or misparsed, has
            # no phrase of its own to bound the pattern: the rest of the sentence stands in
            cut = tok.right_edge.i + 1 >= tok.sent.end and tok.sent.end < sent.end
            reach = ANYWHERE if loose or cut else verb_reach(tok, tok_word)
            code, binding, line = self._choose_code(forms, matcher, vs, ve, reach)
            if not code or (code.strip("-") == "" and ":" not in code):
                continue
            coded_verbs.add(tok.i)
            events = self._events(sent, cs, tok, tok_word, code, binding, line, vs, ve, loose=loose)
            if events:
                by_verb[tok.i] = events
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.i in tok_word and tok.i not in by_verb:
                nominal, light = self._nominal_event(sent, cs, tok, tok_word)
                if nominal:
                    noun = cs.words[tok_word[tok.i]].text
                    if light is not None and any(
                        self._pattern_names(e[0].pattern_line, noun) for e in by_verb.get(light, [])
                    ):
                        continue  # "launched an offensive against": the verb's pattern coded the noun's act
                    by_verb[tok.i] = nominal
                    if light is not None:
                        # "Israelis carried an attack against ...": the noun names the act that the
                        # verb's block code, or a pattern about other words, only guessed at
                        by_verb.pop(light, None)
        doc = sent.doc
        actor_tokens = {
            t
            for g in cs.groups
            if g.has_actor
            for m in g.mentions
            if m.actor is not None
            for wi in range(m.start, m.end)
            for t in range(cs.words[wi].first, cs.words[wi].last + 1)
        }
        out: list[tuple[CodedEvent, Group | None, Group | None]] = []
        dyadic = {k for k, evs in by_verb.items() if any(e[0].target is not None for e in evs)}
        for i, events in by_verb.items():
            if _governed_by_coded_verb(doc[i], coded_verbs, actor_tokens):
                continue
            reported = _coded_clauses(doc[i], dyadic)
            out.extend(e for e in events if not _target_inside(e[0], reported))
        return out

    def _misparsed_predicate(self, tok: Token, cs: CodedSentence, wi: int) -> bool:
        """In a sentence the parser gave no verb as its root ("Arnor denounces Rohan ..." read
        as a noun phrase), a word the tagger took for a finite verb but attached as a modifier
        ("The British relinquished control ...": VBD as amod), or an inflected form of a
        dictionary verb tagged as a plural noun right after an actor ("denounces"), is still the
        sentence's verb, as it is for PETRARCH (which looks verbs up in its dictionary)."""
        if tok.tag_ in ("VBD", "VBZ", "VBP"):
            return tok.dep_ in ("amod", "compound", "nmod", "dep")
        if tok.tag_ != "NNS" or wi == 0:
            return False
        word = cs.words[wi].text
        forms = self.dicts.verbs.by_surface.get(word, [])
        if not any(f.verb != f.base and not f.pre and not f.post for f in forms):
            return False
        return any(m.end == wi for g in cs.groups for m in g.mentions if m.actor is not None)

    def _nominal_event(
        self, sent: DocSpan, cs: CodedSentence, tok: Token, tok_word: dict[int, int]
    ) -> tuple[list[tuple[CodedEvent, Group | None, Group | None]], int | None]:
        """An event named by a noun (:mod:`.nominals`): the possessor or a demonym of the noun
        phrase is the source, an actor in an on/against/into/of/in phrase of the noun the
        target ("Russia's unprovoked attack on Ukraine", "the Russian missile attack on the
        Ukrainian port"); both must be actors, or no event. The object of a verb ("Russia
        launched a wave of air strikes against Ukraine") takes the verb's subject as source;
        then the verb's token index is returned too."""
        verb = nominal_verbs().get(tok.lemma_.lower())
        if verb is None or tok.dep_ == "compound":
            return [], None
        forms = [f for f in self.dicts.verbs.by_base.get(verb, []) if not f.pre and not f.post]
        code = next((f.code or f.block.code for f in forms if (f.code or f.block.code or "---") != "---"), "")
        if not code or ":" in code:
            return [], None

        def compound_in(lo: int, hi: int) -> Compound | None:
            """The first compound actor with a mention among the words of tokens lo..hi."""
            wlo, whi = tok_word.get(lo), tok_word.get(hi)
            if wlo is None or whi is None:
                return None
            return next(
                (c for c in cs.compounds if any(wlo <= m.start <= whi for g in c.groups for m in g.mentions)),
                None,
            )

        source = None
        modifiers = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < tok.i]
        for mod in modifiers:
            source = compound_in(mod.left_edge.i, mod.right_edge.i)
            if source is not None:
                break
        wi = tok_word[tok.i]
        if source is None:
            # a noun phrase the parser split ("the United States' condemnation"): the group that
            # spans the noun with a mention before it
            source = next(
                (
                    c
                    for c in cs.compounds
                    for g in c.groups
                    if g.start <= wi < g.end and any(m.end <= wi for m in g.mentions)
                ),
                None,
            )
        if source is None and any(c.dep_ == "poss" and c.lower_ == "its" for c in modifiers):
            # "hold Russia accountable for its war against Ukraine": "its" stands for the last
            # country named before it in the sentence, as the reader takes it
            before = [c for c in cs.compounds if c.end <= wi and any(g.has_actor for g in c.groups)]
            if before and len(before[-1].groups) == 1:
                source = before[-1]
        light = None
        if source is None:
            # the object of a verb, or of "a wave/series of": the verb's subject acts
            node = tok
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "dobj":
                node = node.head.head
            if node.dep_ == "dobj" and node.head.lemma_.lower() in light_verbs():
                light = node.head.i
                source = self._subject(node.head, cs, tok_word)[0]
        if source is None:
            return [], None
        target = None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "into", "of", "in", "at", "for", "to"):
                target = compound_in(prep.i, prep.right_edge.i)
                if target is not None:
                    break
        if target is None or target is source:
            return [], None
        binding = Binding(source=source, target=target)
        return self._events(sent, cs, tok, tok_word, code, binding, None, wi, wi + 1), light

    def _pattern_names(self, line: int | None, word: str) -> bool:
        """Whether the verb pattern of dictionary line ``line`` has ``word`` (literally or in a synset)."""
        if line is None:
            return False
        pattern = self.dicts.patterns_by_line.get(line)
        if pattern is None:
            return False
        synsets = self.dicts.verbs.synsets
        return word in pattern.words or any((word,) in synsets.get(name, ()) for name in pattern.synsets)

    def _choose_code(
        self, forms: list[VerbForm], matcher: PatternMatcher, vs: int, ve: int, reach: Reach = ANYWHERE
    ) -> tuple[str, Binding, int | None]:
        """The code of the longest matching pattern of the verb's blocks, else the verb's own
        code, else its block's (PETRARCH's order); with the actors the pattern marked."""
        verbs = self.dicts.verbs
        patterns = []
        seen_blocks: list[VerbBlock] = []
        for f in forms:
            if any(f.block is b for b in seen_blocks):
                continue
            seen_blocks.append(f.block)
            patterns.extend(f.block.patterns)
        patterns.sort(key=lambda p: -p.size)
        found: tuple[Pattern, Binding] | None = None
        for p in patterns:
            if found is not None and p.size < found[0].size:
                break
            binding = matcher.match(p, vs, ve, reach)
            if binding is None:
                continue
            if found is None:
                found = (p, binding)
            if not p.verb or not any(_written_for(p.verb, f, verbs) for f in forms):
                continue
            # of equally long patterns, the one written for this verb ("demanded an explanation":
            # "* EXPLANATION [101] # DEMAND", not "* EXPLANATION [090] # WANT" of the same block)
            found = (p, binding)
            break
        if found is not None:
            return found[0].code, found[1], found[0].line
        for f in forms:
            code = f.code or f.block.code
            if code and code != "---":
                return code, Binding(), None
        return "", Binding(), None

    def _events(
        self,
        sent: DocSpan,
        cs: CodedSentence,
        tok: Token,
        tok_word: dict[int, int],
        code: str,
        binding: Binding,
        line: int | None,
        vs: int,
        ve: int,
        *,
        loose: bool = False,
    ) -> list[tuple[CodedEvent, Group | None, Group | None]]:
        pairs: list[tuple[Group, Group | None]] = []
        if binding.both is not None:
            members = binding.both.groups
            pairs = [(a, b) for a in members for b in members if a is not b]
        else:
            source, target = binding.source, binding.target
            passive_agent: Compound | None = None
            thing_done_to = False
            if source is None or target is None:
                subj, passive_agent, blocked = self._subject(tok, cs, tok_word)
                participle = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ not in _SUBJECTS
                if participle and source is None:
                    # a passive participle after a noun ("a U.S. citizen detained in Iran", "republics
                    # controlled by Russian proxies"): the noun is what is done to, only a "by"
                    # phrase names who does it (not after a subject: "Arnor deplored ..." is often
                    # a finite verb the parser read as a participle)
                    if passive_agent is None:
                        return []
                    subj = subj if target is None else None
                if source is None:
                    if passive_agent is not None and passive_agent is not target:
                        source = passive_agent
                        if target is None and subj is not None and subj is not source:
                            target = subj
                        # "the following statement was released by A, B and C on the anniversary of
                        # the Syrian uprising": the passive's subject, no actor, is what was done to
                        thing_done_to = target is None and blocked
                    elif subj is not None and subj is not target:
                        source = subj
                    elif not blocked:
                        # (a misparsed predicate may sit inside its subject's noun chunk: "Arnor denounces")
                        speaker = _speaker_subject(tok)
                        source = next(
                            (
                                c
                                for c in cs.compounds
                                if (c.end <= vs or (loose and c.groups[-1].mentions[-1].end <= vs))
                                and c is not target
                                and (not speaker or _speaks_for(c, cs.words, vs))
                            ),
                            None,
                        )
                if target is None and binding.source is not None and subj is not None and subj is not source:
                    target = subj  # the pattern named the source: the subject is the target
                if target is None:
                    # the first actor after the verb, within the verb's clause but not inside a
                    # relative clause of its object ("an agreement, according to which ... Cyprus")
                    # (a misparsed predicate heads no clause: the rest of the sentence is its own)
                    # (nor does a clause the parser cut off mid-sentence: "break into an anti- | Gondor parade")
                    cut = tok.right_edge.i + 1 >= tok.sent.end and tok.sent.end < sent.end
                    last = len(cs.words) - 1 if loose or cut else tok_word.get(tok.right_edge.i, len(cs.words) - 1)
                    nested = _relative_clause_words(tok, tok_word)
                    # a consultation coded by the verb alone (no pattern whose words name the act and
                    # its counterpart: "welcomed a resumption of ties with X"), or talks (a reciprocal
                    # code) whose pattern marks no target ("discussed the security situation in light
                    # of Russia's aggression": the pattern's words are the topic)
                    consult = code.lstrip(":")[:2] == "04" and (line is None or ":" in code)
                    target = next(
                        (
                            c
                            for c in cs.compounds
                            if ve <= c.start <= last
                            and c is not source
                            and c.start not in nested
                            and not _agent_as_modifier(c, cs.words, sent.doc)
                            and not (consult and not _consulted_party(c, cs, tok, talks=":" in code))
                            and not (thing_done_to and not _prepositional_party(c, cs, tok))
                        ),
                        None,
                    )
            joint = source is not None and source is not target and source is not passive_agent
            if joint and source is not None and _mutual(source, target, code):
                # "Turkey and Libya signed an agreement": the members act on one another
                members = source.groups
                pairs = [(a, b) for a in members for b in members if a is not b]
            else:
                if source is target or (self.require_dyad and (source is None or target is None)):
                    return []
                if source is None:
                    return []
                pairs = [(a, b) for a in source.groups for b in (target.groups if target else [None])]
        forward, _, backward = code.partition(":")
        words = cs.words
        verb_span = (words[vs].first, words[ve - 1].last + 1)
        sentence = (sent.start_char, sent.end_char)
        out: list[tuple[CodedEvent, Group | None, Group | None]] = []
        seen: set[tuple[str, str, str]] = set()

        def span(g: Group | None) -> tuple[int, int] | None:
            return (words[g.start].first, words[g.end - 1].last + 1) if g else None

        def emit(a: Group | None, b: Group | None, c: str) -> None:
            if not c or c.strip("-") == "":
                return
            for ca in a.codes if a else ["---"]:
                for cb in b.codes if b else ["---"]:
                    if (ca, cb, c) in seen:
                        continue
                    seen.add((ca, cb, c))
                    out.append(
                        (CodedEvent(ca or None, cb or None, c, verb_span, sentence, span(a), span(b), line), a, b)
                    )

        for a, b in pairs:
            emit(a, b, forward)
            if backward:
                emit(b, a, backward)
        return out

    @staticmethod
    def _subject(
        tok: Token, cs: CodedSentence, tok_word: dict[int, int]
    ) -> tuple[Compound | None, Compound | None, bool]:
        """The compound actor of the verb's subject, of a passive ``by`` agent, and whether
        the verb has a subject that is no actor (then no other actor stands in for it)."""

        def compound_of(t: Token) -> Compound | None:
            # the edges' words; a line break token (no word of its own) is skipped
            span = range(t.left_edge.i, t.right_edge.i + 1)
            lo = next((tok_word[j] for j in span if j in tok_word), None)
            hi = next((tok_word[j] for j in reversed(span) if j in tok_word), None)
            wi = tok_word.get(t.i)
            if lo is None or hi is None:
                return None
            best = None
            for c in cs.compounds:
                for g in c.groups:
                    if wi is not None and any(m.start <= wi < m.end for m in g.mentions):
                        return c
                    if best is None and lo <= g.start and g.end <= hi + 1 and not broken(g):
                        best = c
            return best

        def own_compound(t: Token) -> Compound | None:
            """The compound actor whose noun phrase ``t`` heads (none deeper in its subtree)."""
            wi = tok_word.get(t.i)
            if wi is None:
                return None
            return next((c for c in cs.compounds for g in c.groups if g.start <= wi < g.end), None)

        verb_at = tok_word.get(tok.i, 0)
        texts = [w.text for w in cs.words]

        def broken(g: Group) -> bool:
            """A line break between the phrase and the verb (a heading above the sentence)."""
            lo, hi = (g.end, verb_at) if g.end <= verb_at else (verb_at, g.start)
            return PARAGRAPH in texts[lo:hi]

        agent = None
        for child in tok.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        agent = compound_of(pobj)
        if agent is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            # "was condemned in a joint statement by Egypt": a "by" phrase further down the clause
            for t in tok.subtree:
                if t.lower_ == "by" and t.dep_ in ("agent", "prep") and t.i > tok.i and _near_verb(t, tok):
                    for pobj in t.children:
                        if pobj.dep_ == "pobj":
                            agent = compound_of(pobj)
                    if agent is not None:
                        break
        node = tok
        for step in range(4):
            subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
            for child in subjects:
                found = compound_of(child)
                if found is not None:
                    return found, agent, False
            if subjects and all(c.pos_ not in ("PRON", "DET") for c in subjects):
                return None, agent, True
            if any(c.lower_ in _SPEAKER_PRONOUNS for c in subjects):
                # "as we have discussed, the relationship between A and B is ...": the speaker, not
                # the subject of the clause it depends on (whom "we" stands for is decided later)
                return None, agent, False
            if step == 0 and not subjects:
                # a mis-parsed subject: an actor attached to the verb from its left as a modifier
                for child in node.lefts:
                    if child.dep_ in ("compound", "npadvmod", "nmod", "dep"):
                        found = compound_of(child)
                        if found is not None:
                            return found, agent, False
            if node.dep_ == "relcl":
                return compound_of(node.head), agent, False
            if node.dep_ == "acl" and not subjects:
                # "India's decision to join ...": the possessor of the noun; "a resolution
                # calling for ...": a noun that is no actor, so no subject at all
                noun = node.head
                owners = [noun] + [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
                for owner in owners:
                    wi = tok_word.get(owner.i)
                    for c in cs.compounds:
                        if wi is not None and any(m.start <= wi < m.end for g in c.groups for m in g.mentions):
                            return c, agent, False
                return None, agent, True
            governor = node.head
            gerund = node.dep_ == "pcomp" and node.tag_ == "VBG" and governor.lower_ == "in"
            if gerund:
                governor = governor.head  # "supports the Philippines in calling on the PRC to ..."
            if (node.dep_ == "xcomp" or gerund) and not subjects:
                # object control: "urged the Turkish government to respect ...", "asked Russia to
                # withdraw", "supports the Philippines in calling on ...": the object of the
                # governing verb is the complement's subject (in PETRARCH2's constituency parse it
                # is the subject of the complement clause); an object that is no actor is more
                # often a means ("used tactics to threaten ..."), and the governing verb's subject acts
                objects = [c for c in governor.children if c.dep_ == "dobj" and c.i < node.i]
                controller = own_compound(objects[-1]) if objects else None
                if controller is not None:
                    return controller, agent, False
            if node.dep_ not in _CLIMB or node.head is node:
                break
            node = node.head
        return None, agent, False

    # -- the EventCoder protocol ----------------------------------------------------------
    def code(self, doc: Doc, article: Article, actors: ActorIndex, quotes: QuoteFindings) -> tuple[Event, ...]:
        """Events in the ``newsgraph.article/1`` contract (non-CAMEO dictionary codes are left out).

        Modality, date, location and attribution are found as for the built-in lexicon
        (:mod:`newsgraph.events.modality`, :mod:`newsgraph.events.when_where`); only the
        codes and the dyad come from the PETRARCH dictionaries."""
        events: list[Event] = []
        ids: dict[int, str] = {}
        doc_text = doc_index(doc, fresh=True).text  # the actor stage has edited doc.ents
        text = article.text if len(article.text) == len(doc_text) else doc_text
        published = parse_published(article.published)
        lex = lexicon()
        for ev, src, tgt in self._code_with_groups(doc, article, actors):
            if not _CAMEO_EVENT.match(ev.code) or not 1 <= int(ev.code[:2]) <= 20:
                continue
            facts = _cameo_facts(ev.code)
            source_id = self._actor_id(doc, actors, src, ev.source_code, ev.source, ids)
            target_id = self._actor_id(doc, actors, tgt, ev.target_code, ev.target, ids)
            verb = doc[ev.verb[0] : ev.verb[1]]
            head = verb.root
            mood = modality(head, lex)
            date = article.published
            if published is not None:
                for ent in date_expressions([head]):
                    resolved = resolve_date(ent.text, published, forward=mood == "future")
                    if resolved is not None:
                        date = resolved.value
                        if mood == "asserted" and resolved.year <= published.year - lex.historical_years:
                            mood = "historical"
                        break
            attributed: str | None = "author"
            for q in quotes.quotes:
                if q.content.start <= head.idx < q.content.end:
                    attributed = q.speaker
                    break
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    source=source_id,
                    target=target_id,
                    source_code=_valid_actor_code(ev.source_code),
                    target_code=_valid_actor_code(ev.target_code),
                    cameo=ev.code,
                    goldstein=facts.goldstein if facts else 0.0,
                    quad_class=facts.quad_class if facts else _quad(ev.code),
                    plover=facts.plover if facts else None,
                    plover_mode=facts.plover_mode if facts else None,
                    modality=mood,
                    attributed_to=attributed,
                    location=location_of([head]),
                    date=date,
                    trigger=Span.of(text, verb.start_char, verb.end_char),
                    sentence=ev.sentence,
                )
            )
        release(doc)  # the last stage: the document's index is not kept past the article
        return tuple(events)

    @staticmethod
    def _actor_id(
        doc: Doc,
        actors: ActorIndex,
        group: Group | None,
        code: str | None,
        span: tuple[int, int] | None,
        ids: dict[int, str],
    ) -> str | None:
        if group is None or span is None:
            return None
        key = id(group)
        if key in ids:
            return ids[key]
        phrase = doc[span[0] : span[1]]
        valid = _valid_actor_code(code)
        for tok in phrase:
            found = actors.actor_at(tok)
            if found is not None:
                if found.code is None and valid and not any(m.agent for m in group.mentions):
                    # the user's dictionaries know this actor's code; the actor stage did not
                    actors.update(replace(found, code=valid, country=found.country or valid[:3]))
                ids[key] = found.id
                return found.id
        agents = [m.agent.code for m in group.mentions if m.agent is not None]
        kind: ActorKind = "group" if agents else "country"
        ents = {t.ent_type_ for t in phrase}
        if not agents and "PERSON" in ents:
            kind = "person"
        elif not agents and ents & {"ORG", "NORP"}:
            kind = "organization"
        actor = Actor(
            id=actors.new_id(),
            name=phrase.text,
            kind=kind,
            code=valid,
            country=valid[:3] if valid and group.has_actor else None,
            sector=agents[-1][:3] if agents and re.match(r"^[A-Z]{3}", agents[-1]) else None,
        )
        actors.add(actor, [phrase])
        ids[key] = actor.id
        return actor.id


_SENTENCE_END = frozenset({".", "!", "?", ";", ":", '"', "'", "\u201d", "\u2019", ")"})


def coding_sentences(doc: Doc) -> list[DocSpan]:
    """The sentences PETRARCH would code: spaCy's, except that a sentence the parser ended
    without closing punctuation or a line break ("Gollum was known to break into an anti-" |
    "Gondor parade on Saturday.") runs on into the next one, as the text does."""
    out: list[DocSpan] = []
    start: int | None = None
    for sent in doc.sents:
        if start is None:
            start = sent.start
        toks = [t for t in sent if not t.is_space]
        ends_line = bool(sent.text_with_ws) and "\n" in doc[sent.end - 1].text_with_ws
        if not toks or toks[-1].text in _SENTENCE_END or ends_line or sent.end >= len(doc):
            out.append(doc[start : sent.end])
            start = None
    if start is not None:
        out.append(doc[start : len(doc)])
    return out


def _with_known_actors(mentions: list[Mention], words: list[Word], actors: ActorIndex) -> list[Mention]:
    """The dictionary mentions plus the actor stage's actors the dictionaries do not name
    ("Secretary Blinken", "President Biden" after the dictionaries' date ranges end), as
    phrases with the actor stage's CAMEO code; only actors whose code starts with a country,
    so an agent still combines with it as with a dictionary actor (PETRARCH: USA + GOV)."""
    covered = {wi for m in mentions for wi in range(m.start, m.end)}
    extra: list[Mention] = []
    wi = 0
    while wi < len(words):
        found = None if wi in covered else actors.actor_at(words[wi].first)
        code = _valid_actor_code(found.code) if found is not None else None
        if found is None or code is None or not found.country or not code.startswith(found.country):
            wi += 1
            continue
        end = wi + 1
        while end < len(words) and end not in covered and actors.actor_at(words[end].first) is found:
            end += 1
        entry = ActorEntry(
            words=tuple(w.text for w in words[wi:end]), exact=True, codes=(DatedCode(code),), name=found.name
        )
        extra.append(Mention(wi, end, actor=entry))
        wi = end
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _agent_as_modifier(comp: Compound, words: list[Word], doc: Doc) -> bool:
    """A phrase with no country whose agent word only modifies another noun ("a military
    offensive", "the police reforms"): it names a thing, not an actor to be a target."""
    for g in comp.groups:
        if g.has_actor or g.inherited or any(not c.startswith("---") for c in g.codes):
            return False
        last = g.mentions[-1]
        if last.end >= g.end:
            return False  # the agent is the head ("the police")
        head = doc[words[g.end - 1].last]
        if head.pos_ not in ("NOUN", "PROPN"):
            return False
    return True


# CAMEO roots of acts that the members of a compound subject do with one another when the sentence
# names no other party: 03 intent to cooperate, 04 consult, 05 diplomatic and 06 material cooperation
# ("Turkey and Libya signed an agreement"); statements, appeals, aid (07) and conflict are not joint
# ("Russia and Belarus attacked ...", "A, B and C conducted searches": not on one another)
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})


# more parties than this acting jointly are a multilateral forum ("Representatives of the United States,
# Egypt, France, ... met in Brussels"), not n(n-1) bilateral acts
_MAX_JOINT_PARTIES = 5


def _mutual(source: Compound, target: Compound | None, code: str = "") -> bool:
    """Whether a compound subject acts on its own members: two to :data:`_MAX_JOINT_PARTIES`
    countries, a joint act (:data:`_JOINT_ROOTS`) and no target that names a country ("the United
    States and Armenia signed two action plans on law enforcement reforms": the agent-only phrase
    is no party to the event). A passive's ``by`` phrase is no such subject ("tributes were paid by
    A and B")."""
    if code and code[:2] not in _JOINT_ROOTS:
        return False
    # "the President of the United States and the President of the French Republic": an agent
    # with the country of its "of" phrase is a party as a named country is
    actors = [g for g in source.groups if g.has_actor or g.inherited]
    countries = {c[:3] for g in actors for c in g.codes}
    if len(actors) < 2 or not 2 <= len(countries) <= _MAX_JOINT_PARTIES:
        return False
    return target is None or all(c.startswith("---") for g in target.groups for c in g.codes)


# prepositions whose object is where a consultation takes place (on the verb), or what it is about
_VENUE_PREPS = frozenset({"in", "at"})
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _consulted_party(comp: Compound, cs: CodedSentence, verb: Token, *, talks: bool = False) -> bool:
    """Whether a compound actor after a verb of consultation (CAMEO 04: meet, visit, host; with a
    reciprocal code, ``talks``: discuss, consult, confer) can be its counterpart, as PETRARCH's first
    actor of the verb phrase is, unless it is plainly not a party: the venue ("met in Rome": the
    object of "in"/"at" on the verb) or an actor of the verb's purpose clause ("met ... to discuss
    the crisis in Syria"); and for talks, whose object is their topic, the topic's owner
    ("discussed Ukraine's needs", "discussed U.S. and ROK efforts to ...": a possessor or noun
    modifier of a common noun no actor phrase names), an actor in a clause inside the topic, or
    what the talks are about ("consulted about Russia's war")."""
    doc = verb.doc
    mention_tokens = {
        t
        for g in cs.groups
        for m in g.mentions
        for wi in range(m.start, m.end)
        for t in range(cs.words[wi].first, cs.words[wi].last + 1)
    }
    for g in comp.groups:
        actor = next((m for m in g.mentions if m.actor is not None), g.mentions[-1])
        lo, hi = cs.words[actor.start].first, cs.words[actor.end - 1].last + 1
        node = next((doc[t] for t in range(lo, hi) if not lo <= doc[t].head.i < hi), doc[lo])
        if not _not_a_party(node, verb, mention_tokens, talks):
            return True
    return False


def _prepositional_party(comp: Compound, cs: CodedSentence, verb: Token) -> bool:
    """Whether a compound actor is the object of a preposition on ``verb`` other than a venue's
    ("sanctions imposed by A on Russia"), a conjunct of one, or an actor word in it."""
    doc = verb.doc
    for g in comp.groups:
        actor = next((m for m in g.mentions if m.actor is not None), g.mentions[-1])
        lo, hi = cs.words[actor.start].first, cs.words[actor.end - 1].last + 1
        node = next((doc[t] for t in range(lo, hi) if not lo <= doc[t].head.i < hi), doc[lo])
        while node.dep_ in ("conj", "appos", *_MODIFIER_DEPS) and node.head.i != node.i:
            node = node.head
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ in _VENUE_PREPS:
            continue
        if prep.head.i == verb.i:
            return True
        # the parser hangs a phrase after the "by" agent on the agent's name ("imposed by A on
        # Russia"); a name takes no such phrase but "of"
        owner = prep.head
        while owner.dep_ == "conj" and owner.head.i != owner.i:
            owner = owner.head  # "by the United States and its partners on Russia"
        by = owner.head
        if prep.lower_ != "of" and owner.dep_ == "pobj" and by.lower_ == "by" and by.head.i == verb.i:
            return True
    return False


def _not_a_party(node: Token, verb: Token, mention_tokens: Container[int], talks: bool) -> bool:
    """Whether the actor word ``node`` names the venue or the topic of ``verb``'s consultation (see
    :func:`_consulted_party`)."""
    for _ in range(12):
        if node.i == verb.i or node.head.i == node.i:
            return False
        head = node.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            shared = head.dep_ == "conj" and head.head.i == verb.i  # "met and condemned Rohan"
            purpose = head.dep_ in ("xcomp", "advcl", "ccomp") and head.head.i == verb.i
            if purpose or (talks and not shared):
                return True  # in a clause of its own
        if talks and node.dep_ in _MODIFIER_DEPS and node.dep_ != "amod":
            # the possessor or noun modifier of a person or of another actor phrase names that actor
            # ("Greece's Foreign Minister"); of a common noun, a topic ("Ukraine's needs", "U.S. efforts")
            if head.pos_ != "PROPN" and head.i not in mention_tokens:
                return True
        elif node.dep_ == "pobj":
            prep = head.lower_
            if (talks and prep in _TOPIC_PREPS) or (prep in _VENUE_PREPS and head.head.i == verb.i):
                return True
        # a national adjective goes with its noun ("his Iranian counterpart"), as do conjuncts,
        # appositions and the phrases the actor sits in ("ties with Osgiliath")
        node = head
    return False


def _near_verb(prep: Token, verb: Token) -> bool:
    """Whether a preposition belongs to the verb's clause at most one prepositional phrase down
    ("was condemned in a joint statement by Egypt"), not to a noun deeper in it ("remains
    invested in ... the face of violence by the Taliban": the Taliban is no agent of it)."""
    node = prep.head
    crossed = 0
    for _ in range(10):
        if node.i == verb.i:
            return True
        if node.pos_ == "ADP":
            crossed += 1
            if crossed > 1:
                return False
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _written_for(note: str, form: VerbForm, verbs: VerbDictionary) -> bool:
    """Whether a pattern's comment ("DEMAND", "CALLED_OFF") names the verb of ``form``."""
    first = note.split("_")[0]
    return first == form.base or any(g.base == form.base for g in verbs.by_surface.get(first, ()))


def _speaker_subject(verb: Token) -> bool:
    """Whether the verb's subject (or that of the verb it depends on) is the speaker or the
    addressee: "I", "we", "you"."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            return any(c.lower_ in _SPEAKER_PRONOUNS for c in subjects)
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            return False
        node = node.head
    return False


def _speaks_for(comp: Compound, words: list[Word], verb_at: int) -> bool:
    """Whether an actor before the verb is who "I"/"we" stands for: the speaker of a quotation
    or of words after a colon ('the foreign minister of Cuba responded: "I reject ..."'), or
    the one spoken for ("On behalf of the United States, I congratulate ..."). Otherwise "we"
    is the author, never an actor the sentence names ("We condemn Russia's aggression against
    Georgia": not Russia)."""
    texts = [w.text for w in words]
    if texts[max(0, comp.start - 2) : comp.start] == ["BEHALF", "OF"]:
        return True
    return any(t in _QUOTE_MARKS for t in texts[comp.end : verb_at])


def _coded_clauses(verb: Token, coded: Container[int]) -> list[tuple[int, int]]:
    """Token ranges of the clausal complements of ``verb`` whose own verb coded an event
    ("Arnor said it would boycott the talks with Gondor"). The subject of a gerund clause is
    left out: it is the verb's object too ("the United States welcomed India joining ...")."""
    out = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.i in coded:
            start = child.left_edge.i
            if child.tag_ == "VBG":
                subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
                if subjects:
                    start = subjects[-1].right_edge.i + 1
            out.append((start, child.right_edge.i + 1))
    return out


def _target_inside(event: CodedEvent, clauses: list[tuple[int, int]]) -> bool:
    """Whether the event's target lies in one of ``clauses``: the target of a verb of saying
    is not an actor of the event it reports, which is coded by itself."""
    if event.target is None:
        return False
    return any(lo <= event.target[0] < hi for lo, hi in clauses)


def _relative_clause_words(verb: Token, tok_word: dict[int, int]) -> set[int]:
    """Word indices inside relative clauses and clauses under a preposition ("according to which"),
    within the verb's subtree, and inside a conjoined clause with a subject of its own ("Arnor
    launched a satellite, and Rohan condemned ..."): their actors belong to those clauses, not to
    the verb."""
    out: set[int] = set()
    for t in verb.subtree:
        own_clause = t.dep_ == "conj" and t.head.i == verb.i and any(c.dep_ in _SUBJECTS for c in t.children)
        if (t.dep_ in ("relcl", "pcomp") or own_clause) and t is not verb:
            for u in t.subtree:
                if u.i in tok_word:
                    out.add(tok_word[u.i])
    return out


def _chunk_numbers(words: list[Word], chunks: list[tuple[int, int]]) -> list[int]:
    """For every word, the number of the noun chunk it is in (-1: none)."""
    out = [-1] * len(words)
    k = 0
    for wi, w in enumerate(words):
        while k < len(chunks) and chunks[k][1] <= w.first:
            k += 1
        if k < len(chunks) and chunks[k][0] <= w.first < chunks[k][1]:
            out[wi] = k
    return out


def _noun_chunks(doc: Doc, sent: DocSpan) -> list[tuple[int, int]]:
    """Base noun phrases of one sentence (the language's syntax iterator, run on the sentence
    only: ``Span.noun_chunks`` would walk the whole document for every sentence)."""
    iterator = getattr(doc, "noun_chunks_iterator", None)
    if iterator is None:
        return []
    return [(start, end) for start, end, _ in iterator(sent)]


def _governed_by_coded_verb(tok: Token, coded: Container[int], actor_tokens: Container[int] = ()) -> bool:
    """An infinitive ("abandoned efforts *to stop* ...") under a verb that already coded an
    event: PETRARCH codes one event for the verb and its complement, not two. A noun in between
    that an actor owns ("discussed ... U.S. efforts *to support* Ukraine", "India's decision to
    join") gives the infinitive a subject of its own: its event is coded by itself."""
    infinitive = tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if not infinitive:
        return False
    node = tok
    for _ in range(4):
        if node.head is node:
            return False
        node = node.head
        if node.i in coded:
            return True
        if node.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("poss", "compound", "amod") and c.i in actor_tokens for c in node.children
        ):
            return False
        if node.pos_ in ("VERB", "AUX") and not (node.dep_ == "xcomp" or node.dep_ in ("acl", "advcl")):
            return False
    return False


def _valid_actor_code(code: str | None) -> str | None:
    return code if code and _ACTOR_CODE.match(code) else None
