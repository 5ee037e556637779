"""The coding stage's boundary: reports are read from the store, coded, and their
proposals written back, each report in its own transaction. A report that cannot be coded
is recorded, reported and counted, and the batch goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from docket.code.coder import Coder
from docket.errors import CodingError
from docket.models import Report
from docket.store import Store
from docket.store import coded as coded_store
from docket.store import reports as report_store

Progress = Callable[[str], None]


@dataclass
class CodeResult:
    coded: list[int] = field(default_factory=list)
    incidents: int = 0
    interventions: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"coded {len(self.coded)} reports: {self.incidents} incidents, "
            f"{self.interventions} interventions; {len(self.failures)} failed"
        )


def _load(store: Store, ids: list[int]) -> list[Report]:
    with store.read() as conn:
        return [report_store.get(conn, report_id) for report_id in ids]


def code_stored(
    store: Store,
    ids: Iterable[int],
    coder: Coder,
    *,
    actor: str,
    progress: Progress = lambda _line: None,
    batch: int = 64,
) -> CodeResult:
    """Code the reports `ids` and store their proposals, keeping reviewed records."""
    result = CodeResult()
    pending = list(ids)
    for start in range(0, len(pending), batch):
        reports = _load(store, pending[start : start + batch])
        for report, coded in zip(reports, coder.code_batch(reports), strict=True):
            report_id = report.id or 0
            if isinstance(coded, CodingError):
                result.failures.append((report_id, str(coded)))
                progress(f"error: report {report_id}: {coded}")
                continue
            with store.begin() as conn:
                saved = coded_store.save(conn, report_id, coded, actor)
            result.coded.append(report_id)
            result.incidents += len(saved["incidents"])
            result.interventions += len(saved["interventions"])
            progress(
                f"coded report {report_id}: {len(coded.incidents)} incidents, "
                f"{len(coded.interventions)} interventions"
            )
    return result
