"""Stable codes of the reader errors (``ReadError.code``); tests and users refer to these.

=====  ====================================================================
R001   the path does not exist
R002   empty file (nothing but whitespace)
R003   binary file (NUL bytes or many control characters)
R004   bytes that decode as neither UTF-8/UTF-16 nor CP1252
R005   a JSON Lines line is not valid JSON
R006   a JSON Lines line is valid JSON but not an object
R007   a record has no ``text`` field (or a CSV file has no ``text`` column)
R008   a record's text is empty (or cleanup left nothing)
R009   the text is longer than ``--max-chars``
R010   a directory holds no files to read
R011   a date (``published``, ``--published``) is not a date
R012   the operating system refused to read the path (permissions, a device, …)
R013   an option of the readers is out of range (``--max-chars``)
R014   a malformed CSV file
=====  ====================================================================
"""

from __future__ import annotations

NO_SUCH_PATH = "R001"
EMPTY_FILE = "R002"
BINARY_FILE = "R003"
UNDECODABLE = "R004"
MALFORMED_JSON = "R005"
NOT_AN_OBJECT = "R006"
NO_TEXT_FIELD = "R007"
EMPTY_TEXT = "R008"
TOO_LONG = "R009"
EMPTY_DIRECTORY = "R010"
BAD_DATE = "R011"
OS_ERROR = "R012"
BAD_OPTION = "R013"
MALFORMED_CSV = "R014"
