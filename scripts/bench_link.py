"""Time linking synthetic coded reports on one core and score it against their truth.

    OMP_NUM_THREADS=1 python scripts/bench_link.py [-n 10000] [--seed 0]

Prints the time of `link()` (generation excluded) and pairwise precision/recall for
people (over named mentions), near-duplicate reports and incidents.
"""

from __future__ import annotations

import argparse
import os
import time

from docket.link import link
from docket.link.evaluate import pairwise
from docket.link.synthetic import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    syn = generate(args.n, args.seed)
    mentions = sum(len(i.victims) for r in syn.reports for i in r.incidents)
    start = time.perf_counter()
    result = link(syn.reports)
    seconds = time.perf_counter() - start
    print(
        f"{len(syn.reports)} reports, {mentions} mentions: linked in {seconds:.1f} s "
        f"({len(syn.reports) / seconds:.0f} reports/s)"
    )
    print(
        f"people: {len(result.people)} found, {len(set(syn.person.values()))} true; "
        f"{len(result.proposals)} proposals for review"
    )
    print("people    ", pairwise(result.person_of, syn.person))
    print("duplicates", pairwise(result.duplicate_groups, syn.story))
    print("incidents ", pairwise(result.cluster_of, syn.event))


if __name__ == "__main__":
    main()
