"""Review decisions: a person accepts, corrects or rejects a coded incident or one of its
fields, or adds an incident the machine missed.

Each function changes the record and appends its audit entry (who, when, before, after)
in the caller's transaction, so the change and its trace are committed together or not at
all. The machine's proposal stays untouched in `incidents.machine`; a correction is kept
as such in `field_states` and in the audit log.

Field values travel in the JSON shapes of the coded-report format:
act and status are strings; victims and perpetrators lists of {"name", "type"}; date
{"start", "end", "granularity", "text"}; place {"text", "city", "region", "country"}.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from docket.errors import NotFound, ReviewError
from docket.models import ACTS, GRANULARITIES, STATUSES, AuditEntry, User
from docket.review import access
from docket.store import audit
from docket.store.schema import incidents, interventions, reports

FIELDS: tuple[str, ...] = ("act", "victims", "perpetrators", "date", "place", "status")
INCIDENT_ACTIONS = {"accept": "accepted", "reject": "rejected", "reopen": "proposed"}
FIELD_ACTIONS = ("accept", "correct", "reject")
Row = Any


def _load(conn: sa.Connection, user: User, record_id: int, table: sa.Table = incidents) -> Row:
    """The incident (or intervention) row, locked, after checking that `user` may review it."""
    access.require_role(user, "editor")
    # FOR UPDATE on PostgreSQL: two reviewers deciding at once are serialised, not merged.
    row = conn.execute(sa.select(table).where(table.c.id == record_id).with_for_update()).first()
    if row is None or not access.may_see(conn, user, row.report_id):
        raise NotFound(f"no {table.name[:-1]} with id {record_id}")
    return row


def field_value(row: Row, field: str) -> Any:
    """The current value of `field` of an incident row, in its JSON shape."""
    if field == "date":
        return audit.jsonable(
            {
                "start": row.date_start,
                "end": row.date_end,
                "granularity": row.date_granularity,
                "text": row.date_text,
                "inferred": bool(row.date_inferred),
            }
        )
    if field == "place":
        location = dict(row.location or {})
        return {k: location.get(k) for k in ("text", "city", "region", "country")}
    return audit.jsonable(getattr(row, field))


def _choice(value: Any, allowed: tuple[str, ...], field: str) -> dict[str, Any]:
    if value not in allowed:
        raise ReviewError(f"{field}: {value!r} is not one of {', '.join(allowed)}")
    return {field: value}


def _parties(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, list):
        raise ReviewError(f"{field}: expected a list of {{name, type}}")
    parties = []
    for item in value:
        name = str(item.get("name", "")).strip() if isinstance(item, dict) else ""
        if not name:
            raise ReviewError(f"{field}: every entry needs a name")
        parties.append({"name": name, "type": item.get("type") or None, "person_id": None})
    return {field: parties}


def _iso(value: Any, key: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ReviewError(f"date.{key}: {value!r} is not a date YYYY-MM-DD") from exc


def _date(value: Any, _field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReviewError("date: expected {start, end, granularity, text}")
    start, end = _iso(value.get("start"), "start"), _iso(value.get("end"), "end")
    if start and end and end < start:
        raise ReviewError("date: the end comes before the start")
    granularity = value.get("granularity") or None
    if granularity is not None and granularity not in GRANULARITIES:
        raise ReviewError(f"date.granularity: one of {', '.join(GRANULARITIES)}")
    return {
        "date_start": start,
        "date_end": end,
        "date_granularity": granularity,
        "date_text": value.get("text") or None,
        # A date a person sets is theirs, no longer the coder's inference.
        "date_inferred": False,
    }


def _place(value: Any, _field: str, current: Row) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ReviewError("place: expected {text, city, region, country}")
    location = dict(current.location or {})
    for key in ("text", "city", "region", "country"):
        location[key] = str(value.get(key) or "").strip() or None
    return {"location": location, "country": location["country"]}


_PARSERS: dict[str, Callable[[Any, str], dict[str, Any]]] = {
    "act": lambda v, f: _choice(v, ACTS, f),
    "status": lambda v, f: _choice(v, STATUSES, f),
    "victims": _parties,
    "perpetrators": _parties,
    "date": _date,
}


def columns_for(field: str, value: Any, current: Row) -> dict[str, Any]:
    """The column values that store `value` as the new `field` of incident `current`."""
    if field == "place":
        return _place(value, field, current)
    if field not in _PARSERS:
        raise ReviewError(f"unknown field {field!r}: one of {', '.join(FIELDS)}")
    return _PARSERS[field](value, field)


REQUIRED = ("act", "status")
"""Fields an incident cannot be without: correct them, or reject the whole incident."""


def _empty(field: str) -> Any:
    if field in REQUIRED:
        raise ReviewError(f"{field} cannot be left empty: correct it, or reject the incident")
    return {"victims": [], "perpetrators": [], "date": {}, "place": {}}[field]


def _log(
    conn: sa.Connection,
    user: User,
    action: str,
    incident_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
    entity: str = "incident",
) -> None:
    audit.append(
        conn,
        AuditEntry(
            actor=user.name,
            action=action,
            entity=entity,
            entity_id=incident_id,
            before=before,
            after=after,
        ),
    )


def _decide(conn: sa.Connection, user: User, table: sa.Table, record_id: int, action: str) -> str:
    if action not in INCIDENT_ACTIONS:
        raise ReviewError(f"unknown action {action!r}: one of {', '.join(INCIDENT_ACTIONS)}")
    row = _load(conn, user, record_id, table)
    state = INCIDENT_ACTIONS[action]
    conn.execute(
        table.update()
        .where(table.c.id == record_id)
        .values(review_state=state, updated_at=audit.utcnow())
    )
    before, after = {"review_state": row.review_state}, {"review_state": state}
    _log(conn, user, f"review.{action}", record_id, before, after, table.name[:-1])
    return state


def decide_incident(conn: sa.Connection, user: User, incident_id: int, action: str) -> str:
    """Accept, reject or reopen a whole incident; returns its new review state."""
    return _decide(conn, user, incidents, incident_id, action)


def decide_intervention(conn: sa.Connection, user: User, intervention_id: int, action: str) -> str:
    """Accept, reject or reopen an intervention (petition, protection...) as a whole."""
    return _decide(conn, user, interventions, intervention_id, action)


def decide_field(
    conn: sa.Connection, user: User, incident_id: int, field: str, action: str, value: Any = None
) -> Any:
    """Accept, correct (to `value`) or reject (clear) one field; returns its new value."""
    if field not in FIELDS:
        raise ReviewError(f"unknown field {field!r}: one of {', '.join(FIELDS)}")
    if action not in FIELD_ACTIONS:
        raise ReviewError(f"unknown action {action!r}: one of {', '.join(FIELD_ACTIONS)}")
    row = _load(conn, user, incident_id)
    before = field_value(row, field)
    values: dict[str, Any] = {}
    if action == "correct":
        values = columns_for(field, value, row)
    elif action == "reject":
        values = columns_for(field, _empty(field), row)
    states = dict(row.field_states or {})
    states[field] = {"accept": "accepted", "correct": "corrected", "reject": "rejected"}[action]
    values["field_states"] = states
    if action != "accept" and row.review_state != "rejected":
        values["review_state"] = "corrected"
    conn.execute(
        incidents.update()
        .where(incidents.c.id == incident_id)
        .values(**values, updated_at=audit.utcnow())
    )
    after = field_value(_load(conn, user, incident_id), field)
    _log(
        conn,
        user,
        f"review.field.{action}",
        incident_id,
        {"field": field, "value": before},
        {"field": field, "value": after, "state": states[field]},
    )
    return after


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n")


def add_incident(
    conn: sa.Connection, user: User, report_id: int, act: str, start: int, end: int, quote: str
) -> int:
    """An incident the machine missed, with the evidence the person selected in the text.

    The selected `quote` must be exactly `text[start:end]`: a stale page or a text that
    changed since must not store evidence pointing at the wrong words."""
    access.require_role(user, "editor")
    text = conn.execute(sa.select(reports.c.text).where(reports.c.id == report_id)).scalar()
    if text is None or not access.may_see(conn, user, report_id):
        raise NotFound(f"no report with id {report_id}")
    # Browsers send form values with CRLF line breaks: compare with them undone.
    if not (0 <= start < end <= len(text)) or _lines(text[start:end]) != _lines(quote):
        raise ReviewError("the selected evidence does not match the report's text")
    quote = text[start:end]
    _choice(act, ACTS, "act")
    evidence = [{"field": "act", "start": start, "end": end, "text": quote}]
    incident_id = conn.execute(
        incidents.insert()
        .values(
            report_id=report_id,
            act=act,
            victims=[],
            perpetrators=[],
            location={},
            status="reported",
            confidence=1.0,
            evidence=evidence,
            coder=f"person:{user.name}",
            review_state="accepted",
            machine=None,
            updated_at=audit.utcnow(),
            field_states={"act": "accepted"},
        )
        .returning(incidents.c.id)
    ).scalar_one()
    _log(
        conn,
        user,
        "review.add",
        incident_id,
        {},
        {"report_id": report_id, "act": act, "evidence": evidence},
    )
    return int(incident_id)
