"""Coded incidents and interventions: stored with their evidence, confidence, coder and
review state. Re-coding a report replaces only what no person has reviewed yet."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from docket.errors import NotFound
from docket.models import (
    AuditEntry,
    CodedReport,
    DateInterval,
    Evidence,
    Incident,
    Intervention,
    Party,
    Place,
    Report,
)
from docket.store import audit
from docket.store.schema import incidents, interventions, reports

REVIEWED = ("accepted", "corrected", "rejected")


def place_to_json(place: Place) -> dict[str, Any]:
    data = {k: getattr(place, k) for k in ("text", "city", "region", "country")}
    data["from"] = place_to_json(place.origin) if place.origin else None
    return data


def place_from_json(data: dict[str, Any] | None) -> Place:
    data = data or {}
    origin = data.get("from")
    return Place(
        text=data.get("text"),
        city=data.get("city"),
        region=data.get("region"),
        country=data.get("country"),
        origin=place_from_json(origin) if origin else None,
    )


def _parties(data: list[dict[str, Any]]) -> list[Party]:
    return [Party(name=p["name"], type=p.get("type"), person_id=p.get("person_id")) for p in data]


def _evidence(data: list[dict[str, Any]]) -> list[Evidence]:
    return [
        Evidence(field=e["field"], start=e["start"], end=e["end"], text=e["text"]) for e in data
    ]


def _date_columns(date: DateInterval) -> dict[str, Any]:
    return {
        "date_start": date.start,
        "date_end": date.end,
        "date_granularity": date.granularity,
        "date_text": date.text,
        "date_inferred": date.inferred,
    }


def _date(row: Any) -> DateInterval:
    return DateInterval(
        start=row.date_start,
        end=row.date_end,
        granularity=row.date_granularity,
        text=row.date_text,
        inferred=bool(row.date_inferred),
    )


def incident_row(incident: Incident) -> dict[str, Any]:
    return {
        "act": incident.act,
        "victims": [dataclasses.asdict(p) for p in incident.victims],
        "perpetrators": [dataclasses.asdict(p) for p in incident.perpetrators],
        "location": place_to_json(incident.location),
        "country": incident.location.country,
        "status": incident.status,
        "attribution": incident.attribution,
        "confidence": incident.confidence,
        "evidence": [dataclasses.asdict(e) for e in incident.evidence],
        "coder": incident.coder,
        "review_state": incident.review_state,
        **_date_columns(incident.date),
    }


def intervention_row(intervention: Intervention) -> dict[str, Any]:
    return {
        "type": intervention.type,
        "actor": intervention.actor,
        "target": intervention.target,
        "beneficiaries": list(intervention.beneficiaries),
        "status": intervention.status,
        "confidence": intervention.confidence,
        "evidence": [dataclasses.asdict(e) for e in intervention.evidence],
        "coder": intervention.coder,
        "review_state": intervention.review_state,
        **_date_columns(intervention.date),
    }


def incident_from_row(row: Any) -> Incident:
    return Incident(
        id=row.id,
        report_id=row.report_id,
        act=row.act,
        victims=_parties(row.victims),
        perpetrators=_parties(row.perpetrators),
        date=_date(row),
        location=place_from_json(row.location),
        status=row.status,
        attribution=row.attribution,
        confidence=row.confidence,
        evidence=_evidence(row.evidence),
        coder=row.coder,
        review_state=row.review_state,
        extra={"machine": row.machine} if row.machine else {},
    )


def intervention_from_row(row: Any) -> Intervention:
    return Intervention(
        id=row.id,
        report_id=row.report_id,
        type=row.type,
        actor=row.actor,
        target=row.target,
        beneficiaries=list(row.beneficiaries),
        date=_date(row),
        status=row.status,
        confidence=row.confidence,
        evidence=_evidence(row.evidence),
        coder=row.coder,
        review_state=row.review_state,
    )


def _span_keys(rows: Sequence[Any], kind: str) -> set[tuple[str, int, int]]:
    """(kind, start, end) of the first evidence of each reviewed record: a new proposal
    with the same kind and evidence is the same finding, already decided by a person."""
    keys = set()
    for row in rows:
        if row.evidence:
            keys.add((getattr(row, kind), row.evidence[0]["start"], row.evidence[0]["end"]))
    return keys


def _replace(
    conn: sa.Connection,
    table: sa.Table,
    kind: str,
    report_id: int,
    rows: list[dict[str, Any]],
    now: dt.datetime,
) -> list[int]:
    conn.execute(
        table.delete().where(table.c.report_id == report_id, table.c.review_state == "proposed")
    )
    reviewed = conn.execute(sa.select(table).where(table.c.report_id == report_id)).all()
    decided = _span_keys(reviewed, kind)
    new_ids = []
    for row in rows:
        key = (
            (row[kind], row["evidence"][0]["start"], row["evidence"][0]["end"])
            if row["evidence"]
            else None
        )
        if key in decided:
            continue
        values = {**row, "report_id": report_id, "machine": audit.jsonable(row), "updated_at": now}
        new_ids.append(
            conn.execute(table.insert().values(**values).returning(table.c.id)).scalar_one()
        )
    return new_ids


def save(conn: sa.Connection, report_id: int, coded: CodedReport, actor: str) -> dict[str, Any]:
    """Store the coder's proposals for a report, keeping every reviewed record."""
    now = dt.datetime.now(dt.UTC)
    incident_ids = _replace(
        conn, incidents, "act", report_id, [incident_row(i) for i in coded.incidents], now
    )
    intervention_ids = _replace(
        conn,
        interventions,
        "type",
        report_id,
        [intervention_row(i) for i in coded.interventions],
        now,
    )
    conn.execute(reports.update().where(reports.c.id == report_id).values(coded_by=coded.coder))
    after = {"coder": coded.coder, "incidents": incident_ids, "interventions": intervention_ids}
    audit.append(
        conn,
        AuditEntry(actor=actor, action="code", entity="report", entity_id=report_id, after=after),
    )
    return after


