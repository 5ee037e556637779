"""The append-only audit log: every entry carries the hash of the one before it.

Editing, deleting or reordering an entry inside the chain breaks a hash or a link, and
`verify` names the entry. A log cut short at its end, or rewritten whole, still chains; only a
head digest kept elsewhere (`head`, then `verify(..., head=...)`) catches that.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from docket.models import AuditEntry
from docket.store.schema import audit_log

GENESIS = "0" * 64


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def jsonable(value: Any) -> Any:
    """`value` as plain JSON types (dates as ISO strings), as it reads back from the store."""
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


def _timestamp(at: dt.datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(entry_id: int, row: dict[str, Any]) -> str:
    """The digest of one entry: its content and the digest of the entry before it."""
    body = {
        "id": entry_id,
        "at": _timestamp(row["at"]),
        "actor": row["actor"],
        "action": row["action"],
        "entity": row["entity"],
        "entity_id": row["entity_id"],
        "before": row["before"],
        "after": row["after"],
        "prev_hash": row["prev_hash"],
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _lock(conn: sa.Connection) -> None:
    # SQLite transactions already hold the write lock (BEGIN IMMEDIATE); PostgreSQL needs
    # one so that two writers never chain to the same predecessor.
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(4242002)")


def append(conn: sa.Connection, entry: AuditEntry) -> AuditEntry:
    """Add `entry` at the end of the chain, inside the caller's transaction."""
    _lock(conn)
    last = conn.execute(
        sa.select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).first()
    entry_id = last.id + 1 if last else 1
    row: dict[str, Any] = {
        "at": entry.at or utcnow(),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "before": jsonable(entry.before),
        "after": jsonable(entry.after),
        "prev_hash": last.hash if last else GENESIS,
    }
    row["hash"] = entry_hash(entry_id, row)
    conn.execute(audit_log.insert().values(id=entry_id, **row))
    return AuditEntry(id=entry_id, **row)


def entries(
    conn: sa.Connection,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> list[AuditEntry]:
    query = sa.select(audit_log)
    if entity is not None:
        query = query.where(audit_log.c.entity == entity)
    if entity_id is not None:
        query = query.where(audit_log.c.entity_id == entity_id)
    query = query.order_by(audit_log.c.id.desc() if newest_first else audit_log.c.id)
    if limit is not None:
        query = query.limit(limit)
    return [AuditEntry(**row._asdict()) for row in conn.execute(query)]


_RECORD_FIELDS = (
    "id",
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "prev_hash",
    "hash",
)


def record(entry: AuditEntry) -> dict[str, Any]:
    """An entry as plain JSON data, for exports, the CLI and the API."""
    data: dict[str, Any] = jsonable({k: getattr(entry, k) for k in _RECORD_FIELDS})
    return data


@dataclass(frozen=True)
class Head:
    id: int
    hash: str

    def dumps(self) -> str:
        return json.dumps({"id": self.id, "hash": self.hash})


def head(conn: sa.Connection) -> Head:
    last = conn.execute(
        sa.select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).first()
    return Head(id=last.id, hash=last.hash) if last else Head(id=0, hash=GENESIS)


def verify(conn: sa.Connection, saved_head: Head | None = None) -> list[str]:
    """Every problem found, each naming the entry; an empty list means the log verifies."""
    problems: list[str] = []
    prev_hash, expected_id = GENESIS, 1
    seen: dict[int, str] = {}
    for row in conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).mappings():
        if row["id"] != expected_id:
            problems.append(f"entry {expected_id}: missing (the next entry is {row['id']})")
        if row["prev_hash"] != prev_hash:
            problems.append(f"entry {row['id']}: does not chain to the entry before it")
        if entry_hash(row["id"], dict(row)) != row["hash"]:
            problems.append(f"entry {row['id']}: its content does not match its hash")
        seen[row["id"]] = row["hash"]
        prev_hash, expected_id = row["hash"], row["id"] + 1
    if saved_head is not None and saved_head.id > 0:
        if saved_head.id not in seen:
            problems.append(f"entry {saved_head.id}: the saved head is no longer in the log")
        elif seen[saved_head.id] != saved_head.hash:
            problems.append(f"entry {saved_head.id}: differs from the saved head")
    return problems
