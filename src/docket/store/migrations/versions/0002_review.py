"""The review web app: sign-in sessions, login attempts (for rate limiting), per-field
review states on incidents, and a flag for accounts whose password must be changed.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sessions",
        # The SHA-256 of the cookie's token: a copy of the database gives no usable cookie.
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("expires_at", _TS, nullable=False),
    )
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", _TS, nullable=False, index=True),
        sa.Column("account", sa.String(120), nullable=False, index=True),
        sa.Column("ip", sa.String(64), nullable=False, index=True),
        sa.Column("ok", sa.Boolean, nullable=False),
    )
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("field_states", sa.JSON))
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("must_change_password", sa.Boolean, nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("must_change_password")
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("field_states")
    op.drop_table("login_attempts")
    op.drop_table("sessions")
