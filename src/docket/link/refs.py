"""Stable references to what linking reads: a mention and an incident or intervention.

The store's ids are not needed: a report id and positions in its coded output name
everything, and stay the same when the same coded report is linked again. Constraints
made by people (merge, split) are written in these references so that they still
hold after re-linking.
"""

from __future__ import annotations

from dataclasses import dataclass

INCIDENT = "incident"
INTERVENTION = "intervention"


@dataclass(frozen=True, order=True)
class EventRef:
    """An incident or intervention: its report, which list, its position there."""

    report_id: int
    part: str
    item: int

    def __str__(self) -> str:
        letter = "i" if self.part == INCIDENT else "v"
        return f"r{self.report_id}:{letter}{self.item}"


@dataclass(frozen=True, order=True)
class MentionRef:
    """A name in an incident's victims or an intervention's beneficiaries."""

    report_id: int
    part: str
    item: int
    slot: int

    @property
    def event(self) -> EventRef:
        return EventRef(self.report_id, self.part, self.item)

    def __str__(self) -> str:
        return f"{self.event}:{self.slot}"
