"""The exception tree. Every message carries a stable code that tests refer to.

NewsgraphError
├── ReadError        (R…)  an input file or record cannot be read
├── ModelError       (M…)  the spaCy pipeline cannot be loaded
├── ConfigError      (C…)  a PETRARCH config, dictionary or knowledge file is wrong
└── StoreError       (S…)  the embedded database cannot be opened or written
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""

    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class ReadError(NewsgraphError):
    """An input cannot be read. ``location`` is ``PATH`` or ``PATH:LINE``."""

    code = "R000"

    def __init__(self, location: str, message: str, *, code: str = "R000") -> None:
        super().__init__(f"{location}: {message}", code=code)
        self.location = location
        self.reason = message


class ModelError(NewsgraphError):
    code = "M000"


class ConfigError(NewsgraphError):
    code = "C000"


class StoreError(NewsgraphError):
    code = "S000"
