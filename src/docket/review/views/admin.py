"""Admin pages: accounts (add with a one-time password, role, disable, remove), who may
see a confidential report, and the audit log with its verification."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response

from docket.errors import AuthError
from docket.models import ROLES
from docket.review import passwords
from docket.review.access import require_role
from docket.review.auth import form_csrf, page_session
from docket.review.pages import render, see_other
from docket.review.sessions import Session
from docket.review.state import state
from docket.store import audit
from docket.store import users as user_store

router = APIRouter()


def admin_session(request: Request) -> Session:
    session = page_session(request)
    require_role(session.user, "admin")
    return session


Admin = Annotated[Session, Depends(admin_session)]
Name = Annotated[str, Form(max_length=120)]


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, session: Admin) -> Response:
    with state(request).store.read() as conn:
        found = user_store.listing(conn)
    return render(request, "users.html", session, users=found, roles=ROLES)


@router.post("/admin/users", dependencies=[Depends(form_csrf)], response_class=HTMLResponse)
def add_user(
    request: Request, session: Admin, name: Name, role: Annotated[str, Form()]
) -> Response:
    password = passwords.generate()
    with state(request).store.begin() as conn:
        user_store.add(
            conn,
            name.strip(),
            role,
            passwords.hash_password(password),
            session.user.name,
            must_change_password=True,
        )
        found = user_store.listing(conn)
    # Shown once, on this response only; the user must change it at first sign-in.
    return render(
        request,
        "users.html",
        session,
        users=found,
        roles=ROLES,
        new_user=name.strip(),
        new_password=password,
    )


@router.post("/admin/users/{name}", dependencies=[Depends(form_csrf)])
def change_user(
    request: Request,
    session: Admin,
    name: str,
    action: Annotated[str, Form()],
    role: Annotated[str, Form()] = "",
) -> Response:
    actor = session.user.name
    if name == actor:
        # An admin locking themselves out is mended only from the command line.
        raise AuthError("change your own account with `docket users` on the command line")
    with state(request).store.begin() as conn:
        if action == "role":
            user_store.set_role(conn, name, role, actor)
        elif action in ("disable", "enable"):
            user_store.set_active(conn, name, action == "enable", actor)
        elif action == "remove":
            user_store.remove(conn, name, actor)
    return see_other("/admin/users")


@router.post("/reports/{report_id}/access", dependencies=[Depends(form_csrf)])
def report_access(
    request: Request,
    session: Admin,
    report_id: int,
    action: Annotated[str, Form()],
    name: Name = "",
) -> Response:
    actor = session.user.name
    with state(request).store.begin() as conn:
        if action in ("confidential", "public"):
            user_store.set_confidential(conn, report_id, action == "confidential", actor)
        elif action in ("grant", "revoke"):
            user_store.grant(conn, report_id, name.strip(), actor, revoke=action == "revoke")
    return see_other(f"/reports/{report_id}#access")


@router.get("/admin/audit", response_class=HTMLResponse)
def audit_page(request: Request, session: Admin, limit: int = 200) -> Response:
    with state(request).store.read() as conn:
        found = audit.entries(conn, limit=min(max(limit, 1), 5000), newest_first=True)
        problems = audit.verify(conn)
        head = audit.head(conn)
    return render(request, "audit.html", session, entries=found, problems=problems, head=head)
