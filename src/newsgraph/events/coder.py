"""Event coders. A coder turns a parsed article plus its actors and quotes into events.

:class:`LexiconCoder` codes CAMEO events (CAMEO manual v1.1b3) with their Goldstein score,
quad class and PLOVER 2.0 type and mode from the team's built-in lexicon
(:mod:`newsgraph.events.lexicon`): verb triggers with their particles, objects and
prepositions, nominal events and light-verb constructions; source and target from the
dependency parse (:mod:`newsgraph.events.arguments`); modality, date and place.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Protocol

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index, release, sentence_of
from newsgraph.events.arguments import (
    FROM_SOURCE_ROOTS,
    Arguments,
    concern_arguments,
    first_resolved,
    governing,
    is_passive,
    named_doer,
    noun_arguments,
    prep_targets,
    resolve_all,
    subject_of,
    verb_arguments,
    with_authors,
)
from newsgraph.events.codes import cameo_code, cameo_codes, intended, requested
from newsgraph.events.learned import Candidate, SidesModel, learned_events, sides_model
from newsgraph.events.lexicon import Lexicon, NounPattern, VerbPattern, lexicon
from newsgraph.events.modality import governing_verb, modality, predicted, presupposed
from newsgraph.events.sides import aside, recognised_thing, standing_tie
from newsgraph.events.sides import checked as checked_sides
from newsgraph.events.wars import victim_of, wars
from newsgraph.events.when_where import EventDate, date_expressions, location_of, parse_published, resolve_date
from newsgraph.places import cities, gazetteer, place_country
from newsgraph.quotes.cues import load_cues
from newsgraph.quotes.finder import QuoteFindings
from newsgraph.quotes.speakers import SpeakerResolver
from newsgraph.records import Actor, Article, Event, Modality, Quote, Span


class EventCoder(Protocol):
    def code(self, doc: Doc, article: Article, actors: ActorIndex, quotes: QuoteFindings) -> tuple[Event, ...]: ...


# Named entities whose words are names, not events ("the Peace Agreement Commission").
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "LOC"})
_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_PROMISE = frozenset({"agree", "offer", "pledge", "promise", "vow", "commit", "volunteer", "consent"})
_THREAT = frozenset({"threaten", "warn"})
_VOW = frozenset({"vow", "swear", "pledge", "promise"})
_COMMAND = frozenset({"order", "force", "instruct"})
_FIRST_PERSON = frozenset({"i", "we"})
_CARRIER_PARTICLES = frozenset({"out", "away", "off", "back"})
# "the United States remains *committed* to the Venezuelan people": a participle the parser reads as an
# adjective after "be"/"remain" is still its verb's sense (the stated intent, CAMEO 030)
_STATIVE_PARTICIPLES = {"committed": "commit"}
# CAMEO actor sectors of the state's forces: their force against crowds is repression (175)
_SECURITY_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})
# prepositions naming what an investigation (CAMEO 090) is about: "a probe *into* war crimes"
_TOPIC_PREPS = frozenset({"into", "over", "for", "of", "on", "about"})
_COPULAS = frozenset({"be", "remain", "become", "stay"})
# Verbs of phase that pass an embedding verb on to the act after them ("committed to *continue* working")
_ASPECTUAL = frozenset({"continue", "keep", "begin", "start"})
# Verbs that deny a nominal event when negated ("we have not seen any support from China").
_UNSEEN = frozenset({"see", "find", "witness", "observe", "detect", "notice", "hear", "know", "have", "exist", "be"})
# Stances a readout verb restates (CAMEO 01 statements, 02 appeals, 03 intents, 05 support,
# 10 demands, 11 criticism, 12 rejection, 13 threats).
_STANCE_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# CAMEO roots of armed acts: a later mention with its author but no victim ("Putin's invasion")
# is the same act as an earlier one with both ("Russia's invasion of Ukraine").
_ARMED_ROOTS = frozenset({"18", "19", "20"})
# Comments on a thing (CAMEO 01 statements, 02 appeals, 05 praise, 11 criticism, 12 rejection)
# target the country the thing is in when no actor is named ("called for a return to democracy
# in Nicaragua").
_COMMENT_ROOTS = frozenset({"01", "02", "05", "11", "12"})
# A refused cooperative act is a rejection (CAMEO 12): "would not meet demands" is 124.
_REFUSAL_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
# A reported act someone "must" do is a demand (CAMEO 10): "said Sudan must return" is 1053.
_DEMAND_OF_ROOT = {"04": "108", "05": "102", "06": "101", "07": "103", "08": "105"}  # 108: meet, negotiate
_DEMAND_OF_CODE = {
    "084": "1053",
    "0841": "1053",
    "0842": "1053",
    "0872": "1056",
    "0871": "1056",
    "085": "1054",
    "0831": "1041",
}


@dataclass(slots=True)
class _Trigger:
    token: Token
    code: str
    consumed: Token | None = None  # the object a verb pattern named ("imposed *sanctions*")
    light: Token | None = None  # the light verb of a nominal event ("*held* talks")
    is_noun: bool = False
    prep: str | None = None  # the preposition the verb pattern named
    needs_target: bool = False  # only an event when its target is a known actor
    lexical_code: str = ""  # the code the lexicon gave, before complements refine it
    frame: Token | None = None  # the noun whose arguments a nominal event takes ("mediation *effort*")
    absorbed: bool = False
    inherited_targets: list[Token] = field(default_factory=list)
    # "looks forward to welcoming X to the White House": the act after the preposition names the counterpart
    inherited_first: bool = False
    hyphen: Token | None = None  # the verb after a split prefix ("co - *host*")
    # the readout verb restating a stance with its own author ("*reaffirmed* the United States' desire")
    restater: Token | None = None
    concern: bool = False  # "X is *concerned* that ...": the subject's comment on what follows

    def __post_init__(self) -> None:
        self.lexical_code = self.lexical_code or self.code


# a copula's complements: "is *active* in Syria", "is *a partner* in Asia", "is *based* in Doha"
_COMPLEMENTS = ("attr", "acomp", "oprd", "xcomp", "ccomp", "dobj")
# clauses that go on from a copula: "is in Brussels, *meeting* with", "is in Kyiv *to meet*", "and *will meet*"
_GOING_ON = ("advcl", "xcomp", "conj")


def _names_place(tok: Token, seats: frozenset[str]) -> bool:
    """A country, city or named building, or a seat of government ("the White *House*")."""
    return tok.dep_ == "pobj" and (tok.ent_type_ in ("GPE", "FAC", "LOC") or tok.lemma_.lower() in seats)


def _dated(prep: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Tuesday", "on March 3")."""
    objs = [p for p in prep.children if p.dep_ == "pobj"]
    return prep.dep_ == "prep" and bool(objs) and all(p.ent_type_ in ("DATE", "TIME") for p in objs)


def _match_verb(
    tok: Token, patterns: tuple[VerbPattern, ...], seats: frozenset[str] = frozenset()
) -> tuple[VerbPattern, Token | None] | None:
    # "called Zelenskyy *on Tuesday*": a preposition of time completes no pattern ("call on" is an appeal)
    kids = [c for c in tok.children if not _dated(c)]
    particles = {c.lower_ for c in kids if c.dep_ in ("prt", "advmod", "prep")}
    # "police put on alert": the parser may take the preposition for a particle
    preps = {c.lower_: c for c in kids if c.dep_ in ("prep", "agent", "prt")}
    for c in tok.children:
        if c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _CARRIER_PARTICLES:
            # "walked out *of* the talks": the parser hangs the preposition on the particle
            preps.update((g.lower_, g) for g in c.children if g.dep_ == "prep" and g.lower_ not in preps)
    objects: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            objects.append(c)
            objects.extend(x for x in c.children if x.dep_ == "conj")
            # "provided 25,000 tons of food aid": the object behind a quantity
            objects.extend(p for of in c.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children)
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN"):
            objects.append(c)  # "found him *guilty*", "took them *hostage*": a complement parsed as a clause
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            # "allowed *inspectors* to visit": the object of a control verb parsed as the clause's subject
            objects.extend(s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN"))
            if c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children):
                objects.append(c)  # "declined to *comment*", "refused to *talk*": the act is the object
    for c in [x for x in objects if x.dep_ == "dobj"]:
        objects.extend(o for o in c.children if o.dep_ in ("oprd", "ccomp", "xcomp") and o.pos_ in ("ADJ", "NOUN"))
    has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    for pattern in patterns:
        if pattern.particle and pattern.particle not in particles:
            continue
        if pattern.valency is not None and has_object != (pattern.valency == "transitive"):
            continue
        where = [*objects]
        if pattern.prep and pattern.valency == "transitive":
            # a transitive sense's preposition hangs on the verb: "welcomed X *to* the White House"
            # (not "welcomed Finland's accession to NATO")
            if pattern.prep not in preps or not any(_names_place(p, seats) for p in preps[pattern.prep].children):
                continue
        elif pattern.prep:
            prep = preps.get(pattern.prep)
            # "committed *to* continue working": an intent's "to" may open an infinitive (CAMEO 03)
            infinitive = (
                pattern.prep == "to"
                and pattern.code[:2] == "03"
                and any(
                    c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in tok.children
                )
            )
            if (
                prep is None
                and not infinitive
                and not any(p.dep_ == "prep" and p.lower_ == pattern.prep for o in objects for p in o.children)
            ):
                continue
            if prep is not None:
                where += [p for p in prep.children if p.dep_ in ("pobj", "pcomp")]
        if pattern.objects:
            hit = next((o for o in where if _names_object(o, pattern.objects)), None)
            if hit is None:
                continue
            return pattern, hit
        return pattern, None
    return None


def verb_lemma(tok: Token, known: Collection[str]) -> str:
    """The verb's lemma, repaired when the lemmatizer got an inflected form wrong and a known
    lemma fits ("staged" lemmatized as "stag" is "stage")."""
    if _stative(tok):
        return _STATIVE_PARTICIPLES[tok.lower_]
    lemma = tok.lemma_.lower()
    if lemma in known or tok.pos_ != "VERB":
        return lemma
    low = tok.lower_
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and (guess := low[: -len(suffix)] + add) in known:
            return guess
    for suffix in ("ed", "ing"):
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in known:
            return stem[:-1]  # a doubled final consonant: "teargassed" is "teargas", "shelled" stays "shell"
    return lemma


