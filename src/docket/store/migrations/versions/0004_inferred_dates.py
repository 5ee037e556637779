"""Inferred dates: whether an incident's or intervention's date is the coder's inference
(from the narrative around it, or the span between an act and publication) rather than one
the text ties to it. Rows coded before this revision read as not inferred.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_TABLES = ("incidents", "interventions")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("date_inferred", sa.Boolean, nullable=False, server_default=sa.false())
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("date_inferred")
