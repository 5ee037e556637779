"""WARC web archives: every HTML response record is captured as a report, with the URL,
time, HTTP status and headers the archive recorded."""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from docket.capture.documents import report_from_html
from docket.capture.items import Captured, Failure, new_capture
from docket.errors import CaptureError


def _when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _record(record: object, source: str, max_bytes: int) -> Captured | Failure | None:
    headers = record.http_headers  # type: ignore[attr-defined]
    if headers is None:
        return None
    media_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if media_type not in {"text/html", "application/xhtml+xml"}:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    where = f"{source}#{url}"
    raw = record.content_stream().read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(raw) > max_bytes:
        return Failure(where, f"too large: more than {max_bytes} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # type: ignore[attr-defined]
    if missing:
        return Failure(where, f"truncated record: {missing} bytes of it are missing")
    try:
        report = report_from_html(raw, where, url)
    except CaptureError as exc:
        return Failure(where, exc.reason)
    status = headers.get_statuscode()
    capture = new_capture(
        raw,
        source=where,
        kind="warc",
        url=url,
        http_status=int(status) if status and status.isdigit() else None,
        headers={k.lower(): v for k, v in headers.headers},
        media_type=media_type,
        captured_at=_when(record.rec_headers.get_header("WARC-Date")),  # type: ignore[attr-defined]
    )
    return Captured(raw, capture, report)


def _iterate(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Captured | Failure]:
    records = ArchiveIterator(stream)
    try:
        for record in records:
            if record.rec_type != "response":
                continue
            item = _record(record, source, max_bytes)
            if item is not None:
                yield item
    finally:
        records.close()


def captures(path: Path, max_bytes: int) -> Iterator[Captured | Failure]:
    """Each HTML response in the archive; a damaged archive ends with a Failure after the
    records that could be read."""
    source = str(path)
    found = 0
    try:
        with path.open("rb") as stream:
            for item in _iterate(stream, source, max_bytes):
                found += 1
                yield item
        if not found:
            yield Failure(
                source, "no HTML responses in the archive (empty, damaged or not a WARC file)"
            )
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as exc:
        yield Failure(source, f"damaged or truncated archive: {exc.__class__.__name__}: {exc}")
