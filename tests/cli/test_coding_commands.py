from __future__ import annotations

import json

import jsonschema
import pytest

from docket.cli import main
from docket.code import schema
from tests.conftest import EXAMPLE


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("coded") / "d.sqlite3")
    assert main(["--db", db, "ingest", "--quiet", str(EXAMPLE)]) == 0
    return db


def test_ingest_codes_and_extract_prints_valid_json(
    coded_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", coded_db, "extract", "--json", str(EXAMPLE)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    jsonschema.validate(record, schema())
    assert record["document"]["id"] == 1
    assert record["incidents"], "the example reports incidents"
    assert main(["--db", coded_db, "show", "1", "--text"]) == 0
    text = capsys.readouterr().out
    for item in record["incidents"] + record["interventions"]:
        for evidence in item["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_incidents_filters_and_recoding_keeps_nothing_twice(
    coded_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--db", coded_db, "incidents", "--json"]) == 0
    everything = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert main(["--db", coded_db, "incidents", "--json", "--act", "torture"]) == 0
    tortures = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert tortures and all(i["act"] == "torture" for i in tortures)
    assert len(tortures) < len(everything)
    assert main(["--db", coded_db, "incidents", "--json", "--until", "2019-12-31"]) == 0
    assert capsys.readouterr().out == ""
    # A country by any of its names or its code, as the coder writes it ("Russia").
    for country in ("Russia", "RU", "Russian Federation"):
        assert main(["--db", coded_db, "incidents", "--json", "--country", country]) == 0
        assert len(capsys.readouterr().out.splitlines()) == len(everything)
    assert main(["--db", coded_db, "code", "--all", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--db", coded_db, "incidents", "--json"]) == 0
    again = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(again) == len(everything)


def test_nothing_to_code(coded_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", coded_db, "code"]) == 0
    assert "nothing to code" in capsys.readouterr().out


def test_the_table_marks_an_inferred_date(
    coded_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The petition names no date of its own; the help to flee is dated "last summer".
    capsys.readouterr()
    assert main(["--db", coded_db, "extract", str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [petition] = [line for line in lines if "  petition  " in line]
    [evacuation] = [line for line in lines if "  evacuation  " in line]
    assert "2021-01-01/2021-04-29 (inferred)" in petition
    assert "2020-06-01/2020-08-31" in evacuation and "(inferred)" not in evacuation


def test_the_table_names_the_place_not_the_demonym(
    coded_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # "tortured by Chechen special police": the gazetteer places it in Chechnya.
    capsys.readouterr()
    assert main(["--db", coded_db, "extract", str(EXAMPLE)]) == 0
    lines = capsys.readouterr().out.splitlines()
    [torture] = [line for line in lines if "  torture  " in line]
    assert "  Chechnya  " in torture
    [flight] = [line for line in lines if "  displacement  " in line]
    assert "Chechnya -> Nizhny Novgorod" in flight
