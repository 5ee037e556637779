"""What the coder proposes: incidents and interventions, every field tied to evidence.

The vocabularies are DESIGN.md's, spelt exactly as there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ACTS: tuple[str, ...] = (
    "killing",
    "torture",
    "arbitrary_detention",
    "enforced_disappearance",
    "abduction",
    "forced_return",
    "threat",
    "assault",
    "raid",
    "prosecution",
    "censorship",
    "displacement",
    "other",
)
INTERVENTION_TYPES: tuple[str, ...] = (
    "petition",
    "complaint",
    "legal_aid",
    "evacuation",
    "protection_granted",
    "release",
    "investigation_opened",
    "statement",
    "other",
)
STATUSES: tuple[str, ...] = ("reported", "alleged", "denied", "confirmed")
PERPETRATOR_TYPES: tuple[str, ...] = (
    "state actor",
    "other state actors",
    "other actors with permissions",
    "other actors without permissions",
    "other non-state actors",
    "regional orgs",
    "insufficient info",
)
VICTIM_TYPES: tuple[str, ...] = ("human rights defender", "journalist", "trade unionist", "other")
GRANULARITIES: tuple[str, ...] = ("day", "month", "season", "year", "range")
REVIEW_STATES: tuple[str, ...] = ("proposed", "accepted", "corrected", "rejected")


@dataclass(kw_only=True)
class Evidence:
    """A half-open span `[start, end)` of code points in the report's stored text."""

    field: str
    start: int
    end: int
    text: str


@dataclass(kw_only=True)
class DateInterval:
    """Both ends inclusive; None when unknown."""

    start: dt.date | None = None
    end: dt.date | None = None
    granularity: str | None = None
    text: str | None = None
    inferred: bool = False
    """True when the text names no date for this act or intervention and the coder took
    one from around it (the narrative's, or the span between an act and publication): a
    guess a reviewer should check, not a date the text gives it."""


@dataclass(kw_only=True)
class Place:
    text: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    origin: Place | None = None
    """For a movement, where it started (`location.from` in the JSON format)."""


@dataclass(kw_only=True)
class Party:
    """A victim or perpetrator as written, with its type from the vocabulary."""

    name: str
    type: str | None = None
    person_id: int | None = None


@dataclass(kw_only=True)
class Incident:
    """One act against one or more victims."""

    act: str
    victims: list[Party] = field(default_factory=list)
    perpetrators: list[Party] = field(default_factory=list)
    date: DateInterval = field(default_factory=DateInterval)
    location: Place = field(default_factory=Place)
    status: str = "reported"
    attribution: str | None = None
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    coder: str = ""
    review_state: str = "proposed"
    report_id: int | None = None
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(kw_only=True)
class Intervention:
    """An action taken for the victims: petition, protection, release..."""

    type: str
    actor: str | None = None
    target: str | None = None
    beneficiaries: list[str] = field(default_factory=list)
    date: DateInterval = field(default_factory=DateInterval)
    status: str = "reported"
    confidence: float = 0.5
    evidence: list[Evidence] = field(default_factory=list)
    coder: str = ""
    review_state: str = "proposed"
    report_id: int | None = None
    id: int | None = None


@dataclass(kw_only=True)
class CodedReport:
    """The coder's answer for one report."""

    report: Any
    """The `Report` that was coded."""
    incidents: list[Incident] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    coder: str = ""
