"""Source and target of an event from the dependency parse.

Subjects and objects, passives ("was sanctioned by X": X is the source), prepositional targets
("directed at X, Y and Z"), symmetric sides ("talks between A and B"), subjects inherited through
control and coordination ("threatened to attack", "met and agreed"), relative clauses ("the
army, which attacked ...") and compound actors ("Hungarian and Romanian officials": one event
per member; the lists themselves in :mod:`newsgraph.events.members`). Tokens are turned into
actors with :meth:`ActorIndex.resolve_phrase`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index, sentence_of
from newsgraph.events.lexicon import Lexicon
from newsgraph.events.members import members, national_members
from newsgraph.events.members import pobjs as _pobjs
from newsgraph.places import cities, demonyms, place_country
from newsgraph.records import Actor

_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SUBJECTS = ("nsubj", "csubj")
_ANAPHORS = frozenset({"it", "they", "he", "she", "we"})


@dataclass(frozen=True, slots=True)
class Arguments:
    """Argument head tokens of one event, before they are resolved to actors."""

    sources: tuple[Token, ...] = ()
    targets: tuple[Token, ...] = ()
    between: tuple[Token, ...] = ()  # both sides of a symmetric event with no source
    # more targets the parser hung on the verb as conjuncts ("met with A of Italy, and *B* of France")
    more_targets: tuple[Token, ...] = ()

    def heads(self) -> tuple[Token, ...]:
        return self.sources + self.targets + self.between + self.more_targets


# Verbs linking a subject to a predicated state ("is committed to", "remains opposed to").
_LINKING_VERBS = frozenset({"be", "remain", "stay"})
# Prepositions opening a gerund of time or manner whose doer is the clause's subject ("after meeting X, A said")
_TIME_PREPS = frozenset({"after", "before", "since", "upon", "following", "while", "without", "when", "until"})


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_of(
    verb: Token,
    control: frozenset[str] = frozenset(),
    convicted: frozenset[str] = frozenset(),
    agents: frozenset[str] = frozenset(),
) -> tuple[Token | None, bool]:
    """The logical subject of ``verb`` and whether it came from a passive ``by`` phrase;
    ``control`` lists the verbs whose object is the subject of their infinitive, ``convicted``
    the words after which "of" + gerund is the convicted person's act ("found guilty of raping")."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "of":
        word = verb.head.head
        # "were found guilty on Thursday of raping": "of" may hang on the verb of the verdict
        verdict = any(c.dep_ in ("oprd", "acomp", "ccomp") and c.lemma_.lower() in convicted for c in word.children)
        if word.lemma_.lower() in convicted or verdict:
            found = [c for c in word.children if c.dep_ == "nsubj"]  # "found the journalist guilty"
            gov = governing(word)
            found += [c for c in (*word.children, *gov.children) if c.dep_ == "nsubjpass"]
            if found:
                return found[0], False
    cur = verb
    for _ in range(4):
        if is_passive(cur):
            for c in cur.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p, True
            # "was condemned in a joint statement by Egypt": the agent of the nominal
            for c in cur.children:
                for p in (p for p in c.children if c.dep_ == "prep" and p.dep_ == "pobj"):
                    for by in p.children:
                        if by.lower_ == "by" and by.dep_ in ("prep", "agent"):
                            return next((x for x in by.children if x.dep_ == "pobj"), None), True
            # "are still being held hostage by Hamas": the agent hung on the verb's complement
            for c in cur.children:
                if c.dep_ in ("oprd", "xcomp", "acomp", "advmod"):
                    for by in c.children:
                        if by.lower_ == "by" and by.dep_ in ("prep", "agent"):
                            found = [x for x in by.children if x.dep_ == "pobj" and named_doer(x)]
                            if found:
                                return found[0], True
            return None, True
        # the subject, also when the parser hung it on the auxiliary ("Blinken will co-host")
        kids = [*cur.children, *(s for a in cur.children if a.dep_ == "aux" for s in a.children)]
        for c in kids:
            if c.dep_ in _SUBJECTS:
                if c.lower_ in _RELATIVE and cur.dep_ == "relcl":
                    return cur.head, False
                if c.lower_ in _ANAPHORS:
                    # "Maduro enacted a law ... and he accused": the subject before the pronoun
                    speaker = _reporting_subject(cur)
                    if speaker is None and cur.dep_ == "conj":
                        speaker = next((x for x in cur.head.children if x.dep_ == "nsubj"), None)
                    if speaker is not None and speaker.lower_ not in _ANAPHORS:
                        return speaker, False
                named = next((a for a in c.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")), None)
                if c.pos_ == "PRON" and named is not None:
                    return named, False  # "We, the leaders of Japan and India, condemn": the apposition names who
                return c, False
        titled = _titled_under(cur)
        if titled is not None:
            return titled, False
        if cur.dep_ == "relcl":
            return cur.head, False
        if cur.dep_ == "acomp" and cur.head.lemma_.lower() in _LINKING_VERBS:
            cur = cur.head  # "the United States remains (firmly) committed to": the copula's subject
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VB":
            owner = _owner(cur.head)
            if owner is not None:
                return owner, False
        climbs = cur.dep_ == "pcomp" or (cur.dep_ == "acl" and cur.tag_ == "VB")
        if climbs and cur.tag_ in ("VB", "VBG") and cur.head.pos_ in ("ADP", "ADJ", "NOUN"):
            # "was forceful in blaming Iran": the clause's subject; "supports the Philippines in
            # calling on the PRC": the object; "*after meeting* Macron, Blinken condemned Russia": a
            # gerund of time (or "without") is the subject's act, whatever the clause's object
            gov = governing(cur.head)
            if (
                cur.dep_ == "pcomp" and cur.head.lower_ != "by" and cur.head.lower_ not in _TIME_PREPS
            ):  # "hold Russia to account *by imposing*": the subject's means
                obj = next((c for c in gov.children if c.dep_ == "dobj"), None)
                thanked = _thanked(obj) if obj is not None and cur.head.lower_ == "for" else []
                if thanked:
                    return thanked[0], False  # "reiterated appreciation *to Canada* for hosting": Canada hosts
                if obj is not None:
                    return obj, False
            cur = gov
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and _issued(cur.head):
            # "A and B issued a joint statement *condemning* X": a document condemns what its issuers do
            issuer, _ = subject_of(cur.head.head, control)
            if issuer is not None:
                return issuer, False
        if cur.dep_ == "acl" and cur.tag_ == "VBG":  # "troops firing on protesters"
            return cur.head, False
        if cur.dep_ == "xcomp" and is_passive(cur.head):
            # raising: "Turkey is expected to expel ..." -> Turkey expels
            subj = next((c for c in cur.head.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj, False
        if cur.dep_ == "xcomp":
            # object control: "urged Iran to attend" -> Iran attends; "used tactics to threaten"
            # -> the user threatens
            if cur.head.lemma_.lower() in control:
                for c in cur.head.children:
                    if c.dep_ == "dobj":
                        return c, False
            cur = cur.head
            continue
        if agents and cur.dep_ == "conj" and cur.head.dep_ == "relcl" and _inanimate(cur.head.head, agents):
            # "condemned the attacks that violated Iraq's sovereignty and *expressed* solidarity":
            # a thing cannot express; the conjunct belongs to the clause the thing is in
            cur = governing(cur.head.head)
            continue
        if cur.dep_ in ("conj", "advcl") and cur.head.pos_ in ("VERB", "AUX"):
            cur = cur.head
            continue
        return None, False
    return None, False


# Nouns of thanks whose "to" phrase names who is thanked ("expressed appreciation to Canada for hosting")
_THANKS = frozenset({"appreciation", "gratitude", "thanks"})


def _thanked(noun: Token) -> list[Token]:
    """Who a noun of thanks that is a verb's object is to, when the parser hung the "to" phrase on
    the verb ("reiterated U.S. appreciation *to Canada* for hosting")."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in _THANKS:
        return []
    return [
        p
        for c in noun.head.children
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _titled_under(verb: Token) -> Token | None:
    """The person a sentence-initial "Under Secretary ... X" title names when the parser read
    "Under" as a preposition of the verb ("Under Secretary of State for Civilian Security,
    Democracy, and Human Rights Uzra Zeya will travel to India"): the last person named in the
    phrase, if it runs right up to the verb (no comma: "Under the plan, ..." is no title)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.i != prep.sent.start:
            continue
        if prep.i + 1 >= len(prep.doc) or prep.doc[prep.i + 1].lower_ != "secretary":
            return None
        end = prep.right_edge
        between = prep.doc[end.i + 1 : verb.i]
        if any(t.dep_ not in ("aux", "neg", "advmod") or t.is_punct for t in between):
            return None
        people = [t for t in prep.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        if people and people[-1].i == end.i:
            return people[-1]
    return None


def named_doer(tok: Token) -> bool:
    """A "by" phrase's object that names who did it: a country, people, named body or person
    ("by Iran", "by the PRC", "by Hamas") or a body owned by a named country ("by *Iran's*
    Islamic Revolutionary Guard Corps")."""
    if tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"):
        return True
    return any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in tok.children)


# Documents a side issues, whose participle clause says what the side does ("a statement condemning X")
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "letter", "message", "resolution"})


# Verbs of issuing a document: its issuer is their subject (not "supported a resolution condemning X")
_ISSUING = frozenset({"issue", "release", "send", "adopt", "publish", "sign", "deliver", "pass", "write", "post"})


def _issued(noun: Token) -> bool:
    """ "issued (released, signed) a statement condemning": a document that is the object of its issuer's verb."""
    return noun.lemma_.lower() in _DOCUMENTS and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING


def _inanimate(noun: Token, agents: frozenset[str]) -> bool:
    """A common noun that names no person or group ("attacks", "law"): no doer of speech acts."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and noun.lemma_.lower() not in agents
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "a group of X"
    )


def _owner(noun: Token) -> Token | None:
    """Who an infinitive on a possessed noun is done by: "*Brazil*'s intent to partner",
    "Ukraine's ability to defend itself"; for "its"/"their", the subject of the clause the noun
    is in ("A and B discussed their efforts to support X")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ in ("my", "your", "our"):
        return None
    if poss.pos_ != "PRON":
        return poss
    if poss.lower_ not in ("its", "their"):
        return None
    gov = governing(noun)
    return next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"), None)


def _reporting_subject(verb: Token) -> Token | None:
    """ "Switzerland said it had expelled ...": the subject of the verb of saying whose
    complement ``verb`` heads (a cheap stand-in for coreference of "it"/"they")."""
    cur = verb
    for _ in range(3):
        if cur.dep_ == "ccomp":
            for c in cur.head.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    return c
            return None
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur:
            return None
        cur = cur.head
    return None


def governing(tok: Token) -> Token:
    """The verb whose clause ``tok`` is in; a participle used as a preposition ("*including* their
    commitment", "*following* talks") is no clause of its own."""
    cur = tok
    for _ in range(6):
        if (cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _backing(prep: Token, pobj: Token, lex: Lexicon) -> bool:
    """ "*with the support of* the United States, Russia failed ...": who backs the subject is no
    target of its act."""
    return (
        prep.lower_ == "with"
        and pobj.lemma_.lower() in lex.manner_nouns
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)
    )


def prep_targets(tok: Token, lex: Lexicon, *, allow_of: bool) -> tuple[list[Token], list[Token]]:
    """(targets, between-sides) from the prepositional complements of ``tok``."""
    targets: list[Token] = []
    between: list[Token] = []
    for c in tok.children:
        if c.dep_ not in ("prep", "dative"):
            continue
        low = c.lower_
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            targets.append(c)
        elif low in lex.between_preps:
            between.extend(_pobjs(c))
        elif low in lex.target_preps and (allow_of or low != "of"):
            # "on the sidelines of the Conference" is where, not whom
            targets.extend(p for p in _pobjs(c) if p.lemma_.lower() not in lex.venue_nouns and not _backing(c, p, lex))
            # "support for efforts by Somalia", "praised Turkey's efforts": the effort's author
            for p in _pobjs(c):
                if p.lemma_.lower() in lex.frame_nouns:
                    targets.extend(x for x in p.children if x.dep_ == "poss")
                    targets.extend(x for b in p.children if b.dep_ == "prep" and b.lower_ == "by" for x in _pobjs(b))
            # "directed at X" / "aimed at X": the preposition's object may hang on a participle
            for sub in c.children:
                if sub.dep_ == "pcomp":
                    targets.extend(t for s in sub.children if s.dep_ == "prep" for t in _pobjs(s))
    return targets, between


def with_authors(targets: list[Token], lex: Lexicon) -> list[Token]:
    """Each target followed by who it is by, for targets that are things, not actors:
    "condemns *Iran's* continued efforts", "attacked the proclamation ... *by* the President of
    the United States", "the atrocities committed *by* Russia's armed forces"; and by whose
    they are, for people and bodies: "the government of *the Russian Federation*"."""
    out: list[Token] = []
    for t in targets:
        if t.pos_ == "PRON" or (t.pos_ == "NOUN" and t.lemma_.lower() in lex.agent_nouns):
            # "all those whom the PRC has detained, *including* Canadian citizens": who they are, first
            out.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "including" for p in _pobjs(c))
        out.append(t)
        if t.pos_ == "PROPN":  # "met with Xi Jinping *of China*": the person's country, after the person
            out.extend(
                p
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in _pobjs(c)
                if p.ent_type_ == "GPE"
            )
        if t.pos_ != "NOUN":
            continue
        if t.lemma_.lower() in lex.agent_nouns:
            out.extend(p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c))
            continue
        things = [t, *(c for c in t.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
        for thing in things:
            if thing.lemma_.lower() in lex.relation_nouns:  # "our partnership with Mexico": the partner
                out.extend(p for c in thing.children if c.dep_ == "prep" and c.lower_ == "with" for p in _pobjs(c))
            out.extend(c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON")
            for c in thing.children:
                if c.dep_ == "prep" and c.lower_ == "by":
                    out.extend(_pobjs(c))
                elif c.dep_ == "acl" and c.tag_ == "VBN":
                    out.extend(p for a in c.children if a.dep_ == "agent" for p in _pobjs(a))
                elif c.dep_ == "amod" and c.tag_ in ("VBN", "VBD"):  # "Iran’s continued efforts" parsed as a clause
                    out.extend(s for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN")
        # "the abuses of the Assad regime": last, as "of" also names what the thing is about
        ofs = [p for th in things for c in th.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
        out.extend(ofs)
        # "concern about the effects *of Russia's war*": the owner of the thing the thing is of
        out.extend(x for p in ofs if p.pos_ == "NOUN" for x in p.children if x.dep_ == "poss" and x.pos_ != "PRON")
    return out


def _aimed_at(thing: Token, lex: Lexicon) -> list[Token]:
    """What a participle points ``thing`` at: "launched missiles *targeting* US troops"."""
    out: list[Token] = []
    for acl in thing.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in lex.aiming_verbs:
            out.extend(x for x in acl.children if x.dep_ == "dobj")
            out.extend(prep_targets(acl, lex, allow_of=False)[0])
    return out


def verb_arguments(verb: Token, consumed: Token | None, lex: Lexicon, *, prep: str | None = None) -> Arguments:
    """Arguments of a verb trigger; ``consumed`` is the object the pattern named (not a target),
    ``prep`` the preposition the pattern named, whose object is a target ("invest in X")."""
    subj, by_agent = subject_of(verb, lex.object_control, lex.conviction_words, lex.agent_nouns)
    subj = _effort_subject(verb, lex) or subj
    if (
        subj is not None
        and not by_agent
        and subj.pos_ == "NOUN"
        and (subj.lemma_.lower() in lex.nouns or _owner_on_modifier(subj))
    ):
        # "the attack by Hamas that killed four Israelis", "the Russian strike killed": an event does
        # nothing; the act is its author's
        subj = next(iter(authors(subj)), subj)
    sources = [subj] if subj is not None else []
    if subj is not None and subj.dep_ == "nsubj" and subj.head == verb and subj.ent_type_:
        # "Brazil, the United States stand together": names listed with a comma only, each parsed as a subject
        sources += [c for c in verb.children if c.dep_ == "nsubj" and c != subj and c.ent_type_ == subj.ent_type_]
    between: list[Token] = []
    passive = is_passive(verb)
    reduced = _reduced_passive_agent(verb, consumed)
    if reduced is not None and subj is not None and not passive:
        # "until the Americans held hostage by Hamas are home": a reduced passive the parser read as
        # an active clause; the "by" phrase acts on the subject
        sources = [reduced]
        passive = True
        targets_first = [subj]
    else:
        targets_first = []
    targets: list[Token] = targets_first
    given = _given_thing(verb, lex) if passive and subj is None else None
    if given is not None:
        # "the first U.S. tanks will be delivered to Ukraine", "U.S. sanctions were imposed on Russia":
        # a thing handed over or imposed with no agent is its owner's act, and no target
        sources = _owners(given)[:1]
    # (between is filled from the verb's and its object's prepositions below)
    for c in verb.children:
        if c.dep_ == "nsubjpass" and passive and c == given:
            continue
        if c.dep_ == "nsubjpass" and passive:
            if c.lower_ in _RELATIVE and verb.dep_ == "relcl":
                targets.append(verb.head)
            else:
                targets.append(c)
        elif c.dep_ == "dobj" and verb.lemma_.lower() in lex.topic_verbs:
            continue  # "discussed Ukraine": a topic, not a counterpart
        elif c.dep_ == "dobj" and c.lower_ in _RELATIVE and verb.dep_ == "relcl" and c != consumed:
            # "those whom the PRC has detained": the relative's antecedent, when it is someone (not "the
            # Memorandum that A and B signed")
            if verb.head.pos_ == "PRON" or _someone(verb.head, lex):
                targets.append(verb.head)
        elif (
            c.dep_ == "dobj"
            and consumed is not None
            and consumed.dep_ == "pobj"
            and consumed.head.head == c
            and consumed.lemma_.lower() in lex.relation_nouns
        ):
            continue  # "reaffirmed the strength *of* the partnership with X": the relation is behind it
        elif c.dep_ in ("dobj", "dative") and c != consumed:
            targets.append(c)
            if c.dep_ == "dobj":  # "demanded an explanation from Russia", "mediated a deal between A and B"
                more, sides = prep_targets(c, lex, allow_of=False)
                targets.extend(more)
                between.extend(sides)
                targets.extend(_aimed_at(c, lex))
    if passive and verb.dep_ == "acl" and not targets:  # "protesters arrested by police"
        targets.append(verb.head)
    if passive and not targets and verb.dep_ == "conj":  # "Turkey is ... and was condemned by X"
        targets.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if prep is not None and prep not in lex.target_preps and prep not in lex.between_preps:
        targets += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for p in _pobjs(c)]
    more, sides = prep_targets(verb, lex, allow_of=False)
    targets += more
    between += sides
    if consumed is not None:
        more, between2 = prep_targets(consumed, lex, allow_of=True)
        targets += more
        between += between2
        targets += _aimed_at(consumed, lex)
        for c in consumed.children:  # "rejected a U.S. request": the modifier is the other side
            if c.dep_ == "poss":
                targets.append(c)
        targets += complement_targets(consumed)
        if (
            consumed.dep_ == "dobj"
            and (consumed.lemma_.lower() in _PEOPLE_DONE_TO or consumed.ent_type_ == "NORP")
            and not any(c.dep_ == "poss" for c in consumed.children)  # "withdrew its troops": its own people
        ):
            # people the act is done to or for are its other side: "hosted Syrian refugees", "hosting 35,000 Afghans"
            # (CAMEO 075), "holds American hostages" (181)
            targets.append(consumed)
    if not targets and not passive and not any(c.dep_ == "dobj" for c in verb.children):
        # "continued to threaten and attack United States forces": the first of two conjoined verbs
        # shares the object of the second
        targets += [o for c in _object_sharers(verb) for o in c.children if o.dep_ == "dobj"]
    if not targets:
        # "demanded that the US cancel ...": the subject of the demanded act is the target
        for c in verb.children:
            if c.dep_ in ("ccomp", "xcomp"):
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        targets.append(s)
    _ = by_agent
    more_targets: list[Token] = []
    if targets and not passive:
        # "met with President Mattarella of Italy, and President Macron of France": a name
        # conjoined to the verb itself is one more counterpart, not a second clause
        more_targets = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.pos_ == "PROPN"
            and not any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children)
        ]
        # "... Foreign Minister Payne, Japanese Minister Hayashi Yoshimasa, ...": a name of the
        # list the parser cut off and hung on the verb as a bare noun phrase
        more_targets += [
            c
            for c in verb.children
            if c.dep_ == "npadvmod"
            and c.ent_type_ == "PERSON"
            and c.left_edge.i == targets[0].right_edge.i + 1
            and any(t.text == "," for t in targets[0].subtree)
        ]
    # "On behalf of X, I wish to congratulate ...": the phrase may hang on the verb governing the act
    framing = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    behalf = [
        c
        for v in framing
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for c in _pobjs(p)
        if c.lower_ == "behalf"
    ]
    if behalf:  # "On behalf of the Government of the United States, I offer ...": the principal acts
        targets = [t for t in targets if t not in behalf]
        principal = _principals(behalf[0])
        if principal and (not sources or sources[0].pos_ == "PRON"):
            sources = principal[:1]
    return Arguments(tuple(sources), tuple(with_authors(targets, lex)), tuple(between), tuple(more_targets))


def _owner_on_modifier(noun: Token) -> bool:
    """Whether the possessive of ``noun`` hangs on its compound modifier ("the Democratic People's
    Republic of Korea's *(DPRK)* missile launches": a parenthesised acronym between the possessor
    and the noun makes the parser attach the possessor to "missile"): the thing is still its owner's."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(
        c.dep_ == "compound" and any(g.dep_ == "poss" and g.pos_ != "PRON" for g in c.children) for c in noun.children
    )


def _reduced_passive_agent(verb: Token, consumed: Token | None) -> Token | None:
    """The doer of a past participle the parser took for an active verb with a subject: "the
    Americans *held hostage by Hamas*", "Israelis taken captive by Hamas" -- a participle with no
    object of its own but the pattern's ("hostage") and a "by" phrase naming who did it."""
    if verb.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    if verb.tag_ == "VBD" and consumed is None:
        return None
    if any(c.dep_ in ("dobj", "dative") and c != consumed for c in verb.children):
        return None
    if any(c.dep_ == "aux" for c in verb.children):
        return None  # "has held X hostage by force": a perfect, active
    holders = [verb] + ([consumed] if consumed is not None else [])
    for h in holders:
        for by in h.children:
            if by.dep_ == "prep" and by.lower_ == "by":
                doer = next((x for x in by.children if x.dep_ == "pobj" and named_doer(x)), None)
                if doer is not None:
                    return doer
    return None


def _principals(behalf: Token) -> list[Token]:
    """Whose behalf: the "of" objects of "behalf", then those of the words conjoined to it or to
    them, a country first: "on behalf of the Government and people *of the United States*" (the
    parser may hang "and people" on "behalf")."""
    heads = [behalf, *(c for c in behalf.children if c.dep_ == "conj")]
    found = [x for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for x in _pobjs(c)]
    for x in list(found):
        for m in members(x)[1:]:
            found += [y for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for y in _pobjs(c)]
    return sorted(found, key=lambda x: x.ent_type_ != "GPE")  # stable: a country first, else as written


def _given_thing(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of a passive that is a thing handed over or imposed ("tanks were delivered *to*
    Ukraine", "sanctions were imposed *on* Russia"), not someone it was done to: a common noun
    naming no person or group, with a recipient in a prepositional phrase."""
    thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if thing is None or thing.pos_ != "NOUN" or _someone(thing, lex):
        return None
    if any(c.dep_ == "agent" for c in verb.children) or not prep_targets(verb, lex, allow_of=False)[0]:
        return None
    return thing


def _owners(thing: Token) -> list[Token]:
    """Whose a thing is: its possessive or national modifier ("*Russia's* forces", "*U.S.* tanks")."""
    return [
        m
        for m in thing.children
        if (m.dep_ == "poss" and m.pos_ != "PRON")
        or (m.dep_ in ("compound", "amod", "nmod") and m.ent_type_ in ("GPE", "NORP") and not _named_after_city(m))
    ]


def _object_sharers(verb: Token) -> list[Token]:
    """The verb conjoined right after ``verb`` by "and"/"or" with nothing but adverbs between and
    no subject of its own ("threaten *and attack* X", "condemns *and rejects* X")."""
    out = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i <= verb.i or c.i - verb.i > 4:
            continue
        between = verb.doc[verb.i + 1 : c.i]
        if any(t.dep_ not in ("cc", "advmod", "punct") for t in between) or not any(t.dep_ == "cc" for t in between):
            continue
        if any(x.dep_ in ("nsubj", "nsubjpass", "aux") for x in c.children):
            continue
        out.append(c)
    return out


def _effort_subject(verb: Token, lex: Lexicon) -> Token | None:
    """Who does the act an effort or a step is made toward: "has made every *effort* to engage with
    Russia", "took *steps* to impose sanctions" -- the subject of the verb whose object the noun is
    (the infinitive hangs on the noun; the noun names no owner of its own)."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VB" or noun.dep_ != "dobj":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None  # "the steps (that) Russia took": a clause with its own subject
    if noun.lemma_.lower() not in lex.frame_nouns and noun.lemma_.lower() not in lex.acting_nouns:
        return None
    if any(c.dep_ == "poss" for c in noun.children) or noun.head.lemma_.lower() not in lex.light_verbs:
        return None  # "rejected the steps to sanction Iran" is no step taken
    subj, _ = subject_of(noun.head, lex.object_control)
    return subj


def concern_arguments(word: Token, lex: Lexicon) -> Arguments:
    """Arguments of a word of concern (CAMEO 012): who is concerned (the subject of "is
    concerned", of the passive "was alarmed"), and what about (the author of the thing in an
    about/by/over/at/with phrase, or the subject of a "that" clause): "the United States is
    concerned that the Nigerian government ordered ..." targets the Nigerian government."""
    holder = word.head if word.dep_ == "acomp" else word
    sources = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    things: list[Token] = []
    for c in word.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("about", "by", "over", "at", "with"):
            things += _pobjs(c)
        elif c.dep_ == "ccomp":
            things += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return Arguments(tuple(sources[:1]), tuple(with_authors(things, lex)))


# People a pattern's object names who are the act's other side (sheltered, held, freed): their country is the target
_PEOPLE_DONE_TO = frozenset({"refugee", "migrant", "asylum-seeker", "prisoner", "detainee", "hostage"})


def complement_targets(obj: Token) -> list[Token]:
    """Who a pattern's object is about when the object is no plain direct object: the subject
    of a complement parsed as a clause ("found *the journalist* guilty"), the object of a
    control verb parsed as its clause's subject ("allowed *UN inspectors* to visit": the
    inspectors' principal), a plural noun the parser took for a compound ("took three French
    *engineers* hostage")."""
    if obj.dep_ in ("ccomp", "xcomp", "oprd"):
        return [c for c in obj.children if c.dep_ == "nsubj"]
    if obj.dep_ == "nsubj" and obj.head.dep_ in ("ccomp", "xcomp"):
        return [obj]
    return [c for c in obj.children if c.dep_ == "compound" and c.tag_ == "NNS"]


def authors(noun: Token, *, from_source: bool = False, light_verbs: frozenset[str] = frozenset()) -> list[Token]:
    """Who a nominal event is by: its possessive or national modifier ("Russia's attack", "U.S.
    sanctions"), a "by" phrase ("harassment of ... by the PRC") and, when ``from_source``, a
    "from" phrase ("assistance from the American people", "criticism from China")."""
    out: list[Token] = []
    for c in noun.children:
        # "Russia's attack", "U.S. sanctions", "the Iranian missile attacks"; not "military offensive"
        named = c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and not _named_after_city(c)
        if c.dep_ == "poss" and (joint := _joint_owners(c)) is not None:
            out.append(joint)
        elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and named):
            out.append(c)
        elif c.dep_ == "prep" and (c.lower_ == "by" or (from_source and c.lower_ == "from")):
            out.extend(_pobjs(c))
        elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in light_verbs:
            # "sanctions imposed by the United States" (not "a war facilitated by Belarus")
            out.extend(p for a in c.children if a.dep_ == "agent" for p in _pobjs(a))
    # "Cambodia's condemnation" with the possessive misattached: a name marked with "'s" right
    # before the noun (adjectives between, or the noun's own modifiers: "Russia’s further,
    # full-scale invasion" with "’s" read as a verb) is still its author
    i = noun.i - 1
    subtree = set(noun.subtree) if noun.doc[i].lower_ not in ("'s", "’s") else set()
    while i > 0 and noun.doc[i].lower_ not in ("'s", "’s") and (noun.doc[i].pos_ == "ADJ" or noun.doc[i] in subtree):
        i -= 1
    if i > 0 and noun.doc[i].lower_ in ("'s", "’s") and noun.doc[i - 1].pos_ == "PROPN":
        owner = noun.doc[i - 1]
        if owner not in out:
            out.append(owner)
    return out


def _joint_owners(poss: Token) -> Token | None:
    """ "Mr. Sullivan and Mr. Landerholm reviewed ... *their* commitment to": "their" before a nominal
    event is the clause's subject when that subject names several people or bodies joined by "and"
    (the first of them; its conjuncts are the others)."""
    if poss.lower_ != "their":
        return None
    subj = next((c for c in governing(poss.head).children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or len(members(subj)) < 2:
        return None  # "the leaders of France, Germany and Italy released a statement after their call": each
    return subj


def _named_after_city(mod: Token) -> bool:
    """A city modifying an event noun names it after its venue, not its author: "the *Minsk*
    agreements", "the *Geneva* talks" (a capital as its government's metonym is a possessive or
    a subject: "Moscow's invasion", "Washington imposed")."""
    if mod.dep_ not in ("compound", "nmod") or not mod.ent_type_:
        return False
    ent = doc_index(mod.doc).ent_at(mod.i)
    name = ent.text if ent is not None else mod.text
    return name.lower().removeprefix("the ").strip() in cities()


# CAMEO roots whose nominal events take their source from a "from" phrase ("aid from X",
# "criticism from X"); elsewhere "from" names the place left ("withdrawal from X", "expelled from").
FROM_SOURCE_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "09", "10", "11", "12", "13"})


def noun_arguments(
    noun: Token,
    light: Token | None,
    lex: Lexicon,
    *,
    armed: bool = False,
    from_source: bool = False,
    aid: bool = False,
    posture: bool = False,
) -> Arguments:
    """Arguments of a nominal event; ``light`` is the light verb it is the object of, if any;
    ``from_source``: a "from" phrase names the source, not a target (see FROM_SOURCE_ROOTS)."""
    sources: list[Token] = []
    if light is not None:
        subj, _ = subject_of(light, lex.object_control)
        if subj is not None:
            sources.append(subj)
    named = authors(noun, from_source=from_source, light_verbs=lex.light_verbs)
    if not named and light is None and _bare_conjunct(noun):
        # "Putin's war of choice and attacks on Ukraine": the possessive is shared by a bare conjunct
        named = authors(noun.head, from_source=from_source, light_verbs=lex.light_verbs)
    sources += [t for t in named if light is None or t.dep_ != "prep"]
    targets, between = prep_targets(noun, lex, allow_of=True)
    if not targets:
        targets = _thanked(noun)  # "reiterated U.S. appreciation *to Canada*": the verb holds the noun's "to"
    targets = [t for t in targets if t not in named]
    if from_source and not named:
        # "the commitment *of the United States* to Israel's security", "the visit of President Macron to
        # China": with a counterpart of its own, an "of" phrase that names someone is the doer
        of_doers = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
        of_doers = [p for p in of_doers if _someone(p, lex) and p.pos_ != "PRON"]
        if of_doers and any(t not in of_doers for t in targets):
            sources = of_doers[:1]
            targets = [t for t in targets if t not in of_doers]
    if light is None:
        targets += _participle_targets(noun, lex)
    if armed or aid:  # "the Russian war in Ukraine", "war of aggression in Ukraine": the country fought in;
        # "the largest donor of humanitarian assistance in Iraq": the country aided
        heads = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c))]
        # "war of choice against Ukraine": the target may hang on the "of" complement
        targets += [t for h in heads[1:] if h.pos_ == "NOUN" for t in prep_targets(h, lex, allow_of=False)[0]]
        if not (armed and _victim_elsewhere(noun, lex)):
            targets += [
                p
                for h in heads
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in _pobjs(c)
                if p.ent_type_ == "GPE"
            ]
    if light is not None:
        more, between2 = prep_targets(light, lex, allow_of=False)
        targets += more
        between += between2
        for c in light.children:
            if c.dep_ == "dative":
                targets.append(c)
    if armed and not between and light is None and not any(t.pos_ == "PROPN" or t.ent_type_ for t in targets):
        # "Putin's war of choice and attacks on Ukraine": conjoined armed acts share the victim
        for other in _armed_conjuncts(noun):
            targets += [t for t in prep_targets(other, lex, allow_of=False)[0] if t not in named]
    if aid and not targets and light is None and noun.dep_ == "dobj":
        # "will bring total U.S. military assistance to Ukraine to $7 billion": the parser hangs the
        # recipient on the verb; only a country or people counts (not the sum)
        targets += [
            p
            for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i
            for p in _pobjs(c)
            if p.ent_type_ in ("GPE", "NORP")
        ]
    if armed and not targets and not between:
        targets += defender(noun, lex)
    if posture:
        targets = _posture_targets(noun, targets, light)
    return Arguments(tuple(sources), tuple(with_authors(targets, lex)), tuple(between))


def _victim_elsewhere(noun: Token, lex: Lexicon) -> bool:
    """An armed act that is the doer of a verb with a victim of its own ("a U.S. airstrike in Syria
    *killed* two commanders", "was wounded by an attack in Iraq"): the country it happened in is
    where, not whom ("the war in Ukraine", with no victim named, keeps Ukraine as its target)."""
    if noun.dep_ == "nsubj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    else:
        return False
    if verb.pos_ != "VERB":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _someone(c, lex) for c in verb.children)


