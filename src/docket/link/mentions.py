"""The names linking works on: every victim and beneficiary of every coded report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docket.errors import LinkError
from docket.link.names import ParsedName, ascii_fold, parse
from docket.link.refs import INCIDENT, INTERVENTION, MentionRef
from docket.models import CodedReport, Incident

# Acts of taking someone: one seizure is often called an arrest, a kidnapping, a forced
# return or a disappearance by different sources.
TAKING: frozenset[str] = frozenset(
    {"arbitrary_detention", "abduction", "forced_return", "enforced_disappearance"}
)


@dataclass(frozen=True)
class MentionRecord:
    """One name as written in one report, parsed."""

    ref: MentionRef
    name: ParsedName
    context: tuple[str, int | None, str | None] | None = None
    """The incident's act family, year and country: what the mention is said to suffer."""


def report_id(coded: CodedReport) -> int:
    """The id of a coded report's report; linking needs one to name its mentions."""
    rid = getattr(coded.report, "id", None)
    if not isinstance(rid, int):
        raise LinkError(f"a coded report has no integer report id: {rid!r}")
    return rid


def extract_mentions(reports: Sequence[CodedReport]) -> list[MentionRecord]:
    """All victim and beneficiary names, in report, list and position order."""
    out: list[MentionRecord] = []
    for coded in reports:
        rid = report_id(coded)
        for i, incident in enumerate(coded.incidents):
            names = [v.name for v in incident.victims]
            out.extend(_records(rid, INCIDENT, i, names, _context(incident)))
        for j, intervention in enumerate(coded.interventions):
            out.extend(_records(rid, INTERVENTION, j, intervention.beneficiaries, None))
    out.sort(key=lambda m: m.ref)
    return out


def _context(incident: Incident) -> tuple[str, int | None, str | None] | None:
    """Act family, year and country, when the date is known: seizures are one family
    because one seizure is reported as an arrest, a kidnapping or a disappearance."""
    start = incident.date.start or incident.date.end
    if start is None:
        return None
    family = "taking" if incident.act in TAKING else incident.act
    country = ascii_fold(incident.location.country) if incident.location.country else None
    return (family, start.year, country)


def _records(
    rid: int,
    part: str,
    item: int,
    names: Iterable[str],
    context: tuple[str, int | None, str | None] | None,
) -> Iterable[MentionRecord]:
    for slot, raw in enumerate(names):
        if raw and raw.strip():
            yield MentionRecord(
                ref=MentionRef(rid, part, item, slot), name=parse(raw), context=context
            )
