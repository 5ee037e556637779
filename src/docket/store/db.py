"""Opening the database: a file path means SQLite, a `postgresql://` URL PostgreSQL.

SQLite runs in WAL mode with foreign keys on, so a crash mid-ingest leaves every committed
transaction whole. The schema is brought to the newest migration on open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from docket.errors import StoreError

_MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(db: str) -> str:
    """The SQLAlchemy URL for `db`: a PostgreSQL URL as given, anything else a file path."""
    if db.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        _scheme, rest = db.split("://", 1)
        return f"postgresql+psycopg://{rest}"
    if db.startswith("sqlite:"):
        return db
    if "://" in db:
        raise StoreError(f"unsupported database {db!r}: give a file path or a postgresql:// URL")
    path = Path(db).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for {path}: {exc}") from exc
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # Take the write lock at BEGIN: two writers then queue instead of failing half-way.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(db: str) -> sa.Engine:
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        # Let SQLAlchemy, not the driver, decide when a transaction begins.
        sa.event.listen(
            engine,
            "connect",
            lambda dbapi_conn, _rec: setattr(dbapi_conn, "isolation_level", None),
        )
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _alembic_config(connection: sa.Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the newest migration (no-op when it is there already)."""
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    head = ScriptDirectory(str(_MIGRATIONS)).get_current_head()
    if current == head:
        return
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two processes opening a new database at once must not both migrate it.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(4242001)")
        command.upgrade(_alembic_config(connection), "head")
