"""Intervention triggers: which words report a release, and which only look as if they did."""

from __future__ import annotations

import pytest

from docket.code.acts import find_interventions


def labels(sentence: str) -> list[tuple[str, str]]:
    return [(t.label, t.text) for t in find_interventions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was released on Monday.", "released"),
        ("The High Court on Friday granted her bail.", "granted her bail"),
        (
            "The court ordered the unconditional release of 46 students.",
            "ordered the unconditional release",
        ),
    ],
)
def test_releases(sentence: str, expected: str) -> None:
    assert labels(sentence) == [("release", expected)]


@pytest.mark.parametrize(
    "sentence",
    ["He is seen in a video released Thursday.", "The report released by the group said so."],
)
def test_released_things_are_no_release(sentence: str) -> None:
    assert labels(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Amnesty International condemned the arrest.", "condemned"),
        ("Twenty countries voiced concern on Monday at alleged torture.", "voiced concern"),
        ("The UN expressed grave concern about the arrests.", "expressed grave concern"),
        ("The EU deplored the verdict.", "deplored"),
    ],
)
def test_statements(sentence: str, expected: str) -> None:
    assert ("statement", expected) in labels(sentence)
