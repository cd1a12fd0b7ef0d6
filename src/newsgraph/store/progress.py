"""A one-line progress counter for terminals (the input is a stream: its length is unknown)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Redraws ``ingest: N read, M stored, K skipped, F failed (R/s)`` at most five times a second."""

    def __init__(self, *, enabled: bool, stream: TextIO | None = None, label: str = "ingest") -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.read = self.stored = self.skipped = self.failed = 0
        self._start = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False

    def update(self, *, read: int = 0, stored: int = 0, skipped: int = 0, failed: int = 0) -> None:
        self.read += read
        self.stored += stored
        self.skipped += skipped
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self._last_draw >= 0.2:
            self._last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.read / max(now - self._start, 1e-9)
        line = (
            f"{self.label}: {self.read} read, {self.stored} stored, {self.skipped} skipped, "
            f"{self.failed} failed ({rate:.1f} articles/s)"
        )
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self._drawn = True

    def clear(self) -> None:
        """Erase the line (before printing a message, and at the end)."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False

    def redraw(self) -> None:
        if self.enabled:
            self._draw(time.monotonic())
