"""The coded-report format of DESIGN.md: one JSON object per report."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from docket.models import CodedReport, DateInterval, Evidence, Incident, Intervention, Party, Place

SCHEMA = "coded-report.schema.json"


def to_json(coded: CodedReport, document_id: int, sha256: str) -> dict[str, Any]:
    """The coded report as a dict valid against `coded-report.schema.json`."""
    report = coded.report
    return {
        "document": {
            "id": int(document_id),
            "url": getattr(report, "url", None),
            "title": getattr(report, "title", None),
            "published": _iso(getattr(report, "published", None)),
            "sha256": sha256,
        },
        "incidents": [_incident(i) for i in coded.incidents],
        "interventions": [_intervention(i) for i in coded.interventions],
    }


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _date(date: DateInterval) -> dict[str, Any]:
    return {
        "start": _iso(date.start),
        "end": _iso(date.end),
        "granularity": date.granularity,
        "text": date.text,
        # Beyond the shared schema (its objects admit more properties): the date is the
        # coder's inference, not one the text ties to the record (DateInterval.inferred).
        "inferred": date.inferred,
    }


def _place(place: Place) -> dict[str, Any]:
    return {
        "text": place.text,
        "city": place.city,
        "region": place.region,
        "country": place.country,
    }


def _location(place: Place) -> dict[str, Any]:
    data = _place(place)
    data["from"] = _place(place.origin) if place.origin is not None else None
    return data


def _party(party: Party) -> dict[str, Any]:
    return {"name": party.name, "type": party.type}


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [{"field": e.field, "start": e.start, "end": e.end, "text": e.text} for e in items]


def _incident(incident: Incident) -> dict[str, Any]:
    data: dict[str, Any] = {
        "act": incident.act,
        "victims": [_party(p) for p in incident.victims],
        "perpetrators": [_party(p) for p in incident.perpetrators],
        "date": _date(incident.date),
        "location": _location(incident.location),
        "status": incident.status,
        "attribution": incident.attribution,
        "confidence": incident.confidence,
        "coder": incident.coder,
        "evidence": _evidence(incident.evidence),
    }
    if incident.id is not None:
        data["id"] = incident.id
    return data


def _intervention(item: Intervention) -> dict[str, Any]:
    data: dict[str, Any] = {
        "type": item.type,
        "actor": item.actor,
        "target": item.target,
        "beneficiaries": list(item.beneficiaries),
        "date": _date(item.date),
        "status": item.status,
        "confidence": item.confidence,
        "evidence": _evidence(item.evidence),
    }
    if item.id is not None:
        data["id"] = item.id
    return data


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The coded-report JSON schema shipped with the package."""
    loaded: dict[str, Any] = json.loads(
        resources.files("docket.code.data").joinpath(SCHEMA).read_text("utf-8")
    )
    return loaded
