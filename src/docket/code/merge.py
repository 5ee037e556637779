"""One incident per event: mentions of the same act against the same victims merge.

Two incidents are the same event when their acts meet (an abduction that included a return
meets a return), their victims overlap, and their dates do not contradict each other. The
merged incident keeps the most specific date, the first place, the strongest status
(confirmed > denied > alleged > reported), every perpetrator and all the evidence.
Across the report's incidents, a person written with and without accents keeps one
spelling (`one_spelling`).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from unidecode import unidecode

from docket.code import evidence as ev
from docket.code.incidents import stronger_status
from docket.models import DateInterval, Incident, Intervention, Party

_GRANULARITY_RANK = {"day": 0, "month": 1, "season": 2, "range": 3, "year": 4, None: 9}


@functools.lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    # Cached: merging compares every pair of incidents, and names repeat.
    words = re.findall(r"\w+", name.lower())
    long = frozenset(w for w in words if len(w) >= 4)
    # A name of short words only ("Li Wei", "Ann Lee") stands for itself as a whole.
    return long or frozenset({" ".join(words)} if words else ())


def same_party(a: str, b: str) -> bool:
    """Names sharing a word of four or more letters ("Isayev", "Ismail Isayev"), or the
    same name where it has no such word ("Li Wei")."""
    return bool(_words(a) & _words(b))


def _parties_overlap(a: list[Party], b: list[Party]) -> bool:
    return any(same_party(x.name, y.name) for x in a for y in b)


def _dates_agree(a: DateInterval, b: DateInterval) -> bool:
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _acts(incident: Incident) -> set[str]:
    return {incident.act, *incident.extra.get("acts", [])}


def _same_event(a: Incident, b: Incident) -> bool:
    acts_meet = (
        a.act == b.act
        or (a.act in _acts(b) and b.act != "displacement")
        or (b.act in _acts(a) and a.act != "displacement")
    )
    return acts_meet and _parties_overlap(a.victims, b.victims) and _dates_agree(a.date, b.date)


def merge_incidents(incidents: list[Incident]) -> list[Incident]:
    merged: list[Incident] = []
    for incident in incidents:
        for kept in merged:
            if _same_event(kept, incident):
                _absorb(kept, incident)
                break
        else:
            merged.append(incident)
    one_spelling(merged)
    return merged


def _spelling_key(name: str) -> str:
    return " ".join(unidecode(name).casefold().split())


def one_spelling(incidents: list[Incident]) -> None:
    """One spelling per person across a report's incidents: a report that writes
    "Hermínio Silves" here and "Herminio Silves" there, or "Amadou Vamoulké" and "Amadou
    Vamoulke", names one person, not two. The spelling kept is the one with the most
    letters beyond ASCII (the accents an editor dropped are not invented, only kept), then
    one not in capitals, then the first written; the evidence spans still point at each
    mention as written."""
    chosen: dict[str, str] = {}
    for incident in incidents:
        for party in (*incident.victims, *incident.perpetrators):
            key = _spelling_key(party.name)
            kept = chosen.setdefault(key, party.name)
            if _fullness(party.name) > _fullness(kept):
                chosen[key] = party.name
    for incident in incidents:
        for party in (*incident.victims, *incident.perpetrators):
            party.name = chosen[_spelling_key(party.name)]
        incident.victims = _without_repeats(incident.victims)
        incident.perpetrators = _without_repeats(incident.perpetrators)


def _fullness(name: str) -> tuple[int, bool]:
    """Letters beyond ASCII first, then a name not written in capitals ("SILVES")."""
    return sum(1 for char in name if not char.isascii()), not name.isupper()


def _without_repeats(parties: list[Party]) -> list[Party]:
    seen: set[str] = set()
    kept = []
    for party in parties:
        if party.name not in seen:
            seen.add(party.name)
            kept.append(party)
    return kept


MAX_SPANS_PER_FIELD = 12
"""An event the report retells keeps the spans of its first mentions for each field:
enough to check it, and merging a thousand retellings stays linear."""


def _absorb(kept: Incident, other: Incident) -> None:
    if _GRANULARITY_RANK[other.date.granularity] < _GRANULARITY_RANK[kept.date.granularity]:
        kept.date = other.date
    if kept.location.country is None and other.location.country is not None:
        kept.location = other.location
    kept.status = stronger_status(kept.status, other.status)
    kept.attribution = kept.attribution or other.attribution
    kept.victims = _union(kept.victims, other.victims)
    kept.perpetrators = _union(kept.perpetrators, other.perpetrators)
    kept.confidence = max(kept.confidence, other.confidence)
    spans = Counter(e.field for e in kept.evidence)
    added = []
    for item in other.evidence:
        if spans[item.field] < MAX_SPANS_PER_FIELD:
            spans[item.field] += 1
            added.append(item)
    kept.evidence = ev.dedupe(kept.evidence + added)
    kept.extra["acts"] = sorted(_acts(kept) | _acts(other))
    kept.extra["mentions"] = kept.extra.get("mentions", 1) + 1
    if not other.extra.get("listed"):
        kept.extra.pop("listed", None)  # told as an event of its own too


def _union(a: list[Party], b: list[Party]) -> list[Party]:
    named_a = [p for p in a if p.name[:1].isupper()]
    result = list(a)
    for party in b:
        if any(same_party(party.name, x.name) for x in result):
            continue
        if named_a and not party.name[:1].isupper():
            continue  # a description of people already named adds nothing
        result.append(party)
    return result


def merge_interventions(interventions: list[Intervention]) -> list[Intervention]:
    merged: list[Intervention] = []
    for item in interventions:
        for kept in merged:
            if kept.type == item.type and (
                any(same_party(x, y) for x in kept.beneficiaries for y in item.beneficiaries)
                or (kept.actor and item.actor and same_party(kept.actor, item.actor))
            ):
                kept.evidence = ev.dedupe(kept.evidence + item.evidence)
                kept.actor = kept.actor or item.actor
                kept.target = kept.target or item.target
                if kept.date.start is None:
                    kept.date = item.date
                break
        else:
            merged.append(item)
    return merged
