"""Linking: people's decisions (must-link / cannot-link, the source of truth that every
re-link obeys) and snapshots of the latest linking result with the ids users see.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("must", sa.JSON, nullable=False),
        sa.Column("cannot", sa.JSON, nullable=False),
        sa.Column("decided_by", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked", sa.Boolean, nullable=False),
    )
    op.create_table(
        "link_snapshots",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("linker", sa.Text, nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("members", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("link_snapshots")
    op.drop_table("link_decisions")
