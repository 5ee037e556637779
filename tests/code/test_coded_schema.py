from __future__ import annotations

import datetime as dt
import hashlib

import jsonschema

from docket.code import Coder, schema, to_json
from docket.models import CodedReport, Report

SHA = hashlib.sha256(b"example").hexdigest()


def test_example_is_valid(example_coded: CodedReport) -> None:
    data = to_json(example_coded, document_id=1, sha256=SHA)
    jsonschema.validate(data, schema())
    assert data["document"] == {
        "id": 1,
        "url": example_coded.report.url,
        "title": example_coded.report.title,
        "published": "2021-04-29",
        "sha256": SHA,
    }
    assert data["incidents"] and data["interventions"]


def test_movement_has_from(example_coded: CodedReport) -> None:
    data = to_json(example_coded, document_id=1, sha256=SHA)
    flight = next(i for i in data["incidents"] if i["act"] == "displacement")
    assert flight["location"]["from"]["region"] == "Chechnya"
    assert flight["date"] == {
        "start": "2020-06-01",
        "end": "2020-08-31",
        "granularity": "season",
        "text": "last summer",
        "inferred": False,
    }


def test_empty_result_is_valid(coder: Coder) -> None:
    coded = coder.code(Report(title=None, text="Nothing happened here.", published=None))
    data = to_json(coded, document_id=7, sha256=SHA)
    jsonschema.validate(data, schema())
    assert data["incidents"] == [] and data["document"]["published"] is None


def test_invalid_output_would_be_caught() -> None:
    """The schema check is not vacuous: a wrong act fails it."""
    report = Report(title="t", text="x", published=dt.date(2021, 1, 1))
    data = to_json(CodedReport(report=report), document_id=1, sha256=SHA)
    data["incidents"] = [{"act": "jaywalking"}]
    try:
        jsonschema.validate(data, schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("schema accepted an unknown act")


def test_an_inferred_date_says_so(example_coded: CodedReport) -> None:
    # The petition's range is worked out from the acts before it; the detention's month
    # is the text's ("in April 2020").
    data = to_json(example_coded, document_id=1, sha256=SHA)
    [petition] = [i for i in data["interventions"] if i["type"] == "petition"]
    assert petition["date"]["inferred"] is True
    detention = next(i for i in data["incidents"] if i["act"] == "arbitrary_detention")
    assert detention["date"]["text"] == "April 2020" and detention["date"]["inferred"] is False
