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

from newsgraph.actors.knowledge import KnowledgeBase, words
from newsgraph.actors.mentions import HONORIFICS

_ROLE_HEADS = words().role_heads
_MODIFIERS = words().role_modifiers
MAX_ROLE_TOKENS = 12
_DETERMINERS = frozenset(("the", "a", "an", ",", "'s", "’s", "our", "their", "his", "her", "its", "my", "your"))
_CONNECTORS = frozenset(("of", "for", "and", "to", "on"))
_LIST_JOINERS = frozenset(("and", "&", ","))
_NAME_JOINERS = frozenset(("of", "the", "and"))  # lower-case words inside a country's long name


@dataclass(frozen=True, slots=True)
class Role:
    text: str
    country: str | None  # from a demonym in front of it ("Venezuelan Foreign Minister")
    # the sector of the body the role is held in, when a listing names it ("Director for the Andes, White House
    # National Security Council" -> GOV): CAMEO codes an official with the body's code
    body_sector: str | None = None


def _role_word(tok: Token, kb: KnowledgeBase) -> bool:
    return (
        tok.lower_ in _ROLE_HEADS
        or kb.sector_of(tok.lower_, "title") is not None
        or kb.sector_of(tok.lemma_.lower(), "title") is not None
    )


def _paired_title(first: Token, second: Token, kb: KnowledgeBase) -> bool:
    """Two words that are a title only together ("First Lady", "Second Gentleman": sectors.tsv)."""
    return kb.sector_of(f"{first.lower_} {second.lower_}", "title") is not None


def _clean(tokens: list[Token], kb: KnowledgeBase) -> Role | None:
    """Strip determiners, honorifics, punctuation and a leading demonym; None if no role word is left."""
    country = None
    changed = True
    while tokens and changed:
        changed = False
        while tokens and (
            tokens[0].lower_ in _DETERMINERS
            or tokens[0].lower_ in _LIST_JOINERS
            or tokens[0].is_punct
            or tokens[0].is_space
        ):
            tokens, changed = tokens[1:], True
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("the", "of", "and", ",")):
            tokens, changed = tokens[:-1], True
        if len(tokens) > 2 and tokens[0].lower_ in _MODIFIERS and _country_word(tokens[1], kb):
            # "Former Angolan President", "then-Philippine President": the country after the modifier
            country = _country_of_word(tokens[1], kb)
            tokens, changed = [tokens[0], *tokens[2:]], True
        n = _country_name_length(tokens, kb)
        if n:  # "United States special envoy", "South African Minister" (before "South" alone is read as a region)
            name = tokens[0].doc[tokens[0].i : tokens[0].i + n].text
            country = kb.country_of_name(name) or kb.country_of_demonym(name)
            tokens, changed = tokens[n:], True
        while tokens and _country_word(tokens[0], kb):
            country = _country_of_word(tokens[0], kb)
            tokens, changed = tokens[1:], True
            if tokens and tokens[0].lower_ in _LIST_JOINERS:
                # "Prime Minister Draghi of Italy and President Macron": Italy is the previous person's
                country = None
        n = _country_name_length(tokens, kb)
        if n:  # "United States special envoy", "Republic of Korea President", "Costa Rican Foreign Minister"
            name = tokens[0].doc[tokens[0].i : tokens[0].i + n].text
            country = kb.country_of_name(name) or kb.country_of_demonym(name)
            tokens, changed = tokens[n:], True
    generic = words().generic_name_words
    if any(
        t.ent_type_ == "PERSON" and not (_role_word(t, kb) or _country_word(t, kb) or t.lower_ in generic)
        for t in tokens
    ):
        return None  # "President Biden" is a person, not Xi's title
    paired = {t.i for k, t in enumerate(tokens) if k and _paired_title(tokens[k - 1], t, kb)}
    tokens = [t for t in tokens if t.lower_ not in HONORIFICS or t.i in paired]  # "First Lady" keeps its "Lady"
    if (
        not tokens
        or len([t for t in tokens if not t.is_punct]) > MAX_ROLE_TOKENS
        or not (paired or any(_role_word(t, kb) for t in tokens))
    ):
        return None
    opening = _under_secretary(tokens[0]) or (tokens[0].lower_ in _MODIFIERS and tokens[0].text[:1].isupper())
    if tokens[0].pos_ in ("VERB", "AUX", "ADP", "PRON") and not opening:
        return None  # "cautioned justice": a clause, not a title ("Acting Assistant Secretary ..." is one)
    doc = tokens[0].doc
    pieces = []
    for t in tokens:
        if t.is_space:
            continue
        gap = bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].is_space)
        pieces.append(t.text + (" " if gap else ""))
    text = "".join(pieces).strip()
    if text.isupper() and len(text) > 3:  # transcript labels: "SECRETARY BLINKEN:"
        text = text.title()
    return Role(" ".join(text.split()), country)


