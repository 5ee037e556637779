"""RSS and Atom feeds: each entry's link is captured as a report of its own."""

from __future__ import annotations

from dataclasses import dataclass

import feedparser

_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None


def looks_like_feed(raw: bytes) -> bool:
    head = raw[:2048].lower()
    return any(marker in head for marker in _FEED_MARKERS)


def entries(raw: bytes) -> list[FeedEntry]:
    """The entries of a feed that have a link, in feed order."""
    parsed = feedparser.parse(raw)
    found: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link:
            found.append(FeedEntry(link=str(link), title=entry.get("title")))
    return found
