"""The names linking works on: every victim and beneficiary of every coded report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docket.errors import LinkError
from docket.link.names import ParsedName, parse
from docket.link.refs import INCIDENT, INTERVENTION, MentionRef
from docket.models import CodedReport


@dataclass(frozen=True)
class MentionRecord:
    """One name as written in one report, parsed."""

    ref: MentionRef
    name: ParsedName
    country: str | None = None
    """Where the incident took place, a hint shown to reviewers."""


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
            out.extend(_records(rid, INCIDENT, i, names, incident.location.country))
        for j, intervention in enumerate(coded.interventions):
            out.extend(_records(rid, INTERVENTION, j, intervention.beneficiaries, None))
    out.sort(key=lambda m: m.ref)
    return out


def _records(
    rid: int, part: str, item: int, names: Iterable[str], country: str | None
) -> Iterable[MentionRecord]:
    for slot, raw in enumerate(names):
        if raw and raw.strip():
            yield MentionRecord(
                ref=MentionRef(rid, part, item, slot), name=parse(raw), country=country
            )
