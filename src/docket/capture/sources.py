"""What a source names, and the reports in it.

URL            fetched; a feed's entries are fetched in turn, anything else is a page
folder         every file below it with a known suffix, in name order
.md .txt       a report in the example's layout
.html .htm     a saved page (`--url` says where it came from)
.xml .rss .atom  a feed file; its entries are fetched
.warc .warc.gz a web archive
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docket.capture import feeds, warc
from docket.capture.documents import report_from_html, report_from_markdown
from docket.capture.fetch import Fetched, Fetcher
from docket.capture.items import Captured, Failure, new_capture
from docket.capture.urls import is_url
from docket.errors import CaptureError

TEXT_SUFFIXES = {".md", ".markdown", ".txt"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | WARC_SUFFIXES


def suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _from_fetched(fetched: Fetched, source: str, kind: str) -> Captured:
    report = report_from_html(fetched.content, source, fetched.final_url)
    capture = new_capture(
        fetched.content,
        source=source,
        kind=kind,
        url=fetched.final_url,
        http_status=fetched.status,
        headers=fetched.headers,
        media_type=fetched.media_type,
    )
    return Captured(fetched.content, capture, report)


def _feed(raw: bytes, source: str, fetcher: Fetcher) -> Iterator[Captured | Failure]:
    found = feeds.entries(raw)
    if not found:
        yield Failure(source, "the feed has no entries with links")
    for entry in found:
        try:
            yield _from_fetched(fetcher.fetch(entry.link), entry.link, "feed")
        except CaptureError as exc:
            yield Failure(f"{source} entry {entry.link}", exc.reason)


def from_url(url: str, fetcher: Fetcher) -> Iterator[Captured | Failure]:
    try:
        fetched = fetcher.fetch(url)
        if feeds.looks_like_feed(fetched.content):
            yield from _feed(fetched.content, url, fetcher)
            return
        yield _from_fetched(fetched, url, "url")
    except CaptureError as exc:
        yield Failure(url, exc.reason)


def _read(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise CaptureError(str(path), f"too large: {size} bytes (limit {max_bytes})")
    return path.read_bytes()


def _from_file(path: Path, url: str | None, fetcher: Fetcher) -> Iterator[Captured | Failure]:
    source, kind = str(path), suffix(path)
    if kind in WARC_SUFFIXES:
        yield from warc.captures(path, fetcher.settings.max_bytes)
        return
    raw = _read(path, fetcher.settings.max_bytes)
    if kind in FEED_SUFFIXES or (kind not in HTML_SUFFIXES and feeds.looks_like_feed(raw)):
        yield from _feed(raw, source, fetcher)
        return
    if kind in TEXT_SUFFIXES:
        report, capture_kind = report_from_markdown(raw, source, url), "markdown"
    else:
        report, capture_kind = report_from_html(raw, source, url), "html"
    capture = new_capture(raw, source=source, kind=capture_kind, url=report.url)
    yield Captured(raw, capture, report)


def from_path(path: Path, url: str | None, fetcher: Fetcher) -> Iterator[Captured | Failure]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and suffix(p) in KNOWN_SUFFIXES)
        if not files:
            yield Failure(str(path), "the folder holds no reports (.md .txt .html .xml .warc)")
        for file in files:
            yield from from_path(file, None, fetcher)
        return
    try:
        yield from _from_file(path, url, fetcher)
    except CaptureError as exc:
        yield Failure(str(path), exc.reason)
    except OSError as exc:
        yield Failure(str(path), exc.strerror or str(exc))


def captures(source: str, fetcher: Fetcher, url: str | None = None) -> Iterator[Captured | Failure]:
    """Every report in `source`, or a Failure for each part that could not be captured."""
    if is_url(source):
        yield from from_url(source, fetcher)
        return
    path = Path(source)
    if not path.exists():
        yield Failure(source, "no such file or folder, and not an http(s) URL")
        return
    yield from from_path(path, url, fetcher)
