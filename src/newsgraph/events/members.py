"""The members of a list that fills one argument slot of an event.

CAMEO codes one event per member of a compound actor ("Hungarian and Romanian officials", "A, B
and C condemned"); PETRARCH's compound-actor rule does the same. A list in news text takes more
shapes than a plain "A, B and C", and the small parser often mis-hangs its later items:

- conjuncts at any depth of a chain of "of" phrases ("the defense *of the Republic of Korea and
  Japan*", "the Governments *of the United States of America, France and Italy*");
- repeated prepositions ("met with X, with Y, and with Z": the parser hangs each "with" on the
  item before it or on the verb);
- a parenthesised member list in apposition to a group noun ("five countries in the region
  *(Benin, Ghana and Togo)*");
- coordinated national modifiers on one head noun ("our *Australian and United Kingdom* partners");
- items listed with commas only, which the parser takes for appositions ("the Qataris, the
  Egyptians, the Israelis");
- two countries joined by a hyphen on one noun ("the U.S.-Russia dialogue");
- national words listed before an event noun the parser made their last conjunct ("the French,
  Saudi, and U.S. meeting").

Places of one country ("in Minsk, Belarus") and an acronym in parentheses ("the Gulf Cooperation
Council (GCC)") are no lists.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.docindex import doc_index
from newsgraph.places import demonyms, place_country

# How deep a chain of "of" phrases is followed for a list ("the defense of the Republic of Korea and Japan")
_OF_DEPTH = 3
# Group nouns whose parenthesised apposition lists their members ("five countries (A, B and C)")
_GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "partner", "ally", "member", "economy"})


def members(tok: Token) -> list[Token]:
    """``tok`` and the tokens listed with it (see the module docstring), in the order found."""
    out = [tok]
    stack = [tok]
    listed = False  # "the leaders of A, B and C": the countries are the members, not the leaders
    while stack:
        cur = stack.pop()
        found: list[Token] = []
        for child in cur.children:
            if child.dep_ == "conj" and child.pos_ != "ADP":
                found.append(child)
            elif child.dep_ == "appos" and _list_item(cur, child):
                # "the United States, *Mexico*, and Canada", "met with A, B, *Minister* C, and D":
                # a list item the parser took for an apposition
                found.append(child)
            elif _hyphened_pair(cur, child):
                found.append(child)  # "the *U.S.*-Russia Strategic Stability Dialogue"
            elif child.dep_ in ("amod", "compound", "nmod") and (cur == tok or _common(cur)):
                subs = [sub for sub in child.children if sub.dep_ == "conj"]
                found.extend(subs)
                if subs and cur != tok and _national(child):
                    found.append(child)  # "Biden and our *Australian* and United Kingdom partners"
                if (
                    subs
                    and cur == tok
                    and child.pos_ == "PROPN"
                    and child.ent_type_ not in ("GPE", "NORP")
                    and tok.pos_ == "PROPN"
                ):
                    # "The Secretary and Foreign Minister Hayashi": the parser hung the first of two
                    # titled people on the second's name; the first is a member too
                    found.append(child)
        if cur == tok or _common(cur):
            of_list = _of_list(cur)
            found.extend(of_list)
            listed = listed or any(p.ent_type_ in ("GPE", "NORP") for p in of_list)
            grouped = _parenthesised(cur)
            found.extend(grouped)
            listed = listed or bool(grouped)
        elif cur.pos_ == "PROPN":
            found.extend(_parenthesised(cur))
        found.extend(repeated_objects(cur))
        if cur == tok:
            found.extend(_stranded_modifiers(cur))
        for m in found:
            if m not in out:
                out.append(m)
                stack.append(m)
    if listed and tok.pos_ == "NOUN" and not tok.ent_type_:
        out.remove(tok)
    return out


def national_members(noun: Token) -> list[Token]:
    """The members a common noun's coordinated national modifiers name, all of them: "*French* and
    *German* leaders" (the actor stage may read the whole phrase as one uncoded group)."""
    if not _common(noun):
        return []
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and _national(child):
            subs = [sub for sub in child.children if sub.dep_ == "conj" and _national(sub)]
            if subs:
                out += [child, *subs]
    return out


def _list_item(head: Token, child: Token) -> bool:
    """A conjunct of ``head``, or an apposition that is an item of a list with it."""
    if child.dep_ == "conj":
        return child.pos_ != "ADP"
    return child.dep_ == "appos" and (_in_list(child) or _country_list(head, child))


def _hyphened_pair(head: Token, child: Token) -> bool:
    """ "the *U.S.*-Russia dialogue", "the U.S.-Philippines alliance": two countries joined by a
    hyphen on one noun are both its sides (the parser hangs the first on the second)."""
    if child.dep_ not in ("compound", "nmod", "amod") or child.i + 2 != head.i:
        return False
    if head.doc[child.i + 1].text not in ("-", "–"):
        return False
    mine, other = _country_of(head), _country_of(child)
    return child.ent_type_ == "GPE" and mine is not None and other is not None and mine != other


