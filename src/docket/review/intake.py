"""Adding a report from the web app: a URL to fetch or an uploaded saved page, captured
like `docket ingest` does, then coded by whatever coder is at hand.

The coder is injected (a callable from a report to its coded incidents); `load_coder`
finds the project's coder when it is installed and otherwise says so, and the report is
kept uncoded with that note shown to the user."""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docket.capture.fetch import Fetcher
from docket.capture.items import Failure
from docket.capture.sources import HTML_SUFFIXES, TEXT_SUFFIXES, captures, suffix
from docket.config import Settings
from docket.errors import CaptureError, CodingError
from docket.models import CodedReport, Report
from docket.store import Store, coded
from docket.store import reports as report_store

Coder = Callable[[Report], CodedReport]
UPLOAD_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES


@dataclass
class Intake:
    report_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def load_coder(settings: Settings) -> tuple[Coder | None, str]:
    """The installed coder and its name, or None and why there is none."""
    try:
        module = importlib.import_module("docket.code")
        coder = module.Coder.load(settings)
    except ImportError as exc:
        return None, f"no coder installed ({exc}): reports are kept uncoded"
    except Exception as exc:  # the coding stage's boundary: the app still serves
        return None, f"the coder could not be loaded ({type(exc).__name__}: {exc})"
    return coder.code, f"{getattr(coder, 'name', 'docket.code')}"


def _code(store: Store, report_id: int, coder: Coder | None, actor: str, intake: Intake) -> None:
    if coder is None:
        return
    with store.read() as conn:
        report = report_store.get(conn, report_id)
    try:
        result = coder(report)
    except Exception as exc:  # the coding stage's boundary: recorded and shown below
        # The capture is already committed; a coder failing on one report must not lose
        # it or take the page down: say why, keep the report uncoded.
        reason = str(exc) if isinstance(exc, CodingError) else f"{type(exc).__name__}: {exc}"
        intake.notes.append(f"report {report_id} could not be coded: {reason}")
        return
    with store.begin() as conn:
        coded.save(conn, report_id, result, actor)
    intake.notes.append(f"report {report_id} coded")


def _capture(
    store: Store,
    source: str,
    fetcher: Fetcher,
    actor: str,
    label: str,
    url: str | None,
    intake: Intake,
) -> None:
    for item in captures(source, fetcher, url):
        if isinstance(item, Failure):
            intake.notes.append(f"{label}: {item.reason}")
            continue
        item.capture.source = label
        with store.begin() as conn:
            stored = report_store.add(conn, item.raw, item.capture, item.report, actor)
        intake.report_ids.append(stored.report_id)
        if not stored.new_report:
            intake.notes.append(f"report {stored.report_id} was already in")


def add_url(
    store: Store, fetcher: Fetcher, url: str, actor: str, coder: Coder | None, coder_note: str = ""
) -> Intake:
    """Fetch `url` (http or https only: never a path on the server) and code it."""
    if not url.lower().startswith(("http://", "https://")):
        raise CaptureError(url, "give an http:// or https:// address")
    intake = Intake()
    _capture(store, url, fetcher, actor, url, None, intake)
    return _finish(store, intake, actor, coder, coder_note)


def add_upload(
    store: Store,
    fetcher: Fetcher,
    filename: str,
    data: bytes,
    actor: str,
    coder: Coder | None,
    coder_note: str = "",
    url: str | None = None,
) -> Intake:
    """Capture an uploaded saved page (.html) or report (.md, .txt) and code it."""
    kind = suffix(Path(filename))
    if kind not in UPLOAD_SUFFIXES:
        raise CaptureError(filename, f"upload one of {', '.join(sorted(UPLOAD_SUFFIXES))}")
    intake = Intake()
    with tempfile.TemporaryDirectory(prefix="docket-upload-") as folder:
        path = Path(folder) / f"upload{kind}"
        path.write_bytes(data)
        _capture(store, str(path), fetcher, actor, f"upload:{Path(filename).name}", url, intake)
    return _finish(store, intake, actor, coder, coder_note)


def _finish(
    store: Store, intake: Intake, actor: str, coder: Coder | None, coder_note: str
) -> Intake:
    if coder is None and intake.report_ids and coder_note:
        intake.notes.append(coder_note)
    for report_id in intake.report_ids:
        _code(store, report_id, coder, actor, intake)
    return intake
