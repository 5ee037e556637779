"""Acts joined by "or": the report says each victim suffered one or the other, not which."""

from __future__ import annotations

import datetime as dt

import pytest

from docket.code import Coder
from docket.models import Report


def _acts(coder: Coder, text: str) -> set[str]:
    report = Report(title="", text=text, published=dt.date(2021, 5, 1))
    [(doc, incidents)] = coder.rules([report])
    assert doc is not None
    return {i.act for i in incidents}


@pytest.mark.parametrize(
    "text",
    [
        "The report cited six activists who were assaulted or abducted by security agents.",
        "Uighurs whose relatives had been imprisoned or killed by the police were visited.",
        "Several people were killed or reportedly abducted in the village.",
    ],
)
def test_acts_joined_by_or_are_not_asserted(coder: Coder, text: str) -> None:
    assert _acts(coder, text) == set()


def test_acts_joined_by_and_stay(coder: Coder) -> None:
    text = "The report cited six activists who were assaulted and abducted by security agents."
    assert {"assault", "abduction"} <= _acts(coder, text)


def test_or_before_a_word_that_is_no_act_leaves_the_act(coder: Coder) -> None:
    text = "Thousands of protesters have been tortured or abused by the police."
    assert "torture" in _acts(coder, text)


def test_a_detention_stands_when_the_seizure_it_would_fold_into_is_disjoined(
    coder: Coder,
) -> None:
    text = (
        "Police arrested John Smith on Monday; his brothers were beaten or kidnapped by the gang."
    )
    assert "arbitrary_detention" in _acts(coder, text)
