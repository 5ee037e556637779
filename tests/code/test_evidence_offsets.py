"""Every field of every incident points at the stored body: text[start:end] == evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from docket.code import Coder
from docket.models import CodedReport, Report

INVENTED = [
    # Small reports written for these tests, in the styles the coder meets.
    Report(
        title="Two journalists detained in Minsk",
        text=(
            "MINSK — Police in **Minsk** detained two journalists, Anna Petrova and Ivan Sidorov, "
            "on Tuesday, their editor said.\n\n"
            "The two were beaten in custody, according to the [Belarusian Association of "
            "Journalists](https://example.org/baj). The interior ministry denied the "
            "allegations.\n\n"
            "Petrova was released on Friday."
        ),
        published=dt.date(2021, 3, 6),
    ),
    Report(
        title="Activist abducted",
        text=(
            "Gunmen abducted the land rights activist Maria Lopez from her home in Oaxaca, Mexico, "
            "last week. Her whereabouts remain unknown, her family said.\n\n"
            "Lopez had received death threats since 2019."
        ),
        published=dt.date(2022, 5, 12),
    ),
]


def _assert_offsets(report: Report, coded: CodedReport) -> None:
    spans = [e for i in coded.incidents for e in i.evidence]
    spans += [e for i in coded.interventions for e in i.evidence]
    for evidence in spans:
        assert 0 <= evidence.start < evidence.end <= len(report.text)
        assert report.text[evidence.start : evidence.end] == evidence.text


def test_example_offsets(example_report: Report, example_coded: CodedReport) -> None:
    assert example_coded.incidents
    _assert_offsets(example_report, example_coded)


def test_every_incident_field_has_evidence(example_coded: CodedReport) -> None:
    for incident in example_coded.incidents:
        fields = {e.field for e in incident.evidence}
        assert {"act", "victims", "location"} <= fields
        assert ("date" in fields) == (incident.date.start is not None)
        assert ("perpetrators" in fields) == bool(incident.perpetrators)


@pytest.mark.parametrize("report", INVENTED, ids=["minsk", "oaxaca"])
def test_invented_report_offsets(coder: Coder, report: Report) -> None:
    coded = coder.code(report)
    assert coded.incidents
    _assert_offsets(report, coded)


def test_minsk_report(coder: Coder) -> None:
    coded = coder.code(INVENTED[0])
    acts = {i.act for i in coded.incidents}
    assert {"arbitrary_detention", "torture"} <= acts
    detention = next(i for i in coded.incidents if i.act == "arbitrary_detention")
    assert {v.name for v in detention.victims} == {"Anna Petrova", "Ivan Sidorov"}
    assert all(v.type == "journalist" for v in detention.victims)
    assert detention.date.start == dt.date(2021, 3, 2)
    assert detention.location.city == "Minsk" and detention.location.country == "Belarus"
    assert detention.perpetrators and detention.perpetrators[0].type == "state actor"
    torture = next(i for i in coded.incidents if i.act == "torture")
    assert (torture.status, torture.attribution) == ("denied", "The interior ministry")
    assert {v.name for v in torture.victims} == {"Anna Petrova", "Ivan Sidorov"}
    release = next(i for i in coded.interventions if i.type == "release")
    assert release.beneficiaries == ["Anna Petrova"] and release.actor is None


def test_oaxaca_report(coder: Coder) -> None:
    coded = coder.code(INVENTED[1])
    abduction = next(i for i in coded.incidents if i.act == "abduction")
    assert [v.name for v in abduction.victims] == ["Maria Lopez"]
    assert abduction.victims[0].type == "human rights defender"
    assert abduction.perpetrators[0].type == "other actors without permissions"
    assert abduction.location.country == "Mexico"
    assert abduction.date.granularity == "range"