def _stay_in_place(tok: Token) -> bool:
    """ "X is (will be) in <place>": a named person or a titled one (not a body, a people or troops) whose
    clause says only where they are, a country or a city ("is in Qatar"; not "is in talks", "is in line with")."""
    if tok.lemma_ != "be" or tok.dep_ in ("aux", "auxpass") or any(c.dep_ in _COMPLEMENTS for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (
        subj.ent_type_ == "PERSON"
        or subj.lower_ in ("he", "she")
        or (subj.tag_ in ("NN", "NNP") and subj.lemma_.lower() in load_cues().person_nouns)
    ):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and p.ent_type_ == "GPE" for p in c.children)
        for c in tok.children
    )


def _people_from(verb: Token, targets: Sequence[Token]) -> list[Token]:
    """ "met with Heads of Government *from* the Bahamas, Barbados, ...": a "from" phrase right after the
    consultation's "with" counterpart (plural people, no country of their own) names where they are from when
    the parser hangs it on the verb; its names are the counterparts (not "spoke from Kyiv with X", where "from"
    comes first, nor "with reporters from Reuters": a name of a country or a people only)."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        people = [p for p in prep.children if p.dep_ == "pobj" and p in targets and p.tag_ in ("NNS", "NNPS")]
        after = prep.right_edge.i + 1
        origin = next((c for c in verb.children if c.i == after and c.dep_ == "prep" and c.lower_ == "from"), None)
        if not people or origin is None:
            continue
        names = [p for p in origin.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
        ent = doc_index(verb.doc).ent_at(names[0].i) if names else None
        # the entity's name, or the word's where the model runs a list into one entity ("The Bahamas, Barbados,")
        for name in (ent.text if ent is not None else "", names[0].text if names else ""):
            if name and place_country(name) is not None and name.lower() not in cities():
                out += names
                break
    return out


def _stative(tok: Token) -> bool:
    """ "is/remains *committed* to": a participle read as an adjective complement (see _STATIVE_PARTICIPLES)."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in _STATIVE_PARTICIPLES


def _names_object(tok: Token, objects: frozenset[str]) -> bool:
    """``tok`` is, or is a compound of, one of ``objects`` ("ended mediation *efforts*"); an object
    written ``modifier_head`` needs that modifier, a compound or an adjective ("chemical_weapon")."""
    lemma = tok.lemma_.lower()
    if lemma in objects or tok.lower_ in objects:
        return True
    mods = [m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for m in (c.lemma_.lower(), c.lower_)]
    if any(f"{m}_{lemma}" in objects for m in mods):  # the modifier as written or as a lemma ("negotiating")
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in objects for c in tok.children)


def _match_noun(
    tok: Token, patterns: tuple[NounPattern, ...], light_verbs: frozenset[str] = frozenset()
) -> NounPattern | None:
    # a modifier as a lemma or as written: the model lemmatises "weapons"/"arms" to "weapon"/"arm"
    mods = {m for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for m in (c.lemma_.lower(), c.lower_)}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in light_verbs:
        # "joins the calls *for* a return to democracy": the parser may hang the noun's
        # preposition on its light verb
        preps |= {c.lower_ for c in tok.head.children if c.dep_ == "prep" and c.i > tok.i}
    # "the calls for Russia to withdraw": the preposition opens a clause the parser took for a relative
    preps |= {m.lower_ for c in tok.children if c.dep_ in ("relcl", "acl") for m in c.children if m.dep_ == "mark"}
    # "the desire to continue cooperation": an infinitive stands for "to"
    if any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
        preps.add("to")
    for pattern in patterns:
        if pattern.prep and pattern.prep not in preps:
            continue
        if not all(m in mods for m in pattern.modifiers):
            continue
        return pattern
    return None