def _country_name_length(tokens: list[Token], kb: KnowledgeBase) -> int:
    """How many leading tokens (two to six) spell a country's name or demonym, or 0: "Republic of the Marshall
    Islands Foreign Minister", "Trinidad and Tobago Minister" (a lower-case "of", "the" or "and" inside the name)."""
    for n in (6, 5, 4, 3, 2):
        capitalised = tokens[:1] != [] and tokens[0].text[:1].isupper()
        capitalised = capitalised and all(_inner_name_token(t) for t in tokens[1:n])
        text = tokens[0].doc[tokens[0].i : tokens[0].i + n].text if len(tokens) >= n else ""
        if len(tokens) > n and capitalised and (kb.country_of_name(text) or kb.country_of_demonym(text)):
            return n
    return 0


def country_after(doc: Doc, end: int, kb: KnowledgeBase) -> str | None:
    """The country named right after a name: "President Dina Boluarte of Peru", "Senator Amy Klobuchar of
    Minnesota" (a state or province stands for its country), "Foreign Minister Ignazio Cassis of Switzerland"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    i = end + 1
    if doc[i].lower_ == "the":
        i += 1
    for n in (4, 3, 2, 1):
        toks = doc[i : i + n]
        if len(toks) < n or not all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in toks):
            continue
        nxt = doc[i + n] if i + n < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            continue  # only a part of a longer name ("of New York City Council")
        text = toks.text
        code = kb.country_of_name(text) or kb.country_of_region(text)
        if code:
            return code
    return None


_BULLETS = frozenset(("-", "*", "•", "–", "—", "·"))
_GOVERNMENT_BODY_WORDS = frozenset(
    ("department", "office", "council", "ministry", "agency", "administration", "bureau", "commission", "embassy")
)


def _line_start(doc: Doc, start: int) -> bool:
    """Whether only a list bullet and spaces stand between the line start and token ``start``."""
    j = start - 1
    while j >= 0:
        tok = doc[j]
        if "\n" in tok.text:
            return True
        if not (tok.is_space or tok.text in _BULLETS):
            return False
        j -= 1
    return True


def _listing(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> Role | None:
    """A participant list's line: "Name, Title[, Body]" ("Brenda Abdelall, Assistant Secretary of Partnership and
    Engagement, U.S. Department of Homeland Security"). The parse of such lines is unreliable, so they are read
    by their commas; the body (a known one, or one named after a country or a seat of government) gives the
    country and, for a government office, the sector."""
    if end >= len(doc) or doc[end].text != "," or not _line_start(doc, start):
        return None
    segments: list[list[Token]] = [[]]
    for tok in doc[end + 1 :]:
        if "\n" in tok.text or tok.text in (";", "(", ")"):
            break
        if tok.text == ",":
            segments.append([])
        elif not tok.is_space:
            segments[-1].append(tok)
        if len(segments) > 3:
            return None  # a sentence, not a listing
    role = _clean(segments[0], kb) if segments[0] else None
    if role is None:
        return None
    country, sector = role.country, None
    for seg in segments[1:]:
        if seg:
            body_country, sector = _body(" ".join(t.text for t in seg), kb)
            country = country or body_country
    return Role(role.text, country, sector)


def _body(name: str, kb: KnowledgeBase) -> tuple[str | None, str | None]:
    """Country and sector of a body named in a listing: a known one, or a government office named after its
    country or seat ("U.S. Department of Education", "White House Office of Public Engagement")."""
    known = {(a.country, a.sector) for a in kb.lookup(name) if a.kind != "person" and a.country}
    if len(known) == 1:
        return known.pop()
    parts = name.replace("’", "'").split()
    for n in range(len(parts) - 1, 0, -1):
        prefix = " ".join(parts[:n])
        country = kb.country_of_name(prefix) or kb.country_of_demonym(prefix) or kb.country_of_capital(prefix)
        if country:
            rest = {w.lower() for w in parts[n:]}
            return country, "GOV" if rest & _GOVERNMENT_BODY_WORDS else None
    return None, None


def premodifier(doc: Doc, start: int, end: int, kb: KnowledgeBase) -> list[Token]:
    """The title right before a name: a run of capitalised words, title words and connectors.

    "US Secretary of State Mike Pompeo", "EU High Representative for Foreign Affairs and Security
    Policy Josep Borrell", "former congressmen A", "President-elect Edmundo González".
    """
    out: list[Token] = []
    conjunct_heads: set[int] = set()  # "A and former Director of X B": A, the name B is coordinated to, ends B's title
    tok = doc[start:end].root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        conjunct_heads.add(tok.i)
    j = start - 1
    listing = False  # inside a title's portfolio list, whose items the model may coordinate with the name
    while j >= 0 and len(out) < MAX_ROLE_TOKENS + 2:
        tok = doc[j]
        prev = doc[j - 1] if j > 0 else None
        if (
            j in conjunct_heads
            and not listing
            and not (_role_word(tok, kb) or tok.lower_ in _MODIFIERS or tok.pos_ == "NOUN")
        ):
            break  # (a title the model made the head of the name is no other name: "Advisor for the Americas Dodd")
        if tok.text.endswith(":"):
            break  # "SENIOR ADMINISTRATION OFFICIAL: Gracias" — a transcript label, not a title
        if tok.text == ")" and j >= 2 and doc[j - 2].text == "(" and doc[j - 1].text.isupper():
            j -= 3  # "Director of the Department for Security and Counterintelligence (UBK) Sasho Mijalkov"
            continue
        if tok.is_space:
            if tok.text.count("\n") > 1:
                break  # a title does not run across paragraphs
            j -= 1
            continue
        n = _country_name_ending(doc, j, kb)
        if n and (tok.ent_type_ == "PERSON" or any(not t.text[:1].isupper() for t in doc[j - n + 1 : j + 1])):
            # "Sri Lankan" the model tagged into the name; "Côte d'Ivoire", "Timor-Leste" (a word in lower case)
            out[0:0] = list(doc[j - n + 1 : j + 1])
            j -= n
            continue
        if out and (
            (tok.text == "," and (out[0].text[:1].isupper() or out[0].lower_ == "and"))
            or (tok.lower_ == "and" and prev is not None and prev.text == ",")
        ):
            comma = j if tok.text == "," else j - 1
            if _listed_in_title(doc, comma, kb):
                out.insert(0, tok)  # "Minister of Economy, Trade, and Industry Hagiuda Koichi"
                listing = True
                j -= 1
                continue
        if tok.ent_type_ == "PERSON" and not (
            _role_word(tok, kb)
            or tok.lower_ in _MODIFIERS
            or _country_word(tok, kb)
            or tok.lower_ in words().generic_name_words  # "Minister of Energy" tagged into the name
            or tok.lower_ in HONORIFICS  # "First Lady" with "Lady" tagged into the name
        ):
            break  # (a country the model put into the name span is the title's: "Ambassador to Armenia Lynne Tracy")
        starts = _starts_sentence(tok)
        capital = tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and not starts
        if _under_secretary(tok):
            out.insert(0, tok)  # "Under Secretary of State X", whatever the tagger made of "Under"
            if starts:
                break
        elif capital or tok.lower_ in _MODIFIERS or (tok.pos_ in ("NOUN", "ADJ") and _role_word(tok, kb)):
            out.insert(0, tok)
        elif starts and tok.text[:1].isupper() and _title_start(tok, kb):
            out.insert(0, tok)
            break
        elif out and prev is not None and _connects(tok, prev) and not _name_before_and(tok, prev, kb):
            out.insert(0, tok)
        elif out and tok.lower_ in ("'s", "’s") and _country_before(doc, j, kb):
            out.insert(0, tok)  # "North Macedonia’s Foreign Minister Osmani": the owner is the title's country
        else:
            break
        j -= 1
    while out and (out[0].lower_ in ("of", "for", "and", "to", "on", "the") or out[0].is_punct):
        out = out[1:]
    return out


def _inner_name_token(tok: Token) -> bool:
    """A token that may follow the first inside a country's name: capitalised, a lower-case joiner ("Republic of the
    Marshall Islands"), a hyphen ("Timor-Leste", "Guinea-Bissau") or an elided particle ("Côte d'Ivoire")."""
    text = tok.text
    return (
        text[:1].isupper()
        or tok.lower_ in _NAME_JOINERS
        or text in ("-", "–")
        or (len(text) > 2 and text[0].islower() and text[1] in "'’" and text[2].isupper())
    )


