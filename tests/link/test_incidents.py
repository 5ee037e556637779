"""One act reported twice is one incident; its date sharpens; its conflicts are kept."""

from __future__ import annotations

import dataclasses

from docket.link import link
from docket.link.refs import INCIDENT, EventRef
from docket.link.result import EventCluster, LinkResult
from tests.link.scenario import d, incident, simple

PAIR = ("Salekh Magamadov", "Ismail Isayev")


def cluster(res: LinkResult, rid: int, item: int = 0) -> EventCluster:
    return res.events[res.cluster_of[EventRef(rid, INCIDENT, item)] - 1]


def test_the_same_act_twice_is_one_incident_with_two_sources() -> None:
    res = link(
        [
            simple(
                1, "", incident("arbitrary_detention", *PAIR, date=d("2021-01-01", "2021-04-29"))
            ),
            simple(2, "", incident("arbitrary_detention", *PAIR, date=d("2021-02-04"))),
        ]
    )
    (event,) = res.events
    assert len(event.sources) == 2 and event.independent_sources == 2
    assert str(event.date.start) == str(event.date.end) == "2021-02-04"
    assert event.merge_reasons


def test_compatible_acts_with_agreeing_dates_merge() -> None:
    res = link(
        [
            simple(1, "", incident("abduction", *PAIR, date=d("2021-01-01", "2021-04-29"))),
            simple(2, "", incident("arbitrary_detention", *PAIR, date=d("2021-02-04"))),
        ]
    )
    (event,) = res.events
    assert event.act == "arbitrary_detention/abduction"


def test_compatible_acts_do_not_merge_without_dates() -> None:
    res = link(
        [
            simple(1, "", incident("abduction", *PAIR)),
            simple(2, "", incident("arbitrary_detention", *PAIR)),
        ]
    )
    assert len(res.events) == 2


def test_compatible_acts_do_not_merge_on_an_inferred_date() -> None:
    # The second report names no date for the detention: the coder took the narrative's.
    guessed = dataclasses.replace(d("2021-02-04"), inferred=True)
    res = link(
        [
            simple(1, "", incident("abduction", *PAIR, date=d("2021-01-01", "2021-04-29"))),
            simple(2, "", incident("arbitrary_detention", *PAIR, date=guessed)),
        ]
    )
    assert len(res.events) == 2
    # The same act still merges: its dates agree, as an undated one's would.
    res = link(
        [
            simple(
                1, "", incident("arbitrary_detention", *PAIR, date=d("2021-01-01", "2021-04-29"))
            ),
            simple(2, "", incident("arbitrary_detention", *PAIR, date=guessed)),
        ]
    )
    (event,) = res.events
    assert event.date.inferred  # the day is only the coder's inference


def test_incompatible_acts_stay_apart() -> None:
    res = link(
        [
            simple(1, "", incident("torture", *PAIR, date=d("2020-04-01", "2020-04-30"))),
            simple(
                2, "", incident("arbitrary_detention", *PAIR, date=d("2020-04-01", "2020-04-30"))
            ),
        ]
    )
    assert len(res.events) == 2


def test_other_people_are_another_incident() -> None:
    res = link(
        [
            simple(1, "", incident("arbitrary_detention", "Ismail Isayev", date=d("2021-02-04"))),
            simple(2, "", incident("arbitrary_detention", "Ruslan Karimov", date=d("2021-02-04"))),
        ]
    )
    assert len(res.events) == 2


def test_the_same_act_months_apart_is_two_incidents() -> None:
    res = link(
        [
            simple(
                1, "", incident("arbitrary_detention", *PAIR, date=d("2020-04-01", "2020-04-30"))
            ),
            simple(2, "", incident("arbitrary_detention", *PAIR, date=d("2021-02-04"))),
        ]
    )
    assert len(res.events) == 2


def test_dates_a_month_apart_are_one_act_in_conflict() -> None:
    june = d("2020-06-01", "2020-06-30", "month", "in June 2020")
    july = d("2020-07-01", "2020-07-31", "month", "in July 2020")
    res = link(
        [
            simple(1, "", incident("displacement", *PAIR, date=june)),
            simple(2, "", incident("displacement", *PAIR, date=july)),
        ]
    )
    (event,) = res.events
    (conflict,) = event.conflicts
    assert conflict.field == "date"
    shown = dict(conflict.values)
    assert "in June 2020" in shown[EventRef(1, INCIDENT, 0)]
    assert "in July 2020" in shown[EventRef(2, INCIDENT, 0)]
    assert event.date.granularity == "range"  # not averaged: the span both allow


def test_a_vague_date_does_not_chain_two_detentions() -> None:
    res = link(
        [
            simple(1, "", incident("arbitrary_detention", *PAIR, date=d("2021-01-10"))),
            simple(2, "", incident("abduction", *PAIR, date=d("2021-01-01", "2021-04-29"))),
            simple(3, "", incident("arbitrary_detention", *PAIR, date=d("2021-03-20"))),
        ]
    )
    assert cluster(res, 1) is not cluster(res, 3)


def test_place_and_perpetrator_conflicts_are_listed() -> None:
    res = link(
        [
            simple(
                1, "", incident("killing", *PAIR, date=d("2021-02-04"), place="Grozny", by="FSB")
            ),
            simple(
                2,
                "",
                incident(
                    "killing", *PAIR, date=d("2021-02-04"), place="Makhachkala", by="Chechen police"
                ),
            ),
        ]
    )
    (event,) = res.events
    assert {c.field for c in event.conflicts} == {"place", "perpetrators"}


def test_a_vague_perpetrator_is_no_conflict() -> None:
    res = link(
        [
            simple(
                1, "", incident("abduction", *PAIR, date=d("2021-02-04"), by="unidentified men")
            ),
            simple(2, "", incident("abduction", *PAIR, date=d("2021-02-04"), by="FSB")),
        ]
    )
    assert res.events[0].conflicts == ()


def test_copies_of_one_story_count_as_one_source() -> None:
    text = " ".join(f"word{i}" for i in range(60))
    res = link(
        [
            simple(1, text, incident("raid", "Ali Hassan", date=d("2021-02-04"))),
            simple(2, text + " more", incident("raid", "Ali Hassan", date=d("2021-02-04"))),
        ]
    )
    (event,) = res.events
    assert len(event.sources) == 2 and event.independent_sources == 1


def test_unnamed_victims_merge_only_between_copies() -> None:
    text = " ".join(f"word{i}" for i in range(60))
    copies = [
        simple(1, text, incident("raid", "the activists", date=d("2021-02-04"))),
        simple(2, text, incident("raid", "the activists", date=d("2021-02-04"))),
    ]
    assert len(link(copies).events) == 1
    others = [
        simple(1, text, incident("raid", "the activists", date=d("2021-02-04"))),
        simple(2, "", incident("raid", "the activists", date=d("2021-02-04"))),
    ]
    assert len(link(others).events) == 2


def test_an_incident_split_decision_holds() -> None:
    from docket.link import CannotLink, Constraints

    reports = [
        simple(1, "", incident("arbitrary_detention", *PAIR, date=d("2021-02-04"))),
        simple(2, "", incident("arbitrary_detention", *PAIR, date=d("2021-02-04"))),
    ]
    rule = CannotLink(EventRef(1, INCIDENT, 0), EventRef(2, INCIDENT, 0), "ana")
    assert len(link(reports, Constraints(cannot=(rule,))).events) == 2
