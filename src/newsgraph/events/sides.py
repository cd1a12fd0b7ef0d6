"""Argument heads that are no side of the event they hang on, found by auditing unlabeled news.

Three constructions name a country next to an event without making it the event's target:

* the adversary of a cooperative act: "support of Ukraine *against* Russia's aggression", "help
  Ukraine defend itself *from* Russia's invasion" -- CAMEO 01-08 (cooperation, support, aid,
  yielding) are never directed at whom the help is against;
* the victim of the act a comment is about: "condemn the attacks *on* Brazil's democracy" criticises
  the attackers (CAMEO 11 toward them, none when they are unnamed), not Brazil;
* the domain of a title: "UN Special Envoy *for* Yemen Hans Grundberg" is no Yemeni side;
* the cause an armed act is for: "a Polish general who fought *for* American freedom" fought no American;
* the venue naming a process, talks or an agreement: "the *Nairobi* and *Luanda* processes", "the *Geneva*
  talks between Russia and the United States" (a city that names no country, as a modifier of an event
  noun, says where, not who; its source too);

and a standing tie is no act at all: "the alliance *between* the United States and Japan", "cooperation
between Poland and the United States is closer than ever" (the annotators' convention: "the collaboration
between" is a quality of a relationship, nothing), "This Agreement between the United States and
Kazakhstan is also a step forward" (an agreement in force, talked about).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.events.arguments import Arguments
from newsgraph.events.lexicon import Lexicon, lexicon
from newsgraph.places import cities

# CAMEO roots of cooperation (verbal and material): statements, appeals, intents, consultations,
# diplomatic cooperation, material cooperation, aid, yielding.
_COOPERATIVE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# CAMEO roots of comment on what someone did: statements, appeals, approval, demands, disapproval,
# rejection.
_COMMENT_ROOTS = frozenset({"01", "02", "05", "10", "11", "12"})
# CAMEO roots of acts done to a victim (protest, force posture, sanctions and expulsions, coercion,
# assault, fighting, mass violence).
_VICTIM_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
# CAMEO roots of force and coercion, whose "for" phrase names a cause or a beneficiary, not a target.
_FORCE_ROOTS = frozenset({"13", "14", "15", "16", "17", "18", "19", "20"})
# Nouns of a standing agreement (CAMEO 057 when one is made).
_AGREEMENTS = frozenset({"agreement", "treaty", "accord", "pact", "compact", "arrangement", "accords"})
# Nouns a venue names besides meetings (CAMEO 04) and agreements: "the Nairobi process", "the Normandy
# format"; not acts a capital may stand for as a doer ("the Beijing crackdown").
_VENUE_NOUNS = frozenset({"process", "format", "initiative", "conference", "declaration", "communique"})
# Titles whose "for" phrase names the office's domain, not a party ("Special Envoy for Yemen",
# "Special Representative for the DPRK", "Coordinator for Afghanistan").
_TITLES = frozenset(
    {
        "envoy",
        "representative",
        "coordinator",
        "rapporteur",
        "commissioner",
        "adviser",
        "advisor",
        "negotiator",
        "ombudsman",
        "counselor",
        "counsellor",
        "czar",
    }
)


def _path(tok: Token, stop: Token) -> list[Token]:
    """``tok`` and its heads up to (not including) ``stop`` or the first head that governs ``stop`` too
    (what lies above the trigger is none of its business)."""
    out: list[Token] = []
    cur = tok
    for _ in range(12):
        if cur == stop or cur.is_ancestor(stop):
            return out
        out.append(cur)
        if cur.head == cur:
            break
        cur = cur.head
    return out


def _victim_noun(noun: Token, lex: Lexicon) -> bool:
    patterns = lex.nouns.get(noun.lemma_.lower(), ())
    return noun.pos_ == "NOUN" and any(p.code[:2] in _VICTIM_ROOTS for p in patterns)


def adversary(tok: Token, trigger: Token, code: str, lex: Lexicon) -> bool:
    """Whether ``tok`` (a target head of the event of ``trigger``) is whom a cooperative act is
    against ("support of Ukraine *against* Russia", "defend their country *from* Russia's
    invasion", "in the face of Russia's aggression")."""
    if code[:2] not in _COOPERATIVE_ROOTS:
        return False
    for cur in _path(tok, trigger):
        if cur.dep_ != "pobj":
            continue
        prep = cur.head
        if prep.lower_ == "against":
            return True
        defender = prep.head.lemma_.lower() in lex.defence_words or prep.head.lower_ in lex.defence_words
        if prep.lower_ == "from" and defender:
            return True
        if prep.lower_ == "of" and prep.head.lower_ == "face" and prep.head.head.lower_ == "in":
            return True
    return False


def victim(tok: Token, trigger: Token, code: str, lex: Lexicon) -> Token | None:
    """The act of coercion or force whose victim ``tok`` is, when the comment of ``trigger`` is about
    that act: ``tok``'s path to the trigger passes the "on"/"against"/"of" object of such a noun
    ("condemn the attacks *on* Brazil's democracy", "the assault *against* protesters", "condemns the
    assassination *of* President Moïse", "applauds expulsions *of* Russian intelligence officers")."""
    if code[:2] not in _COMMENT_ROOTS:
        return None
    for cur in _path(tok, trigger):
        if cur.dep_ != "pobj" or cur.head.lower_ not in ("on", "against", "upon", "of"):
            continue
        if _victim_noun(cur.head.head, lex):
            return cur.head.head
    return None


def cause(tok: Token, trigger: Token, code: str) -> bool:
    """Whether ``tok`` is what an act of force or coercion is done for ("fought *for* American freedom",
    "protested for democracy in Hong Kong")."""
    if code[:2] not in _FORCE_ROOTS:
        return False
    return any(
        cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.lemma_.lower() not in _ANSWERED_FOR
        for cur in _path(tok, trigger)
    )


# Nouns whose "for" phrase names who must answer, not a cause: "promote accountability *for* the PRC's atrocities"
# (CAMEO 13 toward the PRC, the news gold's convention)
_ANSWERED_FOR = frozenset({"accountability"})


def standing_tie(noun: Token, args: Arguments, lex: Lexicon) -> bool:
    """Whether the nominal event of ``noun`` is a standing relation between two sides named only by
    "between", with no author and no light verb: "the alliance between the United States and Japan"; or
    an agreement in force that the sentence is about, not one made in it -- the subject of its clause or
    the object of a preposition ("This Agreement between the United States and Kazakhstan is also a step
    forward", "key terms of the Agreement between the United States and Ecuador", "the bilateral defense
    agreement between the United States and Iceland, in place since 1951, continues ..."), unlike
    "welcomed the agreement between A and B" or "an agreement between A and B was signed"."""
    authors = [s for s in args.sources if s.i != noun.i]  # (the parse may give the noun as its own side)
    if authors or not args.between or any(c.dep_ == "poss" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if lemma in lex.relation_nouns:
        return True
    return lemma in _AGREEMENTS and noun.dep_ in ("nsubj", "pobj")


def title_domain(tok: Token) -> bool:
    """Whether ``tok`` names the domain of a title: "Special Envoy *for Yemen* Hans Grundberg"
    (the parser hangs the name on "for", or "for" on the title); the person is no domain."""
    if tok.ent_type_ not in ("GPE", "NORP"):
        return False
    cur = tok
    for _ in range(3):  # "for [the] Republic of Yemen": up through compounds and "of"
        if cur.dep_ == "pobj" and cur.head.lower_ == "for":
            return cur.head.head.lemma_.lower() in _TITLES or cur.head.head.lower_ in _TITLES
        if cur.dep_ not in ("compound", "pobj", "prep") or cur.head == cur:
            return False
        cur = cur.head
    return False


def venue(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a city naming where an event noun it modifies happens ("the *Nairobi* and
    *Luanda* processes", "the *Geneva* talks", "the *Minsk* agreements"), unlike "the *Kyiv* government"
    (an agent noun) or "*Washington's* support" (a possessor)."""
    first = tok
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ not in ("compound", "nmod") or first.head.pos_ != "NOUN":
        return False
    head = first.head.lemma_.lower()
    consult = any(p.code[:2] == "04" for p in lex.nouns.get(head, ()))
    if head in lex.agent_nouns or not (consult or head in _VENUE_NOUNS or head in _AGREEMENTS):
        return False
    name = tok.doc[tok.left_edge.i : tok.i + 1].text.lower().removeprefix("the ")
    return name in cities()


def _venue_named(tok: Token, lex: Lexicon) -> bool:
    """``tok`` is a city as :func:`venue` says, or an event noun named only by such a city (the actor
    table may give "the Nairobi processes" the city's country)."""
    if venue(tok, lex):
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in ("compound", "nmod") and venue(c, lex) for c in tok.children)


def aside(tok: Token) -> bool:
    """Whether a nation named inside a thing commented on is no side of the comment: the domain of
    a title or the victim of an act ("welcomes the consultations by the Special Envoy *for Yemen*",
    "condemn the attacks on *Brazil's* democracy")."""
    return title_domain(tok) or victim(tok, tok.doc[tok.sent.root.i], "11", lexicon()) is not None


def _authored(act: Token) -> bool:
    """Whether an act noun names its doer: "Russia's attack", "the Russian attack", "the attack by Russia"."""
    for c in act.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            return True
        if c.dep_ in ("amod", "compound", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN"):
            return True
    return False


_RECOGNISING = frozenset({"recognize", "recognise"})


def recognised_thing(verb: Token, code: str) -> bool:
    """Whether a verb of recognition (CAMEO 054, formal recognition of a state or government) has a
    thing for its object: "recognize the unique role we have to play", "recognizing the strong ties
    between A and B" acknowledge something, unlike "recognized Kosovo", "recognize the Taliban"."""
    if code != "054" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _RECOGNISING:
        return False  # "established/upgraded diplomatic ties" is 054 by its object, the tie
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
    return not named and obj.lemma_.lower() not in lexicon().agent_nouns


def checked(args: Arguments, trigger: Token, code: str, lex: Lexicon) -> Arguments:
    """``args`` without the target heads that are no side of the event (see the module docstring)."""

    # the act a victim suffers stands for its unnamed doer, no target either ("condemns the assassination
    # of President Moïse" criticises whoever did it); its named doer ("Russia's attack on") stays a target
    acts = {
        a.i
        for t in (*args.targets, *args.more_targets)
        if (a := victim(t, trigger, code, lex)) is not None and not _authored(a)
    }

    def keep(tok: Token) -> bool:
        return not (
            tok.i in acts
            or adversary(tok, trigger, code, lex)
            or victim(tok, trigger, code, lex) is not None
            or cause(tok, trigger, code)
            or title_domain(tok)
            or _venue_named(tok, lex)
        )

    sources = tuple(t for t in args.sources if not _venue_named(t, lex))
    targets = tuple(t for t in args.targets if keep(t))
    more = tuple(t for t in args.more_targets if keep(t))
    if len(sources) == len(args.sources) and len(targets) == len(args.targets) and len(more) == len(args.more_targets):
        return args
    return Arguments(sources, targets, args.between, more)
