"""Headlines in Title Case are parsed as sentence case.

A headline is the first paragraph of an article's text (the readers put it there). In "President Trump
Signs Technology Deal with United Kingdom" every word is capitalised, and the tagger and NER read the
capitals as names ("Trump Signs" became a person). Before parsing, a Title Case headline's capitalised
words that the body never writes capitalised are put in lower case — the same number of characters, so
every offset stays valid — and the stages see "President Trump signs technology deal with United Kingdom".
Spans are still cut from the article's own text (:class:`newsgraph.docindex.DocIndex` keeps it), so the
output shows the headline as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"[^\W\d_](?:[\w’'\-]|\.(?=\w))*")  # "U.S" of "U.S.", not the full stop of "Deal."
_POSSESSIVE = re.compile(r"[’']s$")
_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "per",
        "the",
        "to",
        "up",
        "via",
        "vs",
        "with",
        "without",
    ]
)
_MIN_WORDS = 3


def parse_text(text: str, *, is_name: Callable[[str], bool] | None = None) -> str:
    """``text`` with its Title Case headline (if any) in sentence case; same length, same offsets.

    A word stays capitalised if the body writes it so, if it is an initial or an abbreviation, or if
    ``is_name`` (the actor knowledge: countries, demonyms, capitals, known actors) knows it."""
    end = text.find("\n\n")
    if end <= 0:
        return text
    headline, body = text[:end], text[end:]
    words = [m for m in _WORD.finditer(headline)]
    content = [m.group() for m in words if m.group().lower() not in _SMALL]
    capitalised = [w for w in content if w[0].isupper()]
    if len(content) < _MIN_WORDS or len(capitalised) < 0.8 * len(content):
        return text  # a sentence-case headline is parsed as written
    in_body = {_POSSESSIVE.sub("", w) for w in _WORD.findall(body)}
    out = list(headline)
    for n, m in enumerate(words):
        word = m.group()
        stem = _POSSESSIVE.sub("", word)
        if not word[0].isupper() or stem in in_body or len(stem) == 1:
            continue
        if is_name is not None and is_name(stem):
            continue
        if stem.isupper() and len(stem) > 1:
            if "." in stem or (len(stem) <= 4 and stem.title() not in in_body):
                continue  # "U.S.", "NATO", "OAS": abbreviations and acronyms stay
            # "TRUMP EFFECT:" -> "Trump effect:" when the body writes "Trump"
            cased = stem.title() if stem.title() in in_body or n == 0 else stem.lower()
            replacement = cased + word[len(stem) :]
        elif n == 0:
            continue  # a headline's first word keeps its capital
        else:
            replacement = word[0].lower() + word[1:]
        if len(replacement) == len(word):
            out[m.start() : m.end()] = replacement
    return "".join(out) + body