class LexiconCoder:
    """Codes events from the built-in lexicon of verb and noun triggers (built once per Pipeline)."""

    def __init__(self, *, learned_sides: bool = False) -> None:
        self.lex: Lexicon = lexicon()
        # the learned side finder adds pairs for triggers whose sides the rules miss (events.learned)
        self.sides: SidesModel | None = sides_model() if learned_sides else None
        self.candidate_log: list[Candidate] | None = None  # set to a list to collect its candidates (training)
        cameo_codes()
        gazetteer()
        wars()

    # -- triggers ---------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[_Trigger]:
        lex = self.lex
        found: dict[int, _Trigger] = {}
        for tok in doc:
            if (tok.pos_ != "VERB" and not _stative(tok)) or tok.ent_type_ in _NAME_LABELS:
                continue
            patterns = lex.verbs.get(verb_lemma(tok, lex.verbs))
            if not patterns:
                continue
            match = _match_verb(tok, patterns, lex.seat_nouns)
            idioms = lex.non_event_objects.get(verb_lemma(tok, lex.verbs), frozenset())
            if idioms and any(c.dep_ == "dobj" and c.lemma_.lower() in idioms for c in tok.children):
                continue  # "meet the needs of refugees"
            if match is not None:
                found[tok.i] = _Trigger(tok, match[0].code, consumed=match[1], prep=match[0].prep)
        for tok, word in _hyphenated(doc):
            patterns = lex.verbs.get(f"{tok.lower_}-{verb_lemma(word, ())}")
            if patterns and not any(p.objects or p.particle or p.prep or p.valency for p in patterns[:1]):
                # "will co-host the meeting with Japan": the parser splits "co-host"; the prefix
                # carries the clause (subject, auxiliaries), the partner is a "with" phrase below
                found.pop(word.i, None)
                partners = [p for w in word.subtree if w.dep_ == "prep" and w.lower_ == "with" for p in w.children]
                found[tok.i] = _Trigger(tok, patterns[0].code, hyphen=word)
                found[tok.i].inherited_targets.extend(p for p in partners if p.dep_ == "pobj")
        for tok in doc:
            # "declared that China must drop barriers": a reported obligation is a demand even
            # when the obliged act is not in the lexicon (CAMEO 10)
            if tok.pos_ == "VERB" and tok.i not in found and self._demanded(tok) is not None:
                found[tok.i] = _Trigger(tok, "100", needs_target=True)
        for tok in doc:
            # "is in Brussels, *meeting* with NATO Allies": the meeting the clause goes on to name is the event
            met = any(c.i in found and found[c.i].code[:2] == "04" for c in tok.children if c.dep_ in _GOING_ON)
            if tok.i not in found and not met and _stay_in_place(tok):
                # "Secretary Blinken is in Qatar, where he will discuss ...", "will be in Saudi Arabia tomorrow":
                # a person of state in a foreign place is on a visit (CAMEO 042; announced, 036)
                found[tok.i] = _Trigger(tok, "042", prep="in")
        for tok in doc:
            if tok.i not in found and _said_concern(tok, lex.concern_words):
                found[tok.i] = _Trigger(tok, "012", concern=True)
        consumed = {t.consumed.i for t in found.values() if t.consumed is not None}
        consumed |= {t.hyphen.i for t in found.values() if t.hyphen is not None}
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in consumed or tok.ent_type_ in _NAME_LABELS:
                continue
            patterns_n = lex.nouns.get(tok.lemma_.lower())
            if not patterns_n:
                continue
            noun = _match_noun(tok, patterns_n, lex.light_verbs)
            if noun is None:
                continue
            place = tok
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.frame_nouns:
                place = tok.head  # "a mediation effort between A and B"
            elif tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in lex.kind_nouns:
                continue  # "war crimes", "war machine": the compound names a kind of thing, not an event
            head = place.head
            light = None
            code = noun.code
            # a nominal event with its own named author is an event of its own even as the
            # object of another ("condemned Russia's attack on Ukraine"); else the other absorbs it
            # "the support *the United States has provided* to Ukraine": a light verb in a relative clause
            clause = _relative_light(place, lex.light_verbs)
            own = _has_named_author(place) or clause is not None
            restated = False
            first = place
            while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "ADJ", "PROPN") and first.head != first:
                first = first.head  # "surge security, humanitarian, and economic *assistance* to Ukraine"
            if place.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
                if head.i in found and not own:
                    continue
                lemma = verb_lemma(head, lex.light_verbs)
                restated = lemma in lex.readout_verbs and _has_named_author(place, pronouns=False)
                # a readout restates a stance, not a meeting or a pact it names ("reaffirmed the
                # U.S.-ROK Alliance" signs nothing)
                pact = lemma in lex.readout_verbs and not _stance(code)
                if head.i not in found and lemma in lex.light_verbs and not restated and not pact:
                    light = head
                elif place.dep_ == "attr" and head.lemma_ in _COPULAS and tok.lemma_.lower() in lex.doer_nouns:
                    light = head  # "Japan is (remains) the largest donor of assistance to Ukraine": Japan gives aid
            elif (
                first is not place
                and first.dep_ == "dobj"
                and first.head.pos_ == "VERB"
                and first.head.i not in found
                and verb_lemma(first.head, lex.light_verbs) in lex.light_verbs
            ):
                light = first.head
            elif place.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in lex.event_verbs:
                light = head  # "no negotiations occurred with the opposition"
            elif (ready := _ready_for(place)) is not None and head.head.i not in found:
                # "the United States remains open to diplomacy with the DPRK": an announced act (CAMEO 03
                # intent, 036 for talks) of the copula's subject
                light = ready
                code = intended(code)
            elif place.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ == "be":
                light = head.head  # "Deputy Secretary Sherman is on travel to Turkey"
            elif (
                place.dep_ == "pobj"
                and head.lower_ == "in"
                and head.head.pos_ == "VERB"
                and head.head.i not in found
                and tok.lemma_.lower() in lex.manner_nouns
            ):
                light = head.head  # "Japan sent $40 million in support of Ukraine": Japan's support
                if any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in light.children):
                    code = "071"  # money sent or spent in support of X is economic aid (CAMEO 071)
            elif (giver := _amount_giver(place, lex.light_verbs)) is not None and (
                giver.i not in found or found[giver.i].code[:2] == code[:2]
            ):
                # "provided $40 million in assistance to Ukraine": the amount is the verb's object,
                # the aid noun after it names the act and its recipient (CAMEO 07); one event
                light = giver
                found.pop(giver.i, None)
            if light is None and clause is not None and clause.i not in found:
                light = clause
            absorbed = place.dep_ == "pobj" and head.head.i in found and not own
            found[tok.i] = _Trigger(tok, code, light=light, is_noun=True, frame=place, absorbed=absorbed)
            if restated and head.i not in found and place.dep_ == "dobj" and _stance(code):
                found[tok.i].restater = head
        # nominal events that are arguments of other nominal events ("talks on the withdrawal")
        hyphened = {t.hyphen.i for t in found.values() if t.hyphen is not None}
        for trig in found.values():
            place = trig.frame or trig.token
            if trig.is_noun and place.dep_ in ("dobj", "appos"):
                # "co-hosted the *meeting* with Japan": the object of the split verb is its event
                up = place.head if place.dep_ == "dobj" or place.head.dep_ != "dobj" else place.head.head
                if place.dep_ == "appos" and place.head.dep_ == "dobj":
                    up = place.head.head
                if up.i in hyphened:
                    trig.absorbed = True
            if (
                trig.is_noun
                and place.dep_ == "pobj"
                and place.head.head.i in found
                and not _has_named_author(place)
                and _relative_light(place, lex.light_verbs) is None
            ):
                trig.absorbed = True
        for trig in found.values():
            # "allowed inspectors to *visit*": the act a control verb's object is allowed, asked
            # or forced to do is part of the pattern's event (CAMEO 086), not one of its own
            obj = trig.consumed
            if obj is not None and not trig.is_noun and obj.dep_ == "nsubj" and obj.head.head == trig.token:
                inner = found.get(obj.head.i)
                if inner is not None and obj.head.dep_ in ("ccomp", "xcomp"):
                    inner.absorbed = True
        self._strike_senses(found)
        self._adopt_means(found)
        self._absorb(found)
        self._refine_acts(found)
        return sorted(found.values(), key=lambda t: t.token.i)

    def _refine_acts(self, found: dict[int, _Trigger]) -> None:
        """Codes a verb's clause or its object refines: denying having done an act denies
        responsibility (CAMEO 016, "denied backing the rebels"; "denied the request" stays 12);
        a killing someone tried to do is an attempted assassination (185, "tried to kill the
        governor"); a killing of hundreds or thousands is a mass killing (202)."""
        lex = self.lex
        for trig in found.values():
            if trig.is_noun:
                continue
            tok = trig.token
            lemma = verb_lemma(tok, lex.verbs)
            if lemma in lex.denial_verbs and trig.lexical_code[:2] == "12" and trig.consumed is None:
                if any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in tok.children):
                    trig.code = "016"
                continue
            if trig.code == "090":
                trig.code = self._investigated(trig)
                continue
            if trig.code not in ("1823", "186"):
                continue
            if tok.dep_ == "xcomp" and verb_lemma(tok.head, ()) in lex.attempt_verbs:
                trig.code = "185"
                continue
            victims = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._mass(v) for v in victims):
                trig.code = "202"

    def _investigated(self, trig: _Trigger) -> str:
        """An investigation (CAMEO 090) coded by what it looks into, with the object lists of the
        lexicon's "investigate" lines: "a probe into war crimes" 094, "investigating the company
        over bribery allegations" 091, "an inquiry into the air strike" 093."""
        tok = trig.token
        nodes = [tok] + [n for n in (trig.consumed, trig.frame) if n is not None]
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":  # "opened an inquiry" with "into" on the verb
            nodes.append(tok.head)
        topics = [c for n in nodes for c in n.children if c.dep_ in ("dobj", "compound", "amod")]
        topics += [
            p for n in nodes for c in n.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for p in c.children
        ]
        for pattern in self.lex.verbs.get("investigate", ()):
            if pattern.objects and pattern.code != "090" and any(_names_object(t, pattern.objects) for t in topics):
                return pattern.code
        return trig.code

    def _mass(self, victims: Token) -> bool:
        """ "hundreds of thousands", "thousands of civilians", "2,000 people": victims counted in
        hundreds or more."""
        words = [victims, *(c for c in victims.children if c.dep_ in ("nummod", "quantmod", "compound"))]
        if any(w.lemma_.lower() in self.lex.mass_numbers and w.lower_.endswith("s") for w in words):
            return True  # "hundreds", "thousands" (not "a hundred soldiers", rarely a massacre)
        for w in words:
            if w.pos_ == "NUM" and w.like_num:
                digits = w.text.replace(",", "")
                if digits.isdigit() and int(digits) >= 1000:
                    return True
                if w.lower_ in ("thousand", "million"):
                    return True
        return False

    def _adopt_means(self, found: dict[int, _Trigger]) -> None:
        """ "killed in an airstrike", "an airstrike that killed": the military means (CAMEO 19)
        codes a killing or injury (CAMEO 182) better than the bare act; the nominal is absorbed.
        Other unconventional violence keeps its code: "used villagers as human shields during
        the raid" is 184."""
        for trig in found.values():
            if trig.is_noun or trig.code[:3] != "182":
                continue
            tok = trig.token
            means = [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            means += [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
            # "was killed by a U.S. airstrike in Iraq": the passive's agent is the means
            means += [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            if tok.dep_ == "relcl":
                means.append(tok.head)
            for m in means:
                inner = found.get(m.i)
                if inner is not None and inner.is_noun and inner.code[:2] in ("19", "20"):  # "... in a massacre": 202
                    trig.code = inner.code
                    inner.absorbed = True
                    break

    def _strike_senses(self, found: dict[int, _Trigger]) -> None:
        """A "strike" (CAMEO 143, labour strike) is armed force (CAMEO 190, 195 from the air) when
        a weapon or an army is named ("air strikes", "missile strikes"), a nation's ("the Russian
        strikes", "Israel's strikes") or aimed on or against a place or actor ("strikes on Kyiv");
        it stays 143 when workers, unions or a general strike are named."""
        lex = self.lex
        for trig in found.values():
            tok = trig.token
            if not trig.is_noun or tok.lemma_.lower() != "strike" or trig.code != "143":
                continue
            mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
            doers = [*mods]
            if trig.light is not None:
                doers += [c for c in trig.light.children if c.dep_ == "nsubj"]
            elif tok.dep_ in ("pobj",) and tok.head.head.pos_ in ("VERB", "AUX"):
                doers += [c for c in tok.head.head.children if c.dep_ == "nsubj"]  # "workers went on strike"
            if any(d.lemma_.lower() in lex.labour_nouns for d in doers):
                continue
            if any(m.lemma_.lower() in lex.force_modifiers for m in mods):
                trig.code = "195" if any(m.lemma_.lower() in ("air", "aerial", "drone") for m in mods) else "190"
                continue
            national = any(m.ent_type_ in ("NORP", "GPE") or (m.dep_ == "poss" and m.pos_ == "PROPN") for m in mods)
            aimed = any(
                p.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC")
                or (p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME", "EVENT"))  # not "a strike on Monday"
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children
                if p.dep_ == "pobj"
            )
            if national or aimed:
                trig.code = "190"

    def _absorb(self, found: dict[int, _Trigger]) -> None:
        """Events in the complement of an embedding verb ("threatened to shell X") belong to it.
        Innermost first: "urged X to agree to mediation" asks for what "agree to mediation" is."""
        for trig in sorted(found.values(), key=lambda t: -sum(1 for _ in t.token.ancestors)):
            lemma = verb_lemma(trig.token, self.lex.verbs)
            asked = _asked_for(trig.token) if not trig.is_noun and trig.code in ("020", "100") else []
            if not trig.is_noun and lemma not in self.lex.embedding_verbs and not asked:
                continue
            lights = {t.light.i: t for t in found.values() if t.light is not None}
            # "looks forward to *working* with": the act named after the verb's preposition
            after_prep = [] if trig.is_noun else _prep_clauses(trig.token)
            candidates = [*trig.token.children, *_intended_acts(trig), *asked, *after_prep]
            # "committed to *continue* working with Japan": the act after an aspectual verb with no event of its own
            candidates += [
                x
                for c in candidates
                if c.dep_ in ("xcomp", "pcomp") and c.lemma_.lower() in _ASPECTUAL and c.i not in found
                for x in c.children
                if x.dep_ == "xcomp"
            ]
            for c in candidates:
                inner = found.get(c.i) or lights.get(c.i)
                if inner is None or inner is trig:
                    continue
                clause = trig.is_noun and c.dep_ == "relcl" and _for_clause(c)  # "calls *for Russia to withdraw*"
                if c.dep_ not in ("xcomp", "ccomp", "acl", "pcomp", "pobj") and not clause and not _infinitive(c):
                    continue
                inner.absorbed = True
                inner_args = self._arguments(inner)
                trig.inherited_first = trig.inherited_first or c in after_prep
                if clause:  # the one called on is the clause's subject
                    trig.inherited_targets.extend(x for x in c.children if x.dep_ == "nsubj")
                trig.inherited_targets.extend(inner_args.targets + inner_args.between)
                root = inner.code[:2]
                conflict = root in ("14", "15", "16", "17", "18", "19", "20")
                threat = conflict and (lemma in _THREAT or lemma in _VOW)
                pledged = lemma in _PROMISE or (trig.is_noun and trig.code[:2] == "03")  # "commitment to partnering"
                promise = pledged and root in ("04", "05", "06", "07", "08")
                if threat or promise:
                    trig.code = intended(inner.code)
                elif pledged and root == "03" and trig.code[:2] == "03":
                    trig.code = inner.code  # "agreed to accept mediation" (038): the intent it names
                elif lemma in _COMMAND and conflict:  # "ordered the paper to suspend publication"
                    trig.code = inner.code
                else:  # "urged Iran to release the sailors" 0253, "refused to meet" 125 (CAMEO 02/10/12 by the act)
                    trig.code = requested(trig.code, inner.code)
            if not trig.is_noun and trig.code[:2] == "03" and lemma in self.lex.embedding_verbs:
                # "looks forward to *seeing* President Yoon": an intent whose act is no event of the lexicon
                # is toward that act's object
                for c in [*trig.token.children, *after_prep]:
                    if c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB" and c.i not in found:
                        trig.inherited_first = trig.inherited_first or c in after_prep
                        # only someone named ("agreeing to open embassies" keeps the joint agreement)
                        named = [x for x in c.children if x.dep_ == "dobj"] + prep_targets(c, self.lex, allow_of=False)[
                            0
                        ]
                        # "committed to rebuilding our relationship *with* the Palestinian people": the partner of
                        # the tie the intended act is about
                        named += [
                            p
                            for o in c.children
                            if o.dep_ == "dobj" and o.lemma_.lower() in self.lex.relation_nouns
                            for w in o.children
                            if w.dep_ == "prep" and w.lower_ == "with"
                            for p in w.children
                            if p.dep_ == "pobj"
                        ]
                        trig.inherited_targets.extend(x for x in named if x.pos_ == "PROPN" or x.ent_type_)

    def _arguments(self, trig: _Trigger) -> Arguments:
        if trig.concern:
            return concern_arguments(trig.token, self.lex)
        if trig.is_noun:
            armed = trig.code[:2] in ("18", "19", "20")
            from_source = trig.code[:2] in FROM_SOURCE_ROOTS
            aid = trig.code[:2] == "07"
            posture = trig.code[:2] == "15"
            args = noun_arguments(
                trig.frame or trig.token,
                trig.light,
                self.lex,
                armed=armed,
                from_source=from_source,
                aid=aid,
                posture=posture,
            )
            place = trig.frame or trig.token
            during = place.dep_ == "pobj" and place.head.lower_ == "during" and place.head.head.pos_ in ("VERB", "AUX")
            received = place.dep_ == "dobj" and place.head.lemma_.lower() in _RECEIVING
            if received and trig.code[:2] in ("05", "07") and not _has_named_author(place):
                # "Ukraine has the support of the people of Poland": the "of" phrase gives, the haver receives
                givers = [
                    p
                    for c in place.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "NORP") or p.lemma_.lower() in self.lex.agent_nouns)
                ]
                haver, _ = subject_of(place.head, self.lex.object_control)
                if givers and haver is not None:
                    return Arguments(tuple(givers[:1]), (haver,), (), ())
            if received and trig.code[:2] in ("05", "07"):
                # "Israel has the United States' unwavering support": the possessor gives, the haver receives
                owners = [c for c in place.children if c.dep_ == "poss"]
                haver, _ = subject_of(place.head, self.lex.object_control)
                if owners and haver is not None and haver.i != owners[0].i:
                    return Arguments(tuple(owners[:1]), (haver,), (), ())
            if trig.code[:2] == "04" and not (_undated(args.targets) or args.between):
                # "held calls to discuss the launch with Japanese Director General X": the counterpart
                # named in the purpose clause of a consultation
                partners = _purpose_partners([place] + ([trig.light] if trig.light is not None else []), self.lex)
                if partners:
                    args = Arguments(args.sources, tuple(partners), args.between, args.more_targets)
            if trig.code[:3] == "084" and not args.sources:
                # "the release of two Americans *from Iran*": the country a person is released from holds them
                # (CAMEO 0841); not "from prison"
                holders = [
                    p
                    for c in place.children
                    if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children
                    if p.dep_ == "pobj" and p.ent_type_ == "GPE"
                ]
                args = Arguments(tuple(holders[:1]), args.targets, args.between, args.more_targets)
            if trig.code[:3] == "012" and not args.targets:
                # "noted U.S. concerns *about* the PRC's support for Russia": what a nominal worry is about is
                # whom the comment targets, as for "expressed concerns about" (the verb's rule below)
                about = [
                    p
                    for c in place.children
                    if c.dep_ == "prep" and c.lower_ in ("about", "regarding", "over")
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                if about:
                    args = Arguments(args.sources, tuple(with_authors(about, self.lex)), args.between)
            if during and trig.code[:2] == "04" and not _has_named_author(place, pronouns=False):
                # "during an official visit to Thailand, Ambassador Thomas-Greenfield announced", "during his
                # visit": the visit or talks (CAMEO 04) are the subject's of the clause they are the time of
                subj, _ = subject_of(place.head.head, self.lex.object_control)
                if subj is not None:
                    args = Arguments((subj,), args.targets, args.between, args.more_targets)
            return args
        args = verb_arguments(trig.token, trig.consumed, self.lex, prep=trig.prep)
        guest = trig.consumed
        if trig.code[:3] == "043" and guest is not None and guest.ent_type_ == "PERSON" and not is_passive(trig.token):
            # "welcomed President Zelenskyy at the White House" (CAMEO 043 host a visit): the named person the
            # pattern names is the guest, the target -- not the place the welcome happens in
            origin = [
                p
                for c in guest.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj" and p.ent_type_ == "GPE"
            ]
            args = Arguments(args.sources, (guest, *origin), args.between, args.more_targets)
        if trig.code[:2] == "04" and (origins := _people_from(trig.token, args.targets)):
            # "spoke with Heads of Government from A, B and C": the parser hangs the people's "from" on the
            # verb; the countries they are from are the counterparts, not the people's body ("Government")
            people = {p.i for o in origins for p in o.head.head.children if p.dep_ == "prep" and p.lower_ == "with"}
            rest = [t for t in args.targets if t not in origins and t.head.i not in people]
            args = Arguments(args.sources, (*origins, *rest), args.between, args.more_targets)
        if (
            trig.code[:2] == "04"
            and not (_undated(args.targets) or args.between or args.more_targets)
            and (partners := _purpose_partners([trig.token], self.lex))
        ):
            args = Arguments(args.sources, tuple(partners), args.between)
        if trig.code[:2] in _COMMENT_ROOTS and not is_passive(trig.token):
            # "welcomes (and supports) the declaration by the Government of Ethiopia of a truce": the parser hangs
            # the thing's "by" on the verb; it names the thing's author, whom the comment is toward
            for verb in (trig.token, *trig.token.conjuncts):
                obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
                by = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None)
                if obj is None or by is None or by.i != obj.right_edge.i + 1:
                    continue
                authors = [p for p in by.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
                if authors:
                    more = tuple(with_authors(authors, self.lex))
                    args = Arguments(args.sources, args.targets + more, args.between, args.more_targets)
                    break
        if trig.code[:3] == "012" and trig.consumed is not None:
            # "expressed concerns *about* the PRC's practices": what a worry is about is whom the comment
            # targets (CAMEO 012); elsewhere "about" names a topic ("talked about Ukraine")
            about = [
                p
                for c in trig.consumed.children
                if c.dep_ == "prep" and c.lower_ in ("about", "regarding")
                for p in c.children
            ]
            about = [p for p in about if p.dep_ == "pobj"]
            if about:
                args = Arguments(args.sources, args.targets + tuple(with_authors(about, self.lex)), args.between)
        if trig.code == "043":
            # "welcomed X to the White House": the place of the visit is no counterpart
            places = {
                p.i
                for c in trig.token.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children
                if _names_place(p, self.lex.seat_nouns)
            }
            # "hosting the ministerial meeting *on Haiti*": what a hosted meeting is on is its topic
            places |= {
                p.i
                for o in trig.token.children
                if o.dep_ == "dobj"
                for c in o.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for p in c.children
            }
            args = Arguments(args.sources, tuple(t for t in args.targets if t.i not in places), args.between)
        if trig.hyphen is not None and not args.sources:
            # the split verb's subject may hang on the hyphen or on the word after it
            for part in (trig.token.nbor(), trig.hyphen):
                subj, _ = subject_of(part, self.lex.object_control)
                if subj is not None:
                    return Arguments((subj,), args.targets, args.between, args.more_targets)
        return args

    # -- events -----------------------------------------------------------------
    def code(self, doc: Doc, article: Article, actors: ActorIndex, quotes: QuoteFindings) -> tuple[Event, ...]:
        lex = self.lex
        published = parse_published(article.published)
        index = doc_index(doc, fresh=True)  # the actor stage has edited doc.ents
        events: list[Event] = []
        in_quote = _quote_finder(quotes.quotes)
        nominal: set[str] = set()  # ids of the events of noun triggers
        triggers = self._triggers(doc)
        for trig in triggers:
            if trig.absorbed:
                continue
            tok = trig.token
            args = self._arguments(trig)
            if trig.inherited_first:  # the absorbed act's own counterpart first (see _Trigger.inherited_first)
                targets = tuple(trig.inherited_targets) + args.targets
                args = Arguments(args.sources, targets, args.between, args.more_targets)
            elif trig.inherited_targets:  # own targets first, then the absorbed act's ("desire for engagement with X")
                args = Arguments(
                    args.sources, args.targets + tuple(trig.inherited_targets), args.between, args.more_targets
                )
            args = checked_sides(args, tok, trig.code, lex)  # no adversary, victim or title's domain as target
            if trig.is_noun and trig.light is None and standing_tie(trig.frame or tok, args, lex):
                continue  # "the alliance between the United States and Japan": a standing relation, no act
            if not trig.is_noun and recognised_thing(tok, trig.code):
                continue  # "recognize the unique role we have to play": no recognition of a state (CAMEO 054)
            code = trig.code
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            hosts = [] if trig.is_noun else _embassy_hosts(tok, obj)
            if hosts and (code[:2] == "16" or (obj is not None and obj.lemma_.lower() == "operation")):
                # "suspended operations at our Embassy in Minsk, Belarus": CAMEO 161 (reduce diplomatic
                # relations) toward the host country, whoever sent the post; the post itself is no target
                code = "161"
                posts = {t.i for t in args.targets if t.lemma_.lower() in _DIPLOMATIC_POSTS}
                targets = tuple(t for t in args.targets if t.i not in posts)
                args = Arguments(args.sources, tuple(hosts) + targets, args.between, args.more_targets)
            demand = None if trig.is_noun else self._demanded(tok)
            if demand is not None:
                speaker, clause_subject = demand
                args = Arguments((speaker,), (clause_subject,) if clause_subject is not None else (), ())
                code = (
                    _DEMAND_OF_CODE.get(code) or _DEMAND_OF_CODE.get(code[:3]) or _DEMAND_OF_ROOT.get(code[:2], "100")
                )
            if self._discarded(trig, args):
                continue
            quote = in_quote(tok.idx)
            quoted_by = quote.speaker if quote is not None else None
            pairs = self._dyads(trig, args, actors, speaker=actors.get(quoted_by) if quoted_by else None)
            if trig.needs_target:
                pairs = [(s, t) for s, t in pairs if t is not None]
            if not pairs:
                continue
            implicit: str | None = None  # the victim's code when the article does not name it
            if trig.is_noun and code[:2] in _ARMED_ROOTS and all(t is None for _, t in pairs):
                pairs = [(s, _earlier_victim(s, events, actors)) for s, _ in pairs]
                if all(t is None for _, t in pairs) and pairs[0][0] is not None:
                    # "President Putin's war" with no victim named before: the war its author wages
                    implicit = victim_of((_actor_code(pairs[0][0]) or "")[:3], published)
                    named = _country_actor(implicit, actors) if implicit else None
                    if named is not None:
                        pairs, implicit = [(s, named) for s, _ in pairs], None
            senses = lex.sector_senses.get(verb_lemma(tok, lex.verbs) if not trig.is_noun else tok.lemma_.lower())
            source = pairs[0][0]
            craft = any(h.lemma_.lower() in lex.military_craft for h in args.sources)
            if senses and source is not None and source.sector in senses:
                code = senses[source.sector]  # "police raided the offices": a search, not an attack
            elif senses and craft and "MIL" in senses:
                code = senses["MIL"]  # "warplanes bombed the town": aircraft are armed forces
            elif senses and source is None and self._passive_sense(trig):
                # "police were put on alert": the passive's subject acts, as in "police put on alert"
                subject = pairs[0][1]
                if subject is not None and subject.sector in senses:
                    code = senses[subject.sector]
                    pairs = [(subject, None)]
            anchor = [tok] + ([trig.light] if trig.light is not None else [])
            if trig.is_noun and trig.light is None and tok.head != tok:
                anchor.append(governing_verb(tok))
            mood = self.mood_of(trig)
            if demand is not None:
                mood = "asserted"
            elif mood == "negated" and not trig.is_noun and code[:2] in _REFUSAL_OF_ROOT and _announced(tok):
                code, mood = _REFUSAL_OF_ROOT[code[:2]], "asserted"
            date = article.published
            historical = False
            if published is not None:
                for ent in date_expressions(anchor + _goal_objects(tok)):
                    resolved = resolve_date(ent.text, published, forward=mood == "future")
                    if (
                        resolved is not None
                        and mood == "asserted"
                        and _schedule_present(tok)
                        and not _first_person(tok)
                    ):
                        # "travels to Uganda July 9-15": the present of a schedule names the nearer of the
                        # two dates, ahead or behind the article's
                        ahead = resolve_date(ent.text, published, forward=True)
                        if ahead is not None and _distance(ahead, published) < _distance(resolved, published):
                            resolved = ahead
                    if resolved is not None:
                        date = resolved.value
                        historical = resolved.year <= published.year - lex.historical_years
                        if (
                            mood == "asserted"
                            and resolved.value > published.isoformat()[: len(resolved.value)]
                            and not _first_person(tok)
                            and not _past(tok if trig.light is None else trig.light)
                        ):
                            mood = "future"  # "travels to Uganda July 9-15" in a note of May: a schedule
                        break
            if mood == "asserted" and historical:
                mood = "historical"
            if mood == "future" and not predicted(tok if trig.light is None else trig.light, lex):
                code = intended(code)
                if code[:2] == "03" and _unless(tok if trig.light is None else trig.light):
                    code = "130"  # "will withdraw its force unless ...": an act announced on a condition is a threat
            if code in ("130", "138") and any(t.lemma_.lower() in lex.crowd_nouns for t in args.targets):
                code = "137"  # force threatened against protesters is threatened repression
            elif code in ("180", "190") and source is not None and source.sector in _SECURITY_SECTORS:
                crowds = [t for t in args.targets if t.lemma_.lower() in lex.crowd_nouns and t.tag_ == "NNS"]
                if crowds:
                    code = "175"  # "the army opened fire on protesters": violent repression, not a battle
            info = cameo_code(code)
            location = location_of(anchor + [c for c in tok.children if c.dep_ == "dobj"])
            attributed: str | None = quoted_by if quote is not None else "author"
            sent = index.sent(tok.i)
            trigger = Span.of(index.text, tok.idx, tok.idx + len(tok.text))
            for src, tgt in pairs:
                if trig.is_noun:
                    nominal.add(f"e{len(events) + 1}")
                events.append(
                    Event(
                        id=f"e{len(events) + 1}",
                        source=src.id if src else None,
                        target=tgt.id if tgt else None,
                        source_code=_actor_code(src),
                        target_code=_actor_code(tgt) if tgt is not None else implicit,
                        cameo=code,
                        goldstein=info.goldstein,
                        quad_class=info.quad_class,
                        plover=info.plover,
                        plover_mode=info.plover_mode,
                        modality=mood,
                        attributed_to=attributed,
                        location=location,
                        date=date,
                        trigger=trigger,
                        sentence=(sent.start_char, sent.end_char),
                    )
                )
        out = _helped_victims(events, actors, nominal)
        if self.sides is not None or self.candidate_log is not None:
            out += learned_events(self, doc, article, triggers, out, actors, quotes)
        release(doc)  # the last stage: the document's index is not kept past the article
        return tuple(out)

    def mood_of(self, trig: _Trigger) -> Modality:
        """The modality of a trigger's events, before demands and refusals (the learned side finder's too)."""
        lex, tok = self.lex, trig.token
        mood = modality(tok if trig.light is None else trig.light, lex)
        if trig.is_noun and trig.light is not None and mood == "asserted" and trig.light.dep_ != "relcl":
            # (a light verb in a relative clause states the act itself: "to impose costs on Russia for the
            # aggression *it is committing*" is asserted whatever the aim around the noun)
            mood = modality(tok, lex)
        elif (
            trig.is_noun
            and trig.light is None
            and (
                mood in ("future", "hypothetical")
                # "not leaving Moscow's aggression unchecked": the clause's denial is not the named author's
                # act's -- unless the clause denies it was seen ("have not seen support from China")
                or (mood == "negated" and governing_verb(tok).lemma_.lower() not in _UNSEEN)
            )
        ):
            # "Russia's invasion" is presupposed, whatever the clause around it says ("will
            # bring total U.S. assistance to ...") unless a condition governs it
            mood = presupposed(trig.frame or tok, lex) or mood
        return mood

    def _passive_sense(self, trig: _Trigger) -> bool:
        """A passive with no agent of a verb whose sector sense its subject carries."""
        tok = trig.token
        if trig.is_noun or verb_lemma(tok, self.lex.verbs) not in self.lex.passive_sector_verbs:
            return False
        return is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)

    def _agentive(self, tok: Token) -> bool:
        """A name, or a noun for people or an organised group ("activists", "the coalition")."""
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.agent_nouns:
            return True
        # "thousands of farmers", "a group of activists"
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return any(p.pos_ == "NOUN" and p.lemma_.lower() in self.lex.agent_nouns for p in of)

    def _demanded(self, verb: Token) -> tuple[Token, Token | None] | None:
        """(speaker, addressee) when ``verb`` is a reported obligation: "Russia said that Sudan
        must return the helicopter" is Russia demanding (CAMEO 10) of Sudan."""
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.deontic_aux for c in verb.children):
            return None
        cur = verb
        while cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head
        cue = cur.head.lemma_.lower()
        if cur.dep_ != "ccomp" or not (cue in self.lex.speech_verbs or cue in ("demand", "insist")):
            return None
        speaker = next((c for c in cur.head.children if c.dep_ == "nsubj"), None)
        subject = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if speaker is None:
            return None
        return speaker, subject

    def _discarded(self, trig: _Trigger, args: Arguments) -> bool:
        """Sports, entertainment and business senses ("beat Brazil 2-1", "the film attacks")."""
        heads = args.heads()
        armed = trig.code[:2] in _ARMED_ROOTS
        if any(
            h.lemma_.lower() in self.lex.discard_heads
            and not self._counted(h)
            and not self._civic(h)
            and not (armed and self._place(h))
            for h in heads
        ):
            return True
        if trig.consumed is None and not trig.is_noun:
            for c in trig.token.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.discard_heads and not (armed and self._place(c)):
                    return True
                if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")):
                    return True  # "help Ukraine defend itself against ...": no act toward another
        return self._has_score(sentence_of(trig.token))

    def _place(self, head: Token) -> bool:
        """A place word as the object or prepositional object ("bombed a crowded *market*")."""
        return head.lemma_.lower() in self.lex.place_heads and head.dep_ in ("dobj", "pobj")

    def _civic(self, head: Token) -> bool:
        """A discard word that is part of an organisation's name (a proper noun tagged as a name)
        or names a working group ("rescue *teams*", "a *team* of observers") is no sports or
        business sense."""
        if head.ent_type_ in _NAME_LABELS and head.pos_ == "PROPN":
            return True
        if any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in self.lex.civic_modifiers
            for c in head.children
        ):
            return True
        return any(
            p.lemma_.lower() in self.lex.agent_nouns
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _counted(self, head: Token) -> bool:
        """A unit with a number is an amount, not the market: "a loan of five billion *euros*"."""
        if head.lemma_.lower() not in self.lex.counted_units:
            return False
        return any(c.dep_ in ("nummod", "compound", "quantmod") and c.pos_ in ("NUM", "SYM") for c in head.children)

    def _has_score(self, sent: DocSpan) -> bool:
        """A score ("2-1") in the sentence; a range of days ("March 4 - 11", "April 13-14") is a date."""
        ents = doc_index(sent.doc).ents_within(sent.start, sent.end)  # sent.ents walks every entity of the doc
        dates = [(e.start_char, e.end_char) for e in ents if e.label_ in ("DATE", "TIME")]
        for m in self.lex.score_pattern.finditer(sent.text):
            lo, hi = sent.start_char + m.start(), sent.start_char + m.end()
            if not any(a <= lo and hi <= b for a, b in dates):
                return True
        return False

    def _dyads(
        self, trig: _Trigger, args: Arguments, actors: ActorIndex, *, speaker: Actor | None = None
    ) -> list[tuple[Actor | None, Actor | None]]:
        """Source-target pairs; ``speaker`` is the actor whose quote the trigger is in."""
        # "Qatar's role in ..., *its* support for Ukraine": a possessive pronoun parallel to a named owner first
        parallel = [o for s in args.sources if (o := _parallel_owner(s, actors)) is not None]
        sources = resolve_all(tuple(parallel), actors) if parallel else []
        sources = sources or resolve_all(args.sources, actors, possessive=trig.is_noun)
        if not sources:
            sources = _referents(args.sources, actors)
        if trig.restater is not None and not any((_actor_code(a) or "")[:3] in _countries() for a in sources):
            # "reiterated the Administration's commitment to X": an author we cannot place in a
            # country restated by someone we can ("Secretary Blinken") is the restater's side
            subj, _ = subject_of(trig.restater, self.lex.object_control)
            sources = resolve_all((subj,), actors) if subj is not None else sources
        if (
            trig.consumed is not None
            and trig.code[:2] in _OWN_STANCE_ROOTS
            and not any(_actor_code(a) for a in sources)
        ):
            # "Dr. Gordon expressed the United States' solidarity with X": a stance the verb names
            # (CAMEO 01 comment, 03 intent, 05 support) is its possessor's when its speaker is uncoded;
            # "rejected Sri Lanka's *request*" (12) is no stance of Sri Lanka's
            owners = [c for c in trig.consumed.children if c.dep_ == "poss"]
            owned = [a for a in resolve_all(tuple(owners), actors) if (_actor_code(a) or "")[:3] in _countries()]
            sources = owned or sources
        if not sources and speaker is not None and any(s.lower_ in _FIRST_PERSON for s in args.sources):
            sources = [speaker]  # "I strongly reject ...", said the minister: the speaker rejects
        if not any((_actor_code(a) or "")[:3] in _countries() for a in sources):
            # "representatives from A, B and C met": people from several countries are each country's
            sources = resolve_all(_sent_from(args.sources, self.lex), actors) or sources
        targets = first_resolved(args.targets, actors) or _referents(args.targets[:1], actors, objects=True)
        if not any((_actor_code(a) or "")[:3] in _countries() for a in targets):
            targets = resolve_all(_sent_from(args.targets, self.lex), actors) or targets
        for extra in args.more_targets if targets else ():
            targets += [a for a in first_resolved(tuple(with_authors([extra], self.lex)), actors) if a not in targets]
        if trig.code[:2] in _COMMENT_ROOTS and not any(_actor_code(a) for a in targets):
            # "condemned fraudulent elections in Venezuela", "the diversion of Ryanair Flight 4978 in
            # Belarus": the country the thing commented on is in (when no target has a code)
            places = [
                p for t in args.targets for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            ]
            targets = (
                first_resolved(tuple(p for p in places if p.dep_ == "pobj" and p.ent_type_ == "GPE"), actors) or targets
            )
        if trig.code[:2] in _COMMENT_ROOTS and not trig.is_noun and not any(_actor_code(a) for a in targets):
            # "supports lasting peace and reconciliation among all members of Colombian society",
            # "welcomed the anniversary of the independence of The Bahamas": the one country named
            # inside the thing commented on
            home = {(_actor_code(a) or "")[:3] for a in sources}
            inside = {
                (_actor_code(a) or "")[:3]: a
                for a in resolve_all(tuple(_nations_within(args.targets)), actors)
                if (_actor_code(a) or "")[:3] in _countries() and (_actor_code(a) or "")[:3] not in home
            }
            if len(inside) == 1:
                targets = list(inside.values())
        if not targets and trig.code[:2] == "07":
            # "In Burma, the United States has provided $20 million in assistance": aid given in a
            # country goes to it (CAMEO 07 target)
            targets = first_resolved(_places_in([trig.token] if trig.light is None else [trig.light]), actors)
        unnamed = bool(args.targets) and all(
            t.lemma_.lower() in self.lex.agent_nouns and t.pos_ == "NOUN" for t in args.targets
        )
        placed = any((_actor_code(a) or "")[:3] in _countries() for a in targets)
        if (
            not placed
            and trig.code[:2] in _VENUE_ROOTS
            and (unnamed or (trig.is_noun and bool(sources) and not args.targets and _possessed(trig)))
        ):
            # "will meet in Georgia with government and opposition leaders", "worked with religious
            # leaders in the Philippines": unnamed people met or worked with in a country are that
            # country's; "her meetings in Kyiv and Moscow": a meeting's foreign venue is its
            # counterpart (CAMEO 04, 06 code the act with the other side)
            home = {(_actor_code(a) or "")[:3] for a in sources}
            venues = [a for a in _venues(trig, actors) if (_actor_code(a) or "")[:3] not in home]
            targets = venues or targets
        elif (
            not placed
            and trig.code[:2] in _VENUE_ROOTS
            and targets
            and all(_officials(a) for a in targets)
            and not any(_of_a_body(t) for t in args.targets)
        ):
            # "In Phnom Penh, Kritenbrink will meet with Deputy Prime Minister Prak Sokhonn": people we know
            # only by their office met in a foreign country are that country's too (the CAMEO sentence
            # gold keeps "attacked civilians in Kyiv" on the civilians)
            home = {(_actor_code(a) or "")[:3] for a in sources}
            if home & _countries():  # a doer of known country ("police arrested protesters in Tehran" adds none)
                targets += [a for a in _venues(trig, actors) if (_actor_code(a) or "")[:3] not in home][:1]
        if trig.code[:2] in _ARMED_ROOTS and targets and not _nations_within(args.targets):
            # "Russian aggression has killed thousands of civilians" in a story naming only Russia: the victims of
            # a country's armed act are not its own people unless the phrase says so ("killed Russian civilians")
            home = {a.country for a in sources if a.country}
            stated = any(t.ent_type_ in ("GPE", "NORP") for t in args.targets)
            targets = [a for a in targets if stated or a.kind != "group" or a.country not in home]
        sides = resolve_all(args.between, actors)
        symmetric = (
            self.lex.is_symmetric(trig.code)
            or self.lex.is_symmetric(trig.lexical_code)
            or _together(trig.token)
            or _shared_past(trig)
        )
        if sides and not targets:
            if sources:
                targets = [a for a in sides if all(a.id != s.id for s in sources)]
            elif len(sides) >= 2 and (symmetric or not args.sources):
                # the two sides act only when the event is joint or nobody else is named:
                # "We value the partnership between A and B" is no act of A or B
                return _joint(sides)
        if (
            not sources
            and not args.sources
            and trig.is_noun
            and symmetric
            and 2 <= len(targets) <= MAX_JOINT_SIDES
            and _subjectless(trig.token)
        ):
            # "after today is a summit meeting with Japan and the U.S.": a joint act with a list of parties
            # and no one else named is theirs with each other (not "I secured trade deals with A, B and C")
            return _joint(targets)
        several = len({(_actor_code(a) or a.id)[:3] for a in sources}) >= 2  # not a speaker and its own country
        # "Germany and France attacked the town", "the attacks by Russia and Belarus": an armed act on
        # something, or one named by a noun with its authors, is no fight between its doers
        struck = trig.code[:2] in _ARMED_ROOTS and (
            trig.is_noun or any(t.dep_ in ("dobj", "nsubjpass") for t in args.targets)
        )
        if (
            several
            and symmetric
            and not struck
            and not _distributive(trig.token)
            and not any((a.code or a.country) and a.kind != "location" for a in targets)
            and not (trig.code[:3] == "042" and any(a.kind == "location" and a.country for a in targets))
        ):
            # (a place several travel to is their host, not their venue: "the visit to Baghdad by the President
            # of Egypt and King of Jordan" is each one's visit to Iraq, CAMEO 042)
            # "A and B held consultations on the Indo-Pacific": an uncoded topic or a venue ("will meet
            # ... in Honolulu, Hawaii") is no third party
            return _joint(sources)
        pairs: list[tuple[Actor | None, Actor | None]] = []
        side_a: list[Actor | None] = list(sources) or [None]
        side_b: list[Actor | None] = list(targets) or [None]
        for s in side_a:
            for t in side_b:
                if s is None and t is None:
                    continue
                if s is not None and t is not None and s.id == t.id:
                    continue
                pairs.append((s, t))
        if not pairs and any(self._agentive(h) for h in args.sources + args.between):
            # who did it is named but is no actor we know ("the protesters"): keep the event
            pairs.append((None, None))
        return pairs


# Meetings and cooperation (CAMEO 04, 06) whose foreign venue names the other side.
_VENUE_ROOTS = frozenset({"04", "06"})


# Dependencies that open a clause or an event of its own inside a noun phrase: its nations are its own.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "appos"})


def _nations_within(things: tuple[Token, ...]) -> list[Token]:
    """The country and nationality names inside the phrases of ``things`` (not inside a clause
    of theirs), in the order written."""
    out: list[Token] = []
    stack = list(things)
    while stack:
        tok = stack.pop()
        if tok.ent_type_ in ("GPE", "NORP") and tok not in things and not aside(tok):
            out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _of_a_body(tok: Token) -> bool:
    """A title naming an organisation ("*OECD* Secretary General Mathias Cormann")."""
    return any(t.ent_type_ == "ORG" for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "nmod"))


