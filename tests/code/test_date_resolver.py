from __future__ import annotations

import datetime as dt

import pytest

from docket.code.dates import _ANAPHORIC_RULES, _CUES, _RULES, counted_back, find_dates, resolve

THU_2021_04_29 = dt.date(2021, 4, 29)
SAT_2021_02_06 = dt.date(2021, 2, 6)
D = dt.date


@pytest.mark.parametrize(
    ("expression", "published", "start", "end", "granularity"),
    [
        # The cases DESIGN.md names.
        ("last summer", THU_2021_04_29, D(2020, 6, 1), D(2020, 8, 31), "season"),
        ("on Thursday", SAT_2021_02_06, D(2021, 2, 4), D(2021, 2, 4), "day"),
        ("earlier this year", THU_2021_04_29, D(2021, 1, 1), D(2021, 4, 29), "range"),
        ("in April 2020", THU_2021_04_29, D(2020, 4, 1), D(2020, 4, 30), "month"),
        ("in August, 2013", None, D(2013, 8, 1), D(2013, 8, 31), "month"),
        # Explicit dates in their usual spellings.
        ("April 29, 2021", None, D(2021, 4, 29), D(2021, 4, 29), "day"),
        ("29 April 2021", None, D(2021, 4, 29), D(2021, 4, 29), "day"),
        ("2021-02-04", None, D(2021, 2, 4), D(2021, 2, 4), "day"),
        ("on Feb. 4", SAT_2021_02_06, D(2021, 2, 4), D(2021, 2, 4), "day"),
        ("the 4th of February, 2021", None, D(2021, 2, 4), D(2021, 2, 4), "day"),
        ("25/12/2020", None, D(2020, 12, 25), D(2020, 12, 25), "day"),
        # A day without a year is the latest one not (much) after publication.
        ("on December 28", D(2021, 1, 3), D(2020, 12, 28), D(2020, 12, 28), "day"),
        ("in December", THU_2021_04_29, D(2020, 12, 1), D(2020, 12, 31), "month"),
        ("in March", THU_2021_04_29, D(2021, 3, 1), D(2021, 3, 31), "month"),
        ("in 2019", THU_2021_04_29, D(2019, 1, 1), D(2019, 12, 31), "year"),
        ("the 2014 abduction", THU_2021_04_29, D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("the summer of 2019", None, D(2019, 6, 1), D(2019, 8, 31), "season"),
        ("last winter", THU_2021_04_29, D(2020, 12, 1), D(2021, 2, 28), "season"),
        ("last summer", D(2021, 10, 2), D(2021, 6, 1), D(2021, 8, 31), "season"),
        ("As recently as 2014", THU_2021_04_29, D(2014, 1, 1), D(2014, 12, 31), "year"),
        ("in mid-March", THU_2021_04_29, D(2021, 3, 1), D(2021, 3, 31), "month"),
        ("until mid-2019", THU_2021_04_29, D(2019, 1, 1), D(2019, 12, 31), "year"),
        # "Since" dates the onset of a lasting state ("held since 2018"), as HRDsAttack does.
        ("missing since 2018", THU_2021_04_29, D(2018, 1, 1), D(2018, 12, 31), "year"),
        # Relative days, weeks, months, years.
        ("yesterday", THU_2021_04_29, D(2021, 4, 28), D(2021, 4, 28), "day"),
        ("last Thursday", THU_2021_04_29, D(2021, 4, 22), D(2021, 4, 22), "day"),
        ("three days ago", THU_2021_04_29, D(2021, 4, 26), D(2021, 4, 26), "day"),
        ("last week", THU_2021_04_29, D(2021, 4, 19), D(2021, 4, 25), "range"),
        ("last month", THU_2021_04_29, D(2021, 3, 1), D(2021, 3, 31), "month"),
        ("earlier this month", THU_2021_04_29, D(2021, 4, 1), D(2021, 4, 29), "range"),
        ("last year", THU_2021_04_29, D(2020, 1, 1), D(2020, 12, 31), "year"),
        ("two years ago", THU_2021_04_29, D(2019, 1, 1), D(2019, 12, 31), "year"),
        # A month of a year named relatively.
        ("in January last year", THU_2021_04_29, D(2020, 1, 1), D(2020, 1, 31), "month"),
        ("March of this year", THU_2021_04_29, D(2021, 3, 1), D(2021, 3, 31), "month"),
        # Weekends: the latest one begun by publication; "last" at a weekend is the one before.
        ("last weekend", THU_2021_04_29, D(2021, 4, 24), D(2021, 4, 25), "range"),
        ("over the weekend", THU_2021_04_29, D(2021, 4, 24), D(2021, 4, 25), "range"),
        ("last weekend", SAT_2021_02_06, D(2021, 1, 30), D(2021, 1, 31), "range"),
        ("this weekend", SAT_2021_02_06, D(2021, 2, 6), D(2021, 2, 6), "range"),
        # Fixed-date holidays.
        ("on Christmas Day", THU_2021_04_29, D(2020, 12, 25), D(2020, 12, 25), "day"),
        ("on New Year's Eve 2019", None, D(2019, 12, 31), D(2019, 12, 31), "day"),
        ("Valentine’s Day", THU_2021_04_29, D(2021, 2, 14), D(2021, 2, 14), "day"),
        # Ranges.
        ("between March and May 2020", None, D(2020, 3, 1), D(2020, 5, 31), "range"),
        ("from 2 to 4 June 2020", None, D(2020, 6, 2), D(2020, 6, 4), "range"),
        ("June 2-4, 2020", None, D(2020, 6, 2), D(2020, 6, 4), "range"),
    ],
)
def test_resolves(
    expression: str, published: dt.date | None, start: dt.date, end: dt.date, granularity: str
) -> None:
    interval = resolve(expression, published)
    assert interval is not None
    assert (interval.start, interval.end, interval.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "expression", ["last summer", "on Thursday", "earlier this year", "in December", "yesterday"]
)
def test_no_publication_date_gives_no_relative_date(expression: str) -> None:
    assert resolve(expression, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "He may be released.",  # the modal verb is no month
        "The 2,000 protesters marched.",
        "03/04/2021",  # day-first or month-first cannot be told apart
        "the 1990s",
        "next week",
        "the Christmas holidays",  # a season of festivities, not the day
        # A month's abbreviation that starts a name is no month.
        "the school in the town of Jangebe",
        "the arrest of Mary Ekere",
        "Boro Stojcev from Novo Selo",
        # A weekday in a feast's or an event's name is not the latest such weekday.
        "after the Easter Sunday bombings",
        "the Bloody Sunday inquiry",
        "Black Friday sales",
        # A weekday ahead is a plan or a deadline, not the latest such day.
        "He will appear in court next Monday.",
        "The ministry must decide by this Friday.",
        "They meet this coming Tuesday.",
    ],
)
def test_no_invented_dates(text: str) -> None:
    assert resolve(text, THU_2021_04_29) is None


