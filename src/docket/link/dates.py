"""Date intervals from several sources: agree on the narrowest, or show the conflict.

Sources do not average: "earlier this year" (2021-01-01/2021-04-29) and "on Thursday"
(2021-02-04) agree, and together say 2021-02-04. "June 2020" and "July 2020" do not
overlap: the largest group of sources that agree gives the date, and the others are
listed as a conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docket.models import DateInterval

_MIN = dt.date.min
_MAX = dt.date.max


@dataclass(frozen=True)
class Refined:
    """The date the agreeing sources support, and the positions of those that disagree."""

    date: DateInterval
    agreeing: tuple[int, ...]
    disagreeing: tuple[int, ...]


def known(d: DateInterval) -> bool:
    return d.start is not None or d.end is not None


def bounds(d: DateInterval) -> tuple[dt.date, dt.date]:
    """The interval with open ends made infinite."""
    return (d.start or _MIN, d.end or _MAX)


Bounds = tuple[dt.date, dt.date]


def _meet(dates: Sequence[DateInterval], group: list[int]) -> Bounds:
    """The days every interval of the group holds (start after end when they share none)."""
    return max(bounds(dates[i])[0] for i in group), min(bounds(dates[i])[1] for i in group)


def _join(dates: Sequence[DateInterval], group: list[int]) -> Bounds:
    """From the earliest start to the latest end of the group."""
    return min(bounds(dates[i])[0] for i in group), max(bounds(dates[i])[1] for i in group)


def overlap(a: DateInterval, b: DateInterval) -> bool:
    """True when both are known and share a day, or when either is unknown."""
    if not known(a) or not known(b):
        return True
    (sa, ea), (sb, eb) = bounds(a), bounds(b)
    return max(sa, sb) <= min(ea, eb)


def gap_days(a: DateInterval, b: DateInterval) -> int:
    """Days between two intervals; 0 when they overlap or one is unknown."""
    if overlap(a, b):
        return 0
    (sa, ea), (sb, eb) = bounds(a), bounds(b)
    return (sb - ea).days if ea < sb else (sa - eb).days


def refine(dates: Sequence[DateInterval]) -> Refined:
    """The narrowest interval the largest agreeing group of known dates supports."""
    idx = [i for i, d in enumerate(dates) if known(d)]
    if not idx:
        return Refined(DateInterval(), (), ())
    group, tied = _largest_agreeing(dates, idx)
    if tied:
        return Refined(_hull(dates, idx), (), tuple(idx))
    start, end = _meet(dates, group)
    date = DateInterval(
        start=None if start == _MIN else start,
        end=None if end == _MAX else end,
        granularity=_granularity(dates, group, start, end),
        text=_texts(dates, group),
        inferred=_inferred(dates, group, (start, end), _meet),
    )
    others = tuple(i for i in idx if i not in group)
    return Refined(date, tuple(group), others)


def _largest_agreeing(dates: Sequence[DateInterval], idx: list[int]) -> tuple[list[int], bool]:
    """The largest group of intervals sharing a day, and whether another group as large
    disagrees with it (then no group may speak for the sources: one June, one July).

    Intervals on a line that pairwise overlap share a day (Helly), so checking each
    start as the candidate day finds every maximal agreeing group.
    """
    groups = []
    for day in sorted({bounds(dates[i])[0] for i in idx}):
        groups.append([i for i in idx if bounds(dates[i])[0] <= day <= bounds(dates[i])[1]])
    size = max(len(g) for g in groups)
    largest = [g for g in groups if len(g) == size]
    best = min(largest, key=lambda g: _width(dates, g))
    tied = any(not set(g) <= set(best) and not set(best) <= set(g) for g in largest)
    return best, tied


def _hull(dates: Sequence[DateInterval], idx: list[int]) -> DateInterval:
    """From the earliest start to the latest end: what the sources say together."""
    start, end = _join(dates, idx)
    return DateInterval(
        start=None if start == _MIN else start,
        end=None if end == _MAX else end,
        granularity="range",
        text=_texts(dates, idx),
        inferred=_inferred(dates, idx, (start, end), _join),
    )


def _width(dates: Sequence[DateInterval], group: list[int]) -> int:
    start, end = _meet(dates, group)
    return (end - start).days


def _granularity(
    dates: Sequence[DateInterval], group: list[int], start: dt.date, end: dt.date
) -> str | None:
    """The granularity of a source whose interval is the result; `range` when none is."""
    for i in group:
        if bounds(dates[i]) == (start, end):
            return dates[i].granularity
    return "day" if start == end else "range"


def _texts(dates: Sequence[DateInterval], group: list[int]) -> str | None:
    texts = sorted({t for i in group if (t := dates[i].text)})
    return "; ".join(texts) if texts else None


def _inferred(
    dates: Sequence[DateInterval],
    group: list[int],
    result: Bounds,
    combine: Callable[[Sequence[DateInterval], list[int]], Bounds],
) -> bool:
    """Whether the result rests on a coder's inference: the sources whose dates the text
    gives do not, combined the same way, say as much on their own."""
    stated = [i for i in group if not dates[i].inferred]
    return not stated or combine(dates, stated) != result
