"""The PETRARCH verb dictionary: synsets, verb blocks, verb forms and patterns.

Format (PETRARCH2 ``read_verb_dictionary``; TABARI before it):

* ``&NAME`` starts a synset; ``+WORD`` / ``+TWO WORDS`` / ``+&OTHER`` lines are its members
  (a regular plural is generated for each member unless it, or the synset's name, ends in ``_``).
* ``--- NAME [code] ---`` starts a verb block; the code is the CAMEO event code used when
  no pattern matches (``---``: no event).
* Verb lines list the block's verbs: ``BREAK {BROKE BROKEN}`` (irregular forms; without
  braces the regular -S/-ED/-ING forms are generated), ``+CORDON_OFF {...}`` or
  ``WIRE_+TAP`` (multi-word verbs; ``+`` marks the verb word), optionally ``[code]``.
* Pattern lines ``- words * words [code]``: ``*`` is the verb, words before it must occur
  before the verb and words after it after the verb, in order; ``_`` joins words that
  must be adjacent; ``$`` marks the source actor, ``+`` the target, ``%`` a compound actor
  that is both, ``^`` skips a noun phrase, ``&NAME`` matches any member of a synset.
  ``(...)`` and ``{...}`` only group words. Codes ``A:B`` mean source->target A and
  target->source B (CAMEO reciprocal events); ``:B`` only the latter. The comment after a
  pattern (``# DEMAND``) names the verb of the block it was written for (:attr:`Pattern.verb`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from newsgraph.events.petrarch.agents import plural
from newsgraph.events.petrarch.lines import Line, comment_of, dictionary_lines, read_text

ElementKind = Literal["word", "syn", "source", "target", "both", "skip"]
_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True, slots=True)
class Element:
    """One pattern element; ``glued`` = the next element must follow it immediately."""

    kind: ElementKind
    value: str = ""
    glued: bool = False
    preposition: bool = False  # the first word of a "(...)" group: a preposition in the text


@dataclass(frozen=True, slots=True)
class Pattern:
    """A verb pattern: elements before and after the verb, and the code it assigns."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    star_glued_before: bool  # the last before-element touches the verb
    star_glued_after: bool  # the first after-element touches the verb
    code: str
    line: int
    words: frozenset[str] = frozenset()  # literal words the sentence must contain
    synsets: frozenset[str] = frozenset()  # synsets one of whose members it must contain
    verb: str = ""  # the verb the pattern was written for, from its comment ("# DEMAND"), if any

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass(slots=True)
class VerbBlock:
    """A ``--- VERB [code] ---`` block: its default code and its patterns."""

    name: str
    code: str
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One inflected (or base) form of a verb, possibly with particles before/after it."""

    pre: tuple[str, ...]
    verb: str
    post: tuple[str, ...]
    base: str  # the base form of the verb word (for lemma lookup)
    code: str | None  # the verb line's own code, if any
    block: VerbBlock

    @property
    def length(self) -> int:
        return len(self.pre) + 1 + len(self.post)


def verb_forms(base: str) -> list[str]:
    """Regular -S, -ED and -ING forms of an upper-case verb, as PETRARCH generates them."""
    forms = [base]
    if base.endswith(("S", "X", "Z", "CH", "SH")):
        forms.append(base + "ES")
    elif base.endswith("Y") and len(base) > 1 and base[-2] not in "AEIOU":
        forms.append(base[:-1] + "IES")
    else:
        forms.append(base + "S")
    if base.endswith("E"):
        forms.append(base + "D")
        forms.append((base[:-1] if not base.endswith("EE") else base) + "ING")
    elif base.endswith("Y") and len(base) > 1 and base[-2] not in "AEIOU":
        forms.append(base[:-1] + "IED")
        forms.append(base + "ING")
    else:
        forms.append(base + "ED")
        forms.append(base + "ING")
    return forms


def _split_verb_phrase(text: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """``KLM_NOP_+RST`` -> (("KLM","NOP"), "RST", ()); without ``+`` the first word is the verb."""
    words = [w for w in text.replace("_", " ").upper().split() if w]
    idx = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+") for w in words]
    return tuple(words[:idx]), words[idx], tuple(words[idx + 1 :])


def _chunk_parts(chunk: str, synsets: frozenset[str]) -> list[str]:
    """Split a chunk on ``_`` but keep synset names that contain ``_`` whole."""
    raw = chunk.split("_")
    parts: list[str] = []
    i = 0
    while i < len(raw):
        part = raw[i]
        if part.startswith("&"):
            for j in range(len(raw), i, -1):
                name = "_".join(raw[i:j]).upper()
                if name[1:] in synsets:
                    part, i = name, j - 1
                    break
        parts.append(part)
        i += 1
    return parts


def parse_pattern(text: str, code: str, line: Line, synsets: frozenset[str] = frozenset()) -> Pattern:
    """Parse the part of a pattern line between ``-`` and ``[code]``."""
    spaced = text.replace("(", " ( ")
    for ch in "){}":
        spaced = spaced.replace(ch, " ")
    spaced = re.sub(r"(?<=[^\s_])\*|\*(?=[^\s_])", lambda m: " * ", spaced)
    elements: list[Element] = []
    star: int | None = None
    opens_pp = False  # PETRARCH2 "(TO BORDER)": a prepositional phrase headed by TO
    for chunk in spaced.split():
        if chunk == "(":
            opens_pp = True
            continue
        pp_head, opens_pp = opens_pp, False
        parts = _chunk_parts(chunk, synsets)
        for j, part in enumerate(parts):
            if not part:
                continue
            glued = j + 1 < len(parts) and parts[j + 1] != ""
            if part == "*":
                if star is not None:
                    raise line.error("a pattern has more than one *", code="C014")
                star = len(elements)
                elements.append(Element("word", "*", glued))
                continue
            kind: ElementKind
            if part == "$":
                kind = "source"
            elif part == "+":
                kind = "target"
            elif part == "%":
                kind = "both"
            elif part == "^":
                kind = "skip"
            elif part.startswith("&"):
                kind = "syn"
            else:
                kind = "word"
            value = part.upper().lstrip("&") if kind in ("word", "syn") else ""
            elements.append(Element(kind, value, glued, preposition=pp_head and j == 0 and kind == "word"))
    if star is None:
        raise line.error("a pattern has no * (verb position)", code="C014")
    before = tuple(elements[:star])
    after = tuple(elements[star + 1 :])
    return Pattern(
        before=before,
        after=after,
        star_glued_before=bool(before) and before[-1].glued,
        star_glued_after=elements[star].glued,
        code=code,
        line=line.number,
        words=frozenset(e.value for e in elements if e.kind == "word" and e.value != "*"),
        synsets=frozenset(e.value for e in elements if e.kind == "syn"),
    )


@dataclass(slots=True)
class VerbDictionary:
    """Verb forms indexed by surface word and by base word; synsets resolved to phrases."""

    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    by_surface: dict[str, list[VerbForm]] = field(default_factory=dict)
    by_base: dict[str, list[VerbForm]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)

    @property
    def pattern_count(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)

    def add_form(self, form: VerbForm) -> None:
        self.by_surface.setdefault(form.verb, []).append(form)
        self.by_base.setdefault(form.base, []).append(form)


def _bracket_code(text: str, line: Line) -> str | None:
    m = _BRACKET.search(text)
    if not m:
        return None
    code = m.group(1).strip().upper()
    if not code:
        raise line.error("empty [] code", code="C015")
    return code


def read_verb_dictionary(path: Path) -> VerbDictionary:
    vd = VerbDictionary()
    raw_synsets: dict[str, list[str]] = {}
    exact_synsets: set[str] = set()
    synset: list[str] | None = None
    block: VerbBlock | None = None
    pending: list[tuple[VerbBlock, str, str, Line]] = []
    for line in dictionary_lines(path, keep_blank=True):
        text = line.text
        if not text:
            synset = None
            continue
        if text.count("[") != text.count("]"):
            raise line.error("unbalanced [ ] on a verb dictionary line", code="C015")
        if text.startswith("&"):
            head = text.split()[0].lstrip("&").upper()
            name = head.rstrip("_")
            if head.endswith("_"):
                exact_synsets.add(name)  # "&AUXVERB1_": its members take no generated plural
            synset = raw_synsets.setdefault(name, [])
            continue
        if synset is not None and text.startswith("+"):
            synset.append(text[1:].strip().upper())
            continue
        synset = None
        if text.startswith("---"):
            m = _BRACKET.search(text)
            name = text.strip("- ").split("[")[0].strip()
            code = m.group(1).strip().upper() if m else "---"
            block = VerbBlock(name, code or "---")
            vd.blocks.append(block)
            continue
        if block is None:
            raise line.error("a verb or pattern line before the first --- VERB [code] --- block", code="C016")
        if text.startswith("-"):
            code = _bracket_code(text, line)
            if code is None:
                raise line.error("a pattern without a [code]", code="C015")
            pending.append((block, text[1:].split("[")[0], code, line))
            continue
        # a verb line
        code = _bracket_code(text, line)
        head = text.split("[")[0]
        braces = _BRACES.search(head)
        main = head[: braces.start()] if braces else head
        if not main.strip():
            continue
        pre, verb, post = _split_verb_phrase(main)
        base = verb
        if braces is None:
            variants = [(pre, form, post) for form in verb_forms(verb)]
        else:
            variants = [(pre, verb, post)]
            variants += [_split_verb_phrase(f) for f in braces.group(1).split()]
        seen: set[tuple[tuple[str, ...], str, tuple[str, ...]]] = set()
        for v in variants:
            if v not in seen:
                seen.add(v)
                vd.add_form(VerbForm(v[0], v[1], v[2], base, code, block))
    names = frozenset(raw_synsets)
    raw_lines = read_text(path).splitlines()
    for owner, pattern_text, code, line in pending:
        pattern = parse_pattern(pattern_text, code, line, names)
        note = comment_of(raw_lines[line.number - 1]).split()
        if note and re.fullmatch(r"[A-Z][A-Z_-]*", note[0]):
            pattern = replace(pattern, verb=note[0])
        owner.patterns.append(pattern)
    for b in vd.blocks:
        # longer patterns first (TABARI/PETRARCH), file order among equals
        b.patterns.sort(key=lambda p: -p.size)
    vd.synsets = _resolve_synsets(raw_synsets, frozenset(exact_synsets))
    return vd


def _resolve_synsets(
    raw: dict[str, list[str]], exact_names: frozenset[str] = frozenset()
) -> dict[str, list[tuple[str, ...]]]:
    """Expand members into word tuples, with plurals and nested synsets (``+&OTHER``); members of
    a synset whose name ends in ``_`` (``exact_names``), or that end in ``_`` themselves, get no plural."""
    resolved: dict[str, list[tuple[str, ...]]] = {}

    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        if name in resolved:
            return resolved[name]
        out: list[tuple[str, ...]] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                ref = member.split()[0].lstrip("&").rstrip("_")
                if ref not in seen:
                    out.extend(expand(ref, seen | {ref}))
                continue
            exact = member.endswith("_") or name in exact_names
            words = tuple(w for w in member.replace("_", " ").split() if w)
            if not words:
                continue
            out.append(words)
            if not exact:
                out.append((*words[:-1], plural(words[-1])))
        out.sort(key=lambda w: -len(w))
        resolved[name] = out
        return out

    for name in raw:
        expand(name, frozenset({name}))
    return resolved
