"""From raw text and metadata to the one :class:`Article` every reader builds, the same way.

normalise (newlines, NFC, invisible characters) -> Markdown to prose (if it is Markdown) or
unwrapped lines (if it is hard-wrapped) -> cleanup (credits, byline, boilerplate) -> checks (empty,
``--max-chars``) -> the headline, when there is one, as the text's first paragraph (events, actors and
claims in headlines are found like any other, and their spans point into it). The text is final once
the Article exists: every span later points into it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.readers import codes
from newsgraph.readers.cleanup import clean
from newsgraph.readers.decoding import normalise
from newsgraph.readers.markdown import looks_like_markdown, strip_markdown
from newsgraph.readers.problems import Problem, too_long
from newsgraph.readers.wrapping import is_hard_wrapped, unwrap
from newsgraph.records import Article


def make_article(
    id: str,
    raw: str,
    *,
    max_chars: int,
    markdown: bool | None = False,
    title: str | None = None,
    byline: Sequence[str] = (),
    published: str | None = None,
    default_published: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article | Problem:
    """Build an Article; ``markdown=None`` means "decide from the text" (JSON Lines, CSV, stdin)."""
    text = normalise(raw)
    if len(text) > max_chars:  # the text as given is measured, before markup and boilerplate go
        return too_long(len(text), max_chars)
    if markdown is None:
        markdown = looks_like_markdown(text)
    if markdown:
        rendered = strip_markdown(text)
        text = rendered.text
        title = title or rendered.title
    elif is_hard_wrapped(text):
        text = unwrap(text)
    cleaned = clean(text, title=title)
    if not cleaned.text:
        return Problem(codes.EMPTY_TEXT, "no article text (empty after removing markup and boilerplate)")
    headline = _one_line(title or cleaned.title)
    return Article(
        id=id,
        text=with_headline(cleaned.text, headline),
        title=headline,
        byline=tuple(n for n in map(_one_line, byline) if n) or cleaned.byline,
        published=published or cleaned.published or default_published,
        source=_one_line(source),
        url=_one_line(url),
    )


def with_headline(text: str, headline: str | None) -> str:
    """``text`` led by its headline as a paragraph of its own, unless it already starts with it."""
    if not headline:
        return text
    first = text.split("\n", 1)[0]
    if first.casefold().split() == headline.casefold().split():
        return text
    return f"{headline}\n\n{text}"


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(normalise(value).split())
    return value or None
