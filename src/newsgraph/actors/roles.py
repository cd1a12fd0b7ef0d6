"""Roles and titles of a person, read off the parse around a name mention.

- premodifier: "Armed Forces leader X", "Foreign Minister X", "Venezuelan Interim President X"
- apposition:  "X, the head of the DGCIM", "the head of the DGCIM, X"
- copula:      "X is the Communications Director of Y"
- coordinated lists share their premodifier: "former congressmen A, B and C"

Roles are kept as written, lightly normalised (no determiner, no demonym prefix, single spaces).
The demonyms stripped off ("Venezuelan") are reported as the role's country.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.actors.knowledge import KnowledgeBase
from newsgraph.actors.mentions import HONORIFICS

_ROLE_HEADS = frozenset(
    [
        "head",
        "chief",
        "director",
        "leader",
        "founder",
        "member",
        "commander",
        "president",
        "minister",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "adviser",
        "advisor",
        "governor",
        "mayor",
        "deputy",
        "senator",
        "congressman",
        "congresswoman",
        "congressmen",
        "lawmaker",
        "official",
        "officer",
        "general",
        "colonel",
        "judge",
        "prosecutor",
        "candidate",
        "chairman",
        "chairwoman",
        "chair",
        "coordinator",
        "representative",
        "negotiator",
        "administrator",
        "king",
        "queen",
        "emir",
        "prince",
        "premier",
        "chancellor",
        "activist",
        "journalist",
        "editor",
        "reporter",
        "businessman",
        "owner",
        "boss",
    ]
)
_MODIFIERS = frozenset(
    [
        "former",
        "then",
        "acting",
        "interim",
        "deputy",
        "vice",
        "ex-",
        "ex",
        "late",
        "self-proclaimed",
        "self-declared",
        "de",
        "facto",
    ]
)
_STOP_DEPS = frozenset(("det", "poss", "case", "punct", "cc", "prep", "relcl", "acl"))
MAX_ROLE_TOKENS = 12


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    country: str | None  # from a demonym in front of it ("Venezuelan Foreign Minister")


def _role_word(tok: Token, kb: KnowledgeBase) -> bool:
    return (
        tok.lower_ in _ROLE_HEADS
        or kb.sector_of(tok.lower_, "title") is not None
        or kb.sector_of(tok.lemma_.lower(), "title") is not None
    )


def _clean(tokens: list[Token], kb: KnowledgeBase) -> Role | None:
    """Strip determiners, honorifics, punctuation and a leading demonym; None if no role word is left."""
    country = None
    while tokens and (tokens[0].lower_ in ("the", "a", "an", ",", "'s", "’s") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("the", "of", "and", ",")):
        tokens = tokens[:-1]
    while tokens and (kb.country_of_demonym(tokens[0].text) or kb.country_of_name(tokens[0].text)):
        country = kb.country_of_demonym(tokens[0].text) or kb.country_of_name(tokens[0].text)
        tokens = tokens[1:]
    tokens = [t for t in tokens if t.lower_ not in HONORIFICS]
    if not tokens or len(tokens) > MAX_ROLE_TOKENS or not any(_role_word(t, kb) for t in tokens):
        return None
    text = "".join(t.text_with_ws for t in tokens).strip()
    return Role(" ".join(text.split()), country)


def _premodifier(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> list[Token]:
    """Contiguous title words right before the name that attach into it."""
    inside = set(range(start, end))
    out: list[Token] = []
    j = start - 1
    while j >= 0:
        tok = doc[j]
        if (
            tok.dep_ in ("det", "poss", "case")
            or tok.is_punct
            or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "NUM")
        ):
            break
        if tok.ent_type_ == "PERSON" and not _role_word(tok, kb):
            break
        attaches = tok.head.i in inside or tok.head.i in {t.i for t in out} or tok.head.i > j
        if not attaches:
            break
        out.insert(0, tok)
        j -= 1
    # "Secretary of State Antony Blinken": let "of State" through when a title precedes it
    if out and j >= 1 and doc[j].lower_ == "of" and doc[j - 1].text[:1].isupper() and _role_word(doc[j - 1], kb):
        k = j - 1
        while k - 1 >= 0 and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            k -= 1
        out = [*doc[k : j + 1], *out]
    return out


def _phrase(tok: Token) -> list[Token]:
    """A role noun phrase: the token's subtree, cut at a comma or parenthesis after the head."""
    toks = list(tok.subtree)
    out = []
    for t in toks:
        if t.i > tok.i and (t.text in (",", "(", ";", "—", "–") or t.dep_ in ("relcl", "acl")):
            break
        out.append(t)
    return out


def _coordination_root(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def roles_of_mention(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> list[Role]:
    """Every role the parse attaches to the name ``doc[start:end]``."""
    span = doc[start:end]
    root = span.root
    found: list[Role] = []

    def keep(tokens: list[Token]) -> None:
        role = _clean(tokens, kb)
        if role is not None and role not in found:
            found.append(role)

    pre = _premodifier(doc, start, end, kb)
    if pre:
        keep(pre)
    elif root.dep_ == "conj":
        first = _coordination_root(root)
        if first.i < start:
            fspan_start = first.i
            while (
                fspan_start > 0
                and doc[fspan_start - 1].dep_ == "compound"
                and doc[fspan_start - 1].ent_type_ == "PERSON"
            ):
                fspan_start -= 1
            fpre = _premodifier(doc, fspan_start, first.i + 1, kb)
            if fpre:
                keep(fpre)
            elif first.dep_ == "appos" and first.head.pos_ == "NOUN":
                keep([t for t in first.head.subtree if t.i < first.head.i + 1 and t.i >= first.head.left_edge.i])
    # appositions either way round
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i >= end:
            keep(_phrase(child))
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < start:
        keep(_phrase(root.head))
    # "former congressmen A, B and C" parsed as congressmen -> appos/compound A
    if (
        root.dep_ in ("compound", "appos")
        and root.head.pos_ == "NOUN"
        and root.head.i > end
        and _role_word(root.head, kb)
    ):
        keep(_phrase(root.head))
    # copula: X is/was/became the Y
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("be", "become", "remain"):
        for child in root.head.children:
            if child.dep_ in ("attr", "acomp") and child.pos_ in ("NOUN", "PROPN"):
                keep(_phrase(child))
    return found
