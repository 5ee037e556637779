"""Coding speed on HRDsAttack dev: reports per second, one process, one thread.

    OMP_NUM_THREADS=1 python scripts/bench_code.py \
        [--data ../shared/data/hrdsattack/dev.json] [--rounds 3]

The articles are first stored in a fresh SQLite store (capture is not timed). Model
loading and a warm-up pass are excluded; each round is what `docket code` does: read every
report from the store, code it (NER batched across reports) and write its incidents and
interventions back, one transaction a report (`docket.code.stage.code_stored`). The best
and median rounds are printed, and the coder alone (no store) for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import tempfile

from docket.capture.items import new_capture
from docket.code import Coder
from docket.code.evaluate.hrdsattack import article_report
from docket.code.stage import code_stored
from docket.models import Report
from docket.store import Store
from docket.store import reports as report_store

ACTOR = "bench"


def _stored(store: Store, reports: list[Report]) -> list[int]:
    ids = []
    for number, report in enumerate(reports):
        raw = report.text.encode("utf-8")
        capture = new_capture(raw, source=f"hrdsattack-{number}", kind="text")
        with store.begin() as conn:
            ids.append(report_store.add(conn, raw, capture, report, ACTOR).report_id)
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data/hrdsattack/dev.json"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.data.is_file():
        parser.error(
            f"no such file: {args.data}: point --data (make: HRDSATTACK=...) at HRDsAttack's "
            "dev.json in ../shared/data"
        )
    reports = [article_report(item) for item in json.loads(args.data.read_text(encoding="utf-8"))]
    coder = Coder.load()
    _ = list(coder.code_many(reports[:10]))  # warm-up: gazetteer, first NER batch
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(str(Path(folder) / "bench.sqlite3"))
        ids = _stored(store, reports)
        stored_rates, incidents = [], 0
        for _round in range(args.rounds):
            started = time.perf_counter()
            result = code_stored(store, ids, coder, actor=ACTOR)
            stored_rates.append(len(result.coded) / (time.perf_counter() - started))
            incidents = result.incidents
        store.close()
    alone_rates = []
    for _round in range(args.rounds):
        started = time.perf_counter()
        coded = list(coder.code_many(reports))
        alone_rates.append(len(coded) / (time.perf_counter() - started))
    threads = os.environ["OMP_NUM_THREADS"]
    print(
        f"{len(reports)} reports, {incidents} incidents; read, coded and written to SQLite: "
        f"best {max(stored_rates):.1f} reports/s, median {statistics.median(stored_rates):.1f}"
        f" reports/s; coder alone: median {statistics.median(alone_rates):.1f} reports/s "
        f"(one process, OMP_NUM_THREADS={threads})"
    )


if __name__ == "__main__":
    main()
