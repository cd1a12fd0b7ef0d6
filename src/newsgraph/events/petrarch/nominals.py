"""Nominal events: nouns that name an act a PETRARCH verb block codes ("Russia's invasion
of Ukraine" is coded as "Russia invaded Ukraine"; CAMEO codes the act, not the part of speech).

The noun-to-verb table is the team's (``data/petrarch/nominals.tsv``), read and validated
once per process; the codes come from the user's verb dictionary.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from newsgraph.errors import ConfigError

_FILE = "nominals.tsv"
_LIGHT = "light_verbs.txt"


def parse_nominals(text: str, where: str) -> dict[str, str]:
    """``noun<TAB>VERB`` lines (``#`` comments) -> noun (lower case) to verb (upper case)."""
    out: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0].islower() or not parts[1].isupper() or parts[0] in out:
            raise ConfigError(f"{where}:{number}: expected 'noun<TAB>VERB' once per noun, got {raw!r}", code="C017")
        out[parts[0]] = parts[1]
    return out


@cache
def nominal_verbs() -> dict[str, str]:
    """The packaged table, loaded once per process."""
    return parse_nominals(resources.files("newsgraph.data").joinpath("petrarch", _FILE).read_text("utf-8"), _FILE)


@cache
def light_verbs() -> frozenset[str]:
    """Support-verb lemmas (lower case) whose object noun names the act, loaded once per process."""
    text = resources.files("newsgraph.data").joinpath("petrarch", _LIGHT).read_text("utf-8")
    out = set()
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not line.isalpha() or not line.islower():
            raise ConfigError(f"{_LIGHT}:{number}: expected one lower-case verb lemma, got {raw!r}", code="C017")
        out.add(line)
    return frozenset(out)
