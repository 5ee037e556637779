"""Full-text search over reports: FTS5 on SQLite, tsvector on PostgreSQL; ranked, with
snippets. A user's query is taken as words, never as query syntax: every word must occur."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from docket.store.schema import reports

_WORD = re.compile(r"\w+", re.UNICODE)
HIGHLIGHT = ("[", "]")


@dataclass(frozen=True)
class Hit:
    report_id: int
    title: str | None
    published: str | None
    snippet: str
    rank: float


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def _sqlite(
    conn: sa.Connection, terms: list[str], limit: int, visible: sa.ColumnElement[bool] | None
) -> list[Hit]:
    match = " ".join('"' + term.replace('"', "") + '"' for term in terms)
    fts = sa.table("reports_fts", sa.column("rowid"))
    rank: sa.ColumnElement[float] = sa.literal_column("bm25(reports_fts, 5.0, 1.0)")
    snippet: sa.ColumnElement[str] = sa.literal_column(
        f"snippet(reports_fts, 1, '{HIGHLIGHT[0]}', '{HIGHLIGHT[1]}', '…', 16)"
    )
    query = (
        sa.select(reports.c.id, reports.c.title, reports.c.published, snippet, rank)
        .select_from(fts.join(reports, reports.c.id == fts.c.rowid))
        .where(sa.text("reports_fts MATCH :match").bindparams(match=match))
        .order_by(rank)
        .limit(limit)
    )
    if visible is not None:
        query = query.where(visible)
    return [
        Hit(row[0], row[1], str(row[2]) if row[2] else None, row[3], -float(row[4]))
        for row in conn.execute(query)
    ]


def _postgresql(
    conn: sa.Connection, terms: list[str], limit: int, visible: sa.ColumnElement[bool] | None
) -> list[Hit]:
    document = sa.func.to_tsvector(
        sa.literal_column("'simple'"),
        sa.func.coalesce(reports.c.title, "") + " " + reports.c.text,
    )
    tsquery = sa.func.plainto_tsquery(sa.literal_column("'simple'"), " ".join(terms))
    rank = sa.func.ts_rank(document, tsquery)
    options = f"StartSel={HIGHLIGHT[0]}, StopSel={HIGHLIGHT[1]}, MaxWords=30, MinWords=10"
    snippet = sa.func.ts_headline(sa.literal_column("'simple'"), reports.c.text, tsquery, options)
    query = (
        sa.select(reports.c.id, reports.c.title, reports.c.published, snippet, rank)
        .where(document.bool_op("@@")(tsquery))
        .order_by(rank.desc(), reports.c.id)
        .limit(limit)
    )
    if visible is not None:
        query = query.where(visible)
    return [
        Hit(row[0], row[1], str(row[2]) if row[2] else None, row[3], float(row[4]))
        for row in conn.execute(query)
    ]


def search(
    conn: sa.Connection,
    query: str,
    *,
    limit: int = 20,
    visible: sa.ColumnElement[bool] | None = None,
) -> list[Hit]:
    """Reports matching every word of `query`, best first."""
    terms = words(query)
    if not terms:
        return []
    if conn.dialect.name == "postgresql":
        return _postgresql(conn, terms, limit, visible)
    return _sqlite(conn, terms, limit, visible)
