"""`link`: coded reports in, people, incidents with their sources, and cases out.

The stages run in a fixed order, each on the output of the one before:
near-duplicate reports -> people (names, constraints, context) -> incidents -> cases.
Every collection is sorted before it is numbered, so the same input gives the same
result, whatever the order of the reports given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from docket.link.cases import build_cases
from docket.link.constraints import Constraints
from docket.link.events import build_events
from docket.link.identity import PeopleOptions, link_people
from docket.link.incidents import IncidentOptions, cluster_events
from docket.link.mentions import extract_mentions, report_id
from docket.link.reports import DuplicateOptions, duplicate_groups, near_duplicates
from docket.link.result import LinkResult
from docket.link.sources import summarise
from docket.models import CodedReport


@dataclass(frozen=True)
class LinkOptions:
    people: PeopleOptions = field(default_factory=PeopleOptions)
    duplicates: DuplicateOptions = field(default_factory=DuplicateOptions)
    incidents: IncidentOptions = field(default_factory=IncidentOptions)


def link(
    reports: Sequence[CodedReport],
    constraints: Constraints | None = None,
    options: LinkOptions | None = None,
) -> LinkResult:
    """Link coded reports into people, incidents and cases (pure: reads no store)."""
    opts = options or LinkOptions()
    rules = constraints or Constraints()
    ordered = sorted(reports, key=report_id)
    texts = {report_id(c): str(getattr(c.report, "text", "") or "") for c in ordered}
    pairs = near_duplicates(texts, opts.duplicates)
    dup_of = duplicate_groups(sorted(texts), pairs)
    people = link_people(extract_mentions(ordered), rules, opts.people)
    records = build_events(ordered, people.person_of, people.groups, dup_of)
    clusters, reasons, stale = cluster_events(records, rules, opts.incidents)
    events = tuple(
        summarise(cid, c, reasons[frozenset(r.ref for r in c)])
        for cid, c in enumerate(clusters, start=1)
    )
    cluster_of = {s.event: e.id for e in events for s in e.sources}
    cases = build_cases([p.id for p in people.people], events)
    return LinkResult(
        people=people.people,
        person_of=people.person_of,
        groups=people.groups,
        links=people.links,
        proposals=people.proposals,
        duplicate_groups=dup_of,
        events=events,
        cluster_of=cluster_of,
        cases=cases,
        stale_constraints=people.stale + stale,
    )
