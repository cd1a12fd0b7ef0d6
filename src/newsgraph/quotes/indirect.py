"""Reported speech from the dependency parse: cue verbs and nouns, "according to", parentheticals.

Each rule reads one construction of attribution (PARC / PolNeAR: source, cue, content):

* a cue verb with its content as a clausal complement ("Guaidó said *that talks failed*"),
  an intended act ("Guaidó wants *to hold elections*"), an object ("Trump called *the deal
  a disaster*") or a prepositional object ("called for *new elections*");
* a parenthetical cue whose content is the clause it interrupts ("The talks, *she said*,
  failed"; "*as Pompeo has acknowledged*, the sanctions failed");
* "according to X" and similar prepositional attributions;
* a cue noun with a clausal complement ("Maduro's *offer* to hold talks", "the *claim* that …").

The rules yield :class:`Claim` records over tokens; the finder turns them into quotes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.quotes.cues import CueLexicon
from newsgraph.records import QuoteKind

_SUBJECTS = ("nsubj", "csubj")
_INHERIT_SUBJECT = ("xcomp", "advcl", "conj", "pcomp", "ccomp")
_TRIM = frozenset({"PUNCT", "CCONJ", "SPACE"})
_VERBAL = ("VERB", "AUX")
_MAX_LABEL_TOKENS = 5
_NAMED_LEFT_TOKENS = 12
_NAMED_RIGHT_TOKENS = 4
_MIN_LABELLED_TOKENS = 3
_ANSWERS = frozenset({"yes", "no", "so"})
_VERB_MODIFIERS = frozenset({"aux", "auxpass", "neg", "advmod"})
_TIMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


@dataclass(frozen=True, slots=True)
class Claim:
    """One attribution found in the parse: token ranges are ``[start, end)`` token indices."""

    kind: QuoteKind
    cue: tuple[int, int] | None
    source: tuple[int, int] | None  # the source as written
    source_head: int | None  # the token that names the source (for speaker resolution)
    content: tuple[int, int]
    speech: bool  # the cue can introduce a direct quote
    elided: bool = False  # an active cue with no source in the sentence ("…,” said at the rally)


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].pos_ in _TRIM or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].pos_ in _TRIM or doc[end - 1].is_space) and doc[end - 1].text not in "\"”'’":
        end -= 1
    return (start, end) if end > start else None


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _source_span(doc: Doc, head: Token) -> tuple[int, int] | None:
    """The source NP as written: the head's subtree, kept to the head's own line."""
    start, end = _subtree_range(head)
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    for i in range(head.i, end):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            end = i + 1
            break
    return _trimmed(doc, start, end)


def source_span(doc: Doc, head: Token, cue: Token) -> tuple[int, int] | None:
    """The source span, cut before the cue when the source NP holds it ("a report defending …")."""
    span = _source_span(doc, head)
    if span is not None and span[0] <= cue.i < span[1] and head.i < cue.i:
        return _trimmed(doc, span[0], cue.i)
    return span


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def find_source(tok: Token, lex: CueLexicon, depth: int = 0) -> Token | None:
    """The head of the source NP of cue ``tok``: its subject, passive agent or an inherited subject."""
    passive = is_passive(tok)
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    for c in tok.children:
        if c.dep_ in _SUBJECTS:
            if c.lower_ in lex.relative_pronouns and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head  # "a video that showed …", "Beck, who said …": the noun the clause is about
            return c
        if c.dep_ == "nsubjpass" and (tok.lemma_.lower() == "quote" or depth > 0):
            return c  # "X was quoted as saying"; "Romer was sidelined after demonstrating that …"
    if passive:
        return None  # "it was reported that …": no source
    if depth < 3 and tok.dep_ in _INHERIT_SUBJECT and tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("ADP", "SCONJ", "ADJ") and head.dep_ in ("prep", "acomp") and head.head.i != head.i:
            head = head.head  # "quoted as saying", "is correct to note", "despite challenging X, Cruz said"
            if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head  # "in addition to stating that …, Clinton has vowed"
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and head.dep_ == "ccomp" and lex.relations(head.head):
            head = head.head  # "He said they would go, adding that …": he adds, not they
        return find_source(head, lex, depth + 1)
    if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head  # "a statement saying …": the statement, or whoever made it
        if noun.pos_ != "PROPN" and not noun.ent_type_ and depth < 3:
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "attr") else None
            if verb is not None and verb.pos_ in _VERBAL:
                return find_source(verb, lex, depth + 1) or noun  # "Forbes shot back in an article stating …"
        return noun
    return None


def _named_left(doc: Doc, tok: Token) -> Token | None:
    """A person or organisation named just before the cue in its clause, when the parse gave it no subject."""
    index = doc_index(doc)
    start = max(index.sent(tok.i).start, index.line_bounds(tok.i)[0], tok.i - _NAMED_LEFT_TOKENS)
    nearest = True
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if t.head.i == tok.i and t.dep_ in _VERB_MODIFIERS:
            continue  # "Donald Trump *is* thanking", "Clinton *has* told", "experts *now* say"
        if t.pos_ in _VERBAL or t.text in ('"', "“", "”"):
            return None
        if t.ent_type_ in ("PERSON", "ORG"):
            return t.head if t.dep_ == "compound" else t
        if nearest and t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("npadvmod", "pobj") and t.ent_type_ not in _TIMES:
            return t  # "Several political experts suggest": the noun right before the cue heads its subject
        nearest = False
    return None


def _named_right(doc: Doc, tok: Token) -> Token | None:
    """A person or organisation named right after the cue (an inverted subject the parse missed)."""
    index = doc_index(doc)
    end = min(index.sent(tok.i).end, index.line_bounds(tok.i)[1], tok.i + 1 + _NAMED_RIGHT_TOKENS)
    for t in doc[tok.i + 1 : end]:
        if t.ent_type_ in ("PERSON", "ORG"):
            head = t
            while head.dep_ == "compound" and head.head.ent_type_ == t.ent_type_:
                head = head.head
            return head
        if not (t.pos_ in ("PROPN", "DET", "ADJ", "PUNCT", "NOUN") or t.is_space):
            return None
    return None


def _content_of_verb(doc: Doc, tok: Token, rels: frozenset[str]) -> tuple[int, int] | None:
    children = list(tok.children)
    if "ccomp" in rels:
        # the parser sometimes joins paragraphs: take the clause on the cue's own line, after the cue if there is one
        line = _line_bounds(doc, tok.i)
        clauses = [c for c in children if c.dep_ == "ccomp"]
        clauses.sort(key=lambda c: (_line_bounds(doc, c.i) != line, c.i < tok.i))
        for c in clauses[:1]:
            start, end = _subtree_range(c)
            for g in c.children:  # "… that he would stay, according to state TV": a claim of its own
                if g.dep_ == "prep" and g.lower_ == "according" and g.right_edge.i + 1 == end:
                    end = g.left_edge.i
            return _trimmed(doc, start, end)
    if "quote" in rels:
        for c in children:  # "75 percent said yes", "half said so"
            if c.dep_ in ("intj", "advmod", "dobj") and c.lower_ in _ANSWERS and c.i == tok.i + 1:
                return (c.i, c.i + 1)
    if "xcomp" in rels:
        for c in children:
            if c.dep_ == "xcomp" and c.pos_ in _VERBAL and c.i > tok.i:
                return _trimmed(doc, *_subtree_range(c))
    if "dobj" in rels:
        objects = [c for c in children if c.dep_ in ("dobj", "oprd") and c.i > tok.i]
        # A bare pronoun object is content only with what is said of it ("called her “weak”").
        if objects and not (len(objects) == 1 and objects[0].pos_ == "PRON" and not list(objects[0].children)):
            start, end = _subtree_range(objects[0])
            for s in children:  # "called the deal a disaster", "criticized X for Y"
                if s.i >= end and s.dep_ in ("oprd", "prep", "xcomp", "ccomp") and s.left_edge.i <= end + 1:
                    end = s.right_edge.i + 1
            return _trimmed(doc, start, end)
    # A verb can take several prepositions ("ask about X", "ask on Y"): rels is a set, so every
    # candidate is collected and the longest content (then the earliest) wins, whatever the set order.
    found: list[tuple[int, int]] = []
    for word in sorted(rel.split(":", 1)[1] for rel in rels if rel.startswith("prep:")):
        for c in children:  # "called for the president to resign": "for" parsed as the clause's marker
            marks = [g for g in c.children if g.dep_ == "mark" and g.lower_ == word and g.i == tok.i + 1]
            if c.dep_ == "advcl" and marks:
                found.append((marks[0].i + 1, c.right_edge.i + 1))
                break
        else:
            for c in children:
                if c.dep_ in ("prep", "prt") and c.lower_ == word and c.i > tok.i:
                    objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                    if objs:
                        found.append((objs[0].left_edge.i, c.right_edge.i + 1))
                        break
    spans = [span for span in (_trimmed(doc, *f) for f in found) if span is not None]
    return min(spans, key=lambda s: (s[0] - s[1], s[0])) if spans else None


def _host_content(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The clause a parenthetical cue interrupts: the head's subtree without the cue's own subtree."""
    head = tok.head
    if head.i == tok.i:
        return None
    own = set(range(*_subtree_range(tok)))
    rest = [t.i for t in head.subtree if t.i not in own]
    if not rest:
        return None
    return _trimmed(doc, min(rest), max(rest) + 1)


