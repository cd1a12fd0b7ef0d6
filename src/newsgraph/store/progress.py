"""Progress of a long ingest (the input is a stream: its length is unknown).

On a terminal one line is redrawn in place; into a file or pipe (a log, a batch job) a plain line
is written every ``every`` seconds instead, so long runs still show they are alive.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """``ingest: N read, M stored, K skipped, F failed (R/s)``: redrawn at most five times a second on a
    terminal, else written as a line of its own every ``every`` seconds."""

    def __init__(
        self,
        *,
        enabled: bool,
        stream: TextIO | None = None,
        label: str = "ingest",
        interactive: bool | None = None,
        every: float = 30.0,
    ) -> None:
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.read = self.stored = self.skipped = self.failed = 0
        self._start = time.monotonic()
        self._interval = 0.2 if self.interactive else every
        self._last_draw = 0.0 if self.interactive else self._start
        self._drawn = False

    def update(self, *, read: int = 0, stored: int = 0, skipped: int = 0, failed: int = 0) -> None:
        self.read += read
        self.stored += stored
        self.skipped += skipped
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self._last_draw >= self._interval:
            self._last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.read / max(now - self._start, 1e-9)
        line = (
            f"{self.label}: {self.read} read, {self.stored} stored, {self.skipped} skipped, "
            f"{self.failed} failed ({rate:.1f} articles/s)"
        )
        if self.interactive:
            self.stream.write("\r\x1b[2K" + line)
            self._drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the line (before printing a message, and at the end)."""
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = False

    def redraw(self) -> None:
        if self.enabled and self.interactive:
            self._draw(time.monotonic())
