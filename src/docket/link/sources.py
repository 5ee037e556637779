"""What the sources of one incident agree on, and where they disagree.

A cluster keeps every source with what it said; its date is the narrowest one the
agreeing sources support, and dates, places and perpetrators that disagree are listed
as conflicts with each source's value, never averaged away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docket.link.dates import refine
from docket.link.events import EventRecord, perpetrator_words, place_words
from docket.link.result import Conflict, EventCluster, Source
from docket.models import ACTS, INTERVENTION_TYPES, DateInterval, Place


def summarise(cid: int, records: Sequence[EventRecord], reasons: tuple[str, ...]) -> EventCluster:
    refined = refine([r.date for r in records])
    conflicts: list[Conflict] = []
    if refined.disagreeing:
        conflicts.append(
            Conflict(
                "date",
                tuple((r.ref, show_date(r.date)) for r in records if r.date.start or r.date.end),
            )
        )
    conflicts += _disjoint("place", records, lambda r: place_words(r.place), _show_place)
    conflicts += _disjoint(
        "perpetrators",
        records,
        lambda r: perpetrator_words(r.perpetrators),
        lambda r: ", ".join(r.perpetrators),
    )
    people = sorted({p for r in records for p in r.person_ids})
    return EventCluster(
        id=cid,
        kind=records[0].kind,
        act=_acts(records),
        person_ids=tuple(people),
        date=refined.date,
        place=_most_precise_place(records),
        sources=tuple(Source(r.ref, r.duplicate_group, r.date, r.quotes) for r in records),
        conflicts=tuple(conflicts),
        merge_reasons=reasons,
    )


def _disjoint(
    name: str,
    records: Sequence[EventRecord],
    key: Callable[[EventRecord], set[str]],
    show: Callable[[EventRecord], str],
) -> list[Conflict]:
    """A conflict when two sources both say something and share no word of it."""
    said = [(r, key(r)) for r in records]
    said = [(r, k) for r, k in said if k]
    clash = any(a.isdisjoint(b) for i, (_, a) in enumerate(said) for _, b in said[i + 1 :])
    if not clash:
        return []
    return [Conflict(name, tuple((r.ref, show(r)) for r, _ in said))]


def show_date(d: DateInterval) -> str:
    span = f"{d.start or '?'}" if d.start == d.end else f"{d.start or '?'}/{d.end or '?'}"
    return f"{span} ({d.text})" if d.text else span


def _show_place(r: EventRecord) -> str:
    p = r.place
    here = p.text or ", ".join(x for x in (p.city, p.region, p.country) if x)
    if p.origin is not None:
        there = p.origin.text or ", ".join(
            x for x in (p.origin.city, p.origin.region, p.origin.country) if x
        )
        return f"{there} -> {here}"
    return here


def _acts(records: Sequence[EventRecord]) -> str:
    """The distinct acts in vocabulary order, joined by `/`."""
    order = {a: i for i, a in enumerate((*ACTS, *INTERVENTION_TYPES))}
    acts = sorted({r.act for r in records}, key=lambda a: (order.get(a, len(order)), a))
    return "/".join(acts)


def _most_precise_place(records: Sequence[EventRecord]) -> Place:
    """The first source's place that names a city, else a region, else a country."""
    for attr in ("city", "region", "country", "text"):
        for r in records:
            if getattr(r.place, attr):
                return r.place
    return Place()
