"""Direct quotes: tie each quoted segment to the cue and source next to it.

A segment is *direct* when a speech cue's content lies mostly inside it ("…,” said X;
X said: “…”; “…,” X said, “…”) or a speech cue sits right before or after it; *partial*
when it is a small part of a reported clause (Trump said the wall “would be paid for”);
otherwise it is uncued and the finder decides between a continued quote and a scare quote.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from newsgraph.docindex import doc_index
from newsgraph.quotes.cues import CueLexicon
from newsgraph.quotes.indirect import Claim, find_source, is_passive
from newsgraph.quotes.marks import QuotedSegment
from newsgraph.quotes.scare import is_scare_quote, is_so_called

_ADJACENT_TOKENS = 4
_SHORT_GAP_CHARS = 30
_SLACK_CHARS = 2  # punctuation between a clause's edge and the quote mark
_ADJACENT_TOKENS_AFTER = 8  # "…!” former UN Ambassador John Bolton told Breitbart
_SENTENCE_END = frozenset({".", "!", "?"})
_NESTED_CLOSE = "’'"
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»"})

Link = Literal["claim", "adjacent", "partial", "uncued"]


@dataclass(frozen=True, slots=True)
class SegmentLink:
    """How a quoted segment is attributed: through a claim, an adjacent cue, or not at all."""

    segment: QuotedSegment
    link: Link
    claim: Claim | None = None
    cue: int | None = None  # adjacent cue token
    source_head: int | None = None
    elided: bool = False
    scare: bool = False  # an uncued segment that reads as a scare quote


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def char_range(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    return doc[tokens[0]].idx, doc[tokens[1] - 1].idx + len(doc[tokens[1] - 1])


def _crosses_line(text: str, a: int, b: int) -> bool:
    return "\n" in text[min(a, b) : max(a, b)]


def _inner_end(text: str, seg: QuotedSegment) -> str:
    """The quoted words without the closing single mark of a nested quote (“… as, ‘He’s the ringleader,’”)."""
    return text[seg.inner_start : seg.inner_end].rstrip().rstrip(_NESTED_CLOSE).rstrip()


def _adjacent_cue(
    doc: Doc, starts: list[int], seg: QuotedSegment, lex: CueLexicon, *, after_only: bool = False
) -> Token | None:
    """A cue within a few tokens after the closing mark or before the opening mark, on the same line.

    After the quote: a speech verb ("…,” said X; “…,” X told reporters) or, when the quote ends
    with a comma, any verb with a subject (“…,” he mocks). Before it: a speech verb followed by
    a colon or comma (X said: “…”), or a colon after a name (Jeffrey Jones: “…”), whose cue is
    the colon itself.
    """
    text = doc_index(doc).text
    first_after = bisect_left(starts, seg.end)
    after = doc[first_after : first_after + _ADJACENT_TOKENS_AFTER * 2]
    inner = _inner_end(text, seg)
    # "…,” said X: the quote ends a clause (inside or right after the closing mark).
    comma = inner.endswith((",", "?", "!")) or (len(after) > 0 and after[0].text == ",")
    ends_clause = comma or inner.endswith((".", "—", "-", "…"))
    words = 0
    for t in after if ends_clause else ():
        if t.text in _SENTENCE_END or t.text in _QUOTE_MARKS or _crosses_line(text, seg.end, t.idx):
            break
        if t.is_punct or t.is_space:
            continue
        words += 1
        if words > _ADJACENT_TOKENS_AFTER:
            break
        if t.pos_ in ("VERB", "AUX") and lex.is_speech(t):
            return t
        if comma and not after_only and words <= 3 and t.pos_ == "VERB" and _named_subject_after(t, first_after, lex):
            return t
    if after_only:
        return None
    last_before = bisect_left(starts, seg.start)  # tokens [0, last_before) start before the segment
    before = [t for t in doc[max(0, last_before - _ADJACENT_TOKENS * 2) : last_before] if not t.is_space]
    if not before:
        return None
    last = before[-1]
    if last.text == ":":
        # X said: “…” (also with the quote in the next paragraph, the news convention for long quotes)
        return _colon_cue(doc, last, lex)
    # X said, “…” / X said “…”: a comma or the cue itself right before the opening mark, on the same line.
    if _crosses_line(text, last.idx, seg.start) or not (last.text == "," or lex.is_speech(last)):
        return None
    words = 0
    for t in reversed(before):
        if t.text in _SENTENCE_END or t.text in _QUOTE_MARKS or _crosses_line(text, t.idx, seg.start):
            break
        if t.is_punct:
            continue
        words += 1
        if words > _ADJACENT_TOKENS + 2:
            break
        if t.pos_ in ("VERB", "AUX") and lex.is_speech(t):
            return t
    return None


def named_after_quote(doc: Doc, seg: QuotedSegment, cue: Token) -> Token | None:
    """The person or organisation named between the closing mark and the cue, or right after the cue."""
    index = doc_index(doc)
    sent = index.sent(cue.i)
    lo = bisect_left([t.idx for t in doc[sent.start : cue.i + 1]], seg.end) + sent.start
    candidates = [*doc[lo : cue.i], *doc[cue.i + 1 : min(sent.end, cue.i + 1 + _ADJACENT_TOKENS)]]
    for t in candidates:
        if t.ent_type_ in ("PERSON", "ORG") and not _crosses_line(index.text, seg.end, t.idx):
            head = t
            while head.dep_ == "compound" and head.head.ent_type_ == t.ent_type_:
                head = head.head
            return head
    return None


def _has_clause(doc: Doc, seg: QuotedSegment) -> bool:
    """Whether the quoted words hold a clause (a verb with its subject): then they are speech, not a term."""
    span = doc.char_span(seg.inner_start, seg.inner_end, alignment_mode="contract")
    if span is None:
        return False
    return any(
        t.pos_ in ("VERB", "AUX")
        and any(c.dep_.startswith("nsubj") and span.start <= c.i < span.end for c in t.children)
        for t in span
    )


def _named_subject_after(verb: Token, start: int, lex: CueLexicon) -> bool:
    """Whether ``verb`` has a personal pronoun or a name as subject at or after token ``start`` (“…,” he mocks)."""
    return any(
        c.dep_ == "nsubj"
        and c.i >= start
        and (c.pos_ == "PROPN" or (c.pos_ == "PRON" and c.lower_ not in lex.relative_pronouns))
        for c in verb.children
    )


def _colon_cue(doc: Doc, colon: Token, lex: CueLexicon) -> Token | None:
    """The cue of a quote introduced by a colon: the last speech verb of the colon's sentence, or the colon."""
    sent = doc_index(doc).sent(colon.i)
    for t in reversed(doc[sent.start : colon.i]):
        if t.pos_ in ("VERB", "AUX") and lex.is_speech(t):
            return t
    return colon if _colon_speaker(doc, colon) is not None else None


def _colon_speaker(doc: Doc, colon: Token) -> Token | None:
    """The person or organisation named just before a colon on its line ("Jeffrey M. Jones: “…”")."""
    index = doc_index(doc)
    for ent in reversed(index.ents):
        if ent.end > colon.i:
            continue
        if _crosses_line(index.text, ent.end_char, colon.idx) or colon.i - ent.end > _ADJACENT_TOKENS:
            return None
        if ent.label_ in ("PERSON", "ORG"):
            return ent.root
    return None


def _cue_source(doc: Doc, cue: Token, lex: CueLexicon) -> Token | None:
    return _colon_speaker(doc, cue) if cue.text == ":" else find_source(cue, lex)


def _cue_in_sentence(doc: Doc, seg: QuotedSegment, quoted: list[tuple[int, int]], lex: CueLexicon) -> Token | None:
    """The speech verb nearest the segment in the sentences it starts or ends in, outside any quote."""
    span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    index = doc_index(doc)
    text = index.text
    best: tuple[int, Token] | None = None
    first, last = index.sent(span[0].i), index.sent(span[-1].i)
    # In document order (a set of spans would iterate in hash order): on a tie the earlier verb wins.
    for sent in (first,) if (first.start, first.end) == (last.start, last.end) else (first, last):
        for t in sent:
            if t.pos_ not in ("VERB", "AUX") or not lex.is_speech(t):
                continue
            if any(a <= t.idx < b for a, b in quoted):
                continue
            gap = text[t.idx : seg.start] if t.idx < seg.start else text[seg.end : t.idx]
            if "\n" in gap:
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), t)
    return best[1] if best else None