def test_dates_after_publication_are_dropped() -> None:
    assert resolve("on May 5, 2021", THU_2021_04_29) is None


def test_day_is_kept_when_a_number_follows() -> None:
    found = find_dates("On February 26, 317 girls were kidnapped.", D(2021, 3, 8))
    assert [(m.text, m.interval.start) for m in found] == [("February 26", D(2021, 2, 26))]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen invaded the school on Monday, February 19, 2018.", D(2018, 2, 19)),
        ("On Sunday August 15, the military raided his home.", D(2020, 8, 15)),
        ("Police came on Tuesday, Oct. 6, and took him.", D(2020, 10, 6)),
        ("He was held on Monday, 19 February 2018.", D(2018, 2, 19)),
    ],
)
def test_a_weekday_before_a_date_is_that_dates(text: str, day: dt.date) -> None:
    # "Monday, February 19, 2018" is one day, not the Monday before publication as well.
    found = find_dates(text, D(2020, 10, 20))
    assert [(m.interval.start, m.interval.end) for m in found] == [(day, day)]


def test_offsets_index_the_text() -> None:
    text = "Police detained him on Thursday and released him in April 2020."
    for mention in find_dates(text, SAT_2021_02_06, offset=100):
        assert text[mention.start - 100 : mention.end - 100] == mention.text


