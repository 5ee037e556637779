"""What linking returns: people, links and proposals, incident clusters, cases.

Everything is plain data, sorted, with ids numbered from 1 in a fixed order, so the same
input gives equal results; the store maps these ids to its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docket.link.refs import EventRef, MentionRef
from docket.models import DateInterval, Place


@dataclass(frozen=True)
class Link:
    """Why two mentions are one person: a score, its reasons, and who decided."""

    a: MentionRef
    b: MentionRef
    score: float
    reasons: tuple[str, ...]
    decided_by: str
    """`linker` (score at or above the merge threshold), `context` (a one-word or
    initialled name resolved in its report or case), or `person:<name>` (a constraint)."""


@dataclass(frozen=True)
class Proposal:
    """Two people who may be one: below the merge threshold, for a reviewer to decide."""

    person_a: int
    person_b: int
    score: float
    reasons: tuple[str, ...]
    mention_a: MentionRef
    mention_b: MentionRef
    name_a: str
    name_b: str


@dataclass(frozen=True)
class PersonResult:
    id: int
    name: str
    """The most frequent full name as written (Latin script first)."""
    variants: tuple[str, ...]
    mentions: tuple[MentionRef, ...]


@dataclass(frozen=True)
class GroupMention:
    """A description of several people ("the two men") and whom it resolved to."""

    ref: MentionRef
    text: str
    person_ids: tuple[int, ...]
    """Empty when the report's named victims did not say who."""


@dataclass(frozen=True)
class Source:
    """One report's account of an incident or intervention."""

    event: EventRef
    duplicate_group: int
    """The smallest report id among its near-duplicates: sources in one group count once."""
    date: DateInterval
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree on a field, with what each says."""

    field: str
    """date, place or perpetrators."""
    values: tuple[tuple[EventRef, str], ...]


@dataclass(frozen=True)
class EventCluster:
    """One real incident (or intervention) and every source that reports it."""

    id: int
    kind: str
    """incident or intervention."""
    act: str
    """The act (incidents) or intervention type; compatible acts are joined with `/`."""
    person_ids: tuple[int, ...]
    date: DateInterval
    place: Place
    sources: tuple[Source, ...]
    conflicts: tuple[Conflict, ...]
    merge_reasons: tuple[str, ...]

    @property
    def independent_sources(self) -> int:
        return len({s.duplicate_group for s in self.sources})


@dataclass(frozen=True)
class CaseResult:
    id: int
    person_ids: tuple[int, ...]
    timeline: tuple[EventCluster, ...]
    """Incidents and interventions in date order (undated last)."""
    first: DateInterval | None
    last: DateInterval | None

    @property
    def independent_sources(self) -> int:
        return len({s.duplicate_group for e in self.timeline for s in e.sources})


@dataclass(frozen=True)
class LinkResult:
    people: tuple[PersonResult, ...]
    person_of: dict[MentionRef, int]
    groups: tuple[GroupMention, ...]
    links: tuple[Link, ...]
    proposals: tuple[Proposal, ...]
    duplicate_groups: dict[int, int]
    """Report id -> the smallest report id of its near-duplicate group."""
    events: tuple[EventCluster, ...]
    cluster_of: dict[EventRef, int]
    cases: tuple[CaseResult, ...]
    stale_constraints: tuple[str, ...] = field(default=())
    """Constraints naming mentions or incidents that are no longer there."""
