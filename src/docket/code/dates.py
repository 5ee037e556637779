"""The date resolver: date expressions found in a text, resolved against the publication date.

Each expression gives an interval with a granularity (day, month, season, year, range), as
DESIGN.md defines them: "last summer" in an article of 2021-04-29 is 2020-06-01/2020-08-31,
"on Thursday" in one of Saturday 2021-02-06 is 2021-02-04, "earlier this year" is the range
from 1 January to the publication date. An expression that needs the publication date
(relative ones, a month without a year) resolves to nothing when the report has none: no
date rather than an invented one. Seasons are the northern hemisphere's meteorological ones.

Some expressions point back at a date named earlier ("the next day", "later that year",
"in October of that year"): they resolve against the latest date the text named before
them (its reference), and to nothing when there is none or it is too coarse ("the same
day" after "in 2019").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from docket.models import DateInterval

_MONTH_KEYS = "jan feb mar apr may jun jul aug sep oct nov dec"
_MONTH_NAMES = {key: number for number, key in enumerate(_MONTH_KEYS.split(), start=1)}
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve"
_NUMBERS = {word: n for n, word in enumerate(_NUMBER_WORDS.split(), start=1)} | {"a": 1, "an": 1}
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PREP = (
    r"(?:in|since|during|until|till|by|of|from|through|throughout|before|after|early|late|"
    r"mid-?|last|this|that|between|and|to|or|as\s+(?:recently|early|late)\s+as)"
)
# "mid-March", "mid-2019": the hyphen joins the word to the date.
_MID = r"(?i:mid-)"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at `[start, end)` of the text it was found in, and its interval.

    `weak` marks words such as "now" that date the report rather than name a time.
    """

    start: int
    end: int
    text: str
    interval: DateInterval
    weak: bool = False


Resolver = Callable[[re.Match[str], dt.date | None], DateInterval | None]


def _month_number(word: str) -> int:
    return _MONTH_NAMES[word.lower()[:3]]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _day(date: dt.date) -> DateInterval:
    return DateInterval(start=date, end=date, granularity="day")


def _month(year: int, month: int) -> DateInterval:
    return DateInterval(
        start=dt.date(year, month, 1),
        end=dt.date(year, month, _last_day(year, month)),
        granularity="month",
    )


def _year(year: int) -> DateInterval:
    return DateInterval(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), granularity="year")


def _range(start: dt.date, end: dt.date) -> DateInterval:
    return DateInterval(start=start, end=end, granularity="range")


