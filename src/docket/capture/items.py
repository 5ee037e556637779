"""What capture hands to the store: the raw bytes, how they came, and the report in them."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from docket import __version__
from docket.models import Capture, Report

TOOL_VERSION = f"docket/{__version__}"


@dataclass(frozen=True)
class Captured:
    raw: bytes
    capture: Capture
    report: Report


@dataclass(frozen=True)
class Failure:
    """A source, or one item inside it, that could not be captured, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def new_capture(
    raw: bytes,
    *,
    source: str,
    kind: str,
    url: str | None = None,
    http_status: int | None = None,
    headers: dict[str, str] | None = None,
    media_type: str | None = None,
    captured_at: dt.datetime | None = None,
) -> Capture:
    return Capture(
        sha256=sha256(raw),
        source=source,
        kind=kind,
        url=url,
        captured_at=captured_at or dt.datetime.now(dt.UTC),
        http_status=http_status,
        headers=headers or {},
        media_type=media_type,
        tool_version=TOOL_VERSION,
    )
