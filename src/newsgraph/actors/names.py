"""Names: normalisation, acronyms, nicknames, surnames — string-level rules with no model in them."""

from __future__ import annotations

import functools
import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
# words that do not contribute a letter to an acronym ("Directorate General of Military ...")
_LINK_WORDS = ("of", "the", "and", "for", "a", "an", "on", "in", "to", "de", "del", "la", "y")
ACRONYM_STOPWORDS = frozenset((*_LINK_WORDS, "las", "los", "el", "e", "da", "do", "dos", "das", "des", "du", "für"))
_NICKNAME = re.compile(
    r"(?P<first>\b[A-ZÁÉÍÓÚÑÜ][\w'\-.]+(?: [A-ZÁÉÍÓÚÑÜ][\w'\-.]+)?) "
    r"[\"“«](?P<nick>[^\"”»\n]{2,30})[\"”»] "
    r"(?P<last>[A-ZÁÉÍÓÚÑÜ][\w'\-]+(?: [A-ZÁÉÍÓÚÑÜ][\w'\-]+)?)"
)
_ACRONYM = r"[A-Z][A-Za-z0-9&\-]{1,9}"
_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’\-]*"
_LONG = rf"{_WORD}(?: (?:{_WORD}|{'|'.join(_LINK_WORDS)})){{1,12}}"
# "Expansion of Words (ACR)" and "ACR (Expansion of Words)"
_EXPANSION_THEN_ACRONYM = re.compile(rf"(?P<long>{_LONG}) \((?P<short>{_ACRONYM})\)")
_ACRONYM_THEN_EXPANSION = re.compile(rf"(?P<short>\b{_ACRONYM}) \((?P<long>{_LONG})\)")


@functools.lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Case-, accent- and quote-insensitive form of a name: ``"Guaidó’s"`` and ``"guaido's"`` agree."""
    text = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[: -len(suffix)].rstrip()
    return text


def acronym_of(expansion: str) -> str:
    """Initials of the content words: "Directorate General of Military Counterintelligence" -> "DGMC"."""
    words = [w for w in re.split(r"[\s\-]+", expansion) if w and w.lower() not in ACRONYM_STOPWORDS]
    return "".join(w[0] for w in words).upper()


def acronym_matches(short: str, expansion: str) -> bool:
    """Whether ``short`` plausibly abbreviates ``expansion``, in English or in the original language.

    Exact initials ("PSUV" / "Partido Socialista Unido de Venezuela") or the same initials in another
    order ("PSUV" / "United Socialist Party of Venezuela", "DGCIM" / "Directorate General of Military
    Counterintelligence") — translated names keep the letters but not always the order.
    """
    letters = re.sub(r"[^A-Za-z]", "", short).upper()
    if len(letters) < 2:
        return False
    initials = acronym_of(expansion)
    if letters == initials:
        return True
    # translated names: same multiset of initials give or take one letter
    a, b = sorted(letters), sorted(initials)
    if a == b:
        return True
    if abs(len(a) - len(b)) == 1:
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        rest = list(longer)
        for ch in shorter:
            if ch not in rest:
                return False
            rest.remove(ch)
        return len(shorter) >= 3 and letters[0] in initials
    return False


def acronym_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``((long_start, long_end), (short_start, short_end))`` for every "Long (SHORT)" or "SHORT (Long)".

    The expansion is trimmed from the left to the longest run of words whose initials are exactly the
    acronym's, else to the longest whose initials match it loosely (:func:`acronym_matches`).
    """
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for m in _EXPANSION_THEN_ACRONYM.finditer(text):
        short = m.group("short")
        start, end = m.start("long"), m.end("long")
        words = [w for w in re.finditer(r"\S+", text[start:end]) if w.group().lower() not in ACRONYM_STOPWORDS]
        fits = [w for w in words if acronym_matches(short, text[start + w.start() : end])]
        # exact initials first: "Secretary General of the Organization of American States (OAS)" is the OAS,
        # not "General of the Organization …" (whose initials are one letter off)
        exact = [
            w for w in fits if acronym_of(text[start + w.start() : end]) == re.sub(r"[^A-Za-z]", "", short).upper()
        ]
        if exact or fits:
            w = (exact or fits)[0]
            out.append(((start + w.start(), end), (m.start("short"), m.end("short"))))
    for m in _ACRONYM_THEN_EXPANSION.finditer(text):
        if acronym_matches(m.group("short"), m.group("long")):
            out.append(((m.start("long"), m.end("long")), (m.start("short"), m.end("short"))))
    return out


def nicknames(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, nickname)`` for every ``First “Nick” Last`` in ``text``."""
    out = []
    for m in _NICKNAME.finditer(text):
        out.append((m.start(), m.end(), f"{m.group('first')} {m.group('last')}", m.group("nick")))
    return out


def name_tokens(name: str) -> list[str]:
    return normalise(name).replace(".", "").split()


def shouted(name: str) -> bool:
    """An all-capitals form of a name of several letters: "CARACAS" in a dateline, "U.S." too."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def is_acronym(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) and " " not in text
