"""The PETRARCH actor dictionary: phrases, synonyms and date-restricted CAMEO actor codes.

Format (TABARI/PETRARCH): an entry line holds the phrase (words joined by ``_`` or
spaces; a trailing ``_`` means "this exact word only"), optionally followed by codes in
brackets; lines starting with ``+`` add synonyms; indented ``[...]`` lines add codes.
A code may carry a date restriction: ``[CODE <YYYYMMDD]`` (before), ``[CODE >YYYYMMDD]``
(after), ``[CODE D1-D2]`` (between, inclusive); six-digit dates are ``YYMMDD``.
``[---]`` means "not an actor" (in that period); ``A/B`` gives several actors at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.events.petrarch.lines import Line, dictionary_lines

_BRACKET = re.compile(r"\[([^\]]*)\]")
_CODE = re.compile(r"^[A-Za-z0-9/]+$")
_MAX_DATE = 99_999_999
# endings a dictionary word without a trailing "_" may take: plurals and demonyms
STEM_ENDINGS = frozenset({"S", "ES", "N", "AN", "IAN", "I", "ESE", "ISH", "A", "E", "IA", "NS", "ANS", "IS"})


@dataclass(frozen=True, slots=True)
class DatedCode:
    """An actor code valid from ``start`` to ``end`` (inclusive YYYYMMDD; None = open)."""

    code: str | None
    start: int | None = None
    end: int | None = None

    def covers(self, date: int) -> bool:
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)

    @property
    def width(self) -> int:
        return (self.end if self.end is not None else _MAX_DATE) - (self.start or 0)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One phrase of the actor dictionary and the codes of its entry."""

    words: tuple[str, ...]
    exact: bool  # trailing "_": the last word must match exactly
    codes: tuple[DatedCode, ...]
    name: str  # the entry's main phrase, for display
    gaps: tuple[bool, ...] = ()  # gaps[k]: words k and k+1 were joined by a space, not "_"
    new: bool = False  # a "new actor" (PETRARCH's new_actor_length): a phrase no dictionary names

    def code_on(self, date: int | None) -> str | None:
        """The code in force on ``date``: the narrowest restriction that covers it wins."""
        when = date if date is not None else _MAX_DATE - 1
        best: DatedCode | None = None
        for dc in self.codes:
            if dc.covers(when) and (best is None or dc.width < best.width):
                best = dc
        return best.code if best else None


class _BadDate(ValueError):
    pass


def normalise_date(text: str, line: Line) -> int:
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise _BadDate(f"{line.where}: bad date {text!r}")
    if len(digits) == 6:
        year = int(digits[:2])
        digits = ("20" if year <= 30 else "19") + digits
    return int(digits)


def parse_code(body: str, line: Line) -> DatedCode | None:
    """``CODE``, ``CODE <D``, ``CODE >D``, ``CODE D1-D2``; None when the bracket is not a code."""
    body = body.strip()
    if not body:
        return None
    parts = body.split(None, 1)
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    if code[0] in "<>" or (code[0].isdigit() and rest == ""):
        # a date with no code (e.g. "[950601-990815]"): not an actor code
        if code[0].isdigit() and "-" in code:
            return None
        if code[0] in "<>":
            return None
    value: str | None = code.upper()
    if value == "---" or not _CODE.match(code):
        value = None
    rest = rest.replace(" ", "")
    if not rest:
        return DatedCode(value)
    if rest[0] == "<":
        return DatedCode(value, None, normalise_date(rest[1:], line) - 1)
    if rest[0] == ">":
        return DatedCode(value, normalise_date(rest[1:], line) + 1, None)
    if "-" in rest:
        lo, hi = rest.split("-", 1)
        return DatedCode(value, normalise_date(lo, line), normalise_date(hi, line))
    raise _BadDate(f"{line.where}: bad date restriction {body!r}")


def _drop_stray_closers(text: str) -> str:
    """Remove ``]`` without an opening ``[`` (a typo the Phoenix files contain)."""
    out, depth = [], 0
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    return "".join(out)


def split_codes(text: str, line: Line) -> tuple[str, list[DatedCode]]:
    """The phrase before the first ``[`` and the codes in brackets on ``text``."""
    text = _drop_stray_closers(text)
    if text.count("[") != text.count("]"):
        raise line.error("unclosed [ in an actor code", code="C012")
    first = text.find("[")
    phrase = text if first < 0 else text[:first]
    codes: list[DatedCode] = []
    for m in _BRACKET.finditer(text):
        try:
            code = parse_code(m.group(1), line)
        except _BadDate:
            # operational dictionaries carry a few mistyped dates: that restriction is skipped
            continue
        if code is not None:
            codes.append(code)
    return phrase.strip(), codes


