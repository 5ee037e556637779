"""Export of what people reviewed: accepted and corrected incidents, one record each,
with the evidence quotes and the report they come from (title, outlet, URL, SHA-256 of
the captured bytes). Confidential reports are left out for anyone not named on them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

from docket.models import User
from docket.review.access import visible
from docket.store import audit
from docket.store.schema import captures, incidents, reports

FORMATS = ("jsonl", "csv")
CSV_FIELDS = (
    "incident_id",
    "report_id",
    "act",
    "victims",
    "perpetrators",
    "date_start",
    "date_end",
    "date_inferred",
    "place",
    "country",
    "status",
    "review_state",
    "coder",
    "evidence",
    "source_url",
    "source_title",
    "source_outlet",
    "published",
    "sha256",
    "captured_at",
)


def _plain(value: Any) -> dict[str, Any]:
    """`value` as plain JSON types, as it reads back from the store."""
    plain: dict[str, Any] = audit.jsonable(value)
    return plain


def _record(row: Any) -> dict[str, Any]:
    return _plain(
        {
            "incident_id": row.id,
            "report_id": row.report_id,
            "act": row.act,
            "victims": row.victims,
            "perpetrators": row.perpetrators,
            "date": {
                "start": row.date_start,
                "end": row.date_end,
                "granularity": row.date_granularity,
                "text": row.date_text,
                "inferred": bool(row.date_inferred),
            },
            "location": row.location,
            "status": row.status,
            "attribution": row.attribution,
            "review_state": row.review_state,
            "coder": row.coder,
            "evidence": [
                {"field": e["field"], "start": e["start"], "end": e["end"], "quote": e["text"]}
                for e in row.evidence
            ],
            "source": {
                "url": row.url or row.capture_url,
                "title": row.title,
                "outlet": row.outlet,
                "published": row.published,
                "sha256": row.sha256,
                "captured_at": row.captured_at,
            },
        }
    )


def reviewed(conn: sa.Connection, user: User) -> Iterator[dict[str, Any]]:
    """Every accepted or corrected incident `user` may see, in id order, with the time and
    address of its report's first capture (one query, not one per record)."""
    first = (
        sa.select(captures.c.report_id, sa.func.min(captures.c.id).label("capture_id"))
        .group_by(captures.c.report_id)
        .subquery()
    )
    joined = (
        incidents.join(reports, reports.c.id == incidents.c.report_id)
        .outerjoin(first, first.c.report_id == reports.c.id)
        .outerjoin(captures, captures.c.id == first.c.capture_id)
    )
    query = (
        sa.select(
            incidents,
            reports.c.url,
            reports.c.title,
            reports.c.outlet,
            reports.c.published,
            reports.c.sha256,
            captures.c.captured_at,
            captures.c.url.label("capture_url"),
        )
        .select_from(joined)
        .where(incidents.c.review_state.in_(("accepted", "corrected")))
        .order_by(incidents.c.id)
    )
    condition = visible(user)
    if condition is not None:
        query = query.where(condition)
    for row in conn.execute(query):
        yield _record(row)


def _names(parties: list[dict[str, Any]]) -> str:
    return "; ".join(p["name"] for p in parties)


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    place = record["location"] or {}
    return {
        "incident_id": record["incident_id"],
        "report_id": record["report_id"],
        "act": record["act"],
        "victims": _names(record["victims"]),
        "perpetrators": _names(record["perpetrators"]),
        "date_start": record["date"]["start"],
        "date_end": record["date"]["end"],
        "date_inferred": "yes" if record["date"]["inferred"] else "",
        "place": place.get("text"),
        "country": place.get("country"),
        "status": record["status"],
        "review_state": record["review_state"],
        "coder": record["coder"],
        "evidence": " | ".join(e["quote"] for e in record["evidence"]),
        "source_url": record["source"]["url"],
        "source_title": record["source"]["title"],
        "source_outlet": record["source"]["outlet"],
        "published": record["source"]["published"],
        "sha256": record["source"]["sha256"],
        "captured_at": record["source"]["captured_at"],
    }


def _csv_safe(value: Any) -> Any:
    # A cell starting with = + - @ runs as a formula in a spreadsheet; report texts are
    # untrusted, so such cells get a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render(records: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for record in records:
        writer.writerow({k: _csv_safe(v) for k, v in csv_row(record).items()})
    return out.getvalue()
