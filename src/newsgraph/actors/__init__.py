"""Actors: find people, organisations, countries and groups, merge their mentions, code them."""

from newsgraph.actors.finder import find_actors
from newsgraph.actors.index import ActorIndex
from newsgraph.actors.knowledge import KnowledgeBase, current_knowledge, default_knowledge, install_knowledge

__all__ = ["ActorIndex", "KnowledgeBase", "current_knowledge", "default_knowledge", "find_actors", "install_knowledge"]
