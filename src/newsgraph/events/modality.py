"""Modality of an event: asserted, negated, hypothetical, future or historical.

These are PLOVER 2.0's auxiliary modes (negation, hypothetical, future, historical): "said no
negotiations occurred" and "did not attack" are negated; "may undermine", "could", "if they
remove" hypothetical; "will protect", "plans to", "is expected to" future; an explicit year
well before the article's date ("in 1990 ... made a pact") historical.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import sentence_of
from newsgraph.events.arguments import named_doer
from newsgraph.events.lexicon import Lexicon
from newsgraph.records import Modality

_CLIMB = ("xcomp", "conj", "acomp", "aux")
# Prepositions whose gerund is part of the act of the verb they hang on ("partner on providing",
# "help by sending", "join in condemning"), unlike "after meeting" or "before leaving".
_MANNER_PREPS = ("on", "in", "by")
# Subordinators of time: English puts a clause they open in the present for a time ahead ("we look
# forward to engagement *when* the Vice President *travels* to Singapore"), so it has the mood of its head.
# ("as" and "while" are left out: "even as Putin's war *continues*" is now, not ahead)
_TIME_MARKS = ("when", "once", "after", "before", "until")
# Prepositions whose object is the time frame of the clause in front of which they stand ("*During*
# their trip to Paraguay, Nuland will meet ...", "*On* his visit to Japan, the President will ...").
_FRAME_PREPS = ("during", "on", "throughout")
# Modifiers that say an effort is already being made, or made by the discussants themselves ("joint").
_UNDER_WAY = ("continued", "continuing", "ongoing", "existing", "current", "sustained", "joint")


def governing_verb(token: Token) -> Token:
    """The verb whose clause ``token`` is in (``token`` itself for verbs)."""
    cur = token
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ == "ROOT" or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _negated_here(tok: Token, lex: Lexicon) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "det", "preconj") and child.lower_ in lex.negators):
            return True
    return False


def modality(trigger: Token, lex: Lexicon, *, historical: bool = False) -> Modality:
    """The modality of the event triggered by ``trigger`` (verb or noun)."""
    negated = _negated_here(trigger, lex) or _called_off(trigger, lex)
    verb = governing_verb(trigger) if trigger.pos_ not in ("VERB", "AUX") else trigger
    aim = _aim(trigger, lex) if trigger != verb else None
    hypothetical, future = aim == "hypothetical", aim == "future"
    cur = verb
    for _ in range(6):
        if cur != trigger and _negated_here(cur, lex):
            negated = True
        aim = _aim(cur, lex)
        hypothetical, future = hypothetical or aim == "hypothetical", future or aim == "future"
        for child in cur.children:
            low = child.lower_
            if child.dep_ in ("aux", "auxpass"):
                if low in lex.future_aux or child.lemma_ in lex.future_aux:
                    future = True
                elif low in lex.hypothetical_aux:
                    if low == "would" and _under_speech(cur, lex):
                        future = True
                    elif not (low in ("would", "'d") and _first_person_polite(cur, lex) and _performs(cur, lex)):
                        hypothetical = True
            elif child.dep_ == "mark" and low in lex.conditional_marks:
                hypothetical = True
        if cur.dep_ == "ROOT" and cur.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            future = True  # a headline's "Iran to hold talks with the US"
        if cur.dep_ == "advcl" and cur.tag_ == "VB" and any(c.lower_ == "to" for c in cur.children):
            if cur.head.lemma_.lower() in lex.future_verbs and cur.head.pos_ == "VERB":
                future = True  # "will look to expand", "seeks to join" parsed as a purpose: a plan
            else:
                hypothetical = hypothetical or not _acting(
                    cur.head, lex
                )  # a purpose ("met ... to sign an agreement") is not yet an act
        # "will continue to partner on *providing* aid", "will help by *sending*": the gerund
        # happens when the verb it completes does
        gerund = cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ in _MANNER_PREPS
        if gerund and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head
            continue
        role = cur.head.head if gerund else None
        if role is not None and role.dep_ == "attr" and role.head.pos_ in ("VERB", "AUX"):
            cur = role.head  # "will continue to be a partner in *supporting* Israel": the copula's mood
            continue
        if _time_clause(cur):
            cur = cur.head  # "when Harris *travels* to Singapore" under "will" or "look forward to"
            if cur.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in cur.children):
                future = True
            continue
        if cur.dep_ not in _CLIMB or cur.head == cur:
            break
        head = cur.head
        if cur.dep_ == "xcomp" or cur.dep_ == "acomp":
            lemma = head.lemma_.lower()
            performed = cur.lemma_.lower() in lex.performative_acts
            if (
                performed
                and lemma in lex.performative_verbs
                and (_first_person_present(head) or _first_person_polite(head, lex))
            ):
                pass  # "I wish to congratulate the people of Venezuela": the act is done by saying so
            elif lemma in lex.future_verbs:
                future = True
            elif lemma in lex.hypothetical_verbs or lemma in lex.hypothetical_adjectives:
                hypothetical = hypothetical or not (lemma == "able" and _realised(head))
            elif lemma in lex.negating_verbs:
                negated = True
            elif lemma == "be" and cur.dep_ == "xcomp" and _honoured(head, cur, lex):
                pass  # "it is my pleasure to congratulate": done by saying so
            elif lemma == "be" and cur.dep_ == "xcomp":  # "is to visit"
                future = True
        cur = head
    conditional = _conditional(trigger, lex) or _asked(trigger)
    hypothetical = hypothetical or conditional
    if negated:
        return "negated"
    if _scheduled(trigger, lex) and not conditional:
        # "to deepen cooperation during Zelenskyy's *planned* visit": the plan is the noun's own,
        # whatever aim or purpose the clause around it states (PLOVER future mode)
        return "future"
    if hypothetical:
        return "hypothetical"
    if future:
        return "future"
    if historical:
        return "historical"
    return "asserted"


# Emotive adjectives whose complement is a fact: "we are *pleased* to be able to share vaccines".
_FACTIVE_ADJECTIVES = frozenset(
    {"pleased", "proud", "happy", "glad", "delighted", "grateful", "honored", "honoured", "thrilled"}
)


def _realised(able: Token) -> bool:
    """ "was able to bring him home", "pleased to be able to share": an ability the sentence reports as used
    (a past copula, or a copula under a factive emotive adjective), not a mere capacity ("is able to strike")."""
    copula = able.head if able.dep_ == "acomp" else None
    if copula is None or copula.lemma_.lower() != "be":
        return False
    if copula.tag_ == "VBD":
        return True
    return copula.dep_ == "xcomp" and copula.head.lower_ in _FACTIVE_ADJECTIVES


def _scheduled(tok: Token, lex: Lexicon) -> bool:
    """A nominal event its own modifier announces: "the *upcoming* trip", "the *planned* visit", "the
    summit *that will take place* tomorrow", "the talks *that are going to begin*": a relative clause ahead)."""
    if tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in lex.future_adjectives:
            return True
        if c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in lex.future_aux for a in c.children):
            return True
        if c.dep_ == "relcl" and c.lemma_.lower() in lex.future_verbs and any(x.dep_ == "xcomp" for x in c.children):
            return True  # "the talks that are going to begin next week", "that are planned to take place"
    return False


