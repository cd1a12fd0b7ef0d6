"""Memory over a long ingest: hand freed heap back to the system between batches.

Parsing a batch needs about 3 KB per character of text while it runs (spaCy's token-to-vector
layers; :mod:`newsgraph.pipeline` bounds a batch's characters). When the batch is done that memory
is free but, with glibc's allocator, it stays in the process: its dynamic mmap threshold moves the
large arrays of the next batches onto the heap, whose free pages are not returned while a live
block lies above them. The resident size then keeps the high-water mark of the longest article
seen so far. :func:`release_free_memory` asks glibc (``malloc_trim``) to return those pages; the
ingest loop calls it after each batch. Elsewhere (macOS, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` from the C library this interpreter runs on, if it has one."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return the heap's free pages to the system; False where the allocator cannot (not glibc)."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