def _is_parenthetical(tok: Token) -> bool:
    if tok.dep_ == "parataxis":
        return True
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
        return True
    # "The talks failed, she said." is usually parsed with the cue as root; a cue that is a
    # ccomp *after* its head and set off by a comma is the inverted case.
    return tok.dep_ == "ccomp" and tok.i > tok.head.i and tok.i > 0 and tok.doc[tok.left_edge.i - 1].text == ","


def _object_content(cue: Token, content: tuple[int, int]) -> bool:
    """Whether the content is the cue's direct object (the evaluation rule), not a clause."""
    inside = [c for c in cue.children if content[0] <= c.i < content[1]]
    return any(c.dep_ in ("dobj", "oprd") for c in inside) and not any(c.dep_ in ("ccomp", "xcomp") for c in inside)


def _fronted_wh(doc: Doc, cue: Token, content: tuple[int, int]) -> bool:
    """Whether a content holding its cue opens with a wh-word fronted from the reported clause
    ("the rules, *which officials said will take effect*", "*what she said is growing demand*")."""
    first = doc[content[0]]
    return (
        first.tag_ in ("WDT", "WP")
        and first.dep_ in ("nsubj", "nsubjpass")
        and first.i < cue.i
        and first.head.i != cue.i
    )


def _verb_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    for tok in doc:
        if tok.pos_ not in _VERBAL:
            continue
        rels = lex.relations(tok)
        if not rels or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
            continue  # "a class called “Perception”" names, it does not attribute
        content = _content_of_verb(doc, tok, rels)
        if content is not None and content[0] <= tok.i < content[1] and not _fronted_wh(doc, tok, content):
            continue
        if content is None and "host" in rels and _is_parenthetical(tok):
            content = _host_content(doc, tok)  # may contain the cue: "Talks, she said, failed"
        if content is None:
            continue
        src = find_source(tok, lex)
        if src is not None and _line_bounds(doc, src.i) != _line_bounds(doc, tok.i):
            src = None  # the parser joined two paragraphs
        if src is None and not is_passive(tok):
            # "Alarmed by …, Senator Harry Reid, the minority leader, said …"; "…,” says Evan Tracey, a …"
            src = _named_left(doc, tok) or _named_right(doc, tok)
        if src is None and _object_content(tok, content):
            continue  # an object with nobody holding it ("… saw an earthquake") is no claim
        cue_end = tok.i + 1
        for c in tok.children:  # particles belong to the cue ("point out", "call for")
            if c.dep_ == "prt" and c.i == cue_end:
                cue_end += 1
        yield Claim(
            kind="indirect",
            cue=(tok.i, cue_end),
            source=source_span(doc, src, tok) if src is not None else None,
            source_head=src.i if src is not None else None,
            content=content,
            speech="quote" in rels,
            elided=src is None
            and not is_passive(tok)
            and tok.dep_ in ("ROOT", "parataxis")
            and tok.tag_ in ("VBD", "VBZ", "VBP"),
        )