def _called_off(noun: Token, lex: Lexicon) -> bool:
    """A nominal event a negating verb has as its object or passive subject: "the Secretary's *travel* to
    Thailand was postponed", "cancelled the meeting", "declined the invitation" (it did not take place)."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "nsubjpass")
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in lex.negating_verbs
    )


def _time_clause(verb: Token) -> bool:
    """``verb`` heads a present-tense clause of time ("when she *travels*") on a head clause whose
    mood it shares; a past or perfect clause ("after they met", "once they have signed") keeps its own."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP") or verb.head == verb:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children)


def framed(noun: Token) -> bool:
    """``noun`` is the fronted time frame of its clause ("*During* their trip to Paraguay, the delegation
    will meet ...", "*On* her trip to Guatemala, the Vice President announced"): it happens when the
    clause does, so it takes the clause's mood rather than being presupposed by its possessor."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS:
        return False
    return prep.head.pos_ in ("VERB", "AUX") and prep.i < prep.head.i


def _honoured(copula: Token, act: Token, lex: Lexicon) -> bool:
    """ "It is my pleasure (an honor) to congratulate": a first-person speech act."""
    return act.lemma_.lower() in lex.performative_acts and any(
        c.dep_ == "attr"
        and c.lemma_.lower() in lex.performative_nouns
        and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)
        for c in copula.children
    )


def _performs(verb: Token, lex: Lexicon) -> bool:
    """The infinitive under ``verb`` is a speech act done by saying so ("would like to *thank*")."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.performative_acts for c in verb.children)


def _first_person_polite(verb: Token, lex: Lexicon) -> bool:
    """ "I would like to congratulate": a performative verb under a first-person "would"."""
    if verb.lemma_.lower() not in lex.performative_verbs:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def _first_person_present(verb: Token) -> bool:
    """ "I wish", "we wish": a first-person subject of a present-tense verb with no auxiliary."""
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)


def presupposed(noun: Token, lex: Lexicon) -> Modality | None:
    """ "asserted" when the nominal event ``noun`` has a named author ("Russia's invasion",
    "U.S. military assistance") and no condition ("if"), aim or negation of its own governs it:
    its existence is taken for granted by the clause it sits in; else None."""
    authored = any(
        c.dep_ == "poss"
        or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP"))
        or (c.dep_ == "prep" and c.lower_ == "from" and any(p.ent_type_ in ("GPE", "NORP") for p in c.children))
        or (c.dep_ == "prep" and c.lower_ == "by" and any(named_doer(p) for p in c.children if p.dep_ == "pobj"))
        # "sanctions imposed by the United States": a participle's agent
        or (
            c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in lex.light_verbs
            and any(a.dep_ == "agent" and any(p.ent_type_ in ("GPE", "NORP") for p in a.children) for a in c.children)
        )
        for c in noun.children
    )
    if (
        not authored
        or _negated_here(noun, lex)
        or _aim(noun, lex) is not None
        or framed(noun)
        or _called_off(noun, lex)
        or _scheduled(noun, lex)
        or _asked(noun)  # "What is the White House view of Speaker McCarthy's visit to Israel?"
    ):
        return None
    cur = noun
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in cur.children):
            return None
        if _factive_clause(cur):
            break  # "if China were to provide support to Russia *as it prosecutes its war*": the war is no condition
        if cur.head == cur:
            break
        cur = cur.head
    return "asserted"


