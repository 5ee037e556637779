"""The issue's done-when scenario, and determinism."""

from __future__ import annotations

import random

from docket.link import link
from docket.link.refs import INCIDENT, INTERVENTION, EventRef
from tests.link.scenario import afp, afp_copy, example, rferl


def test_the_example_and_the_afp_report_give_one_case_for_the_two_men() -> None:
    res = link([example(), afp()])
    (case,) = res.cases
    names = sorted(res.people[p - 1].name for p in case.person_ids)
    assert names == ["Ismail Isayev", "Salekh Magamadov"]
    assert case.first is not None and case.last is not None
    assert (str(case.first.start), str(case.first.end)) == ("2020-04-01", "2020-04-30")
    assert case.timeline[-1].act == "protection_granted"
    assert str(case.last.start)[:7] == "2021-04"


def test_the_february_detention_is_dated_to_the_day_with_both_sources() -> None:
    res = link([example(), afp()])
    event = res.events[res.cluster_of[EventRef(2, INCIDENT, 0)] - 1]
    assert str(event.date.start) == str(event.date.end) == "2021-02-04"
    assert event.date.granularity == "day"
    assert {s.event.report_id for s in event.sources} == {1, 2}
    assert res.cluster_of[EventRef(1, INCIDENT, 3)] == event.id  # the example's seizure
    assert event.independent_sources == 2
    assert any("earlier this year" in q for s in event.sources for q in s.quotes)


def test_the_april_2020_detention_carries_both_sources() -> None:
    res = link([example(), afp()])
    assert res.cluster_of[EventRef(1, INCIDENT, 0)] == res.cluster_of[EventRef(2, INCIDENT, 3)]


def test_interventions_for_the_two_men_are_in_their_case() -> None:
    res = link([example(), afp()])
    (case,) = res.cases
    ids = {e.id for e in case.timeline}
    assert res.cluster_of[EventRef(1, INTERVENTION, 0)] in ids
    assert res.cluster_of[EventRef(1, INTERVENTION, 1)] in ids


def test_a_syndicated_copy_is_a_source_but_not_an_independent_one() -> None:
    res = link([example(), afp(), afp_copy()])
    assert res.duplicate_groups[3] == res.duplicate_groups[2] == 2
    event = res.events[res.cluster_of[EventRef(2, INCIDENT, 0)] - 1]
    assert {s.event.report_id for s in event.sources} == {1, 2, 3}
    assert event.independent_sources == 2


def test_june_against_july_is_kept_as_a_conflict() -> None:
    res = link([example(), afp(), rferl()])
    flight = res.events[res.cluster_of[EventRef(2, INCIDENT, 2)] - 1]
    assert res.cluster_of[EventRef(4, INCIDENT, 0)] == flight.id
    (conflict,) = [c for c in flight.conflicts if c.field == "date"]
    said = dict(conflict.values)
    assert "June 2020" in said[EventRef(2, INCIDENT, 2)]
    assert "July 2020" in said[EventRef(4, INCIDENT, 0)]


def test_the_same_input_in_any_order_gives_the_same_result() -> None:
    reports = [example(), afp(), afp_copy(), rferl()]
    first = link(reports)
    shuffled = reports[:]
    random.Random(7).shuffle(shuffled)
    assert link(shuffled) == first
