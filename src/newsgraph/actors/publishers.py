"""The country of an article's publisher, when the publisher is a national government body.

A government's own releases ("U.S. Department of State, Office of the Spokesperson", "The White House
(whitehouse.gov briefing room)") speak of its officials without naming their country: "the Secretary",
"Assistant Secretary Phee", "Principal Deputy Spokesperson Jalina Porter". CAMEO codes them with the
government's country (USAGOV), so the actor stage needs it. News outlets (Reuters, Wikinews) and other
publishers give no country: what they report on is anyone's.
"""

from __future__ import annotations

import re

from newsgraph.actors.knowledge import KnowledgeBase

_GOVERNMENT_SECTORS = frozenset(("GOV", "LEG", "MIL", "JUD", "COP", "SPY"))


def publisher_country(source: str | None, kb: KnowledgeBase) -> str | None:
    """The country code of a government publisher named first in ``source``, else None.

    The name is read up to the first comma or parenthesis; it is a known government body of one country
    ("U.S. Department of State"), or a seat of government used as a metonym ("The White House").
    """
    if not source:
        return None
    head = re.split(r"[,(;|]", source, maxsplit=1)[0].strip()
    head = re.sub(r"^the\s+", "", head, flags=re.IGNORECASE)
    if not head:
        return None
    bodies = {
        a.country for a in kb.lookup(head) if a.kind != "person" and a.country and a.sector in _GOVERNMENT_SECTORS
    }
    if len(bodies) == 1:
        return bodies.pop()
    return kb.country_of_capital(head) if len(head.split()) > 1 else None
