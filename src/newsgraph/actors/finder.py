"""The actor stage: named entities -> one actor per entity within the article."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.actors.index import ActorIndex
from newsgraph.records import Actor, Article

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "location"}


def find_actors(doc: Doc, article: Article) -> ActorIndex:
    """Baseline: one actor per distinct entity text; surnames join the full name."""
    index = ActorIndex(doc)
    by_name: dict[str, str] = {}
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None:
            continue
        name = ent.text.removeprefix("the ").strip()
        key = name.lower()
        aid = by_name.get(key)
        if aid is None and kind == "person":
            for other, oid in by_name.items():
                if other.endswith(" " + key) and index.get(oid).kind == "person":
                    aid = oid
                    break
        if aid is None:
            aid = index.new_id()
            index.add(Actor(id=aid, name=name, kind=kind))  # type: ignore[arg-type]
            by_name[key] = aid
        index.add_mention(aid, ent)
    return index
