"""The evaluation gate: the bundled example against its hand annotation, pinned floors."""

from __future__ import annotations

from typing import Any

from docket.code.evaluate import score_gold
from docket.models import CodedReport

INCIDENT_F1_FLOOR = 0.8
INTERVENTION_F1_FLOOR = 0.5


def test_incident_f1_floor(example_coded: CodedReport, example_gold: dict[str, Any]) -> None:
    result = score_gold([(example_coded, example_gold)])
    assert (result.get("incident F1") or 0) >= INCIDENT_F1_FLOOR, result.format()


def test_every_matched_incident_has_the_right_date_and_place(
    example_coded: CodedReport, example_gold: dict[str, Any]
) -> None:
    result = score_gold([(example_coded, example_gold)])
    assert result.get("incident date accuracy") == 1.0, "\n".join(result.details)
    assert result.get("incident place accuracy") == 1.0, "\n".join(result.details)


def test_intervention_f1_floor(example_coded: CodedReport, example_gold: dict[str, Any]) -> None:
    result = score_gold([(example_coded, example_gold)])
    assert (result.get("intervention F1") or 0) >= INTERVENTION_F1_FLOOR, result.format()


def test_victims_are_the_two_men_by_name(example_coded: CodedReport) -> None:
    """ "they", "the two men", "two gay men" all resolve to the named victims."""
    for incident in example_coded.incidents:
        assert {v.name for v in incident.victims} == {"Salekh Magamadov", "Ismail Isayev"}
        # Nothing in the report calls them journalists, defenders or unionists.
        assert {v.type for v in incident.victims} == {"other"}


def test_threat_is_confirmed_and_by_relatives(example_coded: CodedReport) -> None:
    (threat,) = [i for i in example_coded.incidents if i.act == "threat"]
    assert threat.status == "confirmed"
    assert [p.name for p in threat.perpetrators] == ["relatives"]
    assert threat.perpetrators[0].type == "other non-state actors"


def test_torture_is_alleged_and_by_state_actors(example_coded: CodedReport) -> None:
    (torture,) = [i for i in example_coded.incidents if i.act == "torture"]
    assert torture.status == "alleged"
    assert torture.perpetrators[0].name == "Chechen special police"
    assert torture.perpetrators[0].type == "state actor"
    assert (torture.location.region, torture.location.country) == ("Chechnya", "Russia")


def test_flight_has_origin_and_destination(example_coded: CodedReport) -> None:
    (flight,) = [i for i in example_coded.incidents if i.act == "displacement"]
    assert flight.location.city == "Nizhny Novgorod"
    assert flight.location.origin is not None and flight.location.origin.region == "Chechnya"
    assert flight.perpetrators == []


def test_background_sentences_are_no_incidents(example_coded: CodedReport) -> None:
    quoted = " ".join(e.text for i in example_coded.incidents for e in i.evidence)
    assert "homosexuals exist" not in quoted and "high-profile investigations" not in quoted


def test_every_incident_names_its_coder(example_coded: CodedReport) -> None:
    assert all(i.coder == "docket.rules+lr/1" for i in example_coded.incidents)
    assert example_coded.coder == "docket.rules+lr/1"


def test_recoding_gives_the_same_result(
    coder: object, example_report: object, example_coded: CodedReport
) -> None:
    again = coder.code(example_report)  # type: ignore[attr-defined]
    assert again.incidents == example_coded.incidents
    assert again.interventions == example_coded.interventions


def test_an_intervention_takes_the_date_of_the_act_it_made_possible(
    example_coded: CodedReport,
) -> None:
    # "The LGBT Network rights group, which had helped the two men flee, ...": the help
    # came when they fled, "last summer" (2020-06-01/2020-08-31).
    [evacuation] = [i for i in example_coded.interventions if i.type == "evacuation"]
    assert (str(evacuation.date.start), str(evacuation.date.end)) == ("2020-06-01", "2020-08-31")
    assert not evacuation.date.inferred  # the sentence ties the help to the flight
    [date] = [e for e in evacuation.evidence if e.field == "date"]
    assert date.text == "last summer"
    assert example_coded.report.text[date.start : date.end] == date.text
    # An intervention that names no act lies between the latest act against the people it
    # was for ("returned to Chechnya earlier this year") and publication: a range, with
    # that act's date as its evidence; "now at risk" dates a state, not an act.
    [petition] = [i for i in example_coded.interventions if i.type == "petition"]
    assert (str(petition.date.start), str(petition.date.end)) == ("2021-01-01", "2021-04-29")
    assert petition.date.granularity == "range"
    assert petition.date.inferred  # the text names no date for the petition itself
    [date] = [e for e in petition.evidence if e.field == "date"]
    assert date.text == "earlier this year"
    assert example_coded.report.text[date.start : date.end] == date.text
