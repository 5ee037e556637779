"""Who is asking: the session behind the cookie, sign-in with its rate limits, and the
CSRF check every state-changing request passes.

Pages send a stranger to the sign-in page; the API answers 401. Forms carry the
session's CSRF token in a hidden field, API writes in the `X-CSRF-Token` header. The
sign-in form itself is protected by a double-submit token (a cookie and a field).
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from fastapi import HTTPException, Request

from docket.errors import AuthError, RateLimited
from docket.models import User
from docket.review import passwords, ratelimit
from docket.review.options import ReviewOptions
from docket.review.sessions import Session, lookup
from docket.review.state import state
from docket.store import users as user_store

CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"


class NotSignedInError(Exception):
    """A page was asked for without a live session."""


class PasswordChangeError(Exception):
    """The user signed in with a one-time password and must choose their own first."""


def session_of(request: Request) -> Session | None:
    if not hasattr(request.state, "session"):
        app = state(request)
        with app.store.read() as conn:
            request.state.session = lookup(conn, request.cookies.get(app.options.session_cookie))
    found: Session | None = request.state.session
    return found


def any_session(request: Request) -> Session:
    """A live session, even one that must change its password first."""
    found = session_of(request)
    if found is None:
        raise NotSignedInError
    return found


def page_session(request: Request) -> Session:
    found = any_session(request)
    if found.user.must_change_password:
        raise PasswordChangeError
    return found


def api_session(request: Request) -> Session:
    found = session_of(request)
    if found is None:
        raise HTTPException(401, "sign in first", headers={"WWW-Authenticate": "Cookie"})
    if found.user.must_change_password:
        raise HTTPException(403, "change your one-time password first")
    return found


def tokens_match(expected: str, given: str | None) -> bool:
    return bool(given) and secrets.compare_digest(expected.encode(), (given or "").encode())


async def form_csrf(request: Request) -> None:
    """Refuse a form post whose token is not the session's."""
    form = await request.form()
    given = form.get(CSRF_FIELD)
    session = session_of(request)
    if session is None or not tokens_match(session.csrf, given if isinstance(given, str) else None):
        raise HTTPException(403, "the form's CSRF token is missing or stale: reload the page")


def api_csrf(request: Request) -> None:
    """Refuse an API write made with the session cookie but without its CSRF header."""
    session = session_of(request)
    if session is None or not tokens_match(session.csrf, request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, f"send the session's CSRF token in {CSRF_HEADER}")


def client_ip(request: Request) -> str:
    # The direct peer. Behind a reverse proxy every user shares its address: the
    # per-address limit then acts for all of them (see docs/review.md).
    return request.client.host if request.client else "unknown"


def sign_in(conn: sa.Connection, name: str, password: str, ip: str, options: ReviewOptions) -> User:
    """The user with this name and password, within the rate limits, or AuthError."""
    if ratelimit.blocked(conn, name, ip, options):
        ratelimit.record(conn, name, ip, ok=False)
        raise RateLimited("too many failed sign-ins: wait a few minutes")
    ok = passwords.verify(user_store.password_hash(conn, name), password)
    ratelimit.record(conn, name, ip, ok=ok)
    if not ok:
        raise AuthError("wrong name or password")
    return user_store.get(conn, name)
