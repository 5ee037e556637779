"""Server-side sessions: the cookie holds a random token, the database its SHA-256, the
user and the session's CSRF token. Signing out, disabling an account or changing its
password deletes the rows, which ends the sessions at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

import sqlalchemy as sa

from docket.models import User
from docket.store import audit
from docket.store import users as user_store
from docket.store.schema import sessions, users


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def open_session(conn: sa.Connection, user: User, lifetime: dt.timedelta) -> str:
    """A new session for `user`; returns the token to put in the cookie."""
    token = secrets.token_urlsafe(32)
    now = audit.utcnow()
    conn.execute(sessions.delete().where(sessions.c.expires_at < now))
    conn.execute(
        sessions.insert().values(
            token_hash=_digest(token),
            user_id=user.id,
            csrf=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token


def _aware(at: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes for what was written in UTC.
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def lookup(conn: sa.Connection, token: str | None) -> Session | None:
    """The live session of an active user behind `token`, or None."""
    if not token:
        return None
    row = conn.execute(
        sa.select(sessions.c.user_id, sessions.c.csrf, sessions.c.expires_at)
        .join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.token_hash == _digest(token), users.c.active.is_(True))
    ).first()
    if row is None or _aware(row.expires_at) <= audit.utcnow():
        return None
    return Session(user=user_store.by_id(conn, row.user_id), csrf=row.csrf)


def close_session(conn: sa.Connection, token: str | None) -> None:
    if token:
        conn.execute(sessions.delete().where(sessions.c.token_hash == _digest(token)))
