"""HRDsAttack scoring on invented articles in the dataset's format (no dataset text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from docket.code.evaluate.hrdsattack import (
    answer,
    article_report,
    evaluate_hrdsattack,
    gold_labels,
    score_hrdsattack,
    victim_type_of,
)
from docket.errors import CodingError
from docket.models import CodedReport, DateInterval, Incident, Party, Place


def item(**labels: Any) -> dict[str, Any]:
    merged = {
        "perpetrator_type": "state actor",
        "violation_types": ["arbitrary detention"],
        "year": "2021.0",
        "month": "February",
        "date": "4.0",
        "city": "None",
        "region": "None",
        "country": "USA",
        "victims": [],
    } | labels
    return {
        "sample": {
            "Input.GLOBALEVENTID": 1,
            "Input.title": "Reporter held &amp; questioned",
            "Input.publish_date": "2021-02-06 10:00:00",
            "Input.article_interface": (
                "<p>Police detained a <b>reporter</b>.</p> <p>She was freed.</p>"
            ),
        },
        "merged_sample": merged,
    }


def test_article_report_is_plain_paragraphs() -> None:
    report = article_report(item())
    assert report.text == "Police detained a reporter.\n\nShe was freed."
    assert report.title == "Reporter held & questioned"
    assert report.published == dt.date(2021, 2, 6)


def test_labels_are_normalised() -> None:
    gold = gold_labels(
        item(victims=[{"victim_name": "Jane Doe", "victim_type": ["insufficient information"]}])
    )
    assert (gold.country, gold.year, gold.month, gold.day) == ("US", 2021, 2, 4)
    assert gold.city is None and gold.region is None
    assert gold.victims == [("Jane Doe", frozenset({"other"}))]
    assert gold_labels(item(month="02", violation_types=["unknown", "killing"])).month == 2
    assert gold_labels(item(violation_types=["unknown", "killing"])).violations == {"killing"}


def _coded(report: Any, incidents: list[Incident]) -> CodedReport:
    return CodedReport(report=report, incidents=incidents)


def test_answer_uses_the_most_confident_incident_but_all_acts() -> None:
    report = article_report(item())
    day = DateInterval(start=dt.date(2021, 2, 4), end=dt.date(2021, 2, 4), granularity="day")
    main = Incident(
        act="arbitrary_detention",
        victims=[Party(name="Jane Doe", type="journalist")],
        perpetrators=[Party(name="police", type="state actor")],
        date=day,
        location=Place(city="Chicago", region="Illinois", country="United States"),
        confidence=0.9,
    )
    minor = Incident(act="threat", victims=[Party(name="two reporters")], confidence=0.3)
    flight = Incident(act="displacement", victims=[Party(name="Jane Doe")], confidence=1.0)
    labels = answer(_coded(report, [main, minor, flight]))
    assert labels.violations == {"arbitrary detention", "other"}
    assert (labels.country, labels.city, labels.year, labels.month, labels.day) == (
        "US",
        "chicago",
        2021,
        2,
        4,
    )
    assert [n for n, _ in labels.victims] == ["Jane Doe"]
    assert labels.perpetrator_type == "state actor"


def test_the_named_victims_are_the_answers_names() -> None:
    victims = [
        "Loujain al-Hathloul",
        "Mir Shakil-ur-Rehman",
        "two gay men",
        "Ann de Vries",
        "Uyghur Muslims",
    ]
    incident = Incident(act="arbitrary_detention", victims=[Party(name=v) for v in victims])
    labels = answer(_coded(article_report(item()), [incident]))
    assert [n for n, _ in labels.victims] == [
        "Loujain al-Hathloul",
        "Mir Shakil-ur-Rehman",
        "Ann de Vries",
    ]


def test_no_incident_answers_unknown() -> None:
    labels = answer(_coded(article_report(item()), []))
    assert labels.violations == {"unknown"} and labels.country is None


def test_scores() -> None:
    items = [
        item(victims=[{"victim_name": "Jane Doe", "victim_type": ["journalist"]}]),
        item(country="None", violation_types=["killing"]),
    ]
    day = DateInterval(start=dt.date(2021, 2, 4), end=dt.date(2021, 2, 4), granularity="day")
    first = Incident(
        act="arbitrary_detention",
        victims=[Party(name="Jane Doe", type="journalist")],
        date=day,
        location=Place(country="United States"),
        perpetrators=[Party(name="police", type="state actor")],
    )
    coded = [
        _coded(article_report(items[0]), [first]),
        _coded(
            article_report(items[1]), [Incident(act="torture", victims=[Party(name="Ann Roe")])]
        ),
    ]
    result = score_hrdsattack([gold_labels(i) for i in items], coded)
    assert result.get("violation type F1") == pytest.approx(0.5)
    assert result.get("country") == 1.0  # the article without a country label is not scored
    assert result.get("city") is None
    assert result.get("year") == 0.5 and result.get("day") == 0.5
    assert result.get("victim name fuzzy F1") == pytest.approx(2 / 3)
    assert result.get("victim type") == 1.0


def test_victim_type_lookup_ignores_accents() -> None:
    """A label without the text's accents still means the coded person."""
    report = article_report(item())
    coded = _coded(
        report,
        [
            Incident(
                act="arbitrary_detention",
                victims=[Party(name="Amadou Vamoulké", type="journalist")],
            )
        ],
    )
    assert victim_type_of(coded, "Amadou Vamoulke") == "journalist"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{bad", "h.json: not JSON (line 1"),
        ("{}", "h.json: not a list of HRDsAttack articles"),
        ('[{"x": 1}]', "h.json: article 0 is not an HRDsAttack article (no 'sample')"),
    ],
)
def test_a_bad_hrdsattack_file_is_one_clear_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "h.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CodingError, match=re.escape(message)):
        evaluate_hrdsattack(path, coder=None)