def _season(year: int, name: str) -> DateInterval:
    if name == "winter":
        # Winter spans the new year: December of `year` to February of the next.
        start, end = dt.date(year, 12, 1), dt.date(year + 1, 2, _last_day(year + 1, 2))
    else:
        first, last = _SEASONS[name]
        start, end = dt.date(year, first, 1), dt.date(year, last, _last_day(year, last))
    return DateInterval(start=start, end=end, granularity="season")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit_day(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    date = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
    return _day(date) if date else None


def _day_without_year(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    month, day = _month_number(m["month"]), int(m["day"])
    date = _safe_date(published.year, month, day)
    # A day more than a week after publication is last year's ("on December 28" in January).
    if date is not None and date > published + dt.timedelta(days=7):
        date = _safe_date(published.year - 1, month, day)
    return _day(date) if date else None


def _iso(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    date = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return _day(date) if date else None


def _numeric(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    if first > 12 >= second:
        date = _safe_date(year, second, first)
    elif second > 12 >= first:
        date = _safe_date(year, first, second)
    else:
        return None  # 03/04/2021: day-first or month-first cannot be told apart
    return _day(date) if date else None


def _month_span(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    year = int(m["year"])
    first, last = _month(year, _month_number(m["m1"])), _month(year, _month_number(m["m2"]))
    if first.start is None or last.end is None or first.start > last.end:
        return None
    return _range(first.start, last.end)


def _day_span(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    year, month = int(m["year"]), _month_number(m["month"])
    start, end = _safe_date(year, month, int(m["d1"])), _safe_date(year, month, int(m["d2"]))
    if start is None or end is None or start > end:
        return None
    return _range(start, end)


def _month_year(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    return _month(int(m["year"]), _month_number(m["month"]))


def _month_alone(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    month = _month_number(m["month"])
    # The latest such month not after publication: "in December" read in April is last year's.
    year = published.year if month <= published.month else published.year - 1
    if m["rel"] and m["rel"].lower() == "last" and month == published.month:
        year -= 1
    return _month(year, month)


def _month_relative_year(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    """ "in January last year", "March of this year": the month of the named year."""
    if published is None:
        return None
    year = published.year - 1 if m["rel"].lower() == "last" else published.year
    return _month(year, _month_number(m["month"]))


def _weekend(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    """The Saturday and Sunday of "last weekend", "over the weekend", "this weekend":
    the latest weekend begun by publication; "last" written at a weekend is the one before."""
    if published is None:
        return None
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    rel = (m["rel"] or "").lower()
    if rel == "last" and published.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    return _range(saturday, min(saturday + dt.timedelta(days=1), published))


_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31)}
_HOLIDAYS |= {"new year's": (1, 1), "valentine's": (2, 14), "boxing": (12, 26)}


def _holiday(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    """Fixed-date holidays: in the year written, else the latest one by publication."""
    name = re.sub(r"\s+", " ", m["holiday"].lower().replace("’", "'")).removesuffix(" day")
    month, day = _HOLIDAYS[name]
    if m["year"]:
        return _day(dt.date(int(m["year"]), month, day))
    if published is None:
        return None
    date = dt.date(published.year, month, day)
    return _day(date if date <= published else date.replace(year=published.year - 1))


def _season_year(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    return _season(int(m["year"]), m["season"].lower().replace("fall", "autumn"))


def _relative_season(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    name = m["season"].lower().replace("fall", "autumn")
    rel = m["rel"].lower()
    year = published.year
    candidate = _season(year, name)
    if name == "winter" and published.month <= 2:
        candidate = _season(year - 1, name)
    if rel in {"last", "past"} and candidate.end is not None and candidate.end >= published:
        # "last summer" is the latest summer already over at publication.
        candidate = _season(candidate.start.year - 1 if candidate.start else year - 1, name)
    return candidate


def _year_alone(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    year = int(m["year"])
    if published is not None and year > published.year:
        return None
    return _year(year)


def _weekday(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    target = _WEEKDAYS.index(m["weekday"].lower())
    back = (published.weekday() - target) % 7
    if back == 0 and m["rel"]:
        back = 7  # "last Thursday" written on a Thursday is a week back
    return _day(published - dt.timedelta(days=back))


def _relative_day(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    word = m.group().lower()
    back = 2 if "before" in word else 1 if ("yesterday" in word or "last night" in word) else 0
    return _day(published - dt.timedelta(days=back))


def count_of(word: str) -> int:
    """A count written as digits or a word ("3", "three", "a")."""
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _week_around(centre: dt.date) -> DateInterval:
    """The week a count of weeks lands in ("two weeks ago", "a week later")."""
    return _range(centre - dt.timedelta(days=3), centre + dt.timedelta(days=3))


def _ago(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    count = count_of(m["n"])
    unit = m["unit"].lower().rstrip("s")
    if unit == "day":
        return _day(published - dt.timedelta(days=count))
    if unit == "week":
        return _week_around(published - dt.timedelta(weeks=count))
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return _month(index // 12, index % 12 + 1)
    return _year(published.year - count)


def counted_back(end: DateInterval, count: int, unit: str) -> DateInterval | None:
    """When something that lasted `count` units ("five months", "22 years") and ended in
    `end` began: `end` moved back that long, as exact as the count ("after five months in
    detention", released on 18 February 2020: September 2019; after three days, released on
    14 April: 11 April; after 22 years, freed in 2011: 1989)."""
    start, last = end.start, end.end
    if start is None or last is None:
        return None
    unit = unit.lower().rstrip("s")
    if unit in {"day", "week"}:
        back = dt.timedelta(days=count * (7 if unit == "week" else 1))
        if unit == "week" and start == last:
            return _week_around(start - back)
        first, final = start - back, last - back
        return _day(first) if first == final else _range(first, final)
    if unit == "month":
        a = start.year * 12 + start.month - 1 - count
        b = last.year * 12 + last.month - 1 - count
        if a == b:
            return _month(a // 12, a % 12 + 1)
        final_year, final_month = b // 12, b % 12 + 1
        return _range(
            dt.date(a // 12, a % 12 + 1, 1),
            dt.date(final_year, final_month, _last_day(final_year, final_month)),
        )
    if start.year == last.year:
        return _year(start.year - count)
    return _range(dt.date(start.year - count, 1, 1), dt.date(last.year - count, 12, 31))


def _calendar_relative(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    earlier = bool(m["earlier"])
    if unit == "year":
        if rel == "last":
            return _year(published.year - 1)
        return _range(dt.date(published.year, 1, 1), published)
    if unit == "month":
        if rel == "last":
            index = published.year * 12 + published.month - 2
            return _month(index // 12, index % 12 + 1)
        return _range(published.replace(day=1), published)
    monday = published - dt.timedelta(days=published.weekday())
    if rel == "last":
        return _range(monday - dt.timedelta(days=7), monday - dt.timedelta(days=1))
    del earlier
    return _range(monday, published)


def _recent(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    if published is None:
        return None
    days = {"day": 7, "week": 28, "month": 92}[m["unit"].lower().rstrip("s")]
    return _range(published - dt.timedelta(days=days), published)


def _now(m: re.Match[str], published: dt.date | None) -> DateInterval | None:
    return _day(published) if published else None


STATE_WORDS = ("now", "currently")
"""Words that date the report, a state at publication ("are now at risk"), not when
anything happened: their mentions are weak."""
_NAMED_DAYS = "Easter Palm Good Holy Ash Maundy Black Bloody Super Cyber".split()  # noqa: SIM905
_NOT_NAMED_DAY = "".join(rf"(?<!{word}\s)" for word in _NAMED_DAYS)
"""A weekday that is part of a name ("the 2019 Easter Sunday bombings", "Bloody Sunday",
"Black Friday") names a feast or an event, not the latest such weekday."""
_NOT_AHEAD = r"(?<!next\s)(?<!Next\s)(?<!coming\s)(?<!by\sthis\s)(?<!By\sthis\s)"
"""A weekday ahead of the report ("next Friday", "this coming Monday", "by this Friday")
is a plan or a deadline, not the latest such day."""
_NOT_DATED = (
    rf"(?!,?\s+(?:the\s+)?(?:{_MONTH}\s+[0-3]?\d\b|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}))"
)
"""A weekday the date after it names ("on Monday, February 19, 2018", "Tuesday, Oct. 6"):
that date is the day, not the latest such weekday before the report."""
_N = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPAN = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_RULES: list[tuple[re.Pattern[str], Resolver, bool]] = [
    (
        re.compile(
            rf"\b(?:(?i:between|from)\s+)?(?P<m1>{_MONTH}){_SPAN}(?P<m2>{_MONTH}),?\s+{_YEAR}\b"
        ),
        _month_span,
        False,
    ),
    (
        re.compile(
            rf"\b(?:(?i:between|from)\s+)?(?P<d1>[0-3]?\d){_SPAN}(?P<d2>[0-3]?\d)\s+(?P<month>{_MONTH}),?\s+{_YEAR}\b"
        ),
        _day_span,
        False,
    ),
    (
        re.compile(
            rf"\b(?:(?i:between|from)\s+)?(?P<month>{_MONTH})\s+(?P<d1>[0-3]?\d){_SPAN}(?P<d2>[0-3]?\d),?\s+{_YEAR}\b"
        ),
        _day_span,
        False,
    ),
    (re.compile(rf"\b{_YEAR}-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), _iso, False),
    (re.compile(rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.]{_YEAR}\b"), _numeric, False),
    (re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}(?:,\s*|\s+){_YEAR}\b"), _explicit_day, False),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+{_YEAR}\b"), _explicit_day, False),
    (
        re.compile(rf"\b(?P<month>{_MONTH})\s+{_DAY}\b(?!,?\s*(?:19|20)\d\d\b)"),
        _day_without_year,
        False,
    ),
    (
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})\b(?!,?\s*(?:19|20)\d\d\b)"),
        _day_without_year,
        False,
    ),
    (re.compile(rf"\b(?P<month>{_MONTH}),?\s+(?:of\s+)?{_YEAR}\b"), _month_year, False),
    (
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?:of\s+)?(?P<rel>(?i:last|this))\s+(?i:year)\b"),
        _month_relative_year,
        False,
    ),
    (
        re.compile(r"\b(?i:(?:(?P<rel>last|this\s+past|this|over\s+the|at\s+the)\s+)weekend)\b"),
        _weekend,
        False,
    ),
    (
        re.compile(
            r"\b(?i:on\s+)?(?P<holiday>Christmas\s+Eve|New\s+Year[’']s\s+Eve|(?:Christmas"
            r"|New\s+Year[’']s|Valentine[’']s|Boxing)\s+Day)(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
        ),
        _holiday,
        False,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+(?:of\s+)?{_YEAR}\b"
        ),
        _season_year,
        False,
    ),
    (
        re.compile(
            r"\b(?P<rel>(?i:last|this|past))\s+(?P<season>(?i:spring|summer|autumn|fall|winter))\b"
        ),
        _relative_season,
        False,
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>(?i:{_PREP}))\s+|{_MID})(?P<core>(?P<month>{_MONTH}))(?!\w)(?![\w.]*\s+\d)"
        ),
        _month_alone,
        False,
    ),
    (
        re.compile(
            rf"(?i:\b(?:{_PREP}\s+|mid-)(?:the\s+(?:year|end|start|beginning)\s+(?:of\s+)?)?)(?P<core>{_YEAR})\b(?!-)"
        ),
        _year_alone,
        False,
    ),
    (
        re.compile(
            rf"(?i:\b(?:the|a|its|his|her|their)\s+)(?P<core>{_YEAR})\b(?!-|\s*(?:%|percent|people|members))"
        ),
        _year_alone,
        False,
    ),
    (
        re.compile(
            rf"\b(?:(?i:on)\s+|(?P<rel>(?i:last|this\s+past))\s+)?{_NOT_NAMED_DAY}{_NOT_AHEAD}"
            rf"(?P<weekday>{_WEEKDAY})\b{_NOT_DATED}"
        ),
        _weekday,
        False,
    ),
    (
        re.compile(
            r"\b(?i:the\s+day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+morning)\b"
        ),
        _relative_day,
        False,
    ),
    (re.compile(rf"\b(?i:{_N}\s+(?P<unit>days?|weeks?|months?|years?)\s+ago)\b"), _ago, False),
    (
        re.compile(
            r"\b(?i:(?P<earlier>earlier\s+|late\s+|early\s+)?(?P<rel>last|this)\s+(?P<unit>year|month|week))\b"
        ),
        _calendar_relative,
        False,
    ),
    (
        re.compile(
            r"\b(?i:(?:in\s+)?(?:recent|the\s+past|the\s+last)\s+(?:few\s+)?(?P<unit>days|weeks|months))\b"
        ),
        _recent,
        False,
    ),
    (re.compile(rf"\b(?i:{'|'.join(STATE_WORDS)})\b"), _now, True),
]


AnaphoricResolver = Callable[[re.Match[str], DateInterval], DateInterval | None]


def _single_year(reference: DateInterval) -> int | None:
    start, end = reference.start, reference.end
    return start.year if start is not None and end is not None and start.year == end.year else None


def _single_day(reference: DateInterval) -> dt.date | None:
    start, end = reference.start, reference.end
    return start if start is not None and start == end else None


def _that_day(m: re.Match[str], reference: DateInterval) -> DateInterval | None:
    """ "the same day", "that day", "that night"; "the next day", "the following morning",
    "two days later"; "the day before", "the previous night", "two days earlier": the
    reference's day, or days after or before it."""
    day = _single_day(reference)
    if day is None:
        return None
    if m["n"]:
        return _day(day + dt.timedelta(days=count_of(m["n"])))
    if m["nback"]:
        return _day(day - dt.timedelta(days=count_of(m["nback"])))
    return _day(day + dt.timedelta(days=1 if m["next"] else -1 if m["previous"] else 0))


def _weeks_later(m: re.Match[str], reference: DateInterval) -> DateInterval | None:
    """ "a week later", "two weeks earlier": the week around the day that many weeks from
    the reference's day, as "two weeks ago" is."""
    day = _single_day(reference)
    if day is None:
        return None
    count = count_of(m["n"]) * (-1 if m["back"] else 1)
    return _week_around(day + dt.timedelta(weeks=count))


def _that_year(m: re.Match[str], reference: DateInterval) -> DateInterval | None:
    """ "that year", "later that year"; "the following year", "a year later"; "the
    previous year"; with a month: "in October of that year"."""
    year = _single_year(reference)
    if year is None:
        return None
    year += 1 if m["next"] else -1 if m["previous"] else 0
    if m["n"]:
        year += count_of(m["n"]) * (-1 if m["back"] else 1)
    return _month(year, _month_number(m["month"])) if m["month"] else _year(year)


def _that_month(m: re.Match[str], reference: DateInterval) -> DateInterval | None:
    """ "that month", "the same month", "the following month", "a month later", "three
    months later", "two months earlier"."""
    start, end = reference.start, reference.end
    if start is None or end is None or (start.year, start.month) != (end.year, end.month):
        return None
    shift = 1 if m["next"] else 0
    if m["n"]:
        shift = count_of(m["n"]) * (-1 if m["back"] else 1)
    index = start.year * 12 + start.month - 1 + shift
    return _month(index // 12, index % 12 + 1)


_AFTER_WORDS = r"(?:later|after(?!\s+(?:the|his|her|their|a|an)\b))"
"""Time after the reference ("two days later"); "two days after his arrest" names its own
reference, which is not the text's latest date."""
_BEFORE_WORDS = r"(?:earlier|before(?!\s+(?:the|his|her|their|a|an|last|being)\b))"
"""Time before the reference ("two days earlier"), as `_AFTER_WORDS` after it."""
# Weeks, months and years take only "later" and "earlier": "two years after" mostly names
# its own reference ("two years after Echanis was slain").
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d)"
_ANAPHORIC_RULES: list[tuple[re.Pattern[str], AnaphoricResolver]] = [
    (
        re.compile(
            r"\b(?i:(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+(?:day|night|evening|morning|afternoon)"
            r"|(?P<next>the\s+(?:next|following)\s+(?:day|morning)|a\s+day\s+later)"
            r"|(?P<previous>the\s+(?:previous|preceding)\s+(?:day|night|evening)|a\s+day\s+earlier"
            r"|the\s+day\s+before(?=\s*[,.;:)]|\s*$))"
            rf"|(?P<n>two|three|four|five|six|[2-9])\s+days\s+{_AFTER_WORDS}"
            rf"|(?P<nback>two|three|four|five|six|[2-9])\s+days\s+{_BEFORE_WORDS})\b"
        ),
        _that_day,
    ),
    (
        re.compile(rf"\b(?i:(?P<n>a|one|{_COUNT})\s+weeks?\s+(?:later|(?P<back>earlier)))\b"),
        _weeks_later,
    ),
    (
        re.compile(
            rf"\b(?:(?i:in\s+)?(?P<month>{_MONTH})\s+(?i:of\s+)?)?(?i:(?:that|the\s+same)\s+year"
            r"|(?P<next>the\s+(?:following|next)\s+year|a\s+year\s+later)"
            r"|(?P<previous>the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:earlier|before)"
            r"|the\s+year\s+before(?!\s+(?:the|his|her|their|last)\b))"
            rf"|(?P<n>{_COUNT})\s+years\s+(?:later|(?P<back>earlier)))\b"
        ),
        _that_year,
    ),
    (
        re.compile(
            r"\b(?i:(?:that|the\s+same)\s+month|(?P<next>the\s+(?:following|next)\s+month|a\s+month\s+later)"
            rf"|(?P<n>{_COUNT})\s+months\s+(?:later|(?P<back>earlier)))\b"
        ),
        _that_month,
    ),
]


_MAYBE_DATE = re.compile(
    rf"\d|{_MONTH}|{_WEEKDAY}|(?i:spring|summer|autumn|fall|winter|yesterday|today|tonight|"
    r"night|morning|ago|last|this|recent|past|now|currently|weekend|christmas|new\s+year|"
    r"valentine|boxing)"
)

_A_MONTH = re.compile(_MONTH)
_A_DIGIT = re.compile(r"\d")
_CUES: dict[Callable[..., DateInterval | None], tuple[re.Pattern[str], ...]] = {
    _month_span: (_A_MONTH, _A_DIGIT),
    _day_span: (_A_MONTH, _A_DIGIT),
    _iso: (_A_DIGIT,),
    _numeric: (_A_DIGIT,),
    _explicit_day: (_A_MONTH, _A_DIGIT),
    _day_without_year: (_A_MONTH, _A_DIGIT),
    _month_year: (_A_MONTH, _A_DIGIT),
    _month_relative_year: (_A_MONTH,),
    _season_year: (_A_DIGIT,),
    _month_alone: (_A_MONTH,),
    _year_alone: (_A_DIGIT,),
    _weekend: (re.compile(r"(?i:weekend)"),),
    _holiday: (re.compile(r"Christmas|New\s+Year|Valentine|Boxing"),),
    _relative_season: (re.compile(r"(?i:spring|summer|autumn|fall|winter)"),),
    _weekday: (re.compile(_WEEKDAY),),
    _relative_day: (re.compile(r"(?i:yesterday|today|tonight|night|morning)"),),
    _ago: (re.compile(r"(?i:ago)"),),
    _calendar_relative: (re.compile(r"(?i:year|month|week)"),),
    _recent: (re.compile(r"(?i:days|weeks|months)"),),
    _that_day: (re.compile(r"(?i:day|night|evening|morning|afternoon)"),),
    _weeks_later: (re.compile(r"(?i:week)"),),
    _that_year: (re.compile(r"(?i:year)"),),
    _that_month: (re.compile(r"(?i:month)"),),
}
"""What every match of a rule holds, by the rule's resolver: a month name, a digit, its
unit word. A text without them skips the rule (no match is lost: a quick search)."""


def _cued(resolve: Callable[..., DateInterval | None], text: str, seen: dict[int, bool]) -> bool:
    """Whether `text` holds every cue of the rule that `resolve` reads (searched once a text)."""
    for cue in _CUES.get(resolve, ()):
        if id(cue) not in seen:
            seen[id(cue)] = cue.search(text) is not None
        if not seen[id(cue)]:
            return False
    return True


def find_dates(
    text: str,
    published: dt.date | None,
    offset: int = 0,
    reference: DateInterval | None = None,
) -> list[DateMention]:
    """Every date expression of `text`, left to right, the longest where they overlap.

    Offsets are those of `text` plus `offset` (the text's own start in the body).
    `reference` is the latest date named before `text` (see `latest_reference`): the
    date that "the next day" or "that year" at the start of `text` points back at.
    """
    candidates: list[DateMention] = []
    seen: dict[int, bool] = {}
    # A text with no digit, month, weekday or time word skips the rules.
    for pattern, resolve, weak in _RULES if _MAYBE_DATE.search(text) else []:
        if not _cued(resolve, text, seen):
            continue
        for match in pattern.finditer(text):
            interval = resolve(match, published)
            if interval is None or _after(interval, published):
                continue
            start, end = _core(match)
            interval.text = match.string[start:end]
            candidates.append(
                DateMention(offset + start, offset + end, interval.text, interval, weak)
            )
    if reference is not None or candidates:
        candidates += _anaphoric(text, published, offset, candidates, reference)
    return _join_ranges(text, offset, _longest(candidates))


def _anaphoric(
    text: str,
    published: dt.date | None,
    offset: int,
    found: list[DateMention],
    reference: DateInterval | None,
) -> list[DateMention]:
    """The expressions that point back, each resolved against the latest date before it:
    one found earlier in `text`, else the `reference` carried from before `text`."""
    mentions: list[DateMention] = []
    seen: dict[int, bool] = {}
    for pattern, resolve in _ANAPHORIC_RULES:
        if not _cued(resolve, text, seen):
            continue
        for match in pattern.finditer(text):
            before = [m for m in found if m.end <= offset + match.start() and not m.weak]
            latest = max(before, key=lambda m: m.end).interval if before else reference
            interval = resolve(match, latest) if latest is not None else None
            if interval is None or _after(interval, published):
                continue
            interval.text = match.group()
            mentions.append(
                DateMention(offset + match.start(), offset + match.end(), match.group(), interval)
            )
    return mentions


def latest_reference(
    mentions: list[DateMention], previous: DateInterval | None
) -> DateInterval | None:
    """The date the next text's "that year" points back at: the last one `mentions` names
    (words such as "now" name none), else the one before them."""
    named = [m for m in mentions if not m.weak]
    return named[-1].interval if named else previous


def _core(match: re.Match[str]) -> tuple[int, int]:
    """The words that name the time: "in April" is dated by "April", "in 2019" by "2019"
    (the preposition only told us it was a date), so "of February 26" keeps its day."""
    groups = match.groupdict()
    if "core" in groups and groups["core"] is not None:
        return match.span("core")
    return match.span()


def _after(interval: DateInterval, published: dt.date | None) -> bool:
    """An act reported in an article happened before it was published."""
    return bool(published and interval.start and interval.start > published)


def _longest(candidates: list[DateMention]) -> list[DateMention]:
    chosen: list[DateMention] = []
    for mention in sorted(candidates, key=lambda m: (m.start, -(m.end - m.start))):
        if chosen and mention.start < chosen[-1].end:
            continue
        chosen.append(mention)
    return chosen


_JOINER = re.compile(r"^\s*(?:-|–|—|to|until|till|through|and)\s*$", re.IGNORECASE)
_RANGE_OPENER = re.compile(r"(?:between|from)\s*$", re.IGNORECASE)


def _join_ranges(text: str, offset: int, mentions: list[DateMention]) -> list[DateMention]:
    """ "between March and May 2020", "from 2 to 4 June": two ends make one range."""
    joined: list[DateMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions):
            second = mentions[i + 1]
            gap = text[first.end - offset : second.start - offset]
            before = text[max(0, first.start - offset - 12) : first.start - offset]
            opened = _RANGE_OPENER.search(before) or re.match(r"(?i)between|from", first.text)
            if _JOINER.match(gap) and (gap.strip() in "-–—" or opened):
                start, end = first.interval.start, second.interval.end
                if start and end and start <= end:
                    words = text[first.start - offset : second.end - offset]
                    interval = DateInterval(start=start, end=end, granularity="range", text=words)
                    joined.append(DateMention(first.start, second.end, words, interval))
                    i += 2
                    continue
        joined.append(first)
        i += 1
    return joined


def interval_of(mention: DateMention | None) -> DateInterval:
    """A fresh interval for a coded record: the mention's, or the unknown interval."""
    if mention is None:
        return DateInterval()
    i = mention.interval
    return DateInterval(start=i.start, end=i.end, granularity=i.granularity, text=mention.text)


def resolve(expression: str, published: dt.date | None) -> DateInterval | None:
    """The interval of one date expression (the first found in it), or None."""
    found = [m for m in find_dates(expression, published) if not m.weak]
    return found[0].interval if found else None