def split_possessive(word: str) -> list[str]:
    """A dictionary word with a possessive ending as the tokens a parser makes of it:
    ``PEOPLE'S`` -> ``PEOPLE``, ``'S``; ``PEOPLES'`` -> ``PEOPLES``, ``'`` (the dictionaries write
    "DEMOCRATIC_PEOPLE'S_REPUBLIC_OF_KOREA", "SYRIA'S_GOVERNMENT"; the text's tokens are split)."""
    word = word.replace("\u2019", "'")
    if len(word) > 2 and word.endswith("'S"):
        return [word[:-2], "'S"]
    if len(word) > 1 and word.endswith("'"):
        return [word[:-1], "'"]
    return [word]


def phrase_words(phrase: str) -> tuple[tuple[str, ...], bool, tuple[bool, ...]]:
    """Words of a dictionary phrase, whether it ends in ``_`` (exact last word), and where a
    space (TABARI: other words of the noun phrase may come in between) joins two words.
    Possessive endings are words of their own (:func:`split_possessive`)."""
    exact = phrase.endswith("_")
    words: list[str] = []
    gaps: list[bool] = []
    for chunk in phrase.upper().split():
        parts = [t for w in chunk.split("_") if w for t in split_possessive(w)]
        for j, w in enumerate(parts):
            if words:
                gaps.append(j == 0)
            words.append(w)
    return tuple(words), exact, tuple(gaps)


class ActorDictionary:
    """Actor phrases indexed by their first word (one-word phrases) or first two words,
    each bucket longest first, so that matching at a position tries few candidates."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self.single: dict[str, list[ActorEntry]] = {}
        self.stem_single: dict[str, list[ActorEntry]] = {}
        self.multi: dict[tuple[str, str], list[ActorEntry]] = {}
        self.gapped: dict[str, list[ActorEntry]] = {}  # a space after the first word
        count = 0
        for e in entries:
            count += 1
            if len(e.words) == 1:
                self.single.setdefault(e.words[0], []).append(e)
                if not e.exact and len(e.words[0]) >= 4:
                    self.stem_single.setdefault(e.words[0], []).append(e)
            else:
                self.multi.setdefault((e.words[0], e.words[1]), []).append(e)
                if e.gaps and e.gaps[0]:
                    self.gapped.setdefault(e.words[0], []).append(e)
        for bucket in self.multi.values():
            bucket.sort(key=lambda e: -len(e.words))
        self.size = count

    def candidates(self, word: str, following: str | None = None) -> list[ActorEntry]:
        """Entries that may start at ``word`` (followed by ``following``), longest first."""
        found: list[ActorEntry] = []
        if following is not None:
            found.extend(self.multi.get((word, following), ()))
            for k in range(1, 4):
                if len(following) - k >= 4 and following[-k:] in STEM_ENDINGS:
                    found.extend(e for e in self.multi.get((word, following[:-k]), ()) if len(e.words) == 2)
        found.extend(e for e in self.gapped.get(word, ()) if e not in found)
        found.extend(self.single.get(word, ()))
        for k in range(1, 4):
            if len(word) - k >= 4 and word[-k:] in STEM_ENDINGS:
                found.extend(self.stem_single.get(word[:-k], ()))
        return found


def word_matches(entry_word: str, word: str, *, last: bool, exact: bool) -> bool:
    if word == entry_word:
        return True
    if not last or exact or len(entry_word) < 4 or not word.startswith(entry_word):
        return False
    return word[len(entry_word) :] in STEM_ENDINGS


def read_actor_file(path: Path) -> list[ActorEntry]:
    """All phrases of one actor dictionary file."""
    entries: list[ActorEntry] = []
    phrases: list[tuple[tuple[str, ...], bool, tuple[bool, ...]]] = []
    codes: list[DatedCode] = []
    name = ""

    def flush() -> None:
        if phrases and codes:
            frozen = tuple(codes)
            entries.extend(ActorEntry(words, exact, frozen, name, gaps) for words, exact, gaps in phrases)

    for line in dictionary_lines(path):
        text = line.text
        if text.startswith("["):
            codes.extend(split_codes(text, line)[1])
            continue
        if text.startswith("+"):
            phrase, more = split_codes(text[1:], line)
            words, exact, gaps = phrase_words(phrase)
            if words:
                phrases.append((words, exact, gaps))
            codes.extend(more)
            continue
        flush()
        phrase, codes = split_codes(text, line)
        words, exact, gaps = phrase_words(phrase)
        phrases = [(words, exact, gaps)] if words else []
        name = " ".join(words).title()
    flush()
    return entries


def read_actor_dictionary(paths: Iterable[Path]) -> ActorDictionary:
    entries: list[ActorEntry] = []
    for p in paths:
        entries.extend(read_actor_file(p))
    return ActorDictionary(entries)
