"""The report page: the text with its evidence marked, the coded incidents beside it, and
the review decisions (accept, correct, reject; add a missed incident). A decision answers
an HTMX request with the incident's fragment, a plain form post with a redirect."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from docket.review import decisions, linked
from docket.review.auth import form_csrf, page_session
from docket.review.detail import incident_detail, report_detail
from docket.review.highlight import highlighted
from docket.review.pages import is_htmx, render, see_other
from docket.review.sessions import Session
from docket.review.state import state
from docket.store.schema import interventions

router = APIRouter()
Signed = Annotated[Session, Depends(page_session)]


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, session: Signed, report_id: int) -> Response:
    with state(request).store.read() as conn:
        detail = report_detail(conn, session.user, report_id)
    text = highlighted(detail.report.text, detail.spans())
    result = linked.result_for(state(request).store, session.user, relink=False)
    cases, people = linked.about_report(result, report_id)
    return render(
        request, "report.html", session, detail=detail, text=text, cases=cases, people=people
    )


def _incident_response(request: Request, session: Session, incident_id: int) -> Response:
    with state(request).store.read() as conn:
        detail, view = incident_detail(conn, session.user, incident_id)
    if is_htmx(request):
        return render(request, "_incident.html", session, view=view, detail=detail)
    return see_other(f"/reports/{detail.report.id}#incident-{incident_id}")


@router.post("/incidents/{incident_id}/decision", dependencies=[Depends(form_csrf)])
def decide(
    request: Request, session: Signed, incident_id: int, action: Annotated[str, Form()]
) -> Response:
    with state(request).store.begin() as conn:
        decisions.decide_incident(conn, session.user, incident_id, action)
    return _incident_response(request, session, incident_id)


@router.post("/interventions/{intervention_id}/decision", dependencies=[Depends(form_csrf)])
def decide_intervention(
    request: Request, session: Signed, intervention_id: int, action: Annotated[str, Form()]
) -> Response:
    with state(request).store.begin() as conn:
        decisions.decide_intervention(conn, session.user, intervention_id, action)
        report_id = conn.execute(
            sa.select(interventions.c.report_id).where(interventions.c.id == intervention_id)
        ).scalar_one()
    return see_other(f"/reports/{report_id}#intervention-{intervention_id}")


def _parties(text: str) -> list[dict[str, Any]]:
    """One party a line, `name | type`; the type is optional."""
    found = []
    for line in text.splitlines():
        name, _, kind = line.partition("|")
        if name.strip():
            found.append({"name": name.strip(), "type": kind.strip() or None})
    return found


def form_value(field: str, form: dict[str, str]) -> Any:
    """The corrected value of `field` from the correction form, in its JSON shape."""
    if field in ("victims", "perpetrators"):
        return _parties(form["value"])
    if field == "date":
        return {k: form[k].strip() for k in ("start", "end", "granularity", "text")}
    if field == "place":
        return {k: form[k].strip() for k in ("text", "city", "region", "country")}
    return form["value"].strip()


Text = Annotated[str, Form(max_length=10_000)]


@router.post("/incidents/{incident_id}/fields/{field}", dependencies=[Depends(form_csrf)])
def decide_field(
    request: Request,
    session: Signed,
    incident_id: int,
    field: str,
    action: Annotated[str, Form()],
    value: Text = "",
    start: Text = "",
    end: Text = "",
    granularity: Text = "",
    text: Text = "",
    city: Text = "",
    region: Text = "",
    country: Text = "",
) -> Response:
    form = {
        "value": value,
        "start": start,
        "end": end,
        "granularity": granularity,
        "text": text,
        "city": city,
        "region": region,
        "country": country,
    }
    corrected = form_value(field, form) if action == "correct" else None
    with state(request).store.begin() as conn:
        decisions.decide_field(conn, session.user, incident_id, field, action, corrected)
    return _incident_response(request, session, incident_id)


@router.post("/reports/{report_id}/incidents", dependencies=[Depends(form_csrf)])
def add_incident(
    request: Request,
    session: Signed,
    report_id: int,
    act: Annotated[str, Form()],
    start: Annotated[int, Form()],
    end: Annotated[int, Form()],
    quote: Annotated[str, Form()],
) -> Response:
    with state(request).store.begin() as conn:
        incident_id = decisions.add_incident(conn, session.user, report_id, act, start, end, quote)
    return see_other(f"/reports/{report_id}#incident-{incident_id}")
