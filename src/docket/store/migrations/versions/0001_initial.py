"""The initial store: raw blobs, reports and their captures, coded incidents and
interventions, users, and the append-only audit log; full-text search per dialect.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)


def _coded_columns() -> list[sa.Column[object]]:
    """Columns shared by incidents and interventions."""
    return [
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("date_granularity", sa.String(16)),
        sa.Column("date_text", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("coder", sa.Text, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
        sa.Column("machine", sa.JSON),
        sa.Column("updated_at", _TS, nullable=False),
    ]


def _create_tables() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dedup_key", sa.String(64), nullable=False, unique=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("canonical_url", sa.Text, index=True),
        sa.Column("title", sa.Text),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("published", sa.Date, index=True),
        sa.Column("published_text", sa.Text),
        sa.Column("language", sa.String(16)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
        sa.Column("coded_by", sa.Text),
    )
    op.create_table(
        "captures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("captured_at", _TS, nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("headers", sa.JSON, nullable=False),
        sa.Column("media_type", sa.Text),
        sa.Column("tool_version", sa.Text, nullable=False),
    )
    op.create_index("ix_captures_report_id", "captures", ["report_id"])
    op.create_index("ix_captures_sha256", "captures", ["sha256"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("act", sa.String(32), nullable=False),
        sa.Column("victims", sa.JSON, nullable=False),
        sa.Column("perpetrators", sa.JSON, nullable=False),
        sa.Column("location", sa.JSON, nullable=False),
        sa.Column("country", sa.Text),
        sa.Column("attribution", sa.Text),
        *_coded_columns(),
    )
    for column in ("report_id", "act", "date_start", "country", "review_state"):
        op.create_index(f"ix_incidents_{column}", "incidents", [column])
    op.create_table(
        "interventions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("beneficiaries", sa.JSON, nullable=False),
        *_coded_columns(),
    )
    op.create_index("ix_interventions_report_id", "interventions", ["report_id"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", _TS, nullable=False),
    )
    op.create_table(
        "report_access",
        sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", _TS, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.Integer),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )


_SQLITE = [
    # Full-text search over title and body, kept in step by triggers.
    "CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER reports_fts_ai AFTER INSERT ON reports BEGIN "
    "INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER reports_fts_ad AFTER DELETE ON reports BEGIN "
    "INSERT INTO reports_fts(reports_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER reports_fts_au AFTER UPDATE ON reports BEGIN "
    "INSERT INTO reports_fts(reports_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO reports_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    # The audit log is append-only: the database itself refuses edits and deletions.
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    # Raw bytes are evidence: never changed once stored.
    "CREATE TRIGGER blobs_no_update BEFORE UPDATE ON blobs BEGIN "
    "SELECT RAISE(ABORT, 'blobs are immutable'); END",
]

_POSTGRESQL = [
    "CREATE INDEX ix_reports_fts ON reports USING gin "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || text))",
    "CREATE FUNCTION docket_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION docket_refuse_change()",
    "CREATE TRIGGER blobs_immutable BEFORE UPDATE ON blobs "
    "FOR EACH ROW EXECUTE FUNCTION docket_refuse_change()",
]


def upgrade() -> None:
    _create_tables()
    statements = _POSTGRESQL if op.get_bind().dialect.name == "postgresql" else _SQLITE
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS docket_refuse_change() CASCADE")
    else:
        op.execute("DROP TABLE IF EXISTS reports_fts")
    for table in ("audit_log", "report_access", "users", "interventions", "incidents"):
        op.drop_table(table)
    for table in ("captures", "reports", "blobs"):
        op.drop_table(table)
