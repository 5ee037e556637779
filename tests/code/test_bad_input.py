"""Bad input gives an empty result or a CodingError with a reason, never a crash."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from docket.code import Coder
from docket.errors import CodingError
from docket.models import Report


def test_empty_text_gives_an_empty_result(coder: Coder) -> None:
    for text in ("", "   \n\n  "):
        coded = coder.code(Report(title="Empty", text=text, published=dt.date(2021, 1, 1)))
        assert coded.incidents == [] and coded.interventions == []


def test_another_language_is_refused_with_a_reason(coder: Coder) -> None:
    text = (
        "La police a arrêté le journaliste à Minsk lundi, et des militants ont déclaré qu'il "
        "avait été battu pendant sa détention. Les autorités n'ont pas commenté l'affaire. "
    ) * 3
    with pytest.raises(CodingError, match="English"):
        coder.code(Report(title="Arrestation", text=text, published=None))


def test_declared_language_is_respected(coder: Coder) -> None:
    with pytest.raises(CodingError, match="'ru'"):
        coder.code(Report(title="x", text="Police arrested him.", published=None, language="ru"))


def test_a_batch_goes_on_after_a_refusal(coder: Coder) -> None:
    reports = [
        Report(title="a", text="Police arrested him.", published=None, language="ru"),
        Report(title="b", text="Police arrested the activist Jane Doe on Monday.", published=None),
    ]
    results = []
    for report in reports:
        try:
            results.append(coder.code(report))
        except CodingError as exc:
            results.append(exc)
    assert isinstance(results[0], CodingError)
    assert not isinstance(results[1], CodingError) and results[1].incidents


def test_five_megabytes_of_text(coder: Coder) -> None:
    words = "police arrested the journalist in Minsk on Monday and activists said he was beaten"
    wall = (words + " ") * (5_000_000 // (len(words) + 1))
    started = time.perf_counter()
    coded = coder.code(Report(title="wall", text=wall, published=dt.date(2021, 1, 1)))
    assert time.perf_counter() - started < 60
    for incident in coded.incidents:
        for evidence in incident.evidence:
            assert wall[evidence.start : evidence.end] == evidence.text


def test_no_publication_date_invents_no_date(coder: Coder) -> None:
    text = "Police detained the activist Jane Doe on Thursday. She was released in April 2020."
    coded = coder.code(Report(title="x", text=text, published=None))
    (detention,) = [i for i in coded.incidents if i.act == "arbitrary_detention"]
    assert detention.date.start is None and detention.date.granularity is None


def test_text_must_be_a_string(coder: Coder) -> None:
    with pytest.raises(CodingError, match="text"):
        coder.code(Report(title="x", text=None, published=None))  # type: ignore[arg-type]
