"""Cross-article identity: the key under which the store merges actors of different articles.

Two actors from different articles become one stored actor exactly when their keys are equal;
``None`` means "never merge" (an uncertain identity stays per-article). Keys, most certain first:

- ``kb:person:nicolas-maduro`` — the knowledge-base id, when the actor's name is the canonical name
  of exactly one known actor of its kind (the actor stage names linked actors canonically, so
  "Maduro" in one article and "Nicolás Maduro" in another both carry the name "Nicolás Maduro");
- ``country:VEN`` — countries by CAMEO country code;
- ``group:VENMIL`` — sector groups ("Venezuelan troops", "the army" of Venezuela) by CAMEO code, country
  and sector both required: "Venezuela's military" in two articles is one actor; ``group:VEN`` — a
  nation's people ("Venezuelans");
- ``person:jorge rodriguez`` / ``organization:…`` — kind + normalised full name otherwise (a person's
  middle initials dropped: "Julie J. Chung" and "Julie Chung" agree); an organisation with a name every
  country's institutions share ("National Assembly", "Supreme Court") only with its country
  (``organization:national assembly@VEN``), and without one never.

A person known by a single word that is not in the knowledge base ("Rodríguez") gets ``None``:
a surname alone is not an identity across articles. So does a group without a country ("opposition
leaders", "diplomats", "people"): whose they are differs from article to article.
"""

from __future__ import annotations

from newsgraph.actors.knowledge import current_knowledge, group_names, words
from newsgraph.actors.names import normalise
from newsgraph.records import Actor


def normalise_name(name: str) -> str:
    """Case-, accent- and quote-insensitive form of a name (kept for the store's use)."""
    return normalise(name)


def actor_key(actor: Actor) -> str | None:
    name = normalise(actor.name)
    if not name:
        return None
    if actor.kind == "country" and actor.country:
        return f"country:{actor.country}"
    kb = current_knowledge()
    if actor.kind == "group":
        known = [a for a in kb.canonical(actor.name) if a.kind != "person"]
        if len(known) == 1:
            return known[0].id
        if not actor.country:
            return None  # "opposition leaders" of which country? an uncertain identity stays per-article
        if actor.code and actor.code.startswith(actor.country):
            return f"group:{actor.code}"
        return f"group:{actor.country}{actor.sector or ''}"
    kind_of = "person" if actor.kind == "person" else None
    known = [a for a in kb.canonical(actor.name) if kind_of is None or a.kind == kind_of]
    if actor.kind != "person":
        known = [a for a in known if a.kind != "person"]
    if len(known) == 1:
        return known[0].id
    if actor.kind == "organization" and generic_name(actor.name):
        # "National Assembly", "Supreme Court": one per country, so only the same country's merge
        return f"organization:{name}@{actor.country}" if actor.country else None
    if actor.kind == "person":
        words = name.replace(".", "").split()
        if len(words) < 2:
            return None
        # middle initials vary between articles ("Julie J. Chung" / "Julie Chung")
        name = " ".join([words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]])
    return f"{actor.kind}:{name}"


def generic_name(name: str) -> bool:
    """A name made only of words every country's institutions share ("National Assembly", "Permanent Council")."""
    kb = current_knowledge()
    w = words()
    tokens = normalise(name).replace("'s", "").split()
    return bool(tokens) and all(
        t in w.generic_name_words or t in w.organisation_words or kb.sector_of(t) is not None for t in tokens
    )


def canonical_name(key: str | None) -> str | None:
    """The name an identity key stands for, if it has one: the knowledge base's canonical name
    (``kb:…``, or a user's ``user:…``), the country's name (``country:VEN``) or the group's (``group:VENMIL`` -> "Venezuelan military")."""
    if key is None:
        return None
    kb = current_knowledge()
    known = kb.actors.get(key)  # built-in "kb:…" and user "user:…" actors
    if known is not None:
        return known.name
    kind, _, code = key.partition(":")
    if kind == "country":
        country = kb.countries.get(code)
        return country.name if country is not None else None
    if kind == "group" and len(code) == 6:
        return group_names().name(kb, code[:3], code[3:])
    return None
