"""One report as the report page and the API show it: the text, its incidents with their
review states, the machine's proposals and the history of decisions, and the evidence
spans to highlight."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from docket.models import AuditEntry, Intervention, Report, User
from docket.review import access
from docket.review.highlight import Span
from docket.review.listing import IncidentView, incident_views
from docket.store import audit, coded
from docket.store import reports as report_store
from docket.store import users as user_store


@dataclass(kw_only=True)
class ReportDetail:
    report: Report
    incidents: list[IncidentView]
    interventions: list[Intervention]
    history: dict[int, list[AuditEntry]] = field(default_factory=dict)
    granted: list[str] = field(default_factory=list)

    def spans(self) -> list[Span]:
        """Evidence of incidents not rejected, and of interventions."""
        found = [
            Span(e.start, e.end, view.incident.id, e.field)
            for view in self.incidents
            if view.incident.review_state != "rejected"
            for e in view.incident.evidence
        ]
        found += [
            Span(e.start, e.end, None, f"intervention {e.field}")
            for item in self.interventions
            for e in item.evidence
        ]
        return found


def report_detail(conn: sa.Connection, user: User, report_id: int) -> ReportDetail:
    """The report with everything about it, if `user` may see it (NotFound otherwise)."""
    access.require_report(conn, user, report_id)
    report = report_store.get(conn, report_id)
    views = incident_views(conn, [report_id])[report_id]
    _, interventions = coded.for_report(conn, report_id)
    history = {
        view.incident.id: audit.entries(conn, entity="incident", entity_id=view.incident.id)
        for view in views
        if view.incident.id is not None
    }
    granted = user_store.granted(conn, report_id) if user.can("admin") else []
    return ReportDetail(
        report=report,
        incidents=views,
        interventions=interventions,
        history=history,
        granted=granted,
    )


def incident_detail(
    conn: sa.Connection, user: User, incident_id: int
) -> tuple[ReportDetail, IncidentView]:
    """The report holding `incident_id` and that incident's view."""
    incident = coded.get_incident(conn, incident_id)
    detail = report_detail(conn, user, incident.report_id or 0)
    view = next(v for v in detail.incidents if v.incident.id == incident_id)
    return detail, view