def _officials(actor: Actor) -> bool:
    """A person or group with a sector code but no country ("GOV": a minister of a country we could
    not tell; "CVL": civilians)."""
    national = not (actor.code or "").startswith(("IGO", "NGO", "MNC"))  # "OECD Secretary General Cormann": no nation's
    return actor.kind in ("person", "group") and not actor.country and national and actor.code == actor.sector


def _possessed(trig: _Trigger) -> bool:
    """A nominal event with a possessive author ("*her* meetings", "*Zelenskyy's* visits"), who went
    there; a national modifier ("the French, Saudi, and U.S. meeting in Italy") names a joint
    meeting, whose venue is no party."""
    return any(c.dep_ == "poss" for c in (trig.frame or trig.token).children)


def _venues(trig: _Trigger, actors: ActorIndex) -> list[Actor]:
    """The countries of the places an act is done in ("met *in Georgia*", "*In the Philippines*,
    the United States worked with ...", "her meetings *in Kyiv and Moscow*"): the "in" phrases
    of the trigger, of its light verb and of its nominal frame, with their conjoined places."""
    places = _places_in([trig.token] + [h for h in (trig.light, trig.frame) if h is not None])
    found = [a for a in resolve_all(places, actors) if (_actor_code(a) or "")[:3] in _countries()]
    return list({a.id: a for a in found}.values())


