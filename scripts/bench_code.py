"""Coding speed on HRDsAttack dev: reports per second, one process, one thread.

    OMP_NUM_THREADS=1 python scripts/bench_code.py \
        [--data ../shared/data/hrdsattack/dev.json] [--rounds 3]

Model loading and a warm-up pass are excluded; each round codes every article once
(`Coder.code_many`, NER batched across reports) and the best and median rounds are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from docket.code import Coder
from docket.code.evaluate.hrdsattack import article_report


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data/hrdsattack/dev.json"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    reports = [article_report(item) for item in json.loads(args.data.read_text(encoding="utf-8"))]
    coder = Coder.load()
    _ = list(coder.code_many(reports[:10]))  # warm-up: gazetteer, first NER batch
    rates = []
    for _round in range(args.rounds):
        started = time.perf_counter()
        coded = list(coder.code_many(reports))
        elapsed = time.perf_counter() - started
        rates.append(len(coded) / elapsed)
    incidents = sum(len(c.incidents) for c in coded)
    print(
        f"{len(reports)} reports, {incidents} incidents; "
        f"best {max(rates):.1f} reports/s, median {statistics.median(rates):.1f} reports/s "
        f"(one process, OMP_NUM_THREADS={os.environ['OMP_NUM_THREADS']})"
    )


if __name__ == "__main__":
    main()
