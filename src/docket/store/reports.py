"""Reports, their captures and the raw bytes behind them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from docket.errors import NotFound
from docket.models import AuditEntry, Capture, Report
from docket.store import audit
from docket.store.schema import blobs, captures, reports


def dedup_key(report: Report) -> str:
    """Reports with the same canonical URL and the same text are one report."""
    basis = f"{report.canonical_url or ''}\n{report.text}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Stored:
    """What `add` did: the report's id and whether anything new was written."""

    report_id: int
    new_report: bool
    new_capture: bool


def _put_blob(conn: sa.Connection, sha256: str, raw: bytes) -> None:
    exists = conn.execute(sa.select(blobs.c.sha256).where(blobs.c.sha256 == sha256)).first()
    if not exists:
        conn.execute(blobs.insert().values(sha256=sha256, size=len(raw), data=raw))


def _capture_row(capture: Capture, report_id: int) -> dict[str, Any]:
    return {
        "report_id": report_id,
        "sha256": capture.sha256,
        "source": capture.source,
        "kind": capture.kind,
        "url": capture.url,
        "captured_at": capture.captured_at,
        "http_status": capture.http_status,
        "headers": capture.headers,
        "media_type": capture.media_type,
        "tool_version": capture.tool_version,
    }


def _report_row(report: Report, capture: Capture) -> dict[str, Any]:
    return {
        "dedup_key": dedup_key(report),
        "sha256": capture.sha256,
        "url": report.url,
        "canonical_url": report.canonical_url,
        "title": report.title,
        "authors": report.authors,
        "outlet": report.outlet,
        "published": report.published,
        "published_text": report.published_text,
        "language": report.language,
        "text": report.text,
        "confidential": report.confidential,
        "created_at": capture.captured_at,
    }


def add(conn: sa.Connection, raw: bytes, capture: Capture, report: Report, actor: str) -> Stored:
    """Store a capture and its report, unless the same bytes or the same report are in."""
    same_bytes = conn.execute(
        sa.select(captures.c.report_id).where(captures.c.sha256 == capture.sha256).limit(1)
    ).first()
    if same_bytes:
        return Stored(same_bytes.report_id, new_report=False, new_capture=False)
    _put_blob(conn, capture.sha256, raw)
    existing = conn.execute(
        sa.select(reports.c.id).where(reports.c.dedup_key == dedup_key(report))
    ).first()
    new_report = existing is None
    if existing is None:
        report_id = conn.execute(
            reports.insert().values(**_report_row(report, capture)).returning(reports.c.id)
        ).scalar_one()
    else:
        report_id = existing.id
    capture_id = conn.execute(
        captures.insert().values(**_capture_row(capture, report_id)).returning(captures.c.id)
    ).scalar_one()
    after = {
        "capture_id": capture_id,
        "sha256": capture.sha256,
        "source": capture.source,
        "url": capture.url,
        "new_report": new_report,
    }
    audit.append(
        conn,
        AuditEntry(
            actor=actor, action="capture", entity="report", entity_id=report_id, after=after
        ),
    )
    return Stored(report_id, new_report=new_report, new_capture=True)


def _capture(row: sa.Row[Any]) -> Capture:
    return Capture(
        id=row.id,
        report_id=row.report_id,
        sha256=row.sha256,
        source=row.source,
        kind=row.kind,
        url=row.url,
        captured_at=row.captured_at,
        http_status=row.http_status,
        headers=row.headers or {},
        media_type=row.media_type,
        tool_version=row.tool_version,
    )


def _report(row: sa.Row[Any], with_captures: list[Capture] | None = None) -> Report:
    return Report(
        id=row.id,
        title=row.title,
        text=row.text,
        url=row.url,
        canonical_url=row.canonical_url,
        authors=list(row.authors or []),
        outlet=row.outlet,
        published=row.published,
        published_text=row.published_text,
        language=row.language,
        sha256=row.sha256,
        confidential=bool(row.confidential),
        created_at=row.created_at,
        captures=with_captures or [],
    )


def get(conn: sa.Connection, report_id: int) -> Report:
    row = conn.execute(sa.select(reports).where(reports.c.id == report_id)).first()
    if row is None:
        raise NotFound(f"no report with id {report_id}")
    rows = conn.execute(
        sa.select(captures).where(captures.c.report_id == report_id).order_by(captures.c.id)
    )
    return _report(row, [_capture(c) for c in rows])


def raw_bytes(conn: sa.Connection, sha256: str) -> bytes:
    row = conn.execute(sa.select(blobs.c.data).where(blobs.c.sha256 == sha256)).first()
    if row is None:
        raise NotFound(f"no raw bytes with sha256 {sha256}")
    return bytes(row.data)


def listing(
    conn: sa.Connection,
    *,
    limit: int | None = None,
    offset: int = 0,
    visible: sa.ColumnElement[bool] | None = None,
) -> list[Report]:
    """Reports newest first (by publication date, then by id), without their bodies' captures."""
    query = (
        sa.select(reports)
        .order_by(reports.c.published.desc().nulls_last(), reports.c.id.desc())
        .offset(offset)
    )
    if visible is not None:
        query = query.where(visible)
    if limit is not None:
        query = query.limit(limit)
    return [_report(row) for row in conn.execute(query)]


def iterate(conn: sa.Connection, batch: int = 200) -> Iterator[Report]:
    """Every report in id order, with its captures, a batch at a time (bounded memory)."""
    last_id = 0
    while True:
        rows = conn.execute(
            sa.select(reports).where(reports.c.id > last_id).order_by(reports.c.id).limit(batch)
        ).all()
        if not rows:
            return
        # One query for the captures of the whole batch, not one (and a re-read) per report.
        found: dict[int, list[Capture]] = {row.id: [] for row in rows}
        query = sa.select(captures).where(captures.c.report_id.in_(list(found)))
        for capture_row in conn.execute(query.order_by(captures.c.id)):
            found[capture_row.report_id].append(_capture(capture_row))
        for row in rows:
            yield _report(row, found[row.id])
        last_id = rows[-1].id


def ids(conn: sa.Connection) -> list[int]:
    return list(conn.execute(sa.select(reports.c.id).order_by(reports.c.id)).scalars())


def count(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one())
