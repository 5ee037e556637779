"""The JSON the API answers with: the coded-report format's shapes, plus review states."""

from __future__ import annotations

import dataclasses
from typing import Any

from docket.models import AuditEntry, Intervention, Report
from docket.review.detail import ReportDetail
from docket.review.listing import IncidentView, ReportCard
from docket.store import audit
from docket.store.coded import place_to_json


def _plain(value: Any) -> dict[str, Any]:
    """`value` as plain JSON types, as it reads back from the store."""
    plain: dict[str, Any] = audit.jsonable(value)
    return plain


def report_json(report: Report, *, with_text: bool = False) -> dict[str, Any]:
    data = {
        "id": report.id,
        "title": report.title,
        "url": report.url,
        "outlet": report.outlet,
        "published": report.published,
        "sha256": report.sha256,
        "confidential": report.confidential,
    }
    if with_text:
        data["text"] = report.text
    return _plain(data)


def incident_json(view: IncidentView) -> dict[str, Any]:
    incident = view.incident
    return _plain(
        {
            "id": incident.id,
            "report_id": incident.report_id,
            "act": incident.act,
            "victims": [dataclasses.asdict(p) for p in incident.victims],
            "perpetrators": [dataclasses.asdict(p) for p in incident.perpetrators],
            "date": dataclasses.asdict(incident.date),
            "location": place_to_json(incident.location),
            "status": incident.status,
            "attribution": incident.attribution,
            "confidence": incident.confidence,
            "evidence": [dataclasses.asdict(e) for e in incident.evidence],
            "coder": incident.coder,
            "review_state": incident.review_state,
            "field_states": view.field_states,
            "machine": view.machine,
        }
    )


def intervention_json(item: Intervention) -> dict[str, Any]:
    return _plain(dataclasses.asdict(item))


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return audit.record(entry)


def card_json(card: ReportCard) -> dict[str, Any]:
    return {
        **report_json(card.report),
        "snippet": card.snippet,
        "incidents": [incident_json(v) for v in card.incidents],
    }


def detail_json(detail: ReportDetail) -> dict[str, Any]:
    return {
        **report_json(detail.report, with_text=True),
        "incidents": [incident_json(v) for v in detail.incidents],
        "interventions": [intervention_json(i) for i in detail.interventions],
        "history": {str(k): [entry_json(e) for e in v] for k, v in detail.history.items()},
    }
