"""People, their mentions in reports, and the cases that group them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(kw_only=True)
class Mention:
    """A name as written in one report, pointing at a span of its text."""

    name: str
    report_id: int
    start: int | None = None
    end: int | None = None
    incident_id: int | None = None
    person_id: int | None = None
    id: int | None = None


@dataclass(kw_only=True)
class Person:
    """A person or organisation, with the name variants linked to it."""

    name: str
    variants: list[str] = field(default_factory=list)
    kind: str = "person"
    """person, group or organisation."""
    id: int | None = None


@dataclass(kw_only=True)
class Case:
    """The people who suffered incidents together, and those incidents."""

    people: list[Person] = field(default_factory=list)
    incident_ids: list[int] = field(default_factory=list)
    intervention_ids: list[int] = field(default_factory=list)
    first: dt.date | None = None
    last: dt.date | None = None
    id: int | None = None
