"""PETRARCH dictionary compatibility: code events with a user's PETRARCH config.

``PetrarchCoder.from_config("PETR_config.ini")`` reads the verb, actor, agent and discard
dictionaries the config names (once per process) and codes parsed articles with them.
"""

from newsgraph.events.petrarch.coder import CodedEvent, PetrarchCoder, load_dictionaries
from newsgraph.events.petrarch.config import PetrarchConfig, read_config

__all__ = ["CodedEvent", "PetrarchCoder", "PetrarchConfig", "load_dictionaries", "read_config"]
