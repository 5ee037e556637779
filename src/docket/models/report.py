"""A captured report and the record of how it was captured."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(kw_only=True)
class Capture:
    """How raw bytes arrived: never changed after it is written.

    `sha256` addresses the raw bytes, which the store keeps untouched.
    """

    sha256: str
    source: str
    """What the user named: a URL, a file path, a feed entry, `file.warc.gz#record`."""
    kind: str
    """url, html, markdown, text, feed, warc."""
    url: str | None = None
    captured_at: dt.datetime
    http_status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = None
    tool_version: str
    id: int | None = None
    report_id: int | None = None


@dataclass(kw_only=True)
class Report:
    """An article as docket keeps it. `text` is the body as Markdown, links included;
    evidence offsets point into exactly this string."""

    title: str | None
    text: str
    url: str | None = None
    canonical_url: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: dt.date | None = None
    published_text: str | None = None
    """The date as the source printed it (`April 29, 2021`), or ISO from metadata."""
    language: str | None = None
    sha256: str = ""
    """Of the raw bytes of the first capture."""
    confidential: bool = False
    id: int | None = None
    created_at: dt.datetime | None = None
    captures: list[Capture] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
