"""HTML pages (``.html``, ``.htm``): the main text only, via trafilatura.

trafilatura drops scripts, styles, navigation, cookie banners, comments and link lists and
returns the article's paragraphs with the page's title, author and date. Pages that are not
UTF-8 are decoded with the charset their ``<meta>`` declares. A page it finds
no article in is reported rather than read whole.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from newsgraph.readers import codes
from newsgraph.readers.assemble import make_article
from newsgraph.readers.dates import parse_date
from newsgraph.readers.decoding import bom_encoding, decode, read_text
from newsgraph.readers.problems import Problem
from newsgraph.records import Article

HTML_CHARS_PER_TEXT_CHAR = 8  # markup may be this many times the text before a page is refused unread
_DATES = {"extensive_search": False, "original_date": True}
_META_BYTES = 4096
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def read_html(path: Path, id: str, *, max_chars: int, published: str | None) -> Article | Problem:
    page = read_text(path, max_chars=max_chars * HTML_CHARS_PER_TEXT_CHAR, decoder=decode_html)
    if isinstance(page, Problem):
        if page.code == codes.TOO_LONG:
            limit = max_chars * HTML_CHARS_PER_TEXT_CHAR
            return Problem(
                codes.TOO_LONG,
                f"HTML page is over {limit:,} characters ({HTML_CHARS_PER_TEXT_CHAR} × the limit of {max_chars:,}); "
                "raise it with --max-chars",
            )
        return page
    return html_article(page, id, max_chars=max_chars, published=published)


def decode_html(data: bytes) -> str | Problem:
    """Decode a page: UTF-8 (or a BOM) first, then the charset its ``<meta>`` declares, then CP1252."""
    if bom_encoding(data) is None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        declared = _META_CHARSET.search(data[:_META_BYTES])
        if declared is not None:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass  # an unknown or wrong declaration: fall back on our own detection
    return decode(data)


def html_article(page: str | bytes, id: str, *, max_chars: int, published: str | None) -> Article | Problem:
    """The Article of one HTML page (also used by other readers that meet HTML)."""
    if isinstance(page, bytes):
        decoded = decode_html(page)
        if isinstance(decoded, Problem):
            return decoded
        page = decoded
    document = _extract(page, favor_precision=True)
    if document is None or not (document.text or "").strip():
        return Problem(codes.EMPTY_TEXT, "no article text found in the HTML page")
    return make_article(
        id,
        document.text,
        max_chars=max_chars,
        title=document.title,
        byline=_authors(document.author),
        published=parse_date(document.date) if document.date else None,
        default_published=published,
        source=document.sitename,
        url=document.url,
    )


def _extract(page: str, **options: Any) -> Any:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    return trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATES,
        **options,
    )


def _authors(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in value.split(";") if name.strip())
