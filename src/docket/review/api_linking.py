"""The JSON API over linking: cases, people, proposals and decisions, with the same
permissions as the pages (what a user may not see is left out), and the decisions
editors make (merge, keep apart, split, revoke), each with the `X-CSRF-Token` header."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from docket.review import linked
from docket.review.auth import api_csrf, api_session
from docket.review.sessions import Session
from docket.review.state import state

router = APIRouter()
Signed = Annotated[Session, Depends(api_session)]
Json = dict[str, Any]


class PeoplePair(BaseModel):
    a: int = Field(description="a person id")
    b: int = Field(description="a person id")


class Split(BaseModel):
    mention: str = Field(description="a mention of the person, such as r2:i0:1")


def _result(request: Request, session: Session) -> Json:
    return linked.result_for(state(request).store, session.user)


def _slice(items: list[Json], limit: int, offset: int) -> list[Json]:
    ordered = sorted(items, key=lambda item: int(item["id"]))
    start = max(offset, 0)
    return ordered[start : start + min(max(limit, 1), 5000)]


@router.get("/cases")
def cases(request: Request, session: Signed, limit: int = 500, offset: int = 0) -> list[Json]:
    return _slice(_result(request, session)["cases"], limit, offset)


@router.get("/cases/{case_id}")
def case(request: Request, session: Signed, case_id: int) -> Json:
    result = _result(request, session)
    found = linked.find(result["cases"], case_id, "case")
    people = [p for p in result["people"] if p["id"] in found["person_ids"]]
    return {**found, "people": people}


@router.get("/people")
def people(request: Request, session: Signed, limit: int = 500, offset: int = 0) -> list[Json]:
    return _slice(_result(request, session)["people"], limit, offset)


@router.get("/people/{person_id}")
def person(request: Request, session: Signed, person_id: int) -> Json:
    result = _result(request, session)
    found = linked.find(result["people"], person_id, "person")
    return {**found, "case_ids": [c["id"] for c in linked.cases_of(result, person_id)]}


@router.get("/proposals")
def proposals(request: Request, session: Signed) -> list[Json]:
    return list(_result(request, session)["proposals"])


@router.get("/decisions")
def decisions(request: Request, session: Signed) -> list[Json]:
    return linked.decisions_for(state(request).store, session.user)


@router.post("/people/merge", dependencies=[Depends(api_csrf)])
def merge(request: Request, session: Signed, body: PeoplePair) -> Json:
    merged = linked.merge(state(request).store, session.user, body.a, body.b)
    return person(request, session, merged)


@router.post("/people/apart", dependencies=[Depends(api_csrf)])
def apart(request: Request, session: Signed, body: PeoplePair) -> Json:
    linked.keep_apart(state(request).store, session.user, body.a, body.b)
    return {"a": body.a, "b": body.b, "kept_apart": True}


@router.post("/people/{person_id}/split", dependencies=[Depends(api_csrf)])
def split(request: Request, session: Signed, person_id: int, body: Split) -> Json:
    linked.split(state(request).store, session.user, person_id, body.mention)
    return {"person_of": _result(request, session)["person_of"].get(body.mention)}


@router.post("/decisions/{decision_id}/revoke", dependencies=[Depends(api_csrf)])
def revoke(request: Request, session: Signed, decision_id: int) -> Json:
    linked.revoke(state(request).store, session.user, decision_id)
    return {"id": decision_id, "revoked": True}