def _country_name_ending(doc: Doc, j: int, kb: KnowledgeBase) -> int:
    """How many capitalised tokens (two or three) ending at token ``j`` spell a country's name or demonym ("Sri
    Lankan", "New Zealand"), or 0."""
    for n in (3, 2):
        if j - n + 1 < 0:
            continue
        toks = doc[j - n + 1 : j + 1]
        if (
            toks[0].text[:1].isupper()
            and all(_inner_name_token(t) for t in toks[1:])
            and (kb.country_of_name(toks.text) or kb.country_of_demonym(toks.text))
        ):
            return n
    return 0


def _listed_in_title(doc: Doc, comma: int, kb: KnowledgeBase) -> bool:
    """Whether the comma at ``comma`` separates the items of a title's portfolio list: "Minister of State for
    Middle East, North Africa, and North America", "Minister of Economy, Trade, and Industry" (capitalised words
    and commas back to an "of"/"for"/"on" after a title word or a capitalised word)."""
    words = False
    i = comma - 1
    while i > 0 and comma - i <= 12:
        t = doc[i]
        if t.text == ",":
            if not words:
                return False
            words = False
        elif t.lower_ in ("of", "for", "on"):
            return words and (_role_word(doc[i - 1], kb) or doc[i - 1].text[:1].isupper())
        elif t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "PERSON":
            words = True
        elif t.lower_ not in ("and", "the", "&"):
            return False
        i -= 1
    return False


