"""Interventions: what someone did for the victims (petition, protection, release...).

The actor is the subject before the trigger ("The LGBT Network rights group, which had
helped the two men flee, successfully petitioned ..."); the target is what follows a
petition or complaint verb up to "to" or a comma; the beneficiaries are the people the
trigger's clause names or points at ("to them", "two gay men": the victims in focus).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from docket.code import evidence as ev
from docket.code.acts import Trigger, find_acts
from docket.code.dates import STATE_WORDS, DateMention, interval_of
from docket.code.document import Document, SentenceInfo
from docket.code.parties import PartyMention, anaphors, group_size, groups, role
from docket.code.status import status_of
from docket.code.text import Clause
from docket.code.victims import Focus, refocus
from docket.models import DateInterval, Evidence, Incident, Intervention

_RELATIVE = re.compile(r",\s+(?:which|who)\b")
_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|successfully|also|reportedly|then|later|finally|"
    r"recently|now|eventually|on\s+\w+day))+\s*$",
    re.IGNORECASE,
)
_TARGETED = {"petition", "complaint"}
_TARGET = re.compile(
    r"^\s*(?:to\s+|with\s+)?(?P<target>[A-Z][^,;.]*?)(?=\s+(?:to|for|over|asking|demanding|on)\b|[,;.]|$)"
)


def build_interventions(doc: Document) -> list[Intervention]:
    focus = Focus()
    found: list[Intervention] = []
    for info in doc.sentences:
        for clause, trigger in info.interventions:
            found.append(_intervention(doc, info, clause, trigger, focus))
        refocus(doc, info, focus)
    return found


def _intervention(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, focus: Focus
) -> Intervention:
    evidence: list[Evidence] = [ev.span(doc.text, "type", trigger.start, trigger.end)]
    actor = _actor(doc, info, trigger)
    if actor is not None:
        evidence.append(ev.span(doc.text, "actor", actor[0], actor[1]))
    target = _target(doc, trigger) if trigger.label in _TARGETED else None
    if target is not None:
        evidence.append(ev.span(doc.text, "target", target[0], target[1]))
    beneficiaries = _beneficiaries(doc, info, trigger, focus)
    evidence += [ev.span(doc.text, "beneficiaries", b.start, b.end) for b in beneficiaries]
    date = _date(doc, info, clause)
    if date is not None:
        evidence.append(ev.span(doc.text, "date", date.start, date.end))
    status = status_of(info.sentence.text, trigger.start, trigger.end, info.sentence.start)
    return Intervention(
        type=trigger.label,
        actor=doc.text[actor[0] : actor[1]] if actor else None,
        target=doc.text[target[0] : target[1]] if target else None,
        beneficiaries=list(dict.fromkeys(b.name for b in beneficiaries)),
        date=interval_of(date),
        status=status.status,
        evidence=ev.dedupe(evidence),
    )


_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$")


def _actor(doc: Document, info: SentenceInfo, trigger: Trigger) -> tuple[int, int] | None:
    start = info.sentence.start
    before = doc.plain[start : trigger.start]
    if _PASSIVE.search(before):
        return None  # "Petrova was released": the subject is the beneficiary
    relative = _RELATIVE.search(before)
    if relative is not None:
        before = before[: relative.start()]
    else:
        before = (
            before.split(",")[0]
            if before.count(",") and not before.rstrip().endswith(",")
            else before
        )
    before = _AUXILIARY.sub("", before.rstrip())
    stripped = before.lstrip(' “"')
    offset = start + len(before) - len(stripped)
    if not stripped or len(stripped.split()) > 12 or not stripped[0].isupper():
        return None
    return offset, offset + len(stripped.rstrip())


def _target(doc: Document, trigger: Trigger) -> tuple[int, int] | None:
    after = doc.plain[trigger.end : trigger.end + 120]
    match = _TARGET.match(after)
    if match is None:
        return None
    return trigger.end + match.start("target"), trigger.end + match.end("target")


def _beneficiaries(
    doc: Document, info: SentenceInfo, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    text = doc.plain[trigger.start : info.sentence.end]
    passive = bool(_PASSIVE.search(doc.plain[info.sentence.start : trigger.start]))
    start = info.sentence.start if passive else trigger.start
    named = [
        PartyMention(n.text, n.start, n.end, True)
        for n in info.persons(start, info.sentence.end)
        if role(doc.plain, n.start, n.end) == "victim"
    ]
    if named:
        return named
    by_surname = [
        v
        for v in focus.victims
        if v.name.split()[-1] in doc.plain[info.sentence.start : info.sentence.end]
    ]
    if by_surname:
        return by_surname
    described = groups(text, trigger.start)
    pointers = anaphors(text, trigger.start)
    if focus.victims and (
        pointers or any(group_size(g.name) == len(focus.victims) for g in described)
    ):
        s, e = (described[0].start, described[0].end) if described else pointers[0][:2]
        return [PartyMention(v.name, s, e, True) for v in focus.victims]
    return described[:1]


def _date(doc: Document, info: SentenceInfo, clause: Clause) -> DateMention | None:
    for mention in info.dates:
        if clause.start <= mention.start < clause.end and not mention.weak:
            return mention
    return None


def date_from_enabled_acts(interventions: list[Intervention], incidents: list[Incident]) -> None:
    """An undated intervention that names the act it made possible ("had helped the two
    men flee") happened when that act did: it takes the date of the incident of that act
    whose clause holds it, with that incident's date evidence."""
    for intervention in interventions:
        if intervention.date.start is not None:
            continue
        spans = [e for e in intervention.evidence if e.field == "type"]
        if not spans:
            continue
        span = spans[0]
        named = {t.label for t in find_acts(span.text)}
        for incident in incidents:
            if incident.act in named and incident.date.start is not None and _holds(incident, span):
                intervention.date = dataclasses.replace(incident.date)
                dates = [e for e in incident.evidence if e.field == "date"]
                intervention.evidence = ev.dedupe(intervention.evidence + dates[:1])
                break


def date_after_acts(
    interventions: list[Intervention], incidents: list[Incident], published: dt.date | None
) -> None:
    """An intervention still undated responded to what was done to its beneficiaries and
    was reported at publication: it lies between the latest dated act against them and the
    publication date ("successfully petitioned ... to grant state protection to them",
    after they were returned earlier this year). A range, marked inferred, with that act's
    date as its evidence; nothing when the report has no publication date or names no
    such act."""
    if published is None:
        return
    for intervention in interventions:
        if intervention.date.start is not None or not intervention.beneficiaries:
            continue
        acts = [
            i
            for i in incidents
            if i.date.start is not None
            and (i.date.text or "").strip().lower() not in STATE_WORDS
            and i.date.start <= published
            and any(v.name in intervention.beneficiaries for v in i.victims)
        ]
        if not acts:
            continue
        latest = max(acts, key=lambda i: i.date.start or dt.date.min)
        intervention.date = DateInterval(
            start=latest.date.start,
            end=published,
            granularity="range",
            text=latest.date.text,
            inferred=True,
        )
        dates = [e for e in latest.evidence if e.field == "date"]
        intervention.evidence = ev.dedupe(intervention.evidence + dates[:1])


def _holds(incident: Incident, span: Evidence) -> bool:
    return any(
        e.field == "act" and e.start <= span.start and span.end <= e.end for e in incident.evidence
    )
