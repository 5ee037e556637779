"""The store's tables (SQLAlchemy Core). Migrations under `migrations/` create them;
this module is what the code queries against and must match the newest migration."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
)

reports = sa.Table(
    "reports",
    metadata,
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
    sa.Column("confidential", sa.Boolean, nullable=False, default=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("coded_by", sa.Text),
)

captures = sa.Table(
    "captures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("captured_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("headers", sa.JSON, nullable=False),
    sa.Column("media_type", sa.Text),
    sa.Column("tool_version", sa.Text, nullable=False),
)

incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("act", sa.String(32), nullable=False, index=True),
    sa.Column("victims", sa.JSON, nullable=False),
    sa.Column("perpetrators", sa.JSON, nullable=False),
    sa.Column("date_start", sa.Date, index=True),
    sa.Column("date_end", sa.Date),
    sa.Column("date_granularity", sa.String(16)),
    sa.Column("date_text", sa.Text),
    sa.Column("date_inferred", sa.Boolean, nullable=False, default=False),
    sa.Column("location", sa.JSON, nullable=False),
    sa.Column("country", sa.Text, index=True),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("attribution", sa.Text),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
    sa.Column("coder", sa.Text, nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False, index=True),
    sa.Column("machine", sa.JSON),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("field_states", sa.JSON),
)

interventions = sa.Table(
    "interventions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("actor", sa.Text),
    sa.Column("target", sa.Text),
    sa.Column("beneficiaries", sa.JSON, nullable=False),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_granularity", sa.String(16)),
    sa.Column("date_text", sa.Text),
    sa.Column("date_inferred", sa.Boolean, nullable=False, default=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("evidence", sa.JSON, nullable=False),
    sa.Column("coder", sa.Text, nullable=False),
    sa.Column("review_state", sa.String(16), nullable=False),
    sa.Column("machine", sa.JSON),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(120), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, default=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("must_change_password", sa.Boolean, nullable=False, default=False),
)

report_access = sa.Table(
    "report_access",
    metadata,
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), primary_key=True),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.Integer),
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
)

sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
    sa.Column("csrf", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
)

login_attempts = sa.Table(
    "login_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("account", sa.String(120), nullable=False, index=True),
    sa.Column("ip", sa.String(64), nullable=False, index=True),
    sa.Column("ok", sa.Boolean, nullable=False),
)

link_decisions = sa.Table(
    "link_decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("must", sa.JSON, nullable=False),
    sa.Column("cannot", sa.JSON, nullable=False),
    sa.Column("decided_by", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("revoked", sa.Boolean, nullable=False, default=False),
)

link_snapshots = sa.Table(
    "link_snapshots",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("linker", sa.Text, nullable=False),
    sa.Column("result", sa.JSON, nullable=False),
    sa.Column("members", sa.JSON, nullable=False),
)
