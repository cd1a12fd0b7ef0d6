"""The team's knowledge, lexicons and code tables, shipped as readable data files.

:func:`read_toml` is the one way a stage reads a packaged TOML file: a file that is missing or
does not parse becomes a :class:`~newsgraph.errors.ConfigError` naming it, with the caller's code.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from newsgraph.errors import ConfigError


def read_toml(relative: str, *, code: str) -> dict[str, Any]:
    """The parsed table of ``newsgraph/data/<relative>`` (e.g. ``"quotes/cues.toml"``)."""
    try:
        text = resources.files("newsgraph.data").joinpath(relative).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot load newsgraph/data/{relative}: {exc}", code=code) from exc
