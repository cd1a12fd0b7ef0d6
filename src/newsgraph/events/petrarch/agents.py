"""The PETRARCH agent dictionary: nouns for roles and sectors that combine with a country.

``PRESIDENT [~GOV]`` appends GOV to the actor's code (Gondor's president -> GONGOV);
``MSF [NGO~]`` prefixes it (an MSF Arnor diplomat -> NGOARNGOV). ``{...}`` lists plural
forms (``{}``: none); otherwise a regular plural is generated. ``!PERSON! = MAN, MEN``
defines a substitution set used inside phrases (``CONGRESS!PERSON!``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.events.petrarch.actors import split_possessive
from newsgraph.events.petrarch.lines import dictionary_lines

_SUBST = re.compile(r"!([A-Z0-9_]+)!")
_AGENT_CODE = re.compile(r"^[A-Z0-9]+$")


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """An agent phrase and its code; ``prefix`` codes go before the country (``NGO~``)."""

    words: tuple[str, ...]
    code: str
    prefix: bool


def plural(word: str) -> str:
    """A regular English plural of an upper-case word, as PETRARCH generates them."""
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def _expand(phrase: str, subst: dict[str, list[str]]) -> Iterator[str]:
    m = _SUBST.search(phrase)
    if not m or m.group(1) not in subst:
        yield phrase
        return
    for value in subst[m.group(1)]:
        yield from _expand(phrase[: m.start()] + value + phrase[m.end() :], subst)


class AgentDictionary:
    """Agent phrases indexed by first word, longest first."""

    def __init__(self, entries: list[AgentEntry]) -> None:
        self.by_first: dict[str, list[AgentEntry]] = {}
        for e in entries:
            self.by_first.setdefault(e.words[0], []).append(e)
        for bucket in self.by_first.values():
            bucket.sort(key=lambda e: -len(e.words))
        self.size = len(entries)

    def candidates(self, word: str) -> list[AgentEntry]:
        return self.by_first.get(word, [])


def read_agent_dictionary(path: Path | None) -> AgentDictionary:
    if path is None:
        return AgentDictionary([])
    subst: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for line in dictionary_lines(path):
        text = line.text
        if text.startswith("!") and "=" in text:
            name, _, values = text.partition("=")
            subst[name.strip().strip("!").upper()] = [v.strip().upper() for v in values.split(",") if v.strip()]
            continue
        if "[" not in text:
            continue  # a phrase without a code codes nothing
        head, _, rest = text.partition("[")
        if head.count("{") != head.count("}"):
            raise line.error("unbalanced { } in an agent entry", code="C013")
        # the code runs to "]" (Phoenix has one "[~ENV}" typo, read the same way)
        body = re.split(r"[\]}]", rest, maxsplit=1)[0].replace(" ", "").upper()
        prefix = body.endswith("~") and not body.startswith("~")
        code = body.strip("~")
        if not code or not _AGENT_CODE.match(code):
            raise line.error(f"bad agent code [{body}]", code="C013")
        phrase, _, plurals = head.partition("{")
        phrase = phrase.strip().upper()
        explicit = plurals.rstrip().rstrip("}").split() if plurals else None
        forms: list[str] = []
        for expanded in _expand(phrase, subst):
            forms.append(expanded)
            if explicit is None and "!" not in phrase:
                *rest_words, last = expanded.replace("_", " ").split()
                forms.append(" ".join([*rest_words, plural(last)]))
        for form in explicit or []:
            forms.extend(_expand(form.upper(), subst))
        for form in dict.fromkeys(forms):
            words = tuple(t for w in form.replace("_", " ").split() if w for t in split_possessive(w))
            if words:
                entries.append(AgentEntry(words, code, prefix))
    return AgentDictionary(entries)
