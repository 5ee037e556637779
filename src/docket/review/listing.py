"""What the inbox, the search page and the API list: reports a user may see, newest first,
with their coded incidents; full-text search with filters; counts. Every query here goes
through `access.visible`, so confidential reports never show up in a list, a count or a
snippet for someone not named on them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from docket.models import Incident, Report, User
from docket.review.access import visible
from docket.store import coded
from docket.store import reports as report_store
from docket.store import search as text_search
from docket.store.schema import incidents, reports

_JOINED = incidents.join(reports, reports.c.id == incidents.c.report_id)


@dataclass(kw_only=True)
class IncidentView:
    incident: Incident
    field_states: dict[str, str] = field(default_factory=dict)
    machine: dict[str, Any] | None = None


@dataclass(kw_only=True)
class ReportCard:
    report: Report
    incidents: list[IncidentView]
    snippet: str | None = None


@dataclass(frozen=True, kw_only=True)
class Filters:
    q: str = ""
    act: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    state: str | None = None

    @property
    def on_incidents(self) -> bool:
        return any((self.act, self.country, self.since, self.until, self.state))


def _where(query: sa.Select[Any], user: User) -> sa.Select[Any]:
    condition = visible(user)
    return query if condition is None else query.where(condition)


def incident_views(conn: sa.Connection, report_ids: list[int]) -> dict[int, list[IncidentView]]:
    found: dict[int, list[IncidentView]] = {rid: [] for rid in report_ids}
    if not report_ids:
        return found
    query = (
        sa.select(incidents).where(incidents.c.report_id.in_(report_ids)).order_by(incidents.c.id)
    )
    for row in conn.execute(query):
        found[row.report_id].append(
            IncidentView(
                incident=coded.incident_from_row(row),
                field_states=dict(row.field_states or {}),
                machine=row.machine,
            )
        )
    return found


def _cards(
    conn: sa.Connection, found: list[Report], snippets: dict[int, str] | None = None
) -> list[ReportCard]:
    views = incident_views(conn, [r.id for r in found if r.id is not None])
    return [
        ReportCard(
            report=r, incidents=views.get(r.id or 0, []), snippet=(snippets or {}).get(r.id or 0)
        )
        for r in found
    ]


def inbox(conn: sa.Connection, user: User, *, limit: int = 50, offset: int = 0) -> list[ReportCard]:
    """Reports newest first with their incidents."""
    found = report_store.listing(conn, limit=limit, offset=offset, visible=visible(user))
    return _cards(conn, found)


def _matching_reports(conn: sa.Connection, user: User, filters: Filters) -> set[int]:
    query = _where(sa.select(incidents.c.report_id).select_from(_JOINED), user)
    if filters.act:
        query = query.where(incidents.c.act == filters.act)
    if filters.country:
        query = query.where(sa.func.lower(incidents.c.country) == filters.country.lower())
    if filters.since:
        since = sa.func.coalesce(incidents.c.date_end, incidents.c.date_start)
        query = query.where(since >= filters.since)
    if filters.until:
        query = query.where(incidents.c.date_start <= filters.until)
    if filters.state:
        query = query.where(incidents.c.review_state == filters.state)
    return set(conn.execute(query.distinct()).scalars())


def search(
    conn: sa.Connection, user: User, filters: Filters, *, limit: int = 50
) -> list[ReportCard]:
    """Reports matching the words of `filters.q` (best first) and having an incident that
    matches every incident filter; without words, newest first."""
    wanted = _matching_reports(conn, user, filters) if filters.on_incidents else None
    if filters.q.strip():
        hits = text_search.search(conn, filters.q, limit=500, visible=visible(user))
        hits = [h for h in hits if wanted is None or h.report_id in wanted][:limit]
        found = [report_store.get(conn, h.report_id) for h in hits]
        return _cards(conn, found, {h.report_id: h.snippet for h in hits})
    query = _where(sa.select(reports.c.id), user).order_by(
        reports.c.published.desc().nulls_last(), reports.c.id.desc()
    )
    if wanted is not None:
        query = query.where(reports.c.id.in_(wanted))
    ids = list(conn.execute(query.limit(limit)).scalars())
    return _cards(conn, [report_store.get(conn, rid) for rid in ids])


def counts(conn: sa.Connection, user: User) -> dict[str, Any]:
    """How many reports and incidents a user can see, incidents by act and review state."""
    total = conn.execute(_where(sa.select(sa.func.count()).select_from(reports), user))
    by: dict[str, dict[str, int]] = {}
    for column in (incidents.c.act, incidents.c.review_state):
        query = _where(sa.select(column, sa.func.count()).select_from(_JOINED), user).group_by(
            column
        )
        by[column.name] = {str(k): int(n) for k, n in conn.execute(query)}
    return {
        "reports": int(total.scalar_one()),
        "incidents": sum(by["act"].values()),
        "by_act": by["act"],
        "by_review_state": by["review_state"],
    }
