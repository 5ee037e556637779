"""The review web app: pages under /, the JSON API under /api, static files under /static.

app = create_app(store, settings, ReviewOptions())
uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from docket import __version__
from docket.capture.fetch import Fetcher
from docket.config import Settings
from docket.errors import (
    AuthError,
    CaptureError,
    LinkError,
    NotFound,
    RateLimited,
    ReviewError,
)
from docket.review import api, api_linking
from docket.review.auth import NotSignedInError, PasswordChangeError, session_of
from docket.review.intake import Coder, load_coder
from docket.review.options import ReviewOptions
from docket.review.pages import render, see_other
from docket.review.security import SecurityHeaders
from docket.review.state import AppState, templates
from docket.review.views import admin, auth, cases, exports, inbox, intake, reports
from docket.store import Store

STATIC = Path(__file__).parent / "static"
# Each refused request answers with this status and its reason.
STATUSES: tuple[tuple[type[Exception], int], ...] = (
    (NotFound, 404),
    (RateLimited, 429),
    (AuthError, 403),
    (ReviewError, 400),
    (CaptureError, 400),
    (LinkError, 400),
)


def _status(exc: Exception) -> int:
    return next(code for kind, code in STATUSES if isinstance(exc, kind))


async def _page_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, NotSignedInError):
        return see_other(f"/login?next={request.url.path}")
    if isinstance(exc, PasswordChangeError):
        return see_other("/account/password")
    code = exc.status_code if isinstance(exc, HTTPException) else _status(exc)
    detail = exc.detail if isinstance(exc, HTTPException) else str(exc)
    return render(
        request, "error.html", session_of(request), status=code, code=code, message=detail
    )


async def _api_error(_request: Request, exc: Exception) -> Response:
    return JSONResponse({"detail": str(exc)}, status_code=_status(exc))


def _api(state: AppState) -> FastAPI:
    sub = FastAPI(
        title="docket review API",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    sub.state.docket = state
    sub.include_router(api.router)
    sub.include_router(api_linking.router)
    for kind, _code in STATUSES:
        sub.add_exception_handler(kind, _api_error)
    return sub


def create_app(
    store: Store,
    settings: Settings,
    options: ReviewOptions | None = None,
    *,
    coder: Coder | None = None,
    fetcher: Callable[[], Fetcher] | None = None,
) -> FastAPI:
    """The app over `store`. Without `coder`, the installed coder is used when there is one."""
    note = "coder given by the caller"
    if coder is None:
        coder, note = load_coder(settings)
    state = AppState(
        store=store,
        settings=settings,
        options=options or ReviewOptions(),
        coder=coder,
        coder_note=note,
        fetcher=fetcher or (lambda: Fetcher(settings)),
        templates=templates(),
    )
    app = FastAPI(
        title="docket review", version=__version__, docs_url=None, redoc_url=None, openapi_url=None
    )
    app.state.docket = state
    for module in (auth, inbox, reports, intake, exports, admin, cases):
        app.include_router(module.router)
    app.mount("/api", _api(state))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for kind in (NotSignedInError, PasswordChangeError, HTTPException, *(k for k, _ in STATUSES)):
        app.add_exception_handler(kind, _page_error)
    app.add_middleware(SecurityHeaders)
    return app