def _heads_of(tok: Token) -> bool:
    """ "Heads of State", "Heads of Government": the model reads the office as a body's name (ORG); it names
    people, the leaders of their countries."""
    return tok.lower_ == "heads" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _sent_from(heads: Sequence[Token], lex: Lexicon) -> tuple[Token, ...]:
    """The countries people are from, for a side named by people and the places they come from
    ("representatives from Japan, India and Australia", "officials from Japan"): the named places
    of a "from" phrase on a people noun (the place's conjuncts join it in :func:`resolve_all`)."""
    return tuple(
        p
        for h in heads
        if (h.pos_ == "NOUN" and h.lemma_.lower() in lex.agent_nouns) or _heads_of(h)
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ == "GPE"
    )


# Verbs whose subject receives the support or aid their object names ("has the support of", "received
# the assistance of"): CAMEO 05/07 from the "of" phrase to the subject
_RECEIVING = frozenset({"have", "enjoy", "receive", "gain", "win", "get"})


# "remains open to talks", "is ready for dialogue": an adjective of readiness with the preposition it takes
_READY_FOR = {"open": "to", "ready": "for", "prepared": "for"}


def _ready_for(noun: Token) -> Token | None:
    """The copula of "X is/remains *open to* <noun>" ("ready for", "prepared for"), when ``noun`` is
    the object of that adjective's preposition."""
    prep = noun.head
    adj = prep.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _READY_FOR.get(adj.lower_) != prep.lower_:
        return None
    if adj.dep_ != "acomp" or adj.head.lemma_.lower() not in _COPULAS:
        return None
    return adj.head


