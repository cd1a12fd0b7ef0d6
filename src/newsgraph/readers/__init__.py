"""Readers: turn paths (files, directories, ``-``) into Article records or ReadErrors.

Each reader module yields ``Article | ReadError`` so one bad file or line never
stops the batch.
"""

from newsgraph.readers.dispatch import read_inputs

__all__ = ["read_inputs"]
