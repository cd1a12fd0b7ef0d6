"""The quote stage: direct quotes, reported speech, "according to", scare quotes, with speakers.

Order of work: pair the quotation marks (:mod:`marks`), read attributions from the parse
(:mod:`indirect`), tie quoted segments to their cues (:mod:`direct`), set aside scare
quotes (:mod:`scare`), then resolve every source to an actor (:mod:`speakers`) in text
order, so that pronouns and elided sources can refer back to earlier speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as DocSpan

from newsgraph.actors.datelines import dateline_spans
from newsgraph.actors.index import ActorIndex
from newsgraph.docindex import doc_index
from newsgraph.quotes.cues import load_cues
from newsgraph.quotes.direct import SegmentLink, char_range, link_segments, named_after_quote
from newsgraph.quotes.indirect import Claim, find_claims, source_span
from newsgraph.quotes.marks import QuotedSegment, find_segments
from newsgraph.quotes.speakers import SpeakerResolver
from newsgraph.records import Article, Quote, QuoteKind, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_CONTINUATION_PARAGRAPHS = 2
_CONTINUATION_GAP_CHARS = 12  # "“…,” he said. “…”" and bare paragraph breaks
_MIN_UNCUED_WORDS = 5
_PERSON = frozenset({"person"})


@dataclass(frozen=True, slots=True)
class QuoteFindings:
    """What the quote stage found: claims with their speakers, and scare-quoted terms."""

    quotes: tuple[Quote, ...] = ()
    scare_quotes: tuple[Span, ...] = ()


@dataclass(slots=True)
class _Draft:
    """A quote before its speaker is resolved (character offsets, source head token)."""

    kind: QuoteKind
    content: tuple[int, int]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    source_head: int | None
    anchor: int  # a token index near the cue, for elided-speaker resolution
    speech: bool
    elided: bool = False
    continues: int | None = None  # index of the draft this uncued quote continues


def _chars(doc: Doc, tokens: tuple[int, int] | None) -> tuple[int, int] | None:
    return char_range(doc, tokens) if tokens is not None else None


def _draft_from_claim(doc: Doc, claim: Claim, content: tuple[int, int], kind: QuoteKind) -> _Draft:
    anchor = claim.cue[0] if claim.cue else claim.content[0]
    return _Draft(
        kind=kind,
        content=content,
        cue=_chars(doc, claim.cue),
        source=_chars(doc, claim.source),
        source_head=claim.source_head,
        anchor=anchor,
        speech=claim.speech,
        elided=claim.elided,
    )


def _entity_at(doc: Doc, tok: Token) -> DocSpan | None:
    return doc_index(doc).ent_at(tok.i)


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, min(char + 1, len(doc_index(doc).text)), alignment_mode="expand")
    return span.start if span is not None and len(span) else 0


def _has_verb(doc: Doc, seg: QuotedSegment) -> bool:
    span = doc.char_span(seg.inner_start, seg.inner_end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _continues(text: str, previous: _Draft, seg: QuotedSegment) -> bool:
    """Whether an uncued quote goes on with the previous one: only its cue, or little else, lies between."""
    gap = (previous.content[1], seg.start)
    if len(_PARAGRAPH_BREAK.findall(text[gap[0] : gap[1]])) > _CONTINUATION_PARAGRAPHS:
        return False
    if len(text[gap[0] : gap[1]].strip()) <= _CONTINUATION_GAP_CHARS:
        return True
    return previous.cue is not None and gap[0] <= previous.cue[0] and previous.cue[1] <= gap[1]


def _outside_quote(doc: Doc, seg: QuotedSegment, draft: _Draft) -> _Draft:
    """A direct quote's source is never a word of the quote (a parse error): then take the name by the cue."""
    if draft.source is None or not seg.start <= draft.source[0] < seg.end:
        return draft
    named = named_after_quote(doc, seg, doc[draft.anchor])
    ent = _entity_at(doc, named) if named is not None else None
    draft.source = _chars(doc, (ent.start, ent.end)) if ent is not None else None
    draft.source_head = named.i if named is not None else None
    draft.elided = named is None
    return draft


def _speech_before(doc: Doc, claims: list[Claim], seg: QuotedSegment) -> Claim | None:
    """The nearest speech claim earlier in the segment's paragraph ("…about “x,”” Wilcox said. “…”)."""
    text = doc_index(doc).text
    best: tuple[int, Claim] | None = None
    for claim in claims:
        if not claim.speech or claim.cue is None or claim.source_head is None:
            continue
        cue_end = char_range(doc, claim.cue)[1]
        same_paragraph = cue_end <= seg.start and "\n" not in text[cue_end : seg.start]
        if same_paragraph and (best is None or cue_end > best[0]):
            best = (cue_end, claim)
    return best[1] if best else None


