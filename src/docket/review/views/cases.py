"""Cases, people and the review of proposed merges: pages over the linking stage's result,
cut down to what the signed-in user may see. Editors merge, split and keep apart."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from docket.review import linked
from docket.review.auth import form_csrf, page_session
from docket.review.linkfilter import Data
from docket.review.pages import render, see_other
from docket.review.sessions import Session
from docket.review.state import state

router = APIRouter()
Signed = Annotated[Session, Depends(page_session)]
Person = Annotated[int, Form()]
PAGE = 100


def _page(items: list[Data], page: int) -> tuple[list[Data], bool]:
    """One page of `items` (sorted by id), and whether there are more."""
    start = max(page, 0) * PAGE
    ordered = sorted(items, key=lambda item: int(item["id"]))
    return ordered[start : start + PAGE], len(ordered) > start + PAGE


@router.get("/cases", response_class=HTMLResponse)
def cases_page(request: Request, session: Signed, page: int = 0) -> Response:
    result = linked.result_for(state(request).store, session.user)
    shown, more = _page(result["cases"], page)
    return render(
        request,
        "cases.html",
        session,
        cases=shown,
        total=len(result["cases"]),
        names=linked.names(result),
        page=max(page, 0),
        more=more,
    )


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case_page(request: Request, session: Signed, case_id: int) -> Response:
    result = linked.result_for(state(request).store, session.user)
    found = linked.find(result["cases"], case_id, "case")
    return render(request, "case.html", session, case=found, names=linked.names(result))


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, session: Signed, q: str = "", page: int = 0) -> Response:
    result = linked.result_for(state(request).store, session.user)
    needle = q.strip().casefold()
    found = [
        p
        for p in result["people"]
        if not needle or any(needle in n.casefold() for n in (p["name"], *p["variants"]))
    ]
    shown, more = _page(found, page)
    return render(
        request, "people.html", session, people=shown, q=q[:200], page=max(page, 0), more=more
    )


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, session: Signed, person_id: int) -> Response:
    result = linked.result_for(state(request).store, session.user)
    person = linked.find(result["people"], person_id, "person")
    return render(
        request,
        "person.html",
        session,
        person=person,
        written=linked.mention_names(state(request).store, person["mentions"]),
        cases=linked.cases_of(result, person_id),
        names=linked.names(result),
    )


@router.get("/proposals", response_class=HTMLResponse)
def proposals_page(request: Request, session: Signed) -> Response:
    result = linked.result_for(state(request).store, session.user)
    decisions = linked.decisions_for(state(request).store, session.user)
    return render(
        request,
        "proposals.html",
        session,
        proposals=result["proposals"],
        decisions=decisions,
    )


@router.post("/people/merge", dependencies=[Depends(form_csrf)])
def merge(request: Request, session: Signed, a: Person, b: Person) -> Response:
    merged = linked.merge(state(request).store, session.user, a, b)
    return see_other(f"/people/{merged}")


@router.post("/people/apart", dependencies=[Depends(form_csrf)])
def apart(request: Request, session: Signed, a: Person, b: Person) -> Response:
    linked.keep_apart(state(request).store, session.user, a, b)
    return see_other("/proposals")


@router.post("/people/{person_id}/split", dependencies=[Depends(form_csrf)])
def split(
    request: Request, session: Signed, person_id: int, mention: Annotated[str, Form()]
) -> Response:
    linked.split(state(request).store, session.user, person_id, mention)
    return see_other(f"/people/{person_id}")


@router.post("/decisions/{decision_id}/revoke", dependencies=[Depends(form_csrf)])
def revoke(request: Request, session: Signed, decision_id: int) -> Response:
    linked.revoke(state(request).store, session.user, decision_id)
    return see_other("/proposals")