def _stranded_modifiers(mod: Token) -> list[Token]:
    """The national words listed before the noun a national modifier is on, when the parser made
    the noun their last conjunct: "the French, Saudi, and *U.S.* meeting" (French <- Saudi <-
    meeting, with "U.S." on "meeting") -- French and Saudi modify the meeting too."""
    noun = mod.head
    if mod.dep_ not in ("amod", "compound", "nmod") or not _national(mod) or noun.pos_ != "NOUN":
        return []
    if any(c.dep_ in ("det", "poss") for c in noun.children):
        return []  # "France, Saudi Arabia, and *the* U.S. meeting": a conjunct of its own
    out: list[Token] = []
    cur = noun
    while cur.dep_ == "conj" and cur.head.i < cur.i and _national(cur.head):
        cur = cur.head
        out.append(cur)
    return out


def _common(tok: Token) -> bool:
    """A common noun naming no entity ("partners", "leaders", "defense")."""
    return tok.pos_ == "NOUN" and not tok.ent_type_


def _national(tok: Token) -> bool:
    """A country or nationality modifier ("Australian", "United Kingdom")."""
    return tok.ent_type_ in ("GPE", "NORP") or (tok.pos_ in ("ADJ", "PROPN") and tok.lower_ in demonyms())


def _of_list(noun: Token) -> list[Token]:
    """The first object with conjuncts in the chain of "of" phrases under ``noun`` ("the
    delegations *of Cyprus*, Greece and Israel"; "the defense of the Republic *of Korea* and
    Japan"), at most :data:`_OF_DEPTH` deep; the conjuncts follow through :func:`members`."""
    cur = noun
    for _ in range(_OF_DEPTH):
        pobj = next((p for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for p in pobjs(c)), None)
        if pobj is None:
            return []
        if any(_list_item(pobj, c) for c in pobj.children):
            return [pobj]
        cur = pobj
    return []


def _parenthesised(noun: Token) -> list[Token]:
    """The members a group lists in parentheses: "five countries in the Coastal West Africa region
    *(Benin*, Côte d'Ivoire, Ghana, Guinea, and Togo)" -- the parser hangs the apposition on the
    noun or on the place after it; "the Troika *(United States*, United Kingdom, and Norway)". A
    group noun may list one country; a name must list two or more (not "the Republic of Korea (ROK)")."""
    group = noun.lemma_.lower() in _GROUP_NOUNS and noun.tag_ == "NNS"
    doc = noun.doc
    for t in noun.subtree if group else noun.children:
        if t.dep_ != "appos" or t.left_edge.i == 0 or doc[t.left_edge.i - 1].text != "(":
            continue
        listed = [c for c in t.children if c.dep_ == "conj" and c.ent_type_ == "GPE"]
        if (t.ent_type_ == "GPE" and (group or listed)) or (group and listed):
            return [t]
    return []


def repeated_objects(pobj: Token) -> list[Token]:
    """The objects of the prepositions repeating the one ``pobj`` is the object of: "met with
    Qatar, *with* Egypt, and *with* Israel", "our relationships with leaders in France, *with*
    the United Kingdom" -- the parser hangs each repeated "with" on the item before it, on the
    verb, or as a conjunct. A repeated preposition stands after a comma or "and"/"or"."""
    if pobj.dep_ != "pobj":
        return []
    prep = pobj.head
    doc = pobj.doc
    holders = {pobj, prep, prep.head}
    if prep.head.dep_ in ("dobj", "pobj", "attr"):
        holders.add(prep.head.head)  # "maintaining relationships with A, with B": on the verb
    out = []
    for h in holders:
        for q in h.children:
            if q.i <= pobj.i or q.lower_ != prep.lower_ or q.pos_ != "ADP" or q.dep_ not in ("prep", "conj"):
                continue
            before = doc[q.i - 1]
            if before.text != "," and not (before.dep_ == "cc" and doc[q.i - 2].text == ","):
                continue
            out.extend(pobjs(q))
    return sorted(out, key=lambda t: t.i)


def pobjs(prep: Token) -> list[Token]:
    """The objects of the preposition ``prep`` ("with *X*")."""
    return [c for c in prep.children if c.dep_ == "pobj"]


def _country_of(tok: Token) -> str | None:
    """The country code of the place or nationality entity ``tok`` is in ("the United *States*"
    -> USA, "the *Egyptians*" -> EGY)."""
    if tok.ent_type_ == "NORP":
        return demonyms().get(tok.lower_)
    if tok.ent_type_ != "GPE":
        return None
    ent = doc_index(tok.doc).ent_at(tok.i)
    return place_country(ent.text) if ent is not None else None


def _country_list(head: Token, appos: Token) -> bool:
    """ "Japan, Australia, India held talks", "talking to the Qataris, the Egyptians, the
    Israelis": countries or peoples listed with commas only, which the parser hangs on the first
    as appositions. A place of another country after a comma is a list item; one of the same
    country is where the first is ("in Minsk, Belarus")."""
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    mine, other = _country_of(head), _country_of(appos)
    return mine is not None and other is not None and mine != other


def _in_list(appos: Token) -> bool:
    """Whether an apposition is an item of a comma list: a conjunct follows it in the list
    (hung on it or on its head) and a comma stands before it."""
    head = appos.head
    before = appos.doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False
    if head.dep_ == "conj" and appos.dep_ == "appos":  # "A, B, *C*": B a conjunct, C its apposition
        return True
    return any(c.dep_ == "conj" and c.i > appos.i for c in (*appos.children, *head.children, *appos.subtree))
