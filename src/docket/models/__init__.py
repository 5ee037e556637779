"""The domain models every stage speaks: plain dataclasses, no database, no I/O.

capture produces `Report` (with its `Capture`), code produces `Incident` and `Intervention`
(each field backed by `Evidence`), link produces `Person` and `Case`, review produces
`Review` decisions by `User`s, and the store records every change as an `AuditEntry`.
"""

from __future__ import annotations

from docket.models.audit import AuditEntry
from docket.models.coding import (
    ACTS,
    GRANULARITIES,
    INTERVENTION_TYPES,
    PERPETRATOR_TYPES,
    REVIEW_STATES,
    STATUSES,
    VICTIM_TYPES,
    CodedReport,
    DateInterval,
    Evidence,
    Incident,
    Intervention,
    Party,
    Place,
)
from docket.models.people import Case, Mention, Person
from docket.models.report import Capture, Report
from docket.models.users import ROLES, User

__all__ = [
    "ACTS",
    "GRANULARITIES",
    "INTERVENTION_TYPES",
    "PERPETRATOR_TYPES",
    "REVIEW_STATES",
    "ROLES",
    "STATUSES",
    "VICTIM_TYPES",
    "AuditEntry",
    "Capture",
    "Case",
    "CodedReport",
    "DateInterval",
    "Evidence",
    "Incident",
    "Intervention",
    "Mention",
    "Party",
    "Person",
    "Place",
    "Report",
    "User",
]
