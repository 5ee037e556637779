"""Cases: the people who suffered incidents together, and their timeline.

People are joined when they are victims of one incident (connected components over
co-victimhood); a person who shares no incident is a case of one. Interventions join
the case of the people they are for but never join people: two unrelated people helped
by one lawyer's petition are not one case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from docket.link.constraints import ConstrainedUnionFind
from docket.link.refs import INCIDENT
from docket.link.result import CaseResult, EventCluster


def build_cases(
    person_ids: Sequence[int], events: Sequence[EventCluster]
) -> tuple[CaseResult, ...]:
    uf: ConstrainedUnionFind[int] = ConstrainedUnionFind()
    for pid in person_ids:
        uf.add(pid)
    for e in events:
        if e.kind == INCIDENT:
            for other in e.person_ids[1:]:
                uf.union(e.person_ids[0], other)
    events_of: dict[int, list[EventCluster]] = {}
    for e in events:
        for pid in e.person_ids:
            events_of.setdefault(pid, []).append(e)
    cases: list[CaseResult] = []
    for cid, members in enumerate(uf.groups(), start=1):
        found = {e.id: e for pid in members for e in events_of.get(pid, ())}
        timeline = sorted(found.values(), key=_when)
        dated = [e for e in timeline if e.date.start or e.date.end]
        cases.append(
            CaseResult(
                id=cid,
                person_ids=tuple(members),
                timeline=tuple(timeline),
                first=dated[0].date if dated else None,
                last=max(dated, key=_latest).date if dated else None,
            )
        )
    return tuple(cases)


def _when(e: EventCluster) -> tuple[dt.date, dt.date, int, int]:
    """Date order; undated last; incidents before interventions on the same dates."""
    start = e.date.start or e.date.end or dt.date.max
    end = e.date.end or start
    return (start, end, 0 if e.kind == INCIDENT else 1, e.id)


def _latest(e: EventCluster) -> tuple[dt.date, dt.date]:
    """Latest end, then latest start: the narrowest of events ending on the same day."""
    start = e.date.start or dt.date.min
    return (e.date.end or start, start)