def test_now_is_weak() -> None:
    (mention,) = find_dates("They are now at risk.", THU_2021_04_29)
    assert mention.weak and mention.interval.start == THU_2021_04_29


@pytest.mark.parametrize(
    ("text", "expression", "start", "end", "granularity"),
    [
        # Days after a named day, in the same sentence or the next.
        (
            "Arrested on March 3, 2020, he was freed the next day.",
            "the next day",
            D(2020, 3, 4),
            D(2020, 3, 4),
            "day",
        ),
        (
            "On May 5, 2020 he was held. Two days later he died.",
            "Two days later",
            D(2020, 5, 7),
            D(2020, 5, 7),
            "day",
        ),
        (
            "He was seized on 2 June 2019 and beaten the same day.",
            "the same day",
            D(2019, 6, 2),
            D(2019, 6, 2),
            "day",
        ),
        # Years and months pointing back at the latest year or month named.
        (
            "Gaddafi was killed in 2011. In October of that year, the city fell.",
            "In October of that year",
            D(2011, 10, 1),
            D(2011, 10, 31),
            "month",
        ),
        (
            "He was detained in 2019. Later that year he was tortured.",
            "that year",
            D(2019, 1, 1),
            D(2019, 12, 31),
            "year",
        ),
        (
            "He was detained in 2019. The following year he fled.",
            "The following year",
            D(2020, 1, 1),
            D(2020, 12, 31),
            "year",
        ),
        (
            "She fled in 2018; the previous year she had been beaten.",
            "the previous year",
            D(2017, 1, 1),
            D(2017, 12, 31),
            "year",
        ),
        (
            "Held in June 2018, he was released a month later.",
            "a month later",
            D(2018, 7, 1),
            D(2018, 7, 31),
            "month",
        ),
        # Parts of the day, days before, and counts of weeks, months and years.
        (
            "He was seized on 11 November 1919. That night he was lynched.",
            "That night",
            D(1919, 11, 11),
            D(1919, 11, 11),
            "day",
        ),
        (
            "Protesters rallied on March 1, 2021; 18 were killed the previous day.",
            "the previous day",
            D(2021, 2, 28),
            D(2021, 2, 28),
            "day",
        ),
        (
            "He was freed on 3 June 2019, having been beaten the day before.",
            "the day before",
            D(2019, 6, 2),
            D(2019, 6, 2),
            "day",
        ),
        (
            "Seized on May 5, 2020, he was freed a week later.",
            "a week later",
            D(2020, 5, 9),
            D(2020, 5, 15),
            "range",
        ),
        (
            "In January 2020 five men were arrested. In the same month two women were abducted.",
            "the same month",
            D(2020, 1, 1),
            D(2020, 1, 31),
            "month",
        ),
        (
            "Held in June 2018, he was released three months later.",
            "three months later",
            D(2018, 9, 1),
            D(2018, 9, 30),
            "month",
        ),
        (
            "Liu was jailed in 2014. He died three years later.",
            "three years later",
            D(2017, 1, 1),
            D(2017, 12, 31),
            "year",
        ),
    ],
)
def test_expressions_that_point_back_resolve_against_the_latest_date(
    text: str, expression: str, start: dt.date, end: dt.date, granularity: str
) -> None:
    found = {m.text: m.interval for m in find_dates(text, THU_2021_04_29)}
    interval = found[expression]
    assert (interval.start, interval.end, interval.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "He was released the next day.",  # nothing named before: no invented date
        "He was seized in 2019 and beaten the same day.",  # a year gives no day
        "He was freed two days after his arrest.",  # "after his arrest" is its own reference
    ],
)
def test_expressions_that_point_back_at_nothing_resolve_to_nothing(text: str) -> None:
    assert [m.text for m in find_dates(text, THU_2021_04_29) if "day" in m.text] == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # "the day before" a clause, "two years after" an event: their own references.
        ("On 3 June 2019 he died, the day before he was due in court.", ["3 June 2019"]),
        ("He was seized in 2012 and died two years after his release.", ["2012"]),
    ],
)
def test_expressions_with_their_own_reference_do_not_point_back(
    text: str, named: list[str]
) -> None:
    assert [m.text for m in find_dates(text, THU_2021_04_29)] == named


