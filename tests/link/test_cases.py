from __future__ import annotations

from docket.link import link
from docket.models import Intervention
from tests.link.scenario import d, incident, simple


def test_co_victims_form_one_case_and_a_person_alone_a_case_of_one() -> None:
    res = link(
        [
            simple(
                1,
                "",
                incident(
                    "arbitrary_detention", "Salekh Magamadov", "Ismail Isayev", date=d("2020-04-10")
                ),
            ),
            simple(
                2, "", incident("threat", "Ismail Isaev", "Ruslan Karimov", date=d("2021-01-05"))
            ),
            simple(3, "", incident("threat", "Nina Petrova", date=d("2021-01-05"))),
        ]
    )
    sizes = sorted(len(c.person_ids) for c in res.cases)
    assert sizes == [1, 3]


def test_the_timeline_is_in_date_order_with_undated_last() -> None:
    res = link(
        [
            simple(
                1,
                "",
                incident("threat", "Nina Petrova"),
                incident("assault", "Nina Petrova", date=d("2021-03-01")),
                incident("raid", "Nina Petrova", date=d("2020-01-01", "2020-12-31")),
            )
        ]
    )
    (case,) = res.cases
    assert [e.act for e in case.timeline] == ["raid", "assault", "threat"]
    assert case.first is not None and str(case.first.start) == "2020-01-01"
    assert case.last is not None and str(case.last.start) == "2021-03-01"


def test_an_intervention_joins_its_people_case_but_joins_no_people() -> None:
    help_both = Intervention(
        type="legal_aid", beneficiaries=["Nina Petrova", "Oleg Orlov"], date=d("2021-05-01")
    )
    res = link(
        [
            simple(
                1,
                "",
                incident("threat", "Nina Petrova", date=d("2021-01-05")),
                incident("raid", "Oleg Orlov", date=d("2021-01-05")),
                interventions=(help_both,),
            )
        ]
    )
    assert len(res.cases) == 2
    assert all(c.timeline[-1].act == "legal_aid" for c in res.cases)