def _name_before_and(tok: Token, prev: Token, kb: KnowledgeBase) -> bool:
    """Whether "and" follows a name ("Nikola Gruevski and former Director of X Sasho Mijalkov"): the title that
    starts after it is the next person's only. A country ("Ambassador to Armenia and Georgia") joins a title.
    So does a title with a definite article ("The President and Prime Minister Kishida", "the Secretary and Foreign
    Minister Truss"): a described holder, the first of two people (a combined title takes no article before a name:
    "Deputy Prime Minister and Foreign Minister X")."""
    if tok.lower_ == "and" and _role_word(prev, kb) and prev.text[:1].isupper():
        k = prev.i
        while k > 0 and prev.i - k < 2 and (_role_word(tok.doc[k - 1], kb) or tok.doc[k - 1].lower_ in _MODIFIERS):
            k -= 1
        if k > 0 and tok.doc[k - 1].lower_ == "the":
            return True
    if tok.lower_ != "and" or prev.pos_ != "PROPN" or _role_word(prev, kb) or _country_word(prev, kb):
        return False
    if prev.ent_type_ in ("PERSON", "GPE"):
        return True
    # a given name compounded to it, in a span the model took for an organisation ("... Cooperation Naledi Pandor")
    generic = words().generic_name_words | words().organisation_words
    return any(
        c.dep_ == "compound"
        and c.i == prev.i - 1
        and c.pos_ == "PROPN"
        and c.lower_ not in generic
        and not _role_word(c, kb)
        and not _country_word(c, kb)
        and c.doc[c.i - 1].text[:1].isupper()
        and c.doc[c.i - 1].lower_ not in generic
        for c in prev.children
    )


