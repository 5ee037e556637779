"""Rendering a page: the template, the signed-in user and the CSRF token every form needs."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse

from docket.review.sessions import Session
from docket.review.state import state


def render(
    request: Request, name: str, session: Session | None, status: int = 200, **context: Any
) -> HTMLResponse:
    values = {
        "user": session.user if session else None,
        "csrf": session.csrf if session else "",
        **context,
    }
    return state(request).templates.TemplateResponse(request, name, values, status_code=status)


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_next(target: str | None) -> str:
    """A local path to return to after sign-in; anything else (`//evil`, a URL) goes home."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"
