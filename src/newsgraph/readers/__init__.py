"""Readers: turn paths (files, directories, ``-``) into Article records or ReadErrors.

Each reader yields ``Article | ReadError`` so one bad file or line never stops the batch;
only bad options (``--published``, ``--max-chars``) raise, before anything is read.

==============  ===============================================================
``dispatch``    :func:`read_inputs`: extensions, directories, ids, locations
``plaintext``   ``.txt`` (and unknown extensions), ``.md``
``html``        ``.html``/``.htm`` through trafilatura (main text only)
``jsonl``       JSON Lines, streamed line by line (also gzipped)
``jsondoc``     ``.json``: one record or an array of records
``csvfile``     CSV/TSV with a ``text`` column (also gzipped)
``stdin``       ``-``: JSON Lines or one plain text
``fields``      one record's fields to an Article
``assemble``    the one way every reader builds an Article
``decoding``    bytes to text: BOMs, UTF-8, UTF-16, CP1252, binary sniffing, size limits
``markdown``    Markdown to prose
``cleanup``     credits, bylines, date lines, boilerplate
``dates``       publication dates to ``YYYY-MM-DD``
``codes``       the ``R0xx`` codes of ReadError
==============  ===============================================================
"""

from newsgraph.readers.dispatch import DEFAULT_MAX_CHARS, read_inputs

__all__ = ["DEFAULT_MAX_CHARS", "read_inputs"]