def _country_before(doc: Doc, j: int, kb: KnowledgeBase) -> bool:
    """Whether the one to three words before token ``j`` (a possessive) name a country ("Japan", "North
    Macedonia", "the United States")."""
    for n in (3, 2, 1):
        if j - n >= 0:
            words = doc[j - n : j]
            if all(t.text[:1].isupper() or t.lower_ == "of" for t in words) and kb.country_of_name(words.text):
                return True
    return False


def _under_secretary(tok: Token) -> bool:
    """A capitalised "Under" opening the title "Under Secretary" ("Under Secretary for Political Affairs X"), which
    the tagger often reads as the preposition; a lower-case "under" ("under Secretary Blinken") stays one."""
    doc = tok.doc
    return tok.text == "Under" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("secretary", "secretary-general")


def _title_start(tok: Token, kb: KnowledgeBase) -> bool:
    """A sentence-initial word that can open a title ("Opposition leader X", "Venezuelan Foreign Minister X")."""
    doc = tok.doc
    return (
        _role_word(tok, kb)
        or tok.pos_ == "PROPN"
        or _country_word(tok, kb)
        or kb.sector_of(tok.lower_) is not None
        or (tok.i + 1 < len(doc) and _paired_title(tok, doc[tok.i + 1], kb))  # "First Lady X said"
    )


def _country_word(tok: Token, kb: KnowledgeBase) -> bool:
    return _country_of_word(tok, kb) is not None


def _country_of_word(tok: Token, kb: KnowledgeBase) -> str | None:
    """Country named by a word before a title: demonym, country, or a state/province ("California")."""
    if tok.pos_ != "PROPN" and not tok.text[:1].isupper():
        return None
    return kb.country_of_demonym(tok.text) or kb.country_of_name(tok.text) or kb.country_of_region(tok.text)


def _starts_sentence(tok: Token) -> bool:
    """A sentence start the parser is sure of: after final punctuation or a blank line, not mid-title."""
    if tok.i == 0:
        return True
    if not tok.is_sent_start:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.text in (".", "!", "?", ":", ";", "###") or (prev.is_space and "\n\n" in prev.text)


def _connects(tok: Token, prev: Token) -> bool:
    """Connectors inside a title: "Secretary of State", "Minister for ...", "of the", "President-elect".

    "to" and "on" connect only after a title word ("Ambassador to the UN", "Special Envoy on ..."),
    so that "in July to Ukrainian President X" stays out of X's title.
    """
    if tok.lower_ in ("to", "on"):
        return prev.lower_ in _ROLE_HEADS
    if tok.lower_ in _CONNECTORS and prev.text[:1].isupper():
        return True
    if tok.lower_ == "the" and prev.lower_ in _CONNECTORS:
        return True
    return tok.text in ("-", "–") and not tok.whitespace_ and not prev.whitespace_


def _phrase(tok: Token, stop: int | None = None) -> list[Token]:
    """A role noun phrase: the token's subtree, cut at a comma, parenthesis or another person's name."""
    out = []
    for t in tok.subtree:
        if stop is not None and t.i >= stop:
            break
        if t.i > tok.i and (t.text in (",", "(", ";", ":", "—", "–") or t.dep_ in ("relcl", "acl")):
            break
        if t.is_space and t.text.count("\n") > 1:
            break  # the next paragraph
        if t.i > tok.i and t.ent_type_ == "PERSON":
            return []  # "the EU High Representative ... Josep Borrell": the title is Borrell's
        out.append(t)
    return out