def _according_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    for phrase in lex.according_to:
        n = len(phrase)
        for i in range(len(doc) - n + 1):
            if doc[i].lower_ != phrase[0] or any(doc[i + k].lower_ != phrase[k] for k in range(1, n)):
                continue
            prep = doc[i + n - 1]
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if not objs:
                continue
            src = objs[0]
            first = doc[i]
            sent = doc_index(doc).sent(first.i)
            own_end = max(prep.right_edge.i + 1, src.right_edge.i + 1)
            # The content is the rest of the sentence, on the side that holds the clause.
            before = _trimmed(doc, sent.start, i)
            after = _trimmed(doc, own_end, sent.end)
            sizes = [(r[1] - r[0], r) for r in (before, after) if r is not None]
            if not sizes:
                continue
            content = max(sizes)[1]
            yield Claim(
                kind="according_to",
                cue=(i, i + n),
                source=_source_span(doc, src),
                source_head=src.i,
                content=content,
                speech=False,
            )


def _frames_people(tok: Token, lex: CueLexicon) -> bool:
    """A name of a person, group or organisation, or a noun for people ("for Sanders", "for most voters")."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in lex.framing_people


def _framing_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """A fronted "for X," or "in X's view," framing the clause that follows as X's stance (PolNeAR attributes
    "*For Sanders*, the fight is about Wall Street" to Sanders) — no cue verb is needed."""
    index = doc_index(doc)
    for prep in doc:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in") or prep.head.pos_ not in _VERBAL:
            continue
        sent = index.sent(prep.i)
        before = [t for t in doc[sent.start : prep.i] if not (t.is_punct or t.is_space or t.pos_ == "CCONJ")]
        after = prep.right_edge.i + 1
        while after < sent.end and doc[after].dep_ == "npadvmod" and doc[after].head.i == prep.head.i:
            after += 1  # "For most Democrats today, …"
        if before or after >= sent.end or doc[after].text != ",":
            continue  # only a fronted phrase set off by a comma frames the clause
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if not objs:
            continue
        obj = objs[0]
        if prep.lower_ == "in":
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if obj.lemma_.lower() not in lex.framing_views or owner is None or owner.lower_ in lex.first_person:
                continue  # "In his view, …", "In Trump's mind, …"
            src = owner
        elif _frames_people(obj, lex):
            src = obj
        else:
            continue
        content = _trimmed(doc, after + 1, sent.end)
        if content is None or content[1] - content[0] < _MIN_LABELLED_TOKENS:
            continue
        yield Claim(
            kind="according_to",
            cue=(prep.i, prep.i + 1),
            source=_source_span(doc, src),
            source_head=src.i,
            content=content,
            speech=False,
        )


def _passive_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """An evaluation verb in the passive, with its agent: "Kasich, *endorsed by* the Times, …", "the deal was
    *criticized by* Democrats" — the source is the agent, the content what the passive verb is said of."""
    for tok in doc:
        if tok.pos_ != "VERB" or tok.tag_ != "VBN" or "dobj" not in lex.relations(tok):
            continue
        agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if not agents:
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if subjects:
            content = _trimmed(doc, *_subtree_range(subjects[0]))
        elif tok.dep_ in ("acl", "amod", "appos") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < tok.i:
            content = _trimmed(doc, tok.head.left_edge.i, tok.left_edge.i)  # "Kasich, endorsed by …"
        else:
            continue
        if content is None or content[0] <= tok.i < content[1]:
            continue
        src = agents[0]
        yield Claim(
            kind="indirect",
            cue=(tok.i, tok.i + 1),
            source=_source_span(doc, src),
            source_head=src.i,
            content=content,
            speech=False,
        )


