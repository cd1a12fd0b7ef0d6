"""Remove what is not the article from article text: picture credits, bylines, footers.

Works line by line on normalised text (newlines are ``\\n``), for every input format alike.
What it removes is listed in ``newsgraph/data/readers/cleanup.toml``:

- picture credits: a line that is only a credit (``Juan Barreto/AFP/Getty Images``,
  ``Photo: Reuters``), a caption line that ends in one (``… in Caracas. (AP Photo/Ariana Cubillos)``),
  and credit parentheses inside a paragraph;
- a byline among the first lines (``By Jane Doe and John Roe``, ``By JANE DOE, Associated Press``,
  ``Author: Jane Doe``): removed and returned as names;
- a ``Published``/``Updated`` date line among the first lines: removed and returned as a date;
- boilerplate lines (newsletter and sharing prompts, "Advertisement") and, from a
  "Comments" or "Related articles" heading on, the comment section and link lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsgraph.data import read_toml
from newsgraph.errors import ConfigError
from newsgraph.readers.dates import find_date

_HEAD_LINES = 6  # bylines and date lines are looked for among the first non-empty lines only
_SHORT_LINE = 200  # longer lines are prose, never boilerplate
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t]+")
_ORGANISATION_BYLINE = 60  # longest "By <organisation>" line taken as a byline
_TITLE_WORDS = 3  # a first line needs this many words to be taken as the headline
_CUT_MID_SENTENCE = re.compile(r"[\w,;]$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    byline: tuple[str, ...] = ()
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class _Rules:
    byline: re.Pattern[str]
    author: re.Pattern[str]
    dateline: re.Pattern[str]
    affiliation_words: frozenset[str]
    not_name_words: frozenset[str]
    name_particles: frozenset[str]
    title: re.Pattern[str]
    credit_line: re.Pattern[str]
    credit_label: re.Pattern[str]
    credit_tail: re.Pattern[str]
    credit_parenthesis: re.Pattern[str]
    footer_start: re.Pattern[str]
    prompt: re.Pattern[str]
    footer_line: re.Pattern[str]
    section_marker: re.Pattern[str]


def _strings(table: dict[str, Any], section: str, key: str) -> list[str]:
    value = table.get(section, {}).get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"cleanup.toml: [{section}] {key} must be a non-empty list of strings", code="C301")
    return value


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def rules() -> _Rules:
    """The cleanup rules, loaded from the data file and compiled once per process."""
    table = read_toml("readers/cleanup.toml", code="C300")
    agencies = _alternation(_strings(table, "photo", "agencies"))
    labels = _alternation(_strings(table, "photo", "labels"))
    # "Name Surname/AFP/Getty Images", "AFP via Getty Images", "Getty Images": a credit is a slash-joined
    # chain of agencies, optionally after a photographer's name
    agency = rf"(?:{agencies})(?:\s+via\s+(?:{agencies}))?"
    credit = rf"(?:[\w.'’ -]{{2,60}}\s*/\s*)?{agency}(?:\s*/\s*{agency})*"
    # at the end of a caption line the credit must show itself as one: a slash or "via"
    tail_credit = (
        rf"(?:[\w.'’ -]{{2,60}}\s*/\s*{agency}(?:\s*/\s*{agency})*"
        rf"|(?:{agencies})\s+via\s+(?:{agencies})|(?:{agencies})(?:\s*/\s*{agency})+)"
    )
    return _Rules(
        byline=re.compile(r"^(?:By|BY|Written by|WRITTEN BY)\s*:?\s+(?P<names>\S.*)$"),
        author=re.compile(r"^(?:authors?|reporting by|writers?)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE),
        dateline=re.compile(
            r"^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s+(?P<date>.+?)\s*$",
            re.IGNORECASE,
        ),
        affiliation_words=frozenset(w.lower() for w in _strings(table, "byline", "affiliation_words")),
        not_name_words=frozenset(w.lower() for w in _strings(table, "byline", "not_name_words")),
        name_particles=frozenset(w.lower() for w in _strings(table, "byline", "name_particles")),
        title=re.compile(rf"^(?:(?:{_alternation(_strings(table, 'byline', 'titles'))})\s+)+", re.IGNORECASE),
        credit_line=re.compile(
            rf"^(?:{credit}|\((?:{agencies})\s+(?:Photos?|Images?)(?:\s*/\s*[^)]{{1,80}})?\))\s*$", re.IGNORECASE
        ),
        credit_label=re.compile(rf"^\(?(?:{labels})\s*(?:by)?\s*:\s*\S.{{0,150}}$", re.IGNORECASE),
        credit_tail=re.compile(
            rf"(?:[.!?”\"]\s+|\s+[|–—-]\s+)(?:{tail_credit}|\((?:{agencies})\s+Photos?(?:\s*/\s*[^)]+)?\)"
            rf"|(?:{labels})\s*:\s*[^.]{{2,100}})\s*$",
            re.IGNORECASE,
        ),
        credit_parenthesis=re.compile(rf"\s*\((?:{agencies})\s+(?:Photos?|Images?)(?:\s*/\s*[^)]{{1,80}})?\)"),
        footer_start=re.compile(rf"^(?:{_alternation(_strings(table, 'footer', 'line_starts'))})", re.IGNORECASE),
        prompt=re.compile(
            rf"^(?:{_alternation(_strings(table, 'footer', 'prompt_starts'))})\b"
            rf".*\b(?:{_alternation(_strings(table, 'footer', 'prompt_words'))})\b",
            re.IGNORECASE,
        ),
        footer_line=re.compile(rf"^(?:{_alternation(_strings(table, 'footer', 'whole_lines'))})[.:!]?$", re.IGNORECASE),
        section_marker=re.compile(
            rf"^(?:\d[\d,]*\s+)?(?:{_alternation(_strings(table, 'footer', 'section_markers'))})(?:\s*\(\d+\))?:?$",
            re.IGNORECASE,
        ),
    )


def clean(text: str, *, title: str | None = None) -> Cleaned:
    """Drop credits, byline, date line and boilerplate; return the text and what was found.

    With ``title`` given, a first line that repeats it is dropped; without, a first line that
    reads as a headline (no closing punctuation, then a blank line, a byline or a date line)
    is taken as the title.
    """
    r = rules()
    lines = text.split("\n")
    found_title: str | None = None
    byline: tuple[str, ...] = ()
    published: str | None = None
    seen = 0
    kept: list[str] = []
    previous = ""
    for number, line in enumerate(lines):
        stripped = _SPACES.sub(" ", line.strip())
        if not stripped:
            kept.append("")
            previous = ""
            continue
        seen += 1
        # a line that starts in lower case, or follows a line cut mid-sentence, continues a hard-wrapped
        # paragraph: it is prose, whatever its words look like
        standalone = len(stripped) <= _SHORT_LINE and not stripped[0].islower()
        continues = _CUT_MID_SENTENCE.search(previous) is not None
        previous = ""  # a dropped line is a unit of its own; a kept one sets this below
        if seen == 1 and standalone:
            if title is not None and _same_words(stripped, title):
                continue
            if title is None and _headline(stripped, lines[number + 1] if number + 1 < len(lines) else ""):
                found_title = stripped
                continue
        if standalone and seen <= _HEAD_LINES:  # bylines and date lines are distinctive: no wrap check
            if not byline:
                names = byline_names(stripped)
                if names:
                    byline = names
                    published = published or find_date(stripped)  # "By Jane Doe | May 16, 2019"
                    continue
            if (date := _dateline(stripped)) is not None:  # the first date line gives the date; all go
                published = published or date
                continue
        if standalone and not continues and r.section_marker.match(stripped) and any(k.strip() for k in kept):
            break
        if standalone and (is_credit(stripped) or (not continues and is_boilerplate(stripped))):
            continue
        kept.append(r.credit_parenthesis.sub("", line))
        previous = stripped
    body = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    return Cleaned(body, byline, published, found_title)


def _same_words(line: str, title: str) -> bool:
    return line.casefold().split() == title.casefold().split()


def _headline(line: str, following: str) -> bool:
    following = _SPACES.sub(" ", following.strip())
    return (
        len(line.split()) >= _TITLE_WORDS
        and not line.rstrip("\"”’'»)]").endswith((".", "!", "?", ",", ";", ":", "—", "-"))
        and not byline_names(line)
        and _dateline(line) is None
        and (not following or bool(byline_names(following)) or _dateline(following) is not None)
    )


def _dateline(line: str) -> str | None:
    m = rules().dateline.match(line)
    return find_date(m["date"]) if m else None


def is_boilerplate(line: str) -> bool:
    """True for a newsletter or sharing prompt, a "Click here" or "Advertisement" line."""
    r = rules()
    return bool(r.footer_start.match(line) or r.prompt.match(line) or r.footer_line.match(line))


def is_credit(line: str) -> bool:
    """True for a picture credit line, or a caption line that ends in one."""
    r = rules()
    return bool(r.credit_line.match(line) or r.credit_label.match(line) or r.credit_tail.search(line))


def byline_names(line: str) -> tuple[str, ...]:
    """The names of a byline line (``By Jane Doe and John Roe``), or ``()`` if it is not one."""
    r = rules()
    m = r.byline.match(line) or r.author.match(line)
    if m is None:
        return ()
    rest = re.split(r"\s+[|–—]\s+|\s+-\s+", m["names"], maxsplit=1)[0].rstrip(" .")
    names: list[str] = []
    for part in re.split(r"\s*,\s*|\s*;\s*|\s+(?:and|&)\s+", rest):
        if not part:
            continue
        person = re.split(r"\s+(?:in|for)\s+", part, maxsplit=1)
        name = _after_role(r.title.sub("", person[0]))
        if _is_affiliation(name):
            if not names and len(rest) <= _ORGANISATION_BYLINE:  # "By Reuters", "By newsgraph staff"
                organisation = re.sub(r"^the\s+", "", part, flags=re.IGNORECASE)
                if not any(w.lower() in r.not_name_words for w in _words(organisation)):
                    return (organisation,)
            break  # the names come first; what follows an affiliation is more affiliation
        if not _is_name(name):
            return ()
        names.append(_name_case(name))
        if len(person) > 1:
            break
    return tuple(names)


def _after_role(part: str) -> str:
    """``Domestic Policy Advisor Susan E. Rice`` -> ``Susan E. Rice``: the name after a role, if one follows."""
    words = part.split()
    roles = [i for i, w in enumerate(words) if w.strip(".,").lower() in rules().affiliation_words]
    if roles and roles[-1] < len(words) - 1:
        tail = " ".join(words[roles[-1] + 1 :])
        if _is_name(tail):
            return tail
    return part


def _words(part: str) -> list[str]:
    return [w.strip(".,") for w in part.split()]


def _is_affiliation(part: str) -> bool:
    return any(w.lower() in rules().affiliation_words for w in _words(part))


def _is_name(part: str) -> bool:
    r = rules()
    words = _words(part)
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        low = word.lower()
        if low in r.not_name_words:
            return False
        if low in r.name_particles:
            continue
        if not re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*", word) or word.isdigit():
            return False
    return True


def _name_case(name: str) -> str:
    """``JANE DOE`` -> ``Jane Doe``; names already in mixed case are kept as written."""
    return name.title() if name.isupper() else name
