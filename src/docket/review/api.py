"""The JSON API: the same data as the pages, with the same permissions, mounted at /api
with its OpenAPI schema at /api/openapi.json. It authenticates with the session cookie of
a signed-in user; every write must carry that session's CSRF token in `X-CSRF-Token`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from docket.review import decisions, listing
from docket.review.access import require_role
from docket.review.auth import api_csrf, api_session
from docket.review.detail import incident_detail, report_detail
from docket.review.serialize import card_json, detail_json, entry_json, incident_json
from docket.review.sessions import Session
from docket.review.state import state
from docket.review.views.exports import export_response
from docket.review.views.inbox import filters_from
from docket.store import audit
from docket.store import users as user_store

router = APIRouter()
Signed = Annotated[Session, Depends(api_session)]
Json = dict[str, Any]


class Decision(BaseModel):
    action: str = Field(description="accept, reject or reopen")


class FieldDecision(BaseModel):
    action: str = Field(description="accept, correct or reject")
    value: Any = Field(None, description="the corrected value, in the coded-report shape")


class NewIncident(BaseModel):
    act: str
    start: int = Field(ge=0, description="code-point offset into the report's text")
    end: int = Field(gt=0)
    quote: str = Field(description="exactly text[start:end]")


@router.get("/me")
def me(session: Signed) -> Json:
    return {"name": session.user.name, "role": session.user.role, "csrf_token": session.csrf}


@router.get("/reports")
def reports(request: Request, session: Signed, limit: int = 50, offset: int = 0) -> list[Json]:
    with state(request).store.read() as conn:
        cards = listing.inbox(
            conn, session.user, limit=min(max(limit, 1), 500), offset=max(offset, 0)
        )
    return [card_json(c) for c in cards]


@router.get("/reports/{report_id}")
def report(request: Request, session: Signed, report_id: int) -> Json:
    with state(request).store.read() as conn:
        return detail_json(report_detail(conn, session.user, report_id))


@router.get("/search")
def search(
    request: Request,
    session: Signed,
    q: str = "",
    act: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    review_state: str | None = None,
) -> list[Json]:
    filters = filters_from(q, act, country, since, until, review_state)
    with state(request).store.read() as conn:
        return [card_json(c) for c in listing.search(conn, session.user, filters)]


@router.get("/counts")
def counts(request: Request, session: Signed) -> Json:
    with state(request).store.read() as conn:
        return listing.counts(conn, session.user)


def _incident(request: Request, session: Session, incident_id: int) -> Json:
    with state(request).store.read() as conn:
        return incident_json(incident_detail(conn, session.user, incident_id)[1])


@router.post("/incidents/{incident_id}/decision", dependencies=[Depends(api_csrf)])
def decide(request: Request, session: Signed, incident_id: int, body: Decision) -> Json:
    with state(request).store.begin() as conn:
        decisions.decide_incident(conn, session.user, incident_id, body.action)
    return _incident(request, session, incident_id)


@router.post("/interventions/{intervention_id}/decision", dependencies=[Depends(api_csrf)])
def decide_intervention(
    request: Request, session: Signed, intervention_id: int, body: Decision
) -> Json:
    with state(request).store.begin() as conn:
        review_state = decisions.decide_intervention(
            conn, session.user, intervention_id, body.action
        )
    return {"id": intervention_id, "review_state": review_state}


@router.post("/incidents/{incident_id}/fields/{field}", dependencies=[Depends(api_csrf)])
def decide_field(
    request: Request, session: Signed, incident_id: int, field: str, body: FieldDecision
) -> Json:
    with state(request).store.begin() as conn:
        decisions.decide_field(conn, session.user, incident_id, field, body.action, body.value)
    return _incident(request, session, incident_id)


@router.post("/reports/{report_id}/incidents", dependencies=[Depends(api_csrf)], status_code=201)
def add_incident(request: Request, session: Signed, report_id: int, body: NewIncident) -> Json:
    with state(request).store.begin() as conn:
        incident_id = decisions.add_incident(
            conn, session.user, report_id, body.act, body.start, body.end, body.quote
        )
    return _incident(request, session, incident_id)


@router.get("/export.{fmt}", response_class=Response)
def export(request: Request, session: Signed, fmt: str) -> Response:
    return export_response(request, session, fmt)


@router.get("/audit")
def audit_log(request: Request, session: Signed, limit: int = 200) -> Json:
    require_role(session.user, "admin")
    with state(request).store.read() as conn:
        found = audit.entries(conn, limit=min(max(limit, 1), 5000), newest_first=True)
        return {
            "head": {"id": audit.head(conn).id, "hash": audit.head(conn).hash},
            "problems": audit.verify(conn),
            "entries": [entry_json(e) for e in found],
        }


@router.get("/users")
def users(request: Request, session: Signed) -> list[Json]:
    require_role(session.user, "admin")
    with state(request).store.read() as conn:
        return [
            {"name": u.name, "role": u.role, "active": u.active} for u in user_store.listing(conn)
        ]
