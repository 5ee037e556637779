"""Adding a report: by URL (fetched with capture's safeguards: no private addresses,
size and redirect limits) or by uploading a saved page; then it is coded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from docket.errors import CaptureError
from docket.review import intake
from docket.review.access import require_role
from docket.review.auth import form_csrf, page_session
from docket.review.pages import render
from docket.review.sessions import Session
from docket.review.state import state

router = APIRouter()
Signed = Annotated[Session, Depends(page_session)]


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request, session: Signed) -> Response:
    require_role(session.user, "editor")
    return render(request, "add.html", session, coder_note=state(request).coder_note)


async def _read(upload: UploadFile, limit: int) -> bytes:
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise CaptureError(upload.filename or "upload", f"larger than {limit} bytes")
    return data


@router.post("/add", dependencies=[Depends(form_csrf)], response_class=HTMLResponse)
async def add(
    request: Request,
    session: Signed,
    url: Annotated[str, Form()] = "",
    upload: Annotated[UploadFile | None, File()] = None,
) -> Response:
    require_role(session.user, "editor")
    app = state(request)
    data = await _read(upload, app.options.max_upload_bytes) if upload and upload.filename else None
    # Capture and coding are blocking work: run them off the event loop.
    result = await run_in_threadpool(_intake, request, session, url.strip(), upload, data)
    return render(request, "added.html", session, intake=result)


def _intake(
    request: Request, session: Session, url: str, upload: UploadFile | None, data: bytes | None
) -> intake.Intake:
    app = state(request)
    with app.fetcher() as fetcher:
        if data is not None and upload is not None:
            return intake.add_upload(
                app.store,
                fetcher,
                upload.filename or "upload",
                data,
                session.user.name,
                app.coder,
                app.coder_note,
                url=url or None,
            )
        return intake.add_url(app.store, fetcher, url, session.user.name, app.coder, app.coder_note)
