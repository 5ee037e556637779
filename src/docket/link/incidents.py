"""The same act against the same people, reported more than once, is one incident.

Two records may merge when
- they are of the same kind (incident or intervention) and their acts are the same, or
  both are acts of taking someone (arbitrary_detention, abduction, forced_return,
  enforced_disappearance: one seizure is often called all four);
- they name the same people (one set within the other, or sharing half), or, when a
  record names nobody, they come from near-duplicate copies of one story;
- their dates agree: the intervals share a day; for the very same act, dates up to
  `date_tolerance_days` apart are still one act and the disagreement becomes a conflict.
A union is refused when the joined cluster's dates would no longer agree in that sense, so
a vague date ("earlier this year") cannot chain two distinct detentions together.
Places and perpetrators never prevent a merge: their disagreements are listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from docket.link.constraints import ConstrainedUnionFind, Constraints
from docket.link.dates import gap_days, overlap, refine
from docket.link.events import EventRecord
from docket.link.mentions import TAKING
from docket.link.refs import EventRef


@dataclass(frozen=True)
class IncidentOptions:
    date_tolerance_days: int = 31
    """How far apart the dates of the same act may be and still be one act, in conflict."""
    people_overlap: float = 0.5


def cluster_events(
    events: Sequence[EventRecord], constraints: Constraints, options: IncidentOptions
) -> tuple[list[list[EventRecord]], dict[frozenset[EventRef], tuple[str, ...]], tuple[str, ...]]:
    """Clusters of records (each sorted, in order), the reasons of each union, stale constraints.

    `events` must be sorted by ref (as `build_events` gives them)."""
    by_ref = {e.ref: e for e in events}
    uf: ConstrainedUnionFind[EventRef] = ConstrainedUnionFind()
    for e in events:
        uf.add(e.ref)
    stale = _apply_constraints(uf, constraints, by_ref)
    reasons: dict[EventRef, list[str]] = defaultdict(list)
    for i, j in _candidates(events):
        a, b = events[i].ref, events[j].ref
        why = mergeable(events[i], events[j], options)
        if why and _cluster_agrees(uf, by_ref, a, b, options) and uf.union(a, b):
            reasons[a].append(f"{a} ~ {b}: {why}")
    clusters = [[by_ref[r] for r in group] for group in uf.groups()]
    why_of = {
        frozenset(e.ref for e in c): tuple(w for e in c for w in reasons.get(e.ref, ()))
        for c in clusters
    }
    return clusters, why_of, stale


def _apply_constraints(
    uf: ConstrainedUnionFind[EventRef],
    constraints: Constraints,
    by_ref: dict[EventRef, EventRecord],
) -> tuple[str, ...]:
    stale: list[str] = []
    for c in constraints.cannot:
        if isinstance(c.a, EventRef) and isinstance(c.b, EventRef):
            if c.a in by_ref and c.b in by_ref:
                uf.forbid(c.a, c.b)
            else:
                stale.append(f"cannot-link {c.a} {c.b} by {c.by}")
    for m in constraints.must:
        if isinstance(m.a, EventRef) and isinstance(m.b, EventRef):
            if m.a in by_ref and m.b in by_ref:
                uf.union(m.a, m.b)
            else:
                stale.append(f"must-link {m.a} {m.b} by {m.by}")
    return tuple(stale)


def _candidates(events: Sequence[EventRecord]) -> list[tuple[int, int]]:
    """Positions of pairs sharing a person or a near-duplicate group: never all pairs.

    Positions, not refs: the records come sorted by ref, and integers sort fast."""
    blocks: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        for pid in e.person_ids:
            blocks[("p", pid)].append(i)
        blocks[("d", e.duplicate_group)].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
    return sorted(pairs)


def acts_compatible(a: str, b: str) -> bool:
    return a == b or (a in TAKING and b in TAKING)


def mergeable(a: EventRecord, b: EventRecord, options: IncidentOptions) -> str:
    """Why two records are one act, or "" when they are not."""
    if a.kind != b.kind or not acts_compatible(a.act, b.act):
        return ""
    people = _same_people(a, b, options)
    if not people:
        return ""
    if overlap(a.date, b.date) and (a.act == b.act or _both_dated(a, b)):
        return f"{_acts(a, b)}, {people}, dates agree"
    if a.act == b.act and gap_days(a.date, b.date) <= options.date_tolerance_days:
        return f"{_acts(a, b)}, {people}, dates {gap_days(a.date, b.date)} days apart"
    return ""


def _acts(a: EventRecord, b: EventRecord) -> str:
    return f"same act {a.act}" if a.act == b.act else f"compatible acts {a.act}/{b.act}"


def _both_dated(a: EventRecord, b: EventRecord) -> bool:
    """Different acts merge only on dates both sources give: no date proves nothing, and
    a date the coder inferred from the narrative around an act is no more proof."""
    return all(r.date.start is not None and not r.date.inferred for r in (a, b))


def _same_people(a: EventRecord, b: EventRecord, options: IncidentOptions) -> str:
    pa, pb = a.person_ids, b.person_ids
    if pa and pb:
        shared = len(pa & pb)
        if shared and (pa <= pb or pb <= pa or shared / len(pa | pb) >= options.people_overlap):
            return f"same people {sorted(pa & pb)}"
        return ""
    if a.duplicate_group == b.duplicate_group and a.ref.report_id != b.ref.report_id:
        return "copies of one story"
    return ""


def _cluster_agrees(
    uf: ConstrainedUnionFind[EventRef],
    by_ref: dict[EventRef, EventRecord],
    a: EventRef,
    b: EventRef,
    options: IncidentOptions,
) -> bool:
    """Would the joined cluster's dates still agree, or be one act within the tolerance?"""
    ra, rb = uf.find(a), uf.find(b)
    if ra == rb:
        return True
    records = [by_ref[r] for r in sorted(uf.members[ra] | uf.members[rb])]
    refined = refine([r.date for r in records])
    if not refined.disagreeing:
        return True
    if len({r.act for r in records}) > 1:
        return False
    dates = [r.date for r in records]
    return all(
        gap_days(x, y) <= options.date_tolerance_days
        for k, x in enumerate(dates)
        for y in dates[k + 1 :]
    )
