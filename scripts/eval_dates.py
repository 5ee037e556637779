"""The date resolver against TempEval-3 platinum: normalised DATE expressions.

    python scripts/eval_dates.py [--data ../shared/data/tempeval3-platinum]

For each TIMEX3 of type DATE whose value is a day, month, season or year (YYYY-MM-DD,
YYYY-MM, YYYY-SU, YYYY), the resolver reads the text up to the expression, anchored on
the document creation time, and its interval is written as a TimeML value. Prints how many
expressions it resolved (coverage) and how many of those it got right (accuracy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
from pathlib import Path

from docket.code.dates import find_dates
from docket.models import DateInterval

_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?$")
_SEASON = {6: "SU", 3: "SP", 9: "FA", 12: "WI"}
_TAG = re.compile(r"<[^>]+>")
_TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.DOTALL)


def timeml_value(interval: DateInterval) -> str | None:
    start = interval.start
    if start is None:
        return None
    if interval.granularity == "day":
        return start.isoformat()
    if interval.granularity == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if interval.granularity == "year":
        return f"{start.year:04d}"
    if interval.granularity == "season":
        return f"{start.year:04d}-{_SEASON[start.month]}"
    return None


def expressions(path: Path) -> tuple[dt.date, list[tuple[str, int, int, str]]]:
    """The creation date and each DATE timex: (plain text, start, end, value)."""
    raw = path.read_text(encoding="utf-8")
    created = re.search(r'value="(\d{4}-\d{2}-\d{2})"', raw[raw.find("<DCT>") :])
    assert created is not None, f"{path.name} has no creation time"
    body = raw[raw.find("<TEXT>") + len("<TEXT>") : raw.find("</TEXT>")]
    plain, found, cursor = "", [], 0
    for match in _TIMEX.finditer(body):
        plain += html.unescape(_TAG.sub("", body[cursor : match.start()]))
        text = html.unescape(_TAG.sub("", match.group(2)))
        attrs = match.group(1)
        value = re.search(r'value="([^"]*)"', attrs)
        if 'type="DATE"' in attrs and value and _VALUE.match(value.group(1)):
            found.append((text, len(plain), len(plain) + len(text), value.group(1)))
        plain += text
        cursor = match.end()
    plain += html.unescape(_TAG.sub("", body[cursor:]))
    return dt.date.fromisoformat(created.group(1)), [(plain, s, e, v) for _, s, e, v in found]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data/tempeval3-platinum"))
    parser.add_argument("--verbose", action="store_true", help="print the expressions we get wrong")
    args = parser.parse_args()
    total = resolved = right = 0
    for path in sorted(args.data.glob("*.tml")):
        created, items = expressions(path)
        for plain, start, end, value in items:
            total += 1
            window_start = max(0, start - 40)
            mentions = [
                m
                for m in find_dates(plain[window_start:end], created, window_start)
                if m.start < end and start < m.end and not m.weak
            ]
            if not mentions:
                continue
            resolved += 1
            ok = timeml_value(mentions[0].interval) == value
            right += ok
            if args.verbose and not ok:
                print(
                    f"{path.name}: {plain[start:end]!r} gold {value}, ours {mentions[0].interval}"
                )
    print(
        f"TempEval-3 platinum DATE expressions: {total}; resolved {resolved} "
        f"({resolved / total:.0%}); right {right} ({right / resolved:.0%} of resolved, "
        f"{right / total:.0%} of all)"
    )


if __name__ == "__main__":
    main()
