"""The capture stage's boundary: every source's reports go into the store, each in its own
transaction; a failure is recorded, reported and counted, and the batch goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from docket.capture.fetch import Fetcher
from docket.capture.items import Captured, Failure
from docket.capture.sources import captures
from docket.store import Store
from docket.store import reports as report_store

Progress = Callable[[str], None]


@dataclass
class IngestResult:
    new_reports: list[int] = field(default_factory=list)
    known_reports: list[int] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{len(self.new_reports)} new, {len(self.known_reports)} already in, "
            f"{len(self.failures)} failed"
        )


def _store(store: Store, item: Captured, actor: str) -> report_store.Stored:
    with store.begin() as conn:
        return report_store.add(conn, item.raw, item.capture, item.report, actor)


def ingest(
    store: Store,
    sources: Iterable[str],
    fetcher: Fetcher,
    *,
    actor: str,
    url: str | None = None,
    progress: Progress = lambda _line: None,
) -> IngestResult:
    """Capture every source into `store`; `url` names where a single saved page came from."""
    result = IngestResult()
    for source in sources:
        for item in captures(source, fetcher, url):
            if isinstance(item, Failure):
                result.failures.append(item)
                progress(f"error: {item}")
                continue
            stored = _store(store, item, actor)
            if stored.new_report:
                result.new_reports.append(stored.report_id)
                progress(f"captured {item.capture.source} as report {stored.report_id}")
            else:
                result.known_reports.append(stored.report_id)
                progress(f"already in: {item.capture.source} (report {stored.report_id})")
    return result
