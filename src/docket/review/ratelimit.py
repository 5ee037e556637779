"""Sign-in rate limits: failures are counted per account and per client address over a
sliding window, in the database, so that every server process and restart sees them."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from docket.review.options import ReviewOptions
from docket.store import audit
from docket.store.schema import login_attempts


def _failures(
    conn: sa.Connection, column: sa.Column[str], value: str, options: ReviewOptions
) -> int:
    since = audit.utcnow() - options.login_window
    query = (
        sa.select(sa.func.count())
        .select_from(login_attempts)
        .where(column == value, login_attempts.c.ok.is_(False), login_attempts.c.at >= since)
    )
    return int(conn.execute(query).scalar_one())


def blocked(conn: sa.Connection, account: str, ip: str, options: ReviewOptions) -> bool:
    """True when this account or this address failed too often lately."""
    return (
        _failures(conn, login_attempts.c.account, account, options)
        >= options.max_failures_per_account
        or _failures(conn, login_attempts.c.ip, ip, options) >= options.max_failures_per_ip
    )


KEEP = dt.timedelta(days=1)
"""Attempts older than this are deleted: they no longer count, and they name people."""


def record(conn: sa.Connection, account: str, ip: str, ok: bool) -> None:
    now = audit.utcnow()
    conn.execute(login_attempts.delete().where(login_attempts.c.at < now - KEEP))
    conn.execute(login_attempts.insert().values(at=now, account=account[:120], ip=ip[:64], ok=ok))
