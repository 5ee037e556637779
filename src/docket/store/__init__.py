"""The store: the only state stages share. SQLite by default, PostgreSQL by URL.

    store = Store.open(settings.db)
    with store.begin() as conn:          # one transaction: all of it or none of it
        reports.add(conn, ...)

Each table family has its module (`reports`, `audit`, `search`, `coded`); their functions
take a connection, so a caller composes them inside one transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from docket.errors import StoreError
from docket.store.db import create_engine, database_url, migrate

__all__ = ["Store", "database_url"]


class Store:
    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str) -> Store:
        """Open (creating and migrating when needed) the database named by `db`."""
        try:
            engine = create_engine(db)
            migrate(engine)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open the database {db}: {exc.__class__.__name__}: "
                f"{str(exc).splitlines()[0]}"
            ) from exc
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[sa.Connection]:
        """A connection in a transaction, committed on success, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