def _direct_drafts(
    doc: Doc, links: list[SegmentLink], claims: list[Claim], used: set[int], claim_ids: dict[int, int]
) -> list[_Draft]:
    text = doc_index(doc).text
    drafts: list[_Draft] = []
    for link in links:
        seg = link.segment
        content = (seg.start, seg.end)
        if link.link == "claim" and link.claim is not None:
            used.add(claim_ids[id(link.claim)])
            drafts.append(_outside_quote(doc, seg, _draft_from_claim(doc, link.claim, content, "direct")))
        elif link.link == "adjacent" and link.cue is not None:
            src = doc[link.source_head] if link.source_head is not None else None
            draft = _Draft(
                kind="direct",
                content=content,
                cue=_chars(doc, (link.cue, link.cue + 1)),
                source=_chars(doc, source_span(doc, src, doc[link.cue])) if src is not None else None,
                source_head=link.source_head,
                anchor=link.cue,
                speech=True,
                elided=link.elided,
            )
            drafts.append(_outside_quote(doc, seg, draft))
        elif link.link == "uncued" and not link.scare:
            previous = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i].kind == "direct"), None)
            if previous is not None and not _continues(text, drafts[previous], seg):
                previous = None
            words = len(text[seg.inner_start : seg.inner_end].split())
            if previous is None:
                speech = _speech_before(doc, claims, seg)
                if speech is not None:  # goes on with a speaker whose cue opened the paragraph
                    drafts.append(_draft_from_claim(doc, speech, content, "direct"))
                    drafts[-1].cue = None
                    continue
            if previous is None and (words < _MIN_UNCUED_WORDS or not _has_verb(doc, seg)):
                continue
            drafts.append(
                _Draft(
                    kind="direct",
                    content=content,
                    cue=None,
                    # the continued quote's source, as written, is this one's too
                    source=drafts[previous].source if previous is not None else None,
                    source_head=None,
                    anchor=_token_at(doc, seg.start),
                    speech=True,
                    # a quote paragraph of its own goes on with the last speaker before it (news convention)
                    elided=previous is None,
                    continues=previous,
                )
            )
    return drafts


def _term(text: str, seg: QuotedSegment) -> Span:
    """The words in scare quotes, without the comma or period American style puts inside the marks."""
    end = seg.inner_end
    while end > seg.inner_start + 1 and (text[end - 1] in ",.;:" or text[end - 1].isspace()):
        end -= 1
    start = seg.inner_start
    while start < end - 1 and text[start].isspace():
        start += 1
    return Span.of(text, start, end)


def find_quotes(doc: Doc, article: Article, actors: ActorIndex) -> QuoteFindings:
    """Quotes and claims of one article, with speakers resolved to (possibly new) actors."""
    lex = load_cues()
    text = doc_index(doc, fresh=True).text  # the actor stage has edited doc.ents
    segments = [s for s in find_segments(text) if text[s.inner_start : s.inner_end].strip()]
    # a dateline ("LIMA, Aug. 9 (Reuters) —") is a place and time stamp, never the source of a claim
    claims = [
        replace(c, source=None, source_head=None, elided=False)
        if c.source_head is not None and actors.in_dateline(c.source_head)
        else c
        for c in find_claims(doc, lex)
    ]
    claim_ids = {id(c): i for i, c in enumerate(claims)}
    links = link_segments(doc, segments, claims, lex)
    used: set[int] = set()
    drafts = _direct_drafts(doc, links, claims, used, claim_ids)
    scare = [_term(text, lk.segment) for lk in links if lk.link == "uncued" and lk.scare]
    direct_spans = [d.content for d in drafts]
    seen: set[tuple[int, int]] = set(direct_spans)
    for i, claim in enumerate(claims):
        if i in used:
            continue
        content = char_range(doc, claim.content)
        if content in seen:
            continue
        cue = char_range(doc, claim.cue) if claim.cue else content
        if any(start < cue[0] and cue[1] < end for start, end in direct_spans):
            continue  # a claim inside a direct quote is the quoted speaker's own ("I think …")
        seen.add(content)
        drafts.append(_draft_from_claim(doc, claim, content, claim.kind))

    # Resolve speakers in text order so pronouns can refer to earlier speakers.
    order = sorted(range(len(drafts)), key=lambda i: (drafts[i].anchor, drafts[i].content[0]))
    resolver = SpeakerResolver(doc, actors, lex, date=article.published)
    speakers: dict[int, str | None] = {}
    for i in order:
        d = drafts[i]
        speaker: str | None
        if d.source_head is not None:
            speaker = resolver.resolve(doc[d.source_head])
        elif d.continues is not None:
            speaker = speakers.get(d.continues)
        elif d.elided:
            speaker = resolver.antecedent(d.anchor, _PERSON)  # elided: "…,” said at the press meeting
        else:
            speaker = None
        if speaker is not None:
            resolver.note_speaker(d.source_head if d.source_head is not None else d.anchor, speaker)
        speakers[i] = speaker

    quotes = []
    datelines = dateline_spans(text)
    for n, i in enumerate(sorted(range(len(drafts)), key=lambda i: drafts[i].content), start=1):
        d = drafts[i]
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=d.kind,
                speaker=speakers[i],
                source=Span.of(text, *d.source) if d.source else None,
                cue=Span.of(text, *d.cue) if d.cue else None,
                content=Span.of(text, *_after_dateline(d.content, datelines, text)),
            )
        )
    return QuoteFindings(tuple(quotes), tuple(scare))


def _after_dateline(content: tuple[int, int], datelines: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """A claim's content starts after the dateline its paragraph opens with ("NEW YORK, July 20 (AP) — X was
    extradited …, prosecutors said" claims "X was extradited …")."""
    start, end = content
    for a, b in datelines:
        if a <= start < b < end:
            start = b
            while start < end and text[start].isspace():
                start += 1
    return start, end
