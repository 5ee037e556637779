"""Incidents and interventions as linking sees them: an act, people, a date, a place."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from unidecode import unidecode

from docket.link.mentions import report_id
from docket.link.refs import INCIDENT, INTERVENTION, EventRef, MentionRef
from docket.link.result import GroupMention
from docket.models import CodedReport, DateInterval, Evidence, Place

# Words that name no one in particular: a perpetrator "unidentified men" is no claim.
_VAGUE = frozenset(
    [
        "unnamed",
        "unknown",
        "unidentified",
        "men",
        "man",
        "people",
        "persons",
        "group",
        "groups",
        "some",
        "someone",
        "assailants",
        "attackers",
        "gunmen",
        "the",
        "a",
        "an",
        "of",
        "and",
        "by",
    ]
)
# Words too common in place names to show that two places are the same.
_GENERIC_PLACES = frozenset(
    [
        "city",
        "town",
        "village",
        "region",
        "republic",
        "province",
        "district",
        "state",
        "county",
        "oblast",
        "krai",
        "station",
        "street",
        "road",
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "near",
        "area",
        "capital",
    ]
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class EventRecord:
    ref: EventRef
    kind: str
    act: str
    person_ids: frozenset[int]
    date: DateInterval
    place: Place
    perpetrators: tuple[str, ...]
    duplicate_group: int
    quotes: tuple[str, ...]


def build_events(
    reports: Sequence[CodedReport],
    person_of: Mapping[MentionRef, int],
    groups: Sequence[GroupMention],
    duplicate_group: Mapping[int, int],
) -> list[EventRecord]:
    """One record per incident and intervention, with the people its names resolved to."""
    people: dict[EventRef, set[int]] = defaultdict(set)
    for mention, pid in person_of.items():
        people[mention.event].add(pid)
    for g in groups:
        people[g.ref.event].update(g.person_ids)
    out: list[EventRecord] = []
    for coded in reports:
        rid = report_id(coded)
        dup = duplicate_group.get(rid, rid)
        for i, inc in enumerate(coded.incidents):
            ref = EventRef(rid, INCIDENT, i)
            perps = tuple(p.name for p in inc.perpetrators)
            out.append(
                EventRecord(
                    ref,
                    INCIDENT,
                    inc.act,
                    frozenset(people[ref]),
                    inc.date,
                    inc.location,
                    perps,
                    dup,
                    _quotes(inc.evidence),
                )
            )
        for j, itv in enumerate(coded.interventions):
            iref = EventRef(rid, INTERVENTION, j)
            actor = (itv.actor,) if itv.actor else ()
            out.append(
                EventRecord(
                    iref,
                    INTERVENTION,
                    itv.type,
                    frozenset(people[iref]),
                    itv.date,
                    Place(),
                    actor,
                    dup,
                    _quotes(itv.evidence),
                )
            )
    return sorted(out, key=lambda e: e.ref)


def _quotes(evidence: Sequence[Evidence]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.text for e in evidence if e.text))


def words(text: str | None) -> set[str]:
    return set(_WORD.findall(unidecode(text or "").lower()))


def place_words(place: Place) -> set[str]:
    """Distinctive words of a place and of where a movement started."""
    found: set[str] = set()
    p: Place | None = place
    while p is not None:
        for part in (p.text, p.city, p.region, p.country):
            found |= {w for w in words(part) if len(w) >= 4 and w not in _GENERIC_PLACES}
        p = p.origin
    return found


def perpetrator_words(names: Sequence[str]) -> set[str]:
    """Words that identify perpetrators (FSB, police, Kadyrov), vague ones dropped."""
    return {w for n in names for w in words(n) if len(w) >= 3 and w not in _VAGUE}
