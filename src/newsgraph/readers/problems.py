"""What a reader helper returns instead of raising: a coded reason, placed at a location later."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.errors import ReadError
from newsgraph.readers import codes


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an input cannot be read, before we know where (``PATH`` or ``PATH:LINE``) it is."""

    code: str
    reason: str

    def at(self, location: str) -> ReadError:
        return ReadError(location, self.reason, code=self.code)


def too_long(chars: int, limit: int) -> Problem:
    """The refusal of a text over ``--max-chars``: how long it is, the limit, and how to raise it."""
    return Problem(
        codes.TOO_LONG, f"text is {chars:,} characters, over the limit of {limit:,}; raise it with --max-chars"
    )
