"""From raw bytes to a Report: Markdown/text in the example's layout, or an HTML page."""

from __future__ import annotations

import re

from docket.capture import markdown_report
from docket.capture.html import DEFAULT_OPTIONS, ExtractOptions, extract_article
from docket.capture.urls import canonical_url
from docket.errors import ExtractionError
from docket.models import Report

_TAG = re.compile(rb"<\s*(!doctype\s+html|html|head|body|p|div|article|title|meta)\b", re.I)


def decode_text(raw: bytes, source: str) -> str:
    if b"\x00" in raw[:4096]:
        raise ExtractionError(source, "not a text file: it holds binary data")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractionError(source, "cannot decode the text as UTF-8 or Windows-1252")


def looks_like_html(raw: bytes) -> bool:
    head = raw[:8192]
    return b"\x00" not in head and _TAG.search(head) is not None


def report_from_markdown(raw: bytes, source: str, url: str | None = None) -> Report:
    parsed = markdown_report.parse(decode_text(raw, source))
    if not parsed.body.strip():
        raise ExtractionError(source, "the report is empty")
    address = url or parsed.url
    return Report(
        title=parsed.title,
        text=parsed.body,
        url=address,
        canonical_url=canonical_url(address),
        published=parsed.published,
        published_text=parsed.date_text,
    )


def report_from_html(
    raw: bytes, source: str, url: str | None = None, options: ExtractOptions = DEFAULT_OPTIONS
) -> Report:
    if not raw.strip():
        raise ExtractionError(source, "the page is empty")
    if not looks_like_html(raw):
        raise ExtractionError(source, "not HTML: no HTML markup in the first 8 KB")
    try:
        article = extract_article(raw, url, options)
    except ExtractionError as exc:
        raise ExtractionError(source, exc.reason) from exc
    address = url or article.canonical_url
    return Report(
        title=article.title,
        text=article.text,
        url=address,
        canonical_url=canonical_url(article.canonical_url or address),
        authors=article.authors,
        outlet=article.outlet,
        published=article.published,
        published_text=article.published.isoformat() if article.published else None,
        language=article.language,
    )
