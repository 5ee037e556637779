from __future__ import annotations

import json
from pathlib import Path

import pytest

from docket.cli import main
from tests.conftest import EXAMPLE

AFP = Path(__file__).resolve().parents[1] / "link" / "fixtures" / "afp-2021-02-06-detention.md"


def test_two_reports_one_case_with_the_detention_dated_to_the_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "ingest", "-q", str(EXAMPLE), str(AFP)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "cases", "--json"]) == 0
    cases = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["--db", db, "people", "--json"]) == 0
    people = {p["id"]: p for p in map(json.loads, capsys.readouterr().out.splitlines())}
    [case] = [c for c in cases if len(c["person_ids"]) == 2]
    assert {people[p]["name"] for p in case["person_ids"]} >= {"Salekh Magamadov"}
    detention = [
        e
        for e in case["timeline"]
        if e["date"]["start"] == "2021-02-04" and e["date"]["end"] == "2021-02-04"
    ]
    assert detention, "the February detention is dated to the day"
    assert detention[0]["independent_sources"] == 2
    assert case["first"]["start"].startswith("2020-04")
    assert case["last"]["end"] >= "2021-04"
    assert main(["--db", db, "case", str(case["id"])]) == 0
    timeline = capsys.readouterr().out
    assert "2021-02-04" in timeline and "r1:" in timeline and "r2:" in timeline
    # The petition's span is the coder's inference in both reports' telling.
    [petition] = [line for line in timeline.splitlines() if ": petition" in line]
    assert "(inferred)" in petition
    assert "(inferred)" not in next(x for x in timeline.splitlines() if "2021-02-04" in x)


def test_people_query_and_unknown_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "ingest", "-q", str(EXAMPLE)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "people", "magamadov"]) == 0
    out = capsys.readouterr().out
    assert "Salekh Magamadov" in out and "Ismail Isayev" not in out
    assert main(["--db", db, "case", "99"]) == 1
    assert "no case with id 99" in capsys.readouterr().err


def test_people_decisions_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert main(["--db", db, "ingest", "-q", str(EXAMPLE)]) == 0

    def people() -> dict[str, int]:
        capsys.readouterr()
        assert main(["--db", db, "people", "--json"]) == 0
        rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
        return {p["name"]: p["id"] for p in rows}

    before = people()
    salekh, ismail = before["Salekh Magamadov"], before["Ismail Isayev"]
    assert main(["--db", db, "people", "merge", str(ismail), str(salekh)]) == 0
    assert "merged" in capsys.readouterr().out
    assert len(people()) == len(before) - 1
    assert main(["--db", db, "people", "decisions"]) == 0
    assert "people.merge" in capsys.readouterr().out
    assert main(["--db", db, "people", "revoke", "1"]) == 0
    assert people() == before  # the ids users saw come back
    assert main(["--db", db, "people", "revoke", "1"]) == 1
    assert "no decision 1 in force" in capsys.readouterr().err
    assert main(["--db", db, "incidents", "--help"]) == 0
    assert "incidents merge A B" in capsys.readouterr().out
