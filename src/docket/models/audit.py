"""An entry of the append-only, hash-chained audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(kw_only=True)
class AuditEntry:
    actor: str
    """Who: a user name, or `cli:<login>` for the command line."""
    action: str
    """What: capture, code, review.accept, person.merge, user.add..."""
    entity: str
    entity_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    at: dt.datetime | None = None
    prev_hash: str = ""
    hash: str = ""
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