def test_the_reference_carries_from_an_earlier_text() -> None:
    (first,) = find_dates("In March 2019 police raided the office.", THU_2021_04_29)
    (later,) = find_dates("Later that year the editor fled.", THU_2021_04_29, 0, first.interval)
    assert (later.interval.start, later.interval.end) == (D(2019, 1, 1), D(2019, 12, 31))


@pytest.mark.parametrize(
    ("end", "count", "unit", "start", "last", "granularity"),
    [
        # Counted back from a day: as exact as the count.
        ("yesterday", 5, "months", D(2020, 11, 1), D(2020, 11, 30), "month"),
        ("on Tuesday", 3, "days", D(2021, 4, 24), D(2021, 4, 24), "day"),
        ("on Tuesday", 2, "weeks", D(2021, 4, 10), D(2021, 4, 16), "range"),
        ("in May 2020", 2, "years", D(2018, 1, 1), D(2018, 12, 31), "year"),
        # From a coarser end, its span moved back.
        ("last year", 22, "years", D(1998, 1, 1), D(1998, 12, 31), "year"),
        ("last week", 3, "days", D(2021, 4, 16), D(2021, 4, 22), "range"),
        ("in March", 1, "month", D(2021, 2, 1), D(2021, 2, 28), "month"),
    ],
)
def test_a_stay_counted_back_from_its_end_starts_that_long_before(
    end: str, count: int, unit: str, start: dt.date, last: dt.date, granularity: str
) -> None:
    interval = resolve(end, THU_2021_04_29)
    assert interval is not None
    began = counted_back(interval, count, unit)
    assert began is not None
    assert (began.start, began.end, began.granularity) == (start, last, granularity)


_CUE_EXAMPLES = (
    "between March and May 2020",
    "from 2 to 4 June 2019",
    "June 2-4, 2019",
    "2021-02-04",
    "04/02/2021",
    "April 29, 2021",
    "29th of April 2021",
    "on April 29",
    "the 29 April",
    "in April of 2020",
    "in March of last year",
    "over the weekend",
    "on Christmas Eve 2019",
    "New Year's Day",
    "in the summer of 2018",
    "last winter",
    "since mid-March",
    "in the end of 2019",
    "their 2018 report",
    "on Tuesday",
    "the day before yesterday",
    "last night",
    "two weeks ago",
    "earlier this month",
    "in recent weeks",
    "now",
    "the following morning",
    "three days later",
    "a week later",
    "in October of that year",
    "two months earlier",
)


def test_every_match_of_a_rule_holds_its_cues() -> None:
    # A rule is skipped for a text without its cues: that must never lose a match.
    rules = [(p, r) for p, r, _ in _RULES] + list(_ANAPHORIC_RULES)
    matched = 0
    for text in _CUE_EXAMPLES:
        for pattern, resolver in rules:
            for match in pattern.finditer(text):
                matched += 1
                for cue in _CUES.get(resolver, ()):
                    assert cue.search(match.group()), (text, resolver.__name__)
    assert matched >= len(_CUE_EXAMPLES)
    assert all(_CUES.get(r) for _, r, _ in _RULES if r.__name__ != "_now")
    assert all(_CUES.get(r) for _, r in _ANAPHORIC_RULES)
