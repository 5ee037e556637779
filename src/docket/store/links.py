"""Linking's state in the store: the decisions people made (the source of truth every
re-link obeys) and the latest linking result, with the ids users see."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from docket.models import AuditEntry
from docket.store import audit
from docket.store.schema import link_decisions, link_snapshots

Pair = tuple[str, str]


@dataclass(frozen=True)
class Decision:
    id: int
    kind: str
    must: list[Pair]
    cannot: list[Pair]
    decided_by: str
    at: dt.datetime
    revoked: bool


@dataclass(frozen=True)
class Snapshot:
    id: int
    at: dt.datetime
    fingerprint: str
    linker: str
    result: dict[str, Any]
    members: dict[str, dict[str, int]]
    """kind (people, events, cases) -> member key -> the id users see."""


def add_decision(
    conn: sa.Connection,
    kind: str,
    must: list[Pair],
    cannot: list[Pair],
    actor: str,
    detail: dict[str, Any],
) -> int:
    """Record a person's decision and its audit entry in the caller's transaction."""
    decision_id: int = conn.execute(
        link_decisions.insert()
        .values(
            kind=kind,
            must=[list(p) for p in must],
            cannot=[list(p) for p in cannot],
            decided_by=actor,
            at=audit.utcnow(),
            revoked=False,
        )
        .returning(link_decisions.c.id)
    ).scalar_one()
    audit.append(
        conn,
        AuditEntry(
            actor=actor,
            action=f"link.{kind}",
            entity="link_decision",
            entity_id=decision_id,
            after={**detail, "must": must, "cannot": cannot},
        ),
    )
    return decision_id


def revoke_decision(conn: sa.Connection, decision_id: int, actor: str) -> bool:
    done = conn.execute(
        link_decisions.update()
        .where(link_decisions.c.id == decision_id, link_decisions.c.revoked.is_(False))
        .values(revoked=True)
    ).rowcount
    if done:
        audit.append(
            conn,
            AuditEntry(
                actor=actor,
                action="link.revoke",
                entity="link_decision",
                entity_id=decision_id,
                before={"revoked": False},
                after={"revoked": True},
            ),
        )
    return bool(done)


def decisions(conn: sa.Connection, *, include_revoked: bool = False) -> list[Decision]:
    query = sa.select(link_decisions).order_by(link_decisions.c.id)
    if not include_revoked:
        query = query.where(link_decisions.c.revoked.is_(False))
    return [
        Decision(
            id=r.id,
            kind=r.kind,
            must=[(a, b) for a, b in r.must],
            cannot=[(a, b) for a, b in r.cannot],
            decided_by=r.decided_by,
            at=r.at,
            revoked=bool(r.revoked),
        )
        for r in conn.execute(query)
    ]


def decisions_key(conn: sa.Connection) -> str:
    row = conn.execute(
        sa.select(sa.func.count(), sa.func.max(link_decisions.c.id)).where(
            link_decisions.c.revoked.is_(False)
        )
    ).one()
    revoked = conn.execute(
        sa.select(sa.func.count()).where(link_decisions.c.revoked.is_(True))
    ).scalar_one()
    return f"{row[0]}:{row[1]}:{revoked}"


def latest_snapshot(conn: sa.Connection) -> Snapshot | None:
    row = conn.execute(
        sa.select(link_snapshots).order_by(link_snapshots.c.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return Snapshot(
        id=row.id,
        at=row.at,
        fingerprint=row.fingerprint,
        linker=row.linker,
        result=row.result,
        members=row.members,
    )


def save_snapshot(
    conn: sa.Connection,
    fingerprint: str,
    linker: str,
    result: dict[str, Any],
    members: dict[str, dict[str, int]],
    actor: str,
) -> int:
    """Keep the newest result only (older ones are derivable from decisions and coding)."""
    conn.execute(link_snapshots.delete())
    snapshot_id: int = conn.execute(
        link_snapshots.insert()
        .values(
            at=audit.utcnow(),
            fingerprint=fingerprint,
            linker=linker,
            result=result,
            members=members,
        )
        .returning(link_snapshots.c.id)
    ).scalar_one()
    counts = {k: len(result.get(k, [])) for k in ("people", "events", "cases", "proposals")}
    audit.append(
        conn,
        AuditEntry(
            actor=actor,
            action="link.run",
            entity="link_snapshot",
            entity_id=snapshot_id,
            after={"linker": linker, **counts},
        ),
    )
    return snapshot_id