# subordinators of an adverbial clause that states a fact ("as it prosecutes its war", "while Russia continues its
# attacks", "because of"): a condition above such a clause does not reach what it takes for granted
_FACTIVE_MARKS = frozenset(("as", "while", "because", "since", "although", "though", "whereas"))


def _factive_clause(tok: Token) -> bool:
    """``tok`` heads an adverbial clause opened by a factive subordinator ("as long as" is a condition)."""
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _FACTIVE_MARKS and not (c.i > 0 and c.doc[c.i - 1].lower_ == "long")
        for c in tok.children
    )


def _conditional(tok: Token, lex: Lexicon) -> bool:
    """A clause above ``tok`` is a condition: "if Israel continues its strategy *of targeting*"."""
    cur = tok
    for _ in range(10):
        if cur.head == cur:
            return False
        cur = cur.head
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in cur.children):
            return True
    return False


def _asked(tok: Token) -> bool:
    """``tok`` is in a question ("Did Russia attack ...?"): CAMEO codes no event from it."""
    sent = sentence_of(tok) if tok.doc.has_annotation("SENT_START") else tok.doc[:]
    last = next((t for t in reversed(sent) if not t.is_space and t.text not in ('"', "”", "’", ")")), None)
    return last is not None and last.text == "?"


def _acting(verb: Token, lex: Lexicon) -> bool:
    """ "has taken steps to impose", "took action to expel", "rallied to support": the purpose is
    being carried out."""
    if verb.lemma_.lower() in lex.acting_verbs:
        return True
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.acting_nouns for c in verb.children
    )


def _aim(tok: Token, lex: Lexicon) -> str | None:
    """ "hypothetical" when ``tok`` is the complement of an aim ("the goal *of ousting* Assad",
    "the idea of talks"), "future" when of a plan ("plans *to expand*", "looks forward *to
    partnering*"), else None."""
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in lex.future_adjectives for c in tok.children):
        return "future"  # "Secretary Blinken's upcoming trip to Panama"
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep":
        holder = tok.head.head
    elif tok.dep_ == "acl":
        holder = tok.head
    elif tok.dep_ == "relcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        holder = tok.head  # "measures *to provide* assistance" as the parser sometimes reads an infinitive
    else:
        return None
    lemma = holder.lemma_.lower()
    if lemma in lex.hypothetical_nouns and holder.pos_ == "NOUN":
        return "hypothetical"
    if lemma in lex.future_nouns or (lemma == "look" and any(c.lower_ == "forward" for c in holder.children)):
        return "future"
    infinitive = (
        tok.dep_ in ("acl", "relcl")
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )
    if infinitive and _topic(holder, lex):
        return "hypothetical"  # "discussed efforts *to urge* Russia": the act is what the talk was about
    if infinitive and holder.pos_ == "NOUN" and lemma not in lex.frame_nouns and lemma not in lex.acting_nouns:
        return "hypothetical"  # "an amendment to allow China to extradite": what the thing would do
    return None


def _topic(noun: Token, lex: Lexicon) -> bool:
    """``noun``, with no named author, is the object of a verb whose object is a topic ("discussed *efforts*",
    "reviewed *measures*"; CAMEO codes the consultation, not the acts talked about)."""
    if noun.pos_ != "NOUN" or any(
        c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP"))
        for c in noun.children
    ):
        return False  # "discussed *U.S. and ROK* efforts to provide assistance": named authors' efforts under way
    if any(c.dep_ == "amod" and c.lower_ in _UNDER_WAY for c in noun.children):
        return False  # "discussed *continued* international efforts to support Ukraine": efforts under way
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "discussed sanctions and *measures* to ...": the first conjunct's place
    if first.dep_ != "dobj":
        return False
    head = first.head
    return head.pos_ == "VERB" and head.lemma_.lower() in lex.hypothetical_verbs


def _under_speech(verb: Token, lex: Lexicon) -> bool:
    """True when ``verb`` heads the reported clause of a verb of saying ("said it would allow")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lex.speech_verbs:
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return False
        cur = cur.head
    return False


def predicted(trigger: Token, lex: Lexicon) -> bool:
    """The future comes from someone else's forecast ("is expected to", "is scheduled to"),
    not from the actor's own announcement: CAMEO then codes no intent or threat."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ != "xcomp" or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lex.predictive_verbs:
            return True
    return False