def _line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the line (text between line breaks) holding token ``i``."""
    return doc_index(doc).line_bounds(i)


def _named_words(doc: Doc) -> frozenset[str]:
    """The words of the person and organisation names of a document ("Sanders" of "Bernie Sanders")."""
    return frozenset(t.text for ent in doc_index(doc).ents if ent.label_ in ("PERSON", "ORG") for t in ent)


def _label_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """A line led by a speaker label and a colon: "Clinton camp: Trump threatens security", "FALLIN: I think …",
    and the headline forms "Former AG Mukasey at RNC: …", "Insiders: …"."""
    for colon in doc:
        if colon.text != ":":
            continue
        start, end = _line_bounds(doc, colon.i)
        label = doc[start : colon.i]
        if not 1 <= len(label) <= _MAX_LABEL_TOKENS or (not label[0].is_title and not label[0].is_upper):
            continue
        if any(t.pos_ in _VERBAL or t.is_punct for t in label) or label[0].pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue  # "Another problem for Sanders: …" is a heading, not a speaker
        if doc[end - 1].text == "?" or (end >= 2 and doc[end - 2].text == "?"):
            continue  # an interviewer's question reports no claim
        has_name = any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in label)
        if not has_name and not all(
            t.is_title or t.is_upper or not t.is_alpha or t.pos_ in ("ADP", "DET") for t in label
        ):
            continue  # a label is a name ("Clinton camp") or a title-cased noun phrase ("Former AG Mukasey at RNC")
        root = label.root
        named = (
            has_name
            or all(t.is_upper for t in label)
            or root.lemma_.lower() in lex.framing_people
            or root.lemma_.lower() in lex.person_nouns
            or root.lemma_.lower() in lex.label_sources
            or (len(label) == 1 and root.lower_ not in lex.label_headings and root.text in _named_words(doc))
        )
        content = _trimmed(doc, colon.i + 1, end)
        if not named or content is None or content[1] - content[0] < _MIN_LABELLED_TOKENS:
            continue
        if doc[content[0]].text in "\"“'‘":
            continue  # a quote after a colon is read as a direct quote
        head = label.root
        yield Claim(
            kind="indirect",
            cue=(colon.i, colon.i + 1),
            source=(label.start, label.end),
            source_head=head.i,
            content=content,
            speech=False,
        )


def _document_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """ "In a Fox News poll, Trump leads …": a document or survey framing the clause it modifies."""
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in _VERBAL:
            continue
        if lex.relations(prep.head):
            continue  # "said in a statement": the cue verb carries the attribution
        objs = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in lex.documents]
        if not objs or (prep.i > prep.head.i and objs[0].lemma_.lower() not in lex.documents_after_verb):
            continue
        host = prep.head
        own = set(range(prep.left_edge.i, prep.right_edge.i + 1))
        rest = [t.i for t in host.subtree if t.i not in own]
        if prep.i > host.i:  # "Trump leads in a new poll": the clause before the phrase
            rest = [i for i in rest if i < prep.left_edge.i]
        content = _trimmed(doc, min(rest), max(rest) + 1) if rest else None
        if content is None or content[1] - content[0] < _MIN_LABELLED_TOKENS:
            continue
        yield Claim(
            kind="according_to",
            cue=(prep.i, prep.i + 1),
            source=_source_span(doc, objs[0]),
            source_head=objs[0].i,
            content=content,
            speech=False,
        )


def _noun_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.nouns:
            continue
        content = None
        for c in tok.children:
            if c.dep_ in lex.noun_relations and c.pos_ in _VERBAL and c.i > tok.i:
                if lex.relations(c) and c.dep_ == "acl" and c.tag_ == "VBG":
                    continue  # "a statement saying …": the verb rule reads it
                has_marker = any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children)
                if has_marker:
                    content = _trimmed(doc, *_subtree_range(c))
                    break
        if content is None:
            continue
        src: Token | None = None
        for c in tok.children:
            if c.dep_ == "poss":
                src = c
        if src is None:
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        src = objs[0]
                        break
        if src is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in _VERBAL:
            src = find_source(tok.head, lex)  # "X made the claim that …"
        if src is None and tok.dep_ == "pobj" and tok.head.head.pos_ in _VERBAL:
            src = find_source(tok.head.head, lex)  # "X said in a statement that …"
        if src is None:
            continue  # "accusations that …" with nobody making them is no attribution we can place
        yield Claim(
            kind="indirect",
            cue=(tok.i, tok.i + 1),
            source=_source_span(doc, src) if src is not None else None,
            source_head=src.i if src is not None else None,
            content=content,
            speech=False,
        )


def _prep_object(doc: Doc, head: Token, rels: frozenset[str]) -> tuple[int, int] | None:
    """The object of the first preposition after ``head`` that ``rels`` names (``prep:on`` …), with what follows it."""
    for c in head.children:
        if c.dep_ == "prep" and c.i > head.i and f"prep:{c.lower_}" in rels:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs:
                return _trimmed(doc, objs[0].left_edge.i, c.right_edge.i + 1)
    return None


def _stance_noun_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """A stance noun and the object of its preposition: "Trump's *attacks on* the press", "voiced *support for* X".

    The source is the possessor, else the subject of the verb the noun is the object of; a stance
    nobody is named as holding ("the attacks on the press") is no attribution we can place.
    """
    for tok in doc:
        if tok.pos_ != "NOUN":
            continue
        rels = lex.noun_preps.get(tok.lemma_.lower())
        if not rels:
            continue
        content = _prep_object(doc, tok, rels)
        if content is None:
            continue
        agent = tok.lemma_.lower() in lex.agent_nouns  # "a supporter of X": the supporter holds the stance
        src = None if agent else next((c for c in tok.children if c.dep_ == "poss"), None)
        if agent and tok.dep_ != "attr":
            continue
        if src is None and tok.dep_ in ("dobj", "attr") and tok.head.pos_ in _VERBAL and tok.head.i < tok.i:
            src = find_source(tok.head, lex)  # "X voiced support for Y"
        if src is None or src.lower_ in lex.first_person:
            continue
        yield Claim(
            kind="indirect",
            cue=(tok.i, tok.i + 1),
            source=_source_span(doc, src),
            source_head=src.i,
            content=content,
            speech=False,
        )


def _stance_adjective_claims(doc: Doc, lex: CueLexicon) -> Iterator[Claim]:
    """A copula's stance adjective and what it is about: "Republicans are *critical of* the deal",
    "she is *confident that* …", "he is *eager to* debate"; the source is the copula's subject."""
    for tok in doc:
        if tok.pos_ != "ADJ" or tok.dep_ != "acomp" or tok.head.pos_ not in _VERBAL:
            continue
        rels = lex.adjectives.get(tok.lemma_.lower()) or lex.adjectives.get(tok.lower_)
        if not rels:
            continue
        content = _prep_object(doc, tok, rels)
        if content is None:
            for c in tok.children:
                if c.dep_ in rels and c.i > tok.i and c.pos_ in _VERBAL:
                    content = _trimmed(doc, *_subtree_range(c))
                    break
        if content is None:
            continue
        copula = tok.head
        src = next((c for c in copula.children if c.dep_ == "nsubj"), None) or find_source(copula, lex)
        if src is None or src.pos_ not in ("NOUN", "PROPN", "PRON") or src.lower_ in ("it", "this", "that"):
            continue  # "it is clear that …" states, it does not attribute
        yield Claim(
            kind="indirect",
            cue=(copula.i, tok.i + 1) if copula.i < tok.i else (tok.i, tok.i + 1),
            source=_source_span(doc, src),
            source_head=src.i,
            content=content,
            speech=False,
        )


