"""PETRARCH's comma-delimited clause deletion (``comma_*`` options), on our dependency parse.

PETRARCH (after TABARI) leaves short comma-delimited clauses out of a sentence before coding
it: the initial clause (before the first clause comma) when it has ``comma_bmin`` to
``comma_bmax`` words, the terminal clause (after the last one) with ``comma_emin`` to
``comma_emax`` words, and internal clauses (between two clause commas) with ``comma_min`` to
``comma_max`` words; a ``max`` of 0 switches that deletion off. Initial and terminal clauses
are checked once, first; then internal clauses. Commas inside a noun phrase ("complete, full
diplomatic ties", "Arnor, Gondor and Bree", an apposition) delimit no clause: PETRARCH worked
on a parse tree in which those commas belong to the NP. Punctuation is not counted as a word.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from newsgraph.events.petrarch.config import CommaOptions

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def clause_comma(tok: Token) -> bool:
    """Whether a comma delimits a clause: no noun phrase spans the words on both its sides (a
    noun whose subtree holds both: "complete, full ties", "Arnor, Gondor and Bree", an apposition).
    The search climbs from the word before the comma through nominal heads only."""
    if tok.text != ",":
        return False
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return True
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    node = before
    for _ in range(8):
        if node.pos_ in _NOMINAL and node.left_edge.i <= before.i and node.right_edge.i >= after.i:
            return False
        if node.head is node or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    return True


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct and not t.is_space)


def deleted_tokens(sent: Span, options: CommaOptions) -> set[int]:
    """Token indices (doc level) of the comma clauses ``options`` delete from ``sent``."""
    if not options.active:
        return set()
    tokens = list(sent)
    end = len(tokens)
    while end > 0 and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1  # the final full stop belongs to no clause
    commas = [k for k in range(end) if clause_comma(tokens[k])]
    if not commas:
        return set()
    gone: set[int] = set()
    first, last = commas[0], commas[-1]
    if options.bmax:
        n = _words(tokens[:first])
        if options.bmin <= n <= options.bmax:
            gone.update(range(0, first + 1))
    if options.emax:
        n = _words(tokens[last + 1 : end])
        if options.emin <= n <= options.emax and last not in gone:
            gone.update(range(last, end))
    if options.max:
        for a, b in pairwise(commas):
            if any(k in gone for k in range(a, b + 1)):
                continue
            n = _words(tokens[a + 1 : b])
            if options.min <= n <= options.max:
                gone.update(range(a + 1, b + 1))  # the clause and its closing comma
    return {tokens[k].i for k in gone}
