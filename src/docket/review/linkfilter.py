"""The linking result cut down to the reports one user may see.

Every source, quote, mention, name variant, conflict value and merge reason that comes
from a hidden report is dropped; an incident, person or case left with nothing visible
disappears; counts, dates, places and acts are worked out again from what is left, so
that nothing the user may not see shows through a summary.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from docket.link.dates import refine
from docket.models import ACTS, DateInterval, Place

Data = dict[str, Any]
SHOWN = ("people", "events", "cases", "proposals", "person_of", "duplicate_groups")
_REPORT = re.compile(r"\br(\d+):[iv]\d+")


def report_of(ref: str) -> int:
    """The report id of a reference such as `r2:i0` or `r2:i0:1`."""
    return int(ref[1:].split(":", 1)[0])


@dataclass(frozen=True)
class Facts:
    """What the visible reports say, by reference: each mention's name as written, each
    incident's or intervention's act and place."""

    names: dict[str, str] = field(default_factory=dict)
    acts: dict[str, str] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)


@dataclass(frozen=True)
class Cut:
    hidden: frozenset[int]
    facts: Facts
    groups: dict[int, int]
    """A duplicate group -> its smallest visible report id (hidden ids are not shown)."""
    named: dict[str, set[int]] = field(default_factory=dict)
    """An incident or intervention reference -> the people its own names resolved to."""

    def shows(self, ref: str) -> bool:
        return report_of(ref) not in self.hidden

    def shows_text(self, text: str) -> bool:
        return all(int(rid) not in self.hidden for rid in _REPORT.findall(text))


def make_cut(result: Data, hidden: frozenset[int], facts: Facts) -> Cut:
    groups: dict[int, int] = {}
    for rid, group in result.get("duplicate_groups", {}).items():
        if int(rid) not in hidden:
            groups[group] = min(groups.get(group, int(rid)), int(rid))
    named: dict[str, set[int]] = {}
    for mention, pid in result["person_of"].items():
        named.setdefault(mention.rsplit(":", 1)[0], set()).add(pid)
    for group in result.get("groups", []):
        named.setdefault(group["ref"].rsplit(":", 1)[0], set()).update(group["person_ids"])
    return Cut(hidden=hidden, facts=facts, groups=groups, named=named)


def filtered(result: Data, cut: Cut) -> Data:
    """The parts of `result` pages and the API show, as `cut` allows."""
    if not cut.hidden:
        return {key: result[key] for key in SHOWN}
    people = [p for p in (_person(p, cut) for p in result["people"]) if p]
    shown = {p["id"] for p in people}
    events = [e for e in (_event(e, cut, shown) for e in result["events"]) if e]
    by_id = {e["id"]: e for e in events}
    return {
        "people": people,
        "events": events,
        "cases": _cases(result["cases"], by_id, shown),
        "proposals": [p for p in result["proposals"] if _proposal_shown(p, cut, shown)],
        "person_of": {k: v for k, v in result["person_of"].items() if cut.shows(k)},
        "duplicate_groups": {
            rid: cut.groups[g]
            for rid, g in result["duplicate_groups"].items()
            if int(rid) not in cut.hidden
        },
    }


def _person(person: Data, cut: Cut) -> Data | None:
    mentions = [m for m in person["mentions"] if cut.shows(m)]
    if not mentions:
        return None
    if len(mentions) == len(person["mentions"]):
        return dict(person)
    raws = sorted({cut.facts.names[m] for m in mentions if m in cut.facts.names})
    name = person["name"] if person["name"] in raws else _best_name(raws)
    return {**person, "name": name, "variants": raws, "mentions": mentions}


def _best_name(raws: list[str]) -> str:
    """Latin script first, then the fullest name: what linking prefers too."""
    if not raws:
        return "(unnamed)"
    return min(raws, key=lambda raw: (not raw.isascii(), -len(raw.split()), raw))


def _event(event: Data, cut: Cut, people: set[int]) -> Data | None:
    sources = [
        {**s, "duplicate_group": cut.groups.get(s["duplicate_group"], report_of(s["event"]))}
        for s in event["sources"]
        if cut.shows(s["event"])
    ]
    if not sources:
        return None
    out = {
        **event,
        "sources": sources,
        "person_ids": [p for p in event["person_ids"] if p in people],
        "conflicts": _conflicts(event["conflicts"], cut),
        "merge_reasons": [r for r in event["merge_reasons"] if cut.shows_text(r)],
        "independent_sources": len({s["duplicate_group"] for s in sources}),
    }
    if len(sources) < len(event["sources"]):
        out.update(_summary(sources, cut.facts))
        named = set().union(*(cut.named.get(s["event"], set()) for s in sources))
        out["person_ids"] = sorted(named & people)
    return out


def _conflicts(conflicts: list[Data], cut: Cut) -> list[Data]:
    kept = []
    for conflict in conflicts:
        values = [[ref, value] for ref, value in conflict["values"] if cut.shows(ref)]
        if len({value for _, value in values}) > 1:
            kept.append({**conflict, "values": values})
    return kept


def _summary(sources: list[Data], facts: Facts) -> Data:
    """Date, place and act from the visible sources alone."""
    refs = [s["event"] for s in sources]
    date = refine([_date(s["date"]) for s in sources]).date
    order = {a: i for i, a in enumerate(ACTS)}
    acts = sorted(
        {facts.acts[r] for r in refs if r in facts.acts}, key=lambda a: (order.get(a, 99), a)
    )
    return {
        "date": _date_data(date),
        "place": _place_data(_precise_place(facts.places.get(r) for r in refs)),
        "act": "/".join(acts) or "(unknown)",
    }


def _date(data: Data) -> DateInterval:
    def day(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    return DateInterval(
        start=day(data.get("start")),
        end=day(data.get("end")),
        granularity=data.get("granularity"),
        text=data.get("text"),
        inferred=bool(data.get("inferred")),
    )


def _date_data(date: DateInterval) -> Data:
    return {
        "start": date.start.isoformat() if date.start else None,
        "end": date.end.isoformat() if date.end else None,
        "granularity": date.granularity,
        "text": date.text,
        "inferred": date.inferred,
    }


def _precise_place(places: Iterable[Place | None]) -> Place:
    found = [p for p in places if p is not None]
    for attr in ("city", "region", "country", "text"):
        for place in found:
            if getattr(place, attr):
                return place
    return Place()


def _place_data(place: Place) -> Data:
    return {k: getattr(place, k) for k in ("text", "city", "region", "country")}


def _cases(cases: list[Data], events: dict[int, Data], people: set[int]) -> list[Data]:
    """The cases as the visible incidents join their people. A case joined only through a
    hidden report falls apart: its first piece keeps the id, the others get new ones."""
    next_id = max((c["id"] for c in cases), default=0) + 1
    out: list[Data] = []
    for case in cases:
        members = [p for p in case["person_ids"] if p in people]
        seen = [events[e["id"]] for e in case["timeline"] if e["id"] in events]
        for n, piece in enumerate(_components(members, seen)):
            found = _case({**case, "id": case["id"] if n == 0 else next_id}, seen, piece)
            next_id += 1 if n else 0
            if found:
                out.append(found)
    return out


def _components(members: list[int], events: list[Data]) -> list[list[int]]:
    """People joined by being victims of one visible incident, in order of their ids."""
    group = {p: {p} for p in members}
    for event in events:
        ids = [p for p in event["person_ids"] if p in group] if event["kind"] == "incident" else []
        for other in ids[1:]:
            joined = group[ids[0]] | group[other]
            for p in joined:
                group[p] = joined
    pieces = {min(g): sorted(g) for g in group.values()}
    return [pieces[k] for k in sorted(pieces)]


def _case(case: Data, events: list[Data], members: list[int]) -> Data | None:
    timeline = sorted((e for e in events if set(e["person_ids"]) & set(members)), key=_when)
    if not timeline or not members:
        return None
    dated = [e for e in timeline if e["date"]["start"] or e["date"]["end"]]
    return {
        **case,
        "person_ids": members,
        "timeline": timeline,
        "first": dated[0]["date"] if dated else None,
        "last": max(dated, key=_latest)["date"] if dated else None,
        "independent_sources": len({s["duplicate_group"] for e in timeline for s in e["sources"]}),
    }


def _when(event: Data) -> tuple[str, str, int, int]:
    start = event["date"]["start"] or event["date"]["end"] or "9999-12-31"
    end = event["date"]["end"] or start
    return (start, end, 0 if event["kind"] == "incident" else 1, event["id"])


def _latest(event: Data) -> tuple[str, str]:
    start = event["date"]["start"] or "0001-01-01"
    return (event["date"]["end"] or start, start)


def _proposal_shown(proposal: Data, cut: Cut, people: set[int]) -> bool:
    return (
        cut.shows(proposal["mention_a"])
        and cut.shows(proposal["mention_b"])
        and proposal["person_a"] in people
        and proposal["person_b"] in people
    )