def _one_paragraph(doc: Doc, claim: Claim) -> bool:
    """Whether cue and content lie in one paragraph (the parser sometimes joins paragraphs)."""
    if claim.cue is None:
        return True
    lo = min(claim.cue[0], claim.content[0])
    hi = max(claim.cue[1], claim.content[1])
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in doc[lo : hi - 1])


def find_claims(doc: Doc, lex: CueLexicon) -> list[Claim]:
    """Every attribution the rules find, ordered by content start."""
    claims = [
        c
        for c in (
            *_verb_claims(doc, lex),
            *_according_claims(doc, lex),
            *_noun_claims(doc, lex),
            *_stance_noun_claims(doc, lex),
            *_stance_adjective_claims(doc, lex),
            *_framing_claims(doc, lex),
            *_passive_claims(doc, lex),
            *_document_claims(doc, lex),
            *_label_claims(doc, lex),
        )
        if _one_paragraph(doc, c)
    ]
    claims.sort(key=lambda c: (c.content[0], c.content[1]))
    # A non-speech cue inside another claim's content ("Palmieri noted that experts say ISIS has
    # *mentioned* Trump") is part of what is reported, not an attribution of its own.
    return [
        c for c in claims if c.speech or c.kind == "according_to" or c.cue is None or not _inside_other(doc, c, claims)
    ]


def _inside_other(doc: Doc, claim: Claim, claims: list[Claim]) -> bool:
    assert claim.cue is not None
    cue = claim.cue
    # a passive's subject ("Maduro's offer to hold talks was rejected by …") keeps the claims it names
    return any(
        o is not claim and o.content[0] <= cue[0] and cue[1] <= o.content[1] and not _passive_subject(doc, o)
        for o in claims
    )


def _passive_subject(doc: Doc, claim: Claim) -> bool:
    """Whether the claim's content is the subject of its passive cue (the passive rule's claims)."""
    return claim.cue is not None and claim.content[1] <= claim.cue[0] and is_passive(doc[claim.cue[0]])