def _someone(tok: Token, lex: Lexicon) -> bool:
    """A person, people or named body ("two ISIS commanders", "him", "Iraqi civilians"), not a
    thing ("a hospital")."""
    if tok.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or tok.lower_ in ("he", "she", "him", "her", "they", "them"):
        return True
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.agent_nouns:
        return True
    return any(c.dep_ in ("compound", "amod") and c.ent_type_ in ("NORP", "ORG") for c in tok.children)


def _bare_conjunct(noun: Token) -> bool:
    """A noun conjoined to a noun without a determiner or author of its own ("war and *attacks*")."""
    return (
        noun.dep_ == "conj"
        and noun.head.pos_ == "NOUN"
        and noun.pos_ == "NOUN"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _armed_conjuncts(noun: Token) -> list[Token]:
    """The nouns conjoined with ``noun`` ("war and attacks"), either way round, that are words of
    armed acts (CAMEO 18-19), in the order written."""
    words = ARMED_NOUNS
    out = [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        out.append(noun.head)
    return [c for c in out if c.lemma_.lower() in words]


# Nouns of armed acts whose victim a conjoined one names (CAMEO 18, 19).
ARMED_NOUNS = frozenset(
    {"war", "attack", "assault", "invasion", "aggression", "strike", "bombardment", "shelling", "offensive", "bombing"}
)


def _participle_targets(noun: Token, lex: Lexicon) -> list[Token]:
    """Targets of a light verb that follows its nominal event as a participle: "sanctions
    *imposed* by the United States *on Russia*", "aid *provided* by Japan *to Ukraine*"; also
    when the parser hung the target on the last member of the "by" phrase ("imposed by the
    United States and its partners *on Russia*")."""
    out: list[Token] = []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in lex.light_verbs:
            continue
        out += prep_targets(acl, lex, allow_of=False)[0]
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for doer in _pobjs(agent):
                last = members(doer)[-1]
                out += [
                    p for c in last.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in _pobjs(c)
                ]
    return out


def _posture_targets(noun: Token, targets: list[Token], light: Token | None) -> list[Token]:
    """A show of force (CAMEO 15) is aimed at the country it is massed around or near, not at the
    forces it is made of: "Russia's build-up *of military forces* around *Ukraine*"."""
    made_of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
    near = [
        p
        for h in (noun, *made_of, *([light] if light is not None else []))
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in ("around", "near", "along", "toward", "towards", "against")
        for p in _pobjs(c)
        if p.ent_type_ in ("GPE", "NORP")
    ]
    return near + [t for t in targets if t not in made_of]


def defender(noun: Token, lex: Lexicon) -> list[Token]:
    """Who defends against the armed act ``noun`` (its victim, CAMEO 19): the subject of "defend
    itself against" or the owner of "its defense against" ("support to *Ukraine* in its defense
    against Russian aggression"); the object of "protect X against"; who suffers or withstands it
    ("the women of Ukraine suffering Russia's war")."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "face" and prep.head.head.lower_ == "in":
        # "defend their homeland *in the face of* Putin's war": the same as "against"
        prep = prep.head.head
    if noun.dep_ == "dobj" and prep.lemma_.lower() in lex.victim_verbs:
        # "the women of Ukraine suffering Russia's war": who suffers it
        subj, _ = subject_of(prep, lex.object_control)
        return [subj] if subj is not None and subj.pos_ != "PRON" else []
    if noun.dep_ != "pobj" or prep.lower_ not in ("against", "in") or prep.head == prep:
        return []
    word = prep.head
    if word.lemma_.lower() not in lex.defence_words and word.lower_ not in lex.defence_words:
        return []
    if word.pos_ == "VERB":
        obj = next((c for c in word.children if c.dep_ == "dobj"), None)
        named = obj is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "NORP"))
        if named and obj is not None:  # "protect Estonia against": not "defend their homeland", "itself"
            return [obj]
        subj, _ = subject_of(word, lex.object_control)
        if subj is None or (subj.lower_ not in ("it", "they", "its", "their") and subj.pos_ == "PRON"):
            return []
        return [subj] if subj.pos_ != "PRON" else _named_before(subj)
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    return [poss] if poss.pos_ != "PRON" else _named_before(poss)


def _named_before(pronoun: Token) -> list[Token]:
    """ "support for Ukraine as *it* defends itself", "Ukraine in *its* defense": the nearest name
    of a country or body before the pronoun in its sentence."""
    sent = sentence_of(pronoun)
    for i in range(pronoun.i - 1, sent.start - 1, -1):
        cand = pronoun.doc[i]
        if cand.pos_ == "PROPN" and cand.ent_type_ in ("GPE", "NORP", "ORG"):
            return [cand]
    return []


def resolve_all(tokens: tuple[Token, ...], actors: ActorIndex, *, possessive: bool = False) -> list[Actor]:
    """The distinct actors the given argument heads (and their conjoined members) denote."""
    found: list[Actor] = []
    seen: set[str] = set()
    for tok in tokens:
        if several_unnamed(tok):
            continue
        listed = members(tok)
        if nations := national_members(tok):  # "French and German leaders": each nation, not the group
            listed = nations + [m for m in listed if m != tok and m not in nations]
        for m in listed:
            actor = (
                actors.resolve_phrase(m) or national_actor(m, actors) or antecedent(m, actors, possessive=possessive)
            )
            if actor is None or actor.id in seen or not actors.mentions_of(actor.id):
                continue
            seen.add(actor.id)
            found.append(actor)
    return found


def several_unnamed(tok: Token) -> bool:
    """ "the two leaders", "both sides", "the three countries": several parties the phrase does
    not name (the gold conventions give no triple for unnamed parties; the actor stage may still
    have read one of them into it)."""
    if tok.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("conj", "appos") for c in tok.children):
        return False
    named = (
        tok.ent_type_ in ("GPE", "NORP", "ORG")
        or any(
            c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            for c in tok.children
            if c.dep_ in ("amod", "compound", "nmod", "poss")
        )
        or bool(_hyphened_nation(tok))
    )
    counted = any(
        (c.dep_ == "nummod" and c.lower_ in ("two", "three", "four", "2", "3", "4"))
        or (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
        for c in tok.children
    )
    return counted and not named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _hyphened_nation(tok: Token) -> list[Token]:
    """The nation of a hyphened modifier ("two *Greek*-flagged vessels", "a *U.S.*-owned tanker"):
    the parser hangs it on the modifier's second half, not on the noun."""
    return [
        g
        for c in tok.children
        if c.dep_ in ("amod", "compound") and any(h.dep_ == "punct" and h.text == "-" for h in c.children)
        for g in c.children
        if g.dep_ in ("amod", "compound", "npadvmod") and g.i < c.i and g.ent_type_ in ("NORP", "GPE")
    ]


def national_actor(tok: Token, actors: ActorIndex) -> Actor | None:
    """A country-level group actor for a national modifier the actor stage left alone
    ("33 *Russian* individuals", "alleged *Iranian* involvement"): CAMEO codes such a
    group with its country code. Registered in ``actors`` so the event can point to it."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    # "Kazakhstan Deputy Prime Minister": the country may modify a modifier
    mods += [g for c in mods if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
    mods += _hyphened_nation(tok)  # "two *Greek*-flagged vessels"
    for cand in [tok, *mods]:
        if cand.ent_type_ in ("NORP", "GPE"):
            ent = doc_index(cand.doc).ent_at(cand.i)
        elif cand.pos_ in ("ADJ", "PROPN") and cand.lower_ in demonyms():  # untagged "Ukrainian"
            ent = cand.doc[cand.i : cand.i + 1]
        else:
            continue
        if ent is None:
            continue
        existing = actors.actor_at(cand)
        if existing is not None:
            return existing
        # "Belarusian KGB" tagged as one national group: the demonym names the country
        country = place_country(ent.text) or demonyms().get(ent[0].lower_)
        if country is None:
            continue
        name = ent.text.removeprefix("the ").strip()
        taken = {a.id for a in actors}
        aid, n = actors.new_id(), len(taken) + 1
        while aid in taken:  # never overwrite an actor the actor stage registered
            n += 1
            aid = f"a{n}"
        actor = Actor(id=aid, name=name, kind="group", code=country, country=country)
        return actors.add(actor, [ent])
    return None


_PRONOUN_KINDS = {
    "he": ("person",),
    "she": ("person",),
    "it": ("country", "organization"),
    "they": ("country", "organization", "group"),
}


def antecedent(tok: Token, actors: ActorIndex, *, possessive: bool = False) -> Actor | None:
    """The actor a subject pronoun most likely refers to when the actor stage resolved none:
    the nearest earlier subject (in this or the previous sentence) that is an actor of a
    fitting kind ("Iran denied the report. *It* accused Israel" -> Iran); with ``possessive``
    (the author of a nominal event), also for "its"/"their" (see :func:`_possessor`)."""
    kinds = _PRONOUN_KINDS.get(tok.lower_)
    if possessive and tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
        return _possessor(tok, actors)
    if possessive and tok.dep_ == "poss" and tok.lower_ in ("his", "her"):
        # "Biden expressed his condolences for the loss of Queen Elizabeth and *his* appreciation":
        # the clause's subject, then the nearest person before
        # "thanked President Alimi for *his* commitment": a person the clause's verb acts on first
        gov = governing(tok.head)
        for dep in ("dobj", "nsubj"):
            cand = next((c for c in gov.children if c.dep_ == dep and c.pos_ == "PROPN"), None)
            actor = actors.resolve_phrase(cand) if cand is not None else None
            if actor is not None and actor.kind == "person" and actors.mentions_of(actor.id):
                return actor
        return _possessor(tok, actors, kinds=("person",))
    if kinds is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence_of(tok)
    start = sent.start
    if start > 0:
        start = doc_index(tok.doc).sent(start - 1).start
    for i in range(tok.i - 1, start - 1, -1):
        cand = tok.doc[i]
        if cand.dep_ not in ("nsubj", "nsubjpass") or cand.pos_ == "PRON":
            continue
        if cand.head.dep_ not in ("ROOT", "conj") and tok.head.dep_ in ("ROOT", "conj"):
            continue  # a main clause's pronoun takes a main clause's subject, not "Putin" of "hold Putin accountable"
        actor = actors.resolve_phrase(cand)
        if actor is not None and actor.kind in kinds and actors.mentions_of(actor.id):
            return actor
    return None


def first_resolved(tokens: tuple[Token, ...], actors: ActorIndex) -> list[Actor]:
    """The actors of the first argument head that denotes any (with its conjoined members),
    preferring one with an actor code: "co-host the Global Action Plan meeting with Japanese
    Foreign Minister Hayashi" targets Hayashi, not the uncoded plan."""
    first: list[Actor] = []
    for tok in tokens:
        got = resolve_all((tok,), actors)
        if got and any(a.code or a.country for a in got):
            return got
        first = first or got
    return first


def _possessor(tok: Token, actors: ActorIndex, *, kinds: tuple[str, ...] = ()) -> Actor | None:
    """The country or body a possessive "its"/"their" before a nominal event refers to: the
    nearest earlier actor of its sentence of that kind ("hold the Russian Federation to account
    for *its* war against Ukraine" -> Russia); with ``kinds``, the nearest earlier actor of one of
    those kinds ("Donfried ... briefed them on *her* meetings in Kyiv" -> Donfried)."""
    sent = sentence_of(tok)
    for i in range(tok.i - 1, sent.start - 1, -1):
        cand = tok.doc[i]
        if cand.pos_ not in ("PROPN", "NOUN"):
            continue
        actor = actors.actor_at(cand)
        if actor is None or not actors.mentions_of(actor.id):
            continue
        if kinds:
            if actor.kind in kinds:
                return actor
            continue
        # a seat of government with a country code is its government's metonym ("the Kremlin's ... its war")
        if actor.kind in ("country", "organization") or (actor.kind == "location" and actor.code):
            return actor
    return None
