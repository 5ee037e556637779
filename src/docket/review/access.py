"""Who may see and do what. Viewers read, editors review, admins also manage users.

A confidential report, and everything coded from it, is seen only by admins and by the
users named in `report_access`. Every query that lists, counts, searches or exports
reports applies `visible(user)`; a report a user may not see answers "not found", so
its existence does not leak either.
"""

from __future__ import annotations

import sqlalchemy as sa

from docket.errors import AuthError, NotFound
from docket.models import User
from docket.store.schema import report_access, reports


def visible(user: User) -> sa.ColumnElement[bool] | None:
    """The condition on `reports` for what `user` may see; None means everything."""
    if user.can("admin"):
        return None
    named = sa.exists().where(
        report_access.c.report_id == reports.c.id, report_access.c.user_id == user.id
    )
    return sa.or_(reports.c.confidential.is_(False), named)


def may_see(conn: sa.Connection, user: User, report_id: int) -> bool:
    query = sa.select(reports.c.id).where(reports.c.id == report_id)
    condition = visible(user)
    if condition is not None:
        query = query.where(condition)
    return conn.execute(query).first() is not None


def require_report(conn: sa.Connection, user: User, report_id: int) -> None:
    if not may_see(conn, user, report_id):
        raise NotFound(f"no report with id {report_id}")


def require_role(user: User, role: str) -> None:
    if not user.can(role):
        raise AuthError(f"this needs the {role} role")