_DIPLOMATIC_POSTS = frozenset({"embassy", "consulate", "consulate-general", "chancery", "legation"})


def _embassy_hosts(verb: Token, obj: Token | None) -> list[Token]:
    """The host country of a diplomatic post that is the verb's subject, object or "at" place
    ("*our Embassy in Minsk, Belarus* suspended operations", "suspended operations *at the U.S. Embassy
    in Kyiv*", "closed *the embassy in Kabul*"): the named place of the post's "in" phrase, the
    country after its city when one is given ("Minsk, Belarus")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "dobj")]
    for h in (verb, obj):
        if h is not None:
            heads += [p for c in h.children if c.dep_ == "prep" and c.lower_ == "at" for p in c.children]
    for post in heads:
        if post.lemma_.lower() not in _DIPLOMATIC_POSTS:
            continue
        places = list(_places_in([post]))
        if not places:
            continue
        place = places[0]
        after = [a for a in place.children if a.dep_ == "appos" and a.ent_type_ == "GPE"]
        # "Our Embassy in Minsk, Belarus suspended": the parser may read the country as a second subject
        after += [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.ent_type_ == "GPE" and c.i == place.right_edge.i + 2 and c.nbor(-1).text == ","
        ]
        return [after[0] if after else place]
    return []


def _places_in(heads: Sequence[Token]) -> tuple[Token, ...]:
    """The named places (GPE) of the "in" phrases hung on ``heads``."""
    return tuple(
        p
        for h in heads
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ == "GPE"
    )


# Stances a verb can name as its owner's ("expressed the United States' solidarity"): CAMEO 01, 03, 05.
_OWN_STANCE_ROOTS = frozenset({"01", "03", "05"})


MAX_JOINT_SIDES = 5  # more parties to one joint act make it a multilateral forum, not a web of dyads


def _joint(members: list[Actor]) -> list[tuple[Actor | None, Actor | None]]:
    """A joint act of ``members`` done to each other: every ordered pair ("A and B signed" -> A->B,
    B->A). A conference of more than :data:`MAX_JOINT_SIDES` parties ("representatives of 18
    countries met in Brussels") is each member's act with no counterpart: its n(n-1) dyads would
    bury the record in pairs no one claimed."""
    if len(members) > MAX_JOINT_SIDES:
        return [(a, None) for a in members]
    return [(a, b) for a in members for b in members if a.id != b.id]


def _distributive(tok: Token) -> bool:
    """ "A and B *each* pledged $1 billion", "the pledge by A and B to *each* provide": each side acts on
    its own, not on the other ("each other" is the reverse: a joint act)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("acl", "xcomp", "advcl", "relcl"))]
    near = [c for h in heads for c in h.children]
    near += [g for c in near if c.dep_ == "aux" for g in c.children]  # "to *each* provide": hung on "to"
    subjects = [c for c in near if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [m for c in subjects for m in c.children if m.dep_ == "conj"]
    near += [g for c in subjects for g in c.children]  # "A and B *each* signed": hung on a subject
    return any(
        c.lower_ == "each" and c.dep_ != "det" and (c.i + 1 >= len(c.doc) or c.doc[c.i + 1].lower_ != "other")
        for c in near
    )


def _subjectless(noun: Token) -> bool:
    """A nominal event a copula presents with no doer: no subject but an expletive ("after today *is*
    a summit meeting with A and B", "*there* will be talks with A and B"); not "building on collaboration
    with A and B", whose doer the parse lost."""
    gov = noun.head
    if noun.dep_ != "attr" or gov.lemma_ != "be":
        return False
    return all(c.lower_ in ("there", "it") for c in gov.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"))


def _together(tok: Token) -> bool:
    """ "A and B stand together", "acted jointly": an act the named sides do to each other; also one on
    what they share ("Italy and the United States celebrate our *shared* heritage")."""
    if any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in tok.children):
        return True
    return any(
        c.dep_ == "dobj" and any(m.dep_ == "amod" and m.lower_ in ("shared", "mutual", "common") for m in c.children)
        for c in tok.children
    )


# What two sides celebrate or mark together is their own tie: "A and B marked 15 years of the agreement" (not
# "heritage", each side's own unless "shared": see _together)
_SHARED_PAST = frozenset(
    {"year", "anniversary", "friendship", "partnership", "relationship", "relation", "tie", "alliance"}
)


def _shared_past(trig: _Trigger) -> bool:
    """ "The United States and Peru *marked 15 years* of the Agreement", "A and B celebrate the anniversary of
    our relations": a celebration (CAMEO 017) of the years or ties of the sides named together is theirs with
    each other (not "A and B laid a wreath", not "A and B celebrated with C")."""
    obj = trig.consumed
    return trig.code == "017" and obj is not None and obj.lemma_.lower() in _SHARED_PAST


def _stance(code: str) -> bool:
    """A stance a readout can restate: CAMEO 01-03, 05 (not 057, a signed pact), 10-13."""
    return code[:2] in _STANCE_ROOTS and not code.startswith("057")


@cache
def _countries() -> frozenset[str]:
    """The CAMEO country codes of the gazetteer."""
    return frozenset(gazetteer().values())


# Cooperative acts toward the victim of an aggression (CAMEO 03 intents, 05 support, 07 aid).
_HELP_ROOTS = frozenset({"03", "05", "07"})


def _helped_victims(events: list[Event], actors: ActorIndex, nominal: set[str]) -> list[Event]:
    """An armed act named by its author alone ("against the Russian aggression", "Putin's war")
    in a sentence whose cooperative acts (support, aid, intents: CAMEO 03, 05, 07) all go to one
    other country is an act against that country: "support for Ukraine's efforts to end the
    Russian aggression", "assistance to Ukraine ... for President Putin's war"."""
    out = list(events)
    for k, ev in enumerate(events):
        # "aggression in the Donbas": a place, no country; a war's victim by code only is a default
        placed = ev.target is not None and (ev.target_code or "")[:3] in _countries()
        if ev.id not in nominal or ev.cameo[:2] not in _ARMED_ROOTS or placed or not ev.source_code:
            continue
        country = ev.source_code[:3]
        helped = {
            (h.target_code or "")[:3]: h.target
            for h in events
            if h.sentence == ev.sentence
            and h.cameo[:2] in _HELP_ROOTS
            and (h.source_code or "")[:3] != country  # an aggressor's own "support" names no victim
            and h.target is not None
            and (h.target_code or "")[:3] in _countries()
            and (h.target_code or "")[:3] != country
        }
        if len(helped) == 1:
            (code, target), *_ = helped.items()
            out[k] = replace(ev, target=target, target_code=_actor_code(actors.get(target)) if target else code)
    return out


def _said_concern(tok: Token, words: frozenset[str]) -> bool:
    """ "is (deeply) concerned", "was alarmed by": a word of concern predicated of a subject."""
    if tok.lower_ not in words:
        return False
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        return tok.head.lemma_ in _COPULAS
    return tok.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in tok.children)


