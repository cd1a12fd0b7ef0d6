"""Quotes and claims: direct quotes, reported speech, "according to", scare quotes."""

from newsgraph.quotes.finder import QuoteFindings, find_quotes

__all__ = ["QuoteFindings", "find_quotes"]
