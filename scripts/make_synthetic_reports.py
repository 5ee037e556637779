"""Write synthetic coded reports with known identities as JSON Lines.

    python scripts/make_synthetic_reports.py [-n 10000] [--seed 0] [--out FILE.jsonl]

The generator is `docket.link.synthetic.generate` (name variants, transliterations,
Cyrillic, titles, initials, surname-only and group mentions, shared incidents reported
with dates of different precision, syndicated copies); `--truth FILE.json` writes the
right answers next to them.
"""

from __future__ import annotations

import argparse
import json
import sys

from docket.link.synthetic import generate, to_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default="-")
    parser.add_argument("--truth", default=None)
    args = parser.parse_args()
    syn = generate(args.n, args.seed)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    for coded in syn.reports:
        out.write(json.dumps(to_json(coded), ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    if args.truth:
        truth = {
            "person": {str(k): v for k, v in syn.person.items()},
            "story": syn.story,
            "event": {str(k): v for k, v in syn.event.items()},
        }
        with open(args.truth, "w", encoding="utf-8") as f:
            json.dump(truth, f)
    print(f"{len(syn.reports)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