def _country_actor(code: str, actors: ActorIndex) -> Actor | None:
    """The article's actor for the country ``code`` itself ("Ukraine"), if it names it."""
    return next(
        (a for a in actors if a.kind == "country" and _actor_code(a) == code and actors.mentions_of(a.id)), None
    )


def _earlier_victim(source: Actor | None, events: Sequence[Event], actors: ActorIndex) -> Actor | None:
    """The target of the latest earlier armed act (CAMEO 18-20) of the same country as ``source``:
    a nominal act named again without its victim ("Putin's invasion", "Russian aggression") is the
    act the article named with it before ("Russia's invasion of Ukraine"); None when there is none."""
    country = (_actor_code(source) or "")[:3]
    if not country:
        return None
    for ev in reversed(events):
        if ev.cameo[:2] not in _ARMED_ROOTS or ev.target is None or not ev.target_code:
            continue
        if (
            (ev.source_code or "")[:3] == country
            and ev.target_code[:3] != country
            and ev.target_code[:3] in _countries()
        ):
            return actors.get(ev.target)
    return None


def _quote_finder(quotes: Sequence[Quote]) -> Callable[[int], Quote | None]:
    """The innermost quote or claim whose content holds a character offset, found by
    bisection over the quotes' starts (a scan per trigger made long transcripts quadratic)."""
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].content.start)
    starts = [quotes[k].content.start for k in order]
    longest = max((q.content.end - q.content.start for q in quotes), default=0)

    def find(offset: int) -> Quote | None:
        hi = bisect_right(starts, offset)
        lo = bisect_left(starts, offset - longest)
        hits = [order[j] for j in range(lo, hi) if offset < quotes[order[j]].content.end]
        # the innermost claim: "Blinken said that Maduro claimed the US imposed sanctions" is Maduro's
        return quotes[max(hits, key=lambda k: (quotes[k].content.start, -quotes[k].content.end))] if hits else None

    return find


def _hyphenated(doc: Doc) -> list[tuple[Token, Token]]:
    """(prefix, word) of verbs the tokenizer split at a hyphen ("co-host", "co-chaired")."""
    out = []
    for tok in doc[: len(doc) - 2]:
        if tok.lower_ in ("co",) and not tok.whitespace_ and tok.nbor().text == "-" and not tok.nbor().whitespace_:
            word = tok.nbor(2)
            if word.is_alpha:
                out.append((tok, word))
    return out


