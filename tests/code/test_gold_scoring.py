from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from docket.code.evaluate.gold import (
    date_matches,
    evaluate_gold,
    gold_interval,
    party_matches,
    place_matches,
    score_gold,
)
from docket.errors import CodingError
from docket.models import CodedReport, DateInterval, Incident, Party, Place, Report

D = dt.date


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Salekh Magamadov", "Salekh Magamadov", True),
        ("Magamadov", "Salekh Magamadov", True),
        ("Magamadow", "Salekh Magamadov", True),  # a transliteration slip
        ("Ismail Isayev", "Salekh Magamadov", False),
        ("two gay men", "the two men", True),  # the same number
        ("317 girls", "schoolgirls", False),
        ("journalists", "three journalists", True),  # a shared content word
    ],
)
def test_party_matches(predicted: str, gold: str, expected: bool) -> None:
    assert party_matches(predicted, gold) is expected


def test_gold_intervals() -> None:
    assert gold_interval("2020-04") == (D(2020, 4, 1), D(2020, 4, 30))
    assert gold_interval("2020-12") == (D(2020, 12, 1), D(2020, 12, 31))
    assert gold_interval("2021") == (D(2021, 1, 1), D(2021, 12, 31))
    assert gold_interval("2021-01-01/2021-04-29") == (D(2021, 1, 1), D(2021, 4, 29))


@pytest.mark.parametrize(
    ("start", "end", "gold", "expected"),
    [
        (D(2020, 4, 3), D(2020, 4, 3), "2020-04", True),  # inside
        (D(2020, 3, 29), D(2020, 4, 30), "2020-04", True),  # three days' slack
        (D(2020, 3, 1), D(2020, 4, 30), "2020-04", False),  # a month too early
        (D(2021, 4, 29), D(2021, 4, 29), "2021-01-01/2021-04-29", True),
        (D(2021, 1, 1), D(2021, 12, 31), "2021-01-01/2021-04-29", False),  # too wide
        (None, None, "2020-04", False),
        (None, None, None, True),
    ],
)
def test_date_matches(
    start: dt.date | None, end: dt.date | None, gold: str | None, expected: bool
) -> None:
    assert date_matches(DateInterval(start=start, end=end), gold) is expected


def test_place_matches() -> None:
    assert place_matches(Place(text="Chechnya", region="Chechnya", country="Russia"), "Chechnya")
    assert place_matches(
        Place(text="Nizhny Novgorod", city="Nizhny Novgorod"), "Chechnya -> Nizhny Novgorod"
    )
    assert not place_matches(Place(text="Moscow", city="Moscow", country="Russia"), "Chechnya")
    assert not place_matches(Place(text="Minsk police station"), "Moscow police station")


def _incident(act: str, victim: str, date: tuple[dt.date, dt.date] | None, place: str) -> Incident:
    interval = (
        DateInterval(start=date[0], end=date[1], granularity="day") if date else DateInterval()
    )
    return Incident(
        act=act, victims=[Party(name=victim)], date=interval, location=Place(text=place)
    )


def test_one_to_one_matching_and_optional_gold() -> None:
    report = Report(title="t", text="x", published=D(2021, 1, 1))
    coded = CodedReport(
        report=report,
        incidents=[
            _incident("arbitrary_detention", "Jane Doe", (D(2020, 5, 2), D(2020, 5, 2)), "Minsk"),
            _incident("arbitrary_detention", "Jane Doe", (D(2020, 5, 3), D(2020, 5, 3)), "Minsk"),
            _incident("torture", "Jane Doe", None, "Minsk"),
            _incident("killing", "John Roe", None, "Minsk"),
        ],
    )
    where = {"victims": ["Jane Doe"], "location": "Minsk"}
    gold: dict[str, Any] = {
        "incidents": [
            {"act": "arbitrary_detention", "date": "2020-05", **where},
            {"act": ["torture", "assault"], "date": "2020-05", "required": False, **where},
            {"act": "threat", "date": "2020", **where},
        ]
    }
    result = score_gold([(coded, gold)])
    # tp 1 (detention), optional torture match counts neither way; fp: 2nd detention, killing;
    # fn: threat.
    assert result.get("incident P") == pytest.approx(1 / 3)
    assert result.get("incident R") == pytest.approx(1 / 2)
    assert result.get("incident date accuracy") == pytest.approx(1 / 2)
    assert result.get("incident place accuracy") == 1.0
    assert "incident F1" in result.format()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no *.gold.json in"),
        ("{bad", "x.gold.json: not JSON (line 1"),
        ("[]", 'x.gold.json: no "document"'),
        ('{"document": "missing.md"}', "its report"),
    ],
)
def test_a_bad_gold_file_is_one_clear_error(
    tmp_path: Path, content: str | None, message: str
) -> None:
    if content is not None:
        (tmp_path / "x.gold.json").write_text(content, encoding="utf-8")
    with pytest.raises(CodingError, match=re.escape(message)):
        evaluate_gold([tmp_path], coder=None)
