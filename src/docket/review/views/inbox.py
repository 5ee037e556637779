"""The inbox: reports newest first with their incidents; and the search page."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from docket.code.places import canonical_country
from docket.models import ACTS, REVIEW_STATES
from docket.review import listing
from docket.review.auth import page_session
from docket.review.pages import render
from docket.review.sessions import Session
from docket.review.state import state

router = APIRouter()
PAGE = 50


@router.get("/", response_class=HTMLResponse)
def inbox(
    request: Request, session: Annotated[Session, Depends(page_session)], page: int = 0
) -> Response:
    with state(request).store.read() as conn:
        cards = listing.inbox(conn, session.user, limit=PAGE, offset=max(page, 0) * PAGE)
        counts = listing.counts(conn, session.user)
    return render(
        request,
        "inbox.html",
        session,
        cards=cards,
        counts=counts,
        page=page,
        more=len(cards) == PAGE,
    )


def _date(value: str | None, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(400, f"{name}: expected YYYY-MM-DD") from exc


def filters_from(
    q: str,
    act: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    review_state: str | None,
) -> listing.Filters:
    if act and act not in ACTS:
        raise HTTPException(400, f"act: one of {', '.join(ACTS)}")
    if review_state and review_state not in REVIEW_STATES:
        raise HTTPException(400, f"review_state: one of {', '.join(REVIEW_STATES)}")
    country = (country or "").strip()[:100]
    return listing.Filters(
        q=q[:500],
        act=act or None,
        country=canonical_country(country) if country else None,
        since=_date(since, "since"),
        until=_date(until, "until"),
        state=review_state or None,
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    session: Annotated[Session, Depends(page_session)],
    q: str = "",
    act: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    review_state: str | None = None,
) -> Response:
    filters = filters_from(q, act, country, since, until, review_state)
    searched = bool(q.strip()) or filters.on_incidents
    cards = []
    if searched:
        with state(request).store.read() as conn:
            cards = listing.search(conn, session.user, filters)
    return render(request, "search.html", session, cards=cards, filters=filters, searched=searched)
