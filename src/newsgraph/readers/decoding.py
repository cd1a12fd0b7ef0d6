"""Bytes to text: byte-order marks, UTF-8, UTF-16, the CP1252 fallback, binary sniffing.

Decoding is strict and the order is fixed, so the same bytes always give the same text:
a BOM decides first (UTF-8 or UTF-16); otherwise UTF-8; otherwise CP1252 (the Windows
superset of Latin-1 that most "ANSI" news exports use). Files that mix UTF-8 with a few
CP1252 bytes (a pasted curly quote) keep their UTF-8 and decode only the stray bytes as
CP1252. Bytes that none of these can decode are reported, never guessed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from newsgraph.readers import codes
from newsgraph.readers.problems import Problem, too_long

SNIFF_BYTES = 8192
_CHUNK = 1 << 20
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls a text file may hold: tab, newline, vertical tab, form feed, carriage return, escape
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_SHARE = 0.05
# characters that only get in the way of tokenisation: C0/C1 controls (not \t \n), soft hyphen,
# zero-width space/joiners, stray byte-order marks
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff]")


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, if the data starts with one."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return None


def looks_binary(head: bytes) -> bool:
    """True for data that is not text: a NUL byte, or more than 5 % control bytes (UTF-16 aside)."""
    if not head or bom_encoding(head) not in (None, ("utf-8", 3)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
    return controls > _CONTROL_SHARE * len(head)


def decode(data: bytes) -> str | Problem:
    """Decode a whole input (see the module docstring for the order); newlines are left alone."""
    bom = bom_encoding(data)
    if bom is not None:
        encoding, skip = bom
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            if encoding != "utf-8":
                return _undecodable(exc, skip)
            data = data[skip:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _has_utf8_sequences(data):
        return data.decode("utf-8", errors="newsgraph-cp1252")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        return _undecodable(exc, 0)


def _undecodable(exc: UnicodeDecodeError, offset: int) -> Problem:
    byte = exc.object[exc.start]
    return Problem(
        codes.UNDECODABLE,
        f"undecodable bytes: not UTF-8, UTF-16 or CP1252 (byte 0x{byte:02X} at offset {exc.start + offset:,})",
    )


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_sequences(data: bytes) -> bool:
    return _UTF8_MULTIBYTE.search(data) is not None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the bytes UTF-8 rejects as CP1252 (Latin-1 for its 5 holes)."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bad.decode("cp1252", errors="ignore") or bad.decode("latin-1"), exc.end


codecs.register_error("newsgraph-cp1252", _cp1252_fallback)


def normalise(text: str) -> str:
    """Newlines to ``\\n``, Unicode NFC, and no invisible characters (controls, soft hyphens, ZWSP)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def read_text(path: Path, *, max_chars: int, decoder: Callable[[bytes], str | Problem] = decode) -> str | Problem:
    """Read and decode a text file, refusing empty, binary and over-long ones before reading them whole."""
    size = path.stat().st_size
    if size == 0:
        return Problem(codes.EMPTY_FILE, "empty file")
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if looks_binary(head):
            return Problem(codes.BINARY_FILE, "binary file (not text)")
        if size > max_chars:  # a character is at least one byte: only now can it be too long
            fh.seek(len(head))
            chars = count_chars(fh, head)
            if isinstance(chars, Problem):
                return chars
            if chars > max_chars:
                return too_long(chars, max_chars)
        fh.seek(0)
        data = fh.read()
    text = decoder(data)
    if isinstance(text, str) and not text.strip():
        return Problem(codes.EMPTY_FILE, "empty file")
    return text


def count_chars(fh: BinaryIO, head: bytes) -> int | Problem:
    """Count the characters of a file (``\\r\\n`` as one) in 1 MiB chunks, in bounded memory."""
    result = _decode_chunks(fh, head, keep=0)
    return result if isinstance(result, Problem) else result[0]


def _decode_chunks(fh: BinaryIO, head: bytes, *, keep: int) -> tuple[int, str | None] | Problem:
    """Decode a stream chunk by chunk from its first bytes ``head`` (already read or not, see below).

    Returns the character count (``\\r\\n`` as one) and the text if the count is within ``keep``
    (the text is dropped, and only counted, as soon as it is not). ``head`` must be the bytes at
    the stream's current position: they are consumed here.
    """
    bom = bom_encoding(head)
    if bom is not None:
        encoding, skip = bom
        head = head[skip:]
    else:
        encoding = "utf-8" if _is_utf8_prefix(head) else "cp1252"
    decoder = codecs.getincrementaldecoder(encoding)(errors="newsgraph-cp1252" if encoding == "utf-8" else "strict")
    parts: list[str] | None = []
    chars = 0
    pending_cr = False
    chunk = head
    try:
        while True:
            part = decoder.decode(chunk, final=not chunk)
            chars += len(part) - part.count("\r\n") - (1 if pending_cr and part.startswith("\n") else 0)
            if part:
                pending_cr = part.endswith("\r")
            if parts is not None:
                if chars <= keep:
                    parts.append(part)
                else:
                    parts = None
            if not chunk:
                break
            chunk = fh.read(_CHUNK)
    except UnicodeDecodeError as exc:
        return _undecodable(exc, 0)
    return chars, None if parts is None else "".join(parts)


def _is_utf8_prefix(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)
    except UnicodeDecodeError:
        return False
    return True


def read_stream(fh: BinaryIO, *, max_chars: int, prefix: bytes = b"") -> str | Problem:
    """Read a byte stream that cannot be measured first (stdin, a pipe) in bounded memory.

    Keeps the decoded text while it stays within ``max_chars``; past that it only counts,
    so the refusal can say how long the text is without holding it. ``prefix`` holds bytes
    already taken from the stream (to sniff it).
    """
    head = prefix + fh.read(SNIFF_BYTES)
    if not head:
        return Problem(codes.EMPTY_FILE, "empty file")
    if looks_binary(head):
        return Problem(codes.BINARY_FILE, "binary file (not text)")
    result = _decode_chunks(fh, head, keep=max_chars)
    if isinstance(result, Problem):
        return result
    chars, text = result
    if text is None:
        return too_long(chars, max_chars)
    if not text.strip():
        return Problem(codes.EMPTY_FILE, "empty file")
    return text
