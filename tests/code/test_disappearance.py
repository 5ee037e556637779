"""Enforced disappearance against kidnapping and missing-person cases."""

from __future__ import annotations

import datetime as dt

import pytest

from docket.code import Coder
from docket.code.acts import find_acts
from docket.models import Report


def labels(sentence: str) -> set[str]:
    return {t.label for t in find_acts(sentence)}


def _acts(coder: Coder, text: str) -> set[str]:
    [(_, incidents)] = coder.rules([Report(title="", text=text, published=dt.date(2021, 5, 1))])
    return {i.act for i in incidents}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested a man in connection with the disappearance of Ann Lee.",
        "Detectives are treating her disappearance as a murder investigation.",
        "A witness linked the suspect to the girl's disappearance.",
        "She spoke for the families of the disappeared, who want answers.",
        "The boy went missing on his way home from school.",
    ],
)
def test_missing_person_cases_are_no_enforced_disappearance(sentence: str) -> None:
    assert "enforced_disappearance" not in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are concerned about the disappearance of the journalist Omar Ali.",
        "The activist was abducted in March and has not been heard from since.",
        "The disappeared activist was a teacher.",
        "She went missing in February; her whereabouts remain unknown.",
    ],
)
def test_disappearances_are_found(sentence: str) -> None:
    assert "enforced_disappearance" in labels(sentence)


def test_abducted_and_disappeared_is_one_abduction(coder: Coder) -> None:
    text = "Gunmen abducted and disappeared the teacher Omar Ali in the village in March."
    assert _acts(coder, text) == {"abduction"}


def test_abducted_and_not_heard_from_is_a_disappearance(coder: Coder) -> None:
    text = "The teacher Omar Ali was abducted in March and has not been heard from since."
    assert {"abduction", "enforced_disappearance"} <= _acts(coder, text)
