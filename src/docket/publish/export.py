"""Exports of reports: JSON Lines or CSV, one report a record, streamed."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from docket.models import Report

REPORT_FIELDS = (
    "id",
    "url",
    "title",
    "authors",
    "outlet",
    "published",
    "language",
    "sha256",
    "captured_at",
    "text",
)
FORMATS = ("jsonl", "csv")


def report_record(report: Report) -> dict[str, Any]:
    first = report.captures[0] if report.captures else None
    return {
        "id": report.id,
        "url": report.url,
        "title": report.title,
        "authors": report.authors,
        "outlet": report.outlet,
        "published": report.published.isoformat() if report.published else None,
        "language": report.language,
        "sha256": report.sha256,
        "captured_at": first.captured_at.isoformat() if first else None,
        "text": report.text,
    }


def write_reports(reports: Iterable[Report], out: TextIO, fmt: str) -> int:
    """Write every report to `out`; returns how many."""
    count = 0
    if fmt == "jsonl":
        for report in reports:
            out.write(json.dumps(report_record(report), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=REPORT_FIELDS)
    writer.writeheader()
    for report in reports:
        record = report_record(report)
        record["authors"] = "; ".join(record["authors"])
        writer.writerow(record)
        count += 1
    return count
