"""Accounts, who may see which confidential report, and the confidential flag itself.

Every change is written with its audit entry in the caller's transaction. Password
hashes are made by the caller (`docket.review.passwords`): the store never sees a password.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from docket.errors import AuthError, NotFound
from docket.models import ROLES, AuditEntry, User
from docket.store import audit
from docket.store.schema import report_access, reports, sessions, users


def _user(row: Any) -> User:
    return User(
        id=row.id,
        name=row.name,
        role=row.role,
        active=bool(row.active),
        must_change_password=bool(row.must_change_password),
    )


def _log(
    conn: sa.Connection,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    audit.append(
        conn,
        AuditEntry(
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=before,
            after=after,
        ),
    )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r}: one of {', '.join(ROLES)}")


def add(
    conn: sa.Connection,
    name: str,
    role: str,
    password_hash: str,
    actor: str,
    *,
    must_change_password: bool = False,
) -> User:
    _check_role(role)
    if not name.strip() or len(name) > 120:
        raise AuthError("a user name must be 1 to 120 characters")
    if conn.execute(sa.select(users.c.id).where(users.c.name == name)).first():
        raise AuthError(f"user {name!r} exists already")
    user_id = conn.execute(
        users.insert()
        .values(
            name=name,
            role=role,
            password_hash=password_hash,
            active=True,
            created_at=audit.utcnow(),
            must_change_password=must_change_password,
        )
        .returning(users.c.id)
    ).scalar_one()
    _log(conn, actor, "user.add", "user", user_id, None, {"name": name, "role": role})
    return User(id=user_id, name=name, role=role, must_change_password=must_change_password)


def get(conn: sa.Connection, name: str) -> User:
    row = conn.execute(sa.select(users).where(users.c.name == name)).first()
    if row is None:
        raise NotFound(f"no user named {name!r}")
    return _user(row)


def by_id(conn: sa.Connection, user_id: int) -> User:
    row = conn.execute(sa.select(users).where(users.c.id == user_id)).first()
    if row is None:
        raise NotFound(f"no user with id {user_id}")
    return _user(row)


def password_hash(conn: sa.Connection, name: str) -> str | None:
    """The stored hash of an active account, None for an unknown or disabled one."""
    row = conn.execute(
        sa.select(users.c.password_hash).where(users.c.name == name, users.c.active.is_(True))
    ).first()
    return row.password_hash if row else None


def listing(conn: sa.Connection) -> list[User]:
    return [_user(row) for row in conn.execute(sa.select(users).order_by(users.c.name))]


def set_password(
    conn: sa.Connection, name: str, new_hash: str, actor: str, *, must_change: bool = False
) -> None:
    user = get(conn, name)
    conn.execute(
        users.update()
        .where(users.c.id == user.id)
        .values(password_hash=new_hash, must_change_password=must_change)
    )
    # A new password ends every session opened with the old one.
    conn.execute(sessions.delete().where(sessions.c.user_id == user.id))
    _log(conn, actor, "user.password", "user", user.id, None, {"name": name})


def set_role(conn: sa.Connection, name: str, role: str, actor: str) -> None:
    _check_role(role)
    user = get(conn, name)
    conn.execute(users.update().where(users.c.id == user.id).values(role=role))
    _log(conn, actor, "user.role", "user", user.id, {"role": user.role}, {"role": role})


def set_active(conn: sa.Connection, name: str, active: bool, actor: str) -> None:
    user = get(conn, name)
    conn.execute(users.update().where(users.c.id == user.id).values(active=active))
    if not active:
        conn.execute(sessions.delete().where(sessions.c.user_id == user.id))
    _log(
        conn,
        actor,
        "user.enable" if active else "user.disable",
        "user",
        user.id,
        {"active": user.active},
        {"active": active},
    )


def remove(conn: sa.Connection, name: str, actor: str) -> None:
    """Delete the account; audit entries keep its name, which is how they name people."""
    user = get(conn, name)
    conn.execute(sessions.delete().where(sessions.c.user_id == user.id))
    conn.execute(report_access.delete().where(report_access.c.user_id == user.id))
    conn.execute(users.delete().where(users.c.id == user.id))
    _log(conn, actor, "user.remove", "user", user.id, {"name": name, "role": user.role}, None)


def _report_exists(conn: sa.Connection, report_id: int) -> bool:
    return (
        conn.execute(sa.select(reports.c.id).where(reports.c.id == report_id)).first() is not None
    )


def grant(
    conn: sa.Connection, report_id: int, name: str, actor: str, *, revoke: bool = False
) -> None:
    """Let `name` see confidential report `report_id` (or take that away)."""
    if not _report_exists(conn, report_id):
        raise NotFound(f"no report with id {report_id}")
    user = get(conn, name)
    match = (report_access.c.report_id == report_id) & (report_access.c.user_id == user.id)
    conn.execute(report_access.delete().where(match))
    if not revoke:
        conn.execute(report_access.insert().values(report_id=report_id, user_id=user.id))
    _log(
        conn,
        actor,
        "access.revoke" if revoke else "access.grant",
        "report",
        report_id,
        None,
        {"user": name},
    )


def granted(conn: sa.Connection, report_id: int) -> list[str]:
    query = (
        sa.select(users.c.name)
        .join(report_access, report_access.c.user_id == users.c.id)
        .where(report_access.c.report_id == report_id)
        .order_by(users.c.name)
    )
    return list(conn.execute(query).scalars())


def set_confidential(conn: sa.Connection, report_id: int, confidential: bool, actor: str) -> None:
    row = conn.execute(sa.select(reports.c.confidential).where(reports.c.id == report_id)).first()
    if row is None:
        raise NotFound(f"no report with id {report_id}")
    conn.execute(
        reports.update().where(reports.c.id == report_id).values(confidential=confidential)
    )
    _log(
        conn,
        actor,
        "report.confidential",
        "report",
        report_id,
        {"confidential": bool(row.confidential)},
        {"confidential": confidential},
    )
