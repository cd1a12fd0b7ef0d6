"""Event coding: CAMEO/PLOVER events with source, target, modality and attribution."""

from newsgraph.events.coder import EventCoder, LexiconCoder

__all__ = ["EventCoder", "LexiconCoder"]
