"""Export of the reviewed incidents a user may see, as JSON Lines or CSV."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from docket.review import records
from docket.review.auth import page_session
from docket.review.sessions import Session
from docket.review.state import state

router = APIRouter()
MEDIA = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}


def export_response(request: Request, session: Session, fmt: str) -> Response:
    if fmt not in records.FORMATS:
        raise HTTPException(404, f"export formats: {', '.join(records.FORMATS)}")
    with state(request).store.read() as conn:
        found = list(records.reviewed(conn, session.user))
    return Response(
        records.render(found, fmt),
        media_type=MEDIA[fmt],
        headers={"content-disposition": f'attachment; filename="docket-reviewed.{fmt}"'},
    )


@router.get("/export.{fmt}")
def export(
    request: Request, session: Annotated[Session, Depends(page_session)], fmt: str
) -> Response:
    return export_response(request, session, fmt)
