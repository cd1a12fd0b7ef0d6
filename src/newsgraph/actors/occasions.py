"""Gatherings and documents named by their venue: "the Vilnius Summit", "the Berlin Conference",
"the Minsk Protocol".

The actor stage codes an organisation named after a place with the place's country ("Vilnius
Summit" -> LTU), so "follow through on the commitments agreed at the Vilnius Summit" would be an
intent toward Lithuania. A gathering or a document is no party (CAMEO codes actors, not venues):
such an actor keeps its name and mentions but loses its country and code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import words
from newsgraph.places import gazetteer

_FILLER = re.compile(r"^(?:the|of|in|\d{4}|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|ninth|tenth|-)$")


def venue_named(name: str) -> bool:
    """Whether ``name`` is an occasion's or a document's name made of places only besides its head
    ("Vilnius Summit", "2022 Madrid Summit", "Minsk Protocol"; not "Strategic Dialogue")."""
    w = words()
    parts = name.replace("’", "'").split()
    if len(parts) < 2:
        return False
    head = parts[-1].lower()
    if head not in w.occasion_heads and head not in w.document_title_heads:
        return False
    places = gazetteer()
    rest = " ".join(p for p in parts[:-1] if not _FILLER.match(p.lower())).removesuffix("'s")
    return bool(rest) and rest.lower() in places


def venue_occasions(index: ActorIndex) -> None:
    """Drop the country and code of the organisations of ``index`` that are occasions or documents
    named by their venue."""
    for actor in list(index):
        if actor.kind != "person" and actor.code and venue_named(actor.name):
            index.update(replace(actor, code=None, country=None, sector=None))