def link_segments(doc: Doc, segments: list[QuotedSegment], claims: list[Claim], lex: CueLexicon) -> list[SegmentLink]:
    """Decide, for each segment, what attributes it."""
    spans = [(c, char_range(doc, c.content), char_range(doc, c.cue) if c.cue else None) for c in claims]
    starts = [t.idx for t in doc]
    text = doc_index(doc).text
    quoted = [(s.start, s.end) for s in segments]
    out: list[SegmentLink] = []
    for seg in segments:
        inner = (seg.inner_start, seg.inner_end)
        # A few quoted words are a partial quote or a scare quote unless a cue sits right next to them.
        short = is_scare_quote(text, seg) and not _has_clause(doc, seg)
        best: tuple[int, Claim] | None = None
        partial = False
        for claim, content, cue in spans:
            ov = _overlap(content, inner)
            if ov == 0 or cue is None or _overlap(cue, (seg.start, seg.end)) > 0:
                continue
            gap = text[cue[1] : seg.start] if cue[1] <= seg.start else text[seg.end : cue[0]]
            if "\n" in gap:
                continue  # a cue never reaches into another paragraph
            # The claim's content must lie within the quote (else the quote is part of a reported clause).
            inside = seg.start - _SLACK_CHARS <= content[0] and content[1] <= seg.end + _SLACK_CHARS
            near = not short or len(gap) <= _SHORT_GAP_CHARS
            if inside and near and claim.speech:
                distance = min(abs(cue[0] - seg.end), abs(seg.start - cue[1]))
                if best is None or distance < best[0]:
                    best = (distance, claim)
            elif 2 * ov >= inner[1] - inner[0]:
                partial = True  # the quote is (mostly) inside a reported clause
        if best is not None:
            out.append(SegmentLink(seg, "claim", claim=best[1]))
            continue
        if partial and not (short and is_so_called(text, seg)):
            out.append(SegmentLink(seg, "partial"))
            continue
        if short:
            # “Not even one,” he said: a few words are a quote when a cue follows the comma.
            ends_comma = _inner_end(text, seg).endswith((",", "?", "!"))
            cue_tok = _adjacent_cue(doc, starts, seg, lex, after_only=True) if ends_comma else None
        else:
            cue_tok = _adjacent_cue(doc, starts, seg, lex) or _cue_in_sentence(doc, seg, quoted, lex)
        if cue_tok is not None:
            src = _cue_source(doc, cue_tok, lex)
            elided = src is None and not is_passive(cue_tok)
            out.append(
                SegmentLink(
                    seg, "adjacent", cue=cue_tok.i, source_head=src.i if src is not None else None, elided=elided
                )
            )
            continue
        out.append(SegmentLink(seg, "uncued", scare=short))
    return out
