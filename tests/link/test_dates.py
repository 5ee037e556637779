from __future__ import annotations

import dataclasses

from docket.link.dates import gap_days, overlap, refine
from docket.models import DateInterval
from tests.link.scenario import d


def test_agreeing_sources_give_the_narrowest_interval() -> None:
    this_year = d("2021-01-01", "2021-04-29", "range", "earlier this year")
    thursday = d("2021-02-04", text="on Thursday")
    refined = refine([this_year, thursday])
    assert (refined.date.start, refined.date.end) == (thursday.start, thursday.end)
    assert refined.date.granularity == "day"
    assert refined.disagreeing == ()


def test_an_intersection_that_is_no_source_is_a_range() -> None:
    refined = refine([d("2021-01-01", "2021-02-15"), d("2021-02-01", "2021-03-31")])
    assert str(refined.date.start) == "2021-02-01" and str(refined.date.end) == "2021-02-15"
    assert refined.date.granularity == "range"


def test_a_tie_between_disagreeing_sources_is_not_decided() -> None:
    june, july = d("2020-06-01", "2020-06-30", "month"), d("2020-07-01", "2020-07-31", "month")
    refined = refine([june, july])
    assert refined.agreeing == () and refined.disagreeing == (0, 1)
    assert (refined.date.start, refined.date.end) == (june.start, july.end)


def test_the_majority_speaks_and_the_other_is_listed() -> None:
    june, july = d("2020-06-01", "2020-06-30", "month"), d("2020-07-01", "2020-07-31", "month")
    refined = refine([june, d("2020-06-10"), july])
    assert refined.agreeing == (0, 1) and refined.disagreeing == (2,)
    assert str(refined.date.start) == "2020-06-10"


def test_unknown_dates_are_ignored() -> None:
    refined = refine([DateInterval(), d("2020-06-10")])
    assert refined.agreeing == (1,)
    assert refine([DateInterval()]).date == DateInterval()


def test_overlap_and_gap() -> None:
    assert overlap(d("2020-06-01", "2020-06-30"), d("2020-06-30", "2020-07-31"))
    assert gap_days(d("2020-06-01", "2020-06-30"), d("2020-07-01", "2020-07-31")) == 1
    assert gap_days(d("2020-07-01", "2020-07-31"), d("2020-06-01", "2020-06-30")) == 1
    assert overlap(DateInterval(), d("2020-06-01"))


def test_a_date_only_an_inference_narrows_stays_inferred() -> None:
    # "earlier this year" is the text's; a narrative date inside it narrows it to a day
    # the text never tied to the act: the event's date is the coder's inference.
    this_year = d("2021-01-01", "2021-04-29", "range", "earlier this year")
    guessed = dataclasses.replace(d("2021-02-04", text="on Thursday"), inferred=True)
    assert refine([this_year, guessed]).date.inferred
    # Had a source's text said the day, the inference adds nothing.
    said = d("2021-02-04", text="on 4 February")
    assert not refine([this_year, guessed, said]).date.inferred
    # Undecided sources span from the earliest to the latest: inferred if a bound is.
    june = d("2020-06-01", "2020-06-30", "month")
    july = dataclasses.replace(d("2020-07-01", "2020-07-31", "month"), inferred=True)
    assert refine([june, july]).date.inferred
    assert not refine([june, d("2020-07-01", "2020-07-31", "month")]).date.inferred