def for_report(conn: sa.Connection, report_id: int) -> tuple[list[Incident], list[Intervention]]:
    found = conn.execute(
        sa.select(incidents).where(incidents.c.report_id == report_id).order_by(incidents.c.id)
    ).all()
    helped = conn.execute(
        sa.select(interventions)
        .where(interventions.c.report_id == report_id)
        .order_by(interventions.c.id)
    ).all()
    return [incident_from_row(r) for r in found], [intervention_from_row(r) for r in helped]


def get_incident(conn: sa.Connection, incident_id: int) -> Incident:
    row = conn.execute(sa.select(incidents).where(incidents.c.id == incident_id)).first()
    if row is None:
        raise NotFound(f"no incident with id {incident_id}")
    return incident_from_row(row)


def uncoded_report_ids(conn: sa.Connection) -> list[int]:
    query = sa.select(reports.c.id).where(reports.c.coded_by.is_(None)).order_by(reports.c.id)
    return list(conn.execute(query).scalars())


def search_incidents(
    conn: sa.Connection,
    *,
    act: str | None = None,
    country: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    include_rejected: bool = False,
    visible: sa.ColumnElement[bool] | None = None,
) -> list[Incident]:
    """Incidents matching every filter given, by date (undated last), then id."""
    query = sa.select(incidents).join(reports, reports.c.id == incidents.c.report_id)
    if act:
        query = query.where(incidents.c.act == act)
    if country:
        query = query.where(sa.func.lower(incidents.c.country) == country.lower())
    if since:
        query = query.where(sa.func.coalesce(incidents.c.date_end, incidents.c.date_start) >= since)
    if until:
        query = query.where(incidents.c.date_start <= until)
    if not include_rejected:
        query = query.where(incidents.c.review_state != "rejected")
    if visible is not None:
        query = query.where(visible)
    query = query.order_by(incidents.c.date_start.nulls_last(), incidents.c.id)
    return [incident_from_row(row) for row in conn.execute(query.with_only_columns(incidents))]


def all_coded(conn: sa.Connection) -> list[CodedReport]:
    """Every coded report with its incidents and interventions that no person rejected,
    each list in id order (linking names them by position), in three queries."""
    found: dict[int, CodedReport] = {}
    query = sa.select(
        reports.c.id,
        reports.c.title,
        reports.c.text,
        reports.c.published,
        reports.c.url,
        reports.c.coded_by,
    ).where(reports.c.coded_by.is_not(None))
    for row in conn.execute(query.order_by(reports.c.id)):
        report = Report(
            id=row.id, title=row.title, text=row.text, published=row.published, url=row.url
        )
        found[row.id] = CodedReport(report=report, coder=row.coded_by)
    for table, convert, attribute in (
        (incidents, incident_from_row, "incidents"),
        (interventions, intervention_from_row, "interventions"),
    ):
        rows = conn.execute(
            sa.select(table)
            .where(table.c.review_state != "rejected")
            .order_by(table.c.report_id, table.c.id)
        )
        for row in rows:
            if row.report_id in found:
                getattr(found[row.report_id], attribute).append(convert(row))
    return list(found.values())


def fingerprint(conn: sa.Connection) -> str:
    """Changes whenever anything linking reads changes: coding, review, new reports."""
    parts = []
    for table in (incidents, interventions):
        parts.append(
            conn.execute(
                sa.select(sa.func.count(), sa.func.max(table.c.updated_at), sa.func.max(table.c.id))
            ).one()
        )
    parts.append(
        conn.execute(
            sa.select(sa.func.count(), sa.func.max(reports.c.id)).where(
                reports.c.coded_by.is_not(None)
            )
        ).one()
    )
    return hashlib.sha256(repr([tuple(map(str, p)) for p in parts]).encode()).hexdigest()