def _country_later_in_title(doc: Doc, start: int, kb: KnowledgeBase) -> str | None:
    """The country an apposition's title names after the model cut it: "Oscar Stenström, State Secretary for Foreign
    Affairs | to the Prime Minister of Sweden" (title words up to "of" and a country, before any comma)."""
    if start >= len(doc) or doc[start].lower_ not in ("to", "of", "for", "at", "in"):
        return None
    for i in range(start, min(start + 10, len(doc))):
        tok = doc[i]
        if (
            tok.is_punct
            or tok.is_space
            or not (tok.text[:1].isupper() or tok.lower_ in _CONNECTORS or tok.lower_ in ("the", "at", "in"))
        ):
            return None
        if tok.lower_ == "of" and i > start and doc[i - 1].text[:1].isupper():
            return country_after(doc, i, kb)
    return None


def _name_part(tok: Token, head: Token) -> bool:
    """A capitalised proper noun compounded to ``head``: a given name the model did not tag with the surname."""
    return tok.head.i == head.i and tok.pos_ == "PROPN" and tok.text[:1].isupper()


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

    pre = premodifier(doc, start, end, kb)
    joiners = [t.i for t in pre if t.lower_ == "and"]
    if joiners and pre[0].i > 0 and doc[pre[0].i - 1].lower_ == "the":
        # "The Secretary and Foreign Minister Hayashi discussed": a described official and a titled name, two
        # people (one person's double title takes no article: "Deputy Prime Minister and Foreign Minister X"; and
        # "the High Representative for Foreign Affairs and Security Policy X" is one title)
        first_title_end, second = doc[joiners[-1] - 1], [t for t in pre if t.i > joiners[-1]]
        if _role_word(first_title_end, kb) and any(_role_word(t, kb) for t in second):
            pre = second
    if pre:
        keep(pre)
        after_country = country_after(doc, end, kb)
        if after_country and found and found[-1].country is None:  # "President Dina Boluarte of Peru"
            found[-1] = Role(found[-1].text, after_country)
    elif root.dep_ == "conj":
        first = _coordination_root(root)
        if first.i < start:
            fspan_start = first.i
            while (
                fspan_start > 0
                and doc[fspan_start - 1].dep_ == "compound"
                and (doc[fspan_start - 1].ent_type_ == "PERSON" or _name_part(doc[fspan_start - 1], first))
            ):
                fspan_start -= 1
            fpre = premodifier(doc, fspan_start, first.i + 1, kb)
            if any(_role_word(t, kb) for t in doc[first.i + 1 : start]):
                fpre = []  # "former PM A and former Director of X B as well as C": the list's members have own titles
            if fpre:
                keep(fpre)
            elif first.dep_ == "appos" and first.head.pos_ == "NOUN":
                keep([t for t in first.head.subtree if t.i < first.head.i + 1 and t.i >= first.head.left_edge.i])
    listed = _listing(doc, start, end, kb)
    if listed is not None and listed not in found:
        found.append(listed)
    # appositions either way round
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and child.i >= end:
            phrase = _phrase(child)
            after = phrase[-1].i + 1 if phrase else end
            while after < len(doc) and doc[after].is_space:
                after += 1
            if after < len(doc) and doc[after].ent_type_ == "PERSON":
                continue  # "X, the EU High Representative ... Josep Borrell": the title is Borrell's
            keep(phrase)
            country = _country_later_in_title(doc, after, kb)
            if country and found and found[-1].country is None and phrase:
                found[-1] = Role(found[-1].text, country, found[-1].body_sector)
    if root.dep_ == "appos":  # "the director of Argentina's Amnesty International, Mariela Belski"
        anchor = root.head
        for _ in range(4):
            if anchor.i < start and anchor.pos_ in ("NOUN", "PROPN") and _role_word(anchor, kb):
                keep(_phrase(anchor, stop=start))
                break
            if anchor.head.i == anchor.i:
                break
            anchor = anchor.head
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
