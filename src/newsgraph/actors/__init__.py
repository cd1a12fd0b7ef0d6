"""Actors: find people, organisations, countries and groups, merge their mentions, code them."""

from newsgraph.actors.index import ActorIndex
from newsgraph.actors.finder import find_actors

__all__ = ["ActorIndex", "find_actors"]
