"""Signing in and out, and changing one's password."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from docket.errors import AuthError, RateLimited
from docket.review import passwords
from docket.review.auth import any_session, client_ip, form_csrf, sign_in, tokens_match
from docket.review.pages import render, safe_next, see_other
from docket.review.sessions import Session, close_session, open_session
from docket.review.state import state
from docket.store import users as user_store

router = APIRouter()


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    token = secrets.token_urlsafe(32)
    response = render(request, "login.html", None, login_token=token, next=safe_next(next))
    options = state(request).options
    response.set_cookie(
        options.login_cookie,
        token,
        httponly=True,
        samesite="strict",
        secure=options.secure_cookies,
        path="/",
    )
    return response


@router.post("/login")
def login(
    request: Request,
    name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=1024)],
    login_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    app = state(request)
    if not tokens_match(request.cookies.get(app.options.login_cookie, ""), login_token):
        raise HTTPException(403, "the sign-in form is stale: reload the page")
    error: AuthError | None = None
    with app.store.begin() as conn:
        try:  # inside the transaction, so that a failed attempt is still recorded
            user = sign_in(conn, name, password, client_ip(request), app.options)
            token = open_session(conn, user, app.options.session_lifetime)
        except AuthError as exc:
            error = exc
    if error is not None:
        status = 429 if isinstance(error, RateLimited) else 401
        return render(
            request,
            "login.html",
            None,
            status=status,
            error=str(error),
            login_token=login_token,
            next=safe_next(next),
        )
    target = "/account/password" if user.must_change_password else safe_next(next)
    response = see_other(target)
    response.set_cookie(
        app.options.session_cookie,
        token,
        httponly=True,
        samesite="strict",
        secure=app.options.secure_cookies,
        path="/",
        max_age=int(app.options.session_lifetime.total_seconds()),
    )
    response.delete_cookie(app.options.login_cookie, path="/")
    return response


@router.post("/logout", dependencies=[Depends(form_csrf)])
def logout(request: Request) -> Response:
    app = state(request)
    with app.store.begin() as conn:
        close_session(conn, request.cookies.get(app.options.session_cookie))
    response = see_other("/login")
    response.delete_cookie(
        app.options.session_cookie,
        path="/",
        secure=app.options.secure_cookies,
        httponly=True,
        samesite="strict",
    )
    return response


@router.get("/account/password", response_class=HTMLResponse)
def password_page(request: Request, session: Annotated[Session, Depends(any_session)]) -> Response:
    return render(request, "password.html", session)


@router.post("/account/password", dependencies=[Depends(form_csrf)])
def change_password(
    request: Request,
    session: Annotated[Session, Depends(any_session)],
    current: Annotated[str, Form(max_length=1024)],
    new: Annotated[str, Form(max_length=1024)],
) -> Response:
    app, name = state(request), session.user.name
    with app.store.begin() as conn:
        if not passwords.verify(user_store.password_hash(conn, name), current):
            return render(
                request, "password.html", session, status=400, error="the current password is wrong"
            )
        try:
            new_hash = passwords.hash_password(new)
        except AuthError as exc:
            return render(request, "password.html", session, status=400, error=str(exc))
        user_store.set_password(conn, name, new_hash, actor=name)
    return see_other("/login")