def _amount_giver(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """The light verb of an amount a nominal event measures: "provided *$40 million* in assistance
    to", "is announcing more than 50 tons in food aid for": the noun hangs on the amount by "in",
    the amount is the verb's direct object. None when the noun is no such complement."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    amount = prep.head
    counted = amount.ent_type_ in ("MONEY", "QUANTITY") or amount.pos_ == "NUM" or amount.like_num
    verb = amount.head
    if not counted or amount.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in light_verbs:
        return None
    return verb


def _asked_for(verb: Token) -> list[Token]:
    """What an appeal or demand asks for with "for": "called *for* talks", "appealed to donors
    *for* food aid" (the parser may hang "for" on the addressee)."""
    heads = [verb] + [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with") for g in p.children]
    return [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _goal_objects(tok: Token) -> list[Token]:
    """The places a verb's preposition names ("travels to *Uganda*, July 9-15"), whose appositive
    date is the act's."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("to", "in")
        for p in c.children
        if p.dep_ == "pobj" and p.ent_type_ != "DATE"
    ]


def _first_person(tok: Token) -> bool:
    """ "I send my warmest regards ... on your National Day on July 7": a speech act done by saying so,
    whatever the date it names."""
    verb = governing_verb(tok)
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _past(tok: Token) -> bool:
    """The clause of ``tok`` is in the past ("*welcomed* Italy's G7 Presidency next year"): a date ahead
    is then some other thing's."""
    verb = governing_verb(tok)
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _schedule_present(tok: Token) -> bool:
    """A verb in the simple present with no auxiliary ("Blinken *travels* to Uganda July 9-15")."""
    return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _distance(date: EventDate, published: dt.date) -> int:
    """Days between the first day of ``date`` and ``published``."""
    parts = [int(x) for x in date.value.split("-")] + [1, 1]
    return abs((dt.date(parts[0], parts[1], parts[2]) - published).days)


def _unless(verb: Token) -> bool:
    """The verb's clause has an "unless" condition (CAMEO 13: an announcement conditioned on the
    other side's act is a threat)."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children) for c in verb.children
    )


def _prep_clauses(verb: Token) -> list[Token]:
    """The clauses after a verb's "to": "looks forward *to working* with" (not the means: "by conducting")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pcomp"]


def _infinitive(clause: Token) -> bool:
    """ "have sworn *to fight*": a subjectless infinitive the parser took for an adverbial clause."""
    return (
        clause.dep_ == "advcl"
        and clause.i > clause.head.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
        and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in clause.children)
    )


def _for_clause(clause: Token) -> bool:
    """ "for Russia to withdraw": an infinitive with its own subject, opened by "for"."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in clause.children) and any(
        s.dep_ == "nsubj" for s in clause.children
    )


def _intended_acts(trig: _Trigger) -> list[Token]:
    """The acts an intent noun announces ("the United States' *commitment* to *partnering* with
    Tunisia", "*desire* for constructive *engagement* with Russia"): CAMEO codes them as one
    intent (03) toward the act's target."""
    if not trig.is_noun or trig.code[:2] != "03":
        return []
    noun = trig.token
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    if noun.dep_ == "dobj" and not preps:
        # "underscored the United States' openness *to meeting* the DPRK": the parser may hang the noun's
        # "to" on its verb, right after the noun
        preps = [
            c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == noun.right_edge.i + 1
        ]
    acts = [
        g
        for c in preps
        for g in c.children
        if g.dep_ == "pcomp" or (g.dep_ == "pobj" and not _has_named_author(g) and c.head == noun)
    ]
    # "their commitment to continue *supporting* Ukraine": through the infinitive's own complements
    for c in trig.token.children:
        cur = c
        while cur.dep_ in ("acl", "xcomp") and cur.pos_ == "VERB":
            acts.append(cur)
            cur = next((x for x in cur.children if x.dep_ == "xcomp"), cur)
            if cur == acts[-1]:
                break
    return acts


def _has_named_author(noun: Token, *, pronouns: bool = True) -> bool:
    """ "Russia's attack", "the Russian attack", "harassment ... by China" (and "its attack"
    unless ``pronouns`` is false)."""
    return any(
        (c.dep_ == "poss" and (pronouns or c.pos_ != "PRON"))
        or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP"))
        or (c.dep_ == "prep" and c.lower_ == "by" and any(named_doer(p) for p in c.children if p.dep_ == "pobj"))
        for c in noun.children
    )


def _announced(verb: Token) -> bool:
    """The verb carries "will"/"would" (an announced refusal, not a plain denial of a fact)."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo") for c in verb.children)


def _relative_light(noun: Token, light_verbs: frozenset[str]) -> Token | None:
    """A light verb in a relative clause on a nominal event, with a subject of its own and the noun as
    its object: "the support (that) *the United States has provided* to Ukraine", "the sanctions
    *we imposed* on Russia" (not "the aid, *which arrived* in Kyiv", nor a clause with an object of its own)."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in light_verbs:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if (
            subjects
            and subjects[0].lower_ not in ("which", "that", "who")
            and not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in ("which", "that") for c in clause.children)
        ):
            return clause
    return None


def _undated(targets: Sequence[Token]) -> list[Token]:
    """The targets that are no date ("held calls *on February 26*")."""
    return [t for t in targets if t.ent_type_ not in ("DATE", "TIME")]


def _purpose_partners(heads: Sequence[Token], lex: Lexicon) -> list[Token]:
    """Whom a consultation (CAMEO 04) is held with when a purpose clause names them: "held calls *to
    discuss* the DPRK's launch *with* Japanese Director General X" (the parser hangs "with" anywhere in
    the clause). Not a "with" of a relation noun or nominal event of its own ("to discuss cooperation
    with X"), nor one inside a clause of the clause."""
    out: list[Token] = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("advcl", "acl", "xcomp") or clause.pos_ != "VERB" or clause.i < head.i:
                continue
            if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children) or any(
                s.dep_ in ("nsubj", "nsubjpass", "mark") for s in clause.children
            ):
                continue  # an infinitive of purpose with no subject of its own
            for w in clause.subtree:
                if w.dep_ != "prep" or w.lower_ != "with" or governing(w) != clause:
                    continue
                owner = w.head.lemma_.lower()
                if owner in lex.nouns or owner in lex.relation_nouns:
                    continue
                for p in (p for p in w.children if p.dep_ == "pobj"):
                    if p.pos_ == "PROPN" and not p.ent_type_:
                        # "with Director General for Asian Affairs *Funakoshi Takehiro*": the parser hangs the
                        # person named after a long title on the title's "for"/"of" phrase
                        out.extend(
                            x
                            for c in p.children
                            if c.dep_ == "prep" and c.lower_ in ("for", "of")
                            for x in c.children
                            if x.dep_ == "pobj" and x.ent_type_ == "PERSON"
                        )
                    out.append(p)
    return out


_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# "it"/"its" for a country, body or capital; not "they"/"their", mostly the several parties of a readout
# ("They reaffirmed their support"), which the gold conventions leave uncoded
_BODY_KINDS = frozenset({"country", "organization", "location"})
_PERSON_KIND = frozenset({"person"})


def _parallel_owner(pronoun: Token, actors: ActorIndex) -> Token | None:
    """The owner a possessive "its" repeats in a list of owned things: "thanked the Foreign
    Minister for *Qatar's* constructive role in our efforts ... with Iran, *its* continued support for
    Ukraine", "*Spain's* cooperation in response to Russia's war in Ukraine, including *its* provision"
    -- when the nearest country before the pronoun (Iran, Ukraine) lies inside the phrase of a thing a
    named country owns, that owner, not the nearest country ("hold Russia accountable for *its* war"
    keeps Russia); never when the clause's subject is a country or body."""
    if pronoun.dep_ != "poss" or pronoun.lower_ != "its":
        return None  # "A and B affirmed *their* commitment": "their" is the clause's several subjects
    subject = next((c for c in governing(pronoun.head).children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is not None
        and subject.lemma_.lower() not in load_cues().person_nouns  # "the Secretary" is no "it"
        and (actor := actors.actor_at(subject)) is not None
        and actor.kind in _BODY_KINDS
    ):
        return None  # "Ukraine reaffirmed its commitment": the subject, as the argument code finds it
    sent = sentence_of(pronoun)
    nearest = next(
        (
            t
            for t in reversed(sent[: pronoun.i - sent.start])
            if t.pos_ in ("PROPN", "NOUN") and (a := actors.actor_at(t)) is not None and a.kind in _BODY_KINDS
        ),
        None,
    )
    if nearest is None:
        return None
    for cand in reversed(sent[: nearest.i - sent.start]):
        if cand.dep_ != "poss" or cand.pos_ != "PROPN" or cand.ent_type_ not in ("GPE", "ORG", "NORP"):
            continue
        thing = cand.head
        if thing.left_edge.i <= nearest.i <= thing.right_edge.i < pronoun.i:
            owner = actors.actor_at(cand)
            return cand if owner is not None and owner.kind in _BODY_KINDS else None
    return None


def _referents(heads: Sequence[Token], actors: ActorIndex, *, objects: bool = False) -> list[Actor]:
    """The actors the pronouns among ``heads`` refer to when the argument code found none: the
    quote stage's coreference (:class:`SpeakerResolver`: the latest fitting actor that was a
    subject or a speaker in the last sentences, else the nearest one), after, for "he"/"she", the
    nearest person or one-person title of the pronoun's own sentence the actor stage left
    unregistered ("the comments by the French President after *he* visited China"). An object
    pronoun counts only for a person ("charges against *him*"): "condemned *it*" is a thing."""
    found: list[Actor] = []
    for tok in heads:
        low = tok.lower_
        if tok.pos_ != "PRON" or (objects and low not in ("him", "her")):
            continue
        if not objects and tok.dep_ not in ("nsubj", "nsubjpass", "poss"):
            continue  # "I asked *her* to go": the object of a control verb is the speaker's to name
        resolver = SpeakerResolver(tok.doc, actors, load_cues())
        if low in _PERSON_PRONOUNS:
            gender = "m" if low in ("he", "him", "his") else "f"
            actor = _titled_before(tok, actors, resolver, gender)
            aid = actor.id if actor is not None else resolver.antecedent(tok.i, _PERSON_KIND, gender=gender)
        elif low in ("it", "its") and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            aid = resolver.antecedent(tok.i, _BODY_KINDS)
        else:
            continue
        if aid is not None and actors.mentions_of(aid) and all(a.id != aid for a in found):
            found.append(actors.get(aid))
    return found


def _titled_before(pronoun: Token, actors: ActorIndex, resolver: SpeakerResolver, gender: str) -> Actor | None:
    """The nearest person, or singular title of one person ("the French *President*"), before
    ``pronoun`` in its sentence, of no other gender."""
    person_nouns = load_cues().person_nouns
    for i in range(pronoun.i - 1, sentence_of(pronoun).start - 1, -1):
        cand = pronoun.doc[i]
        if cand.dep_ in ("compound", "amod") or cand.pos_ not in ("NOUN", "PROPN"):
            continue
        titled = cand.tag_ in ("NN", "NNP") and cand.lemma_.lower() in person_nouns
        if cand.ent_type_ != "PERSON" and not titled:
            continue
        actor = actors.actor_at(cand) or actors.resolve_phrase(cand)
        if actor is None or not actors.mentions_of(actor.id):
            continue
        if actor.kind == "person" and resolver.gender(actor.id) in (None, gender):
            return actor
        if actor.kind != "person" and titled:
            return actor
    return None


def _actor_code(actor: Actor | None) -> str | None:
    """The CAMEO actor code of ``actor``: its own, else country + sector, else the country of
    a place-named actor ("Caracas", "Venezuela") from the gazetteer."""
    if actor is None:
        return None
    if actor.code and _ACTOR_CODE.match(actor.code):
        return actor.code
    if actor.country and _ACTOR_CODE.match(actor.country):
        sector = actor.sector if actor.sector and _ACTOR_CODE.match(actor.sector) else ""
        return actor.country + sector
    if actor.kind in ("country", "location", "group"):
        return place_country(actor.name)
    return None
