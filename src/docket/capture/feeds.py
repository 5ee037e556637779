"""RSS and Atom feeds: each entry's link is captured as a report of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

import feedparser

# The document's first element, after an XML declaration, comments and processing
# instructions, names a feed.
_FEED_START = re.compile(
    rb"^\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None


def looks_like_feed(raw: bytes) -> bool:
    return _FEED_START.match(raw[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def entries(raw: bytes) -> list[FeedEntry]:
    """The entries of a feed that have a link, in feed order."""
    parsed = feedparser.parse(raw)
    found: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            found.append(FeedEntry(link=str(link), title=entry.get("title")))
    return found
