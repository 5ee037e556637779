"""The classifier's veto drops passing mentions, not the story the headline announces."""

from __future__ import annotations

import datetime as dt

from docket.code.classifier import VIOLATION_LABELS, Prediction
from docket.code.document import read
from docket.code.incidents import build_incidents
from docket.code.merge import merge_incidents
from docket.code.scoring import blend

UNLIKELY = Prediction(
    violations={label: 0.0 for label in VIOLATION_LABELS},
    perpetrator_type="state actor",
    perpetrator_probability=0.9,
    thresholds={label: {"veto": 0.5, "add": 0.99} for label in VIOLATION_LABELS},
)


def _acts(title: str, text: str) -> list[tuple[str, int]]:
    doc = read(text, title, dt.date(2020, 7, 6))
    kept = blend(doc, merge_incidents(build_incidents(doc)), UNLIKELY)
    return [(i.act, i.extra["sentence"]) for i in kept]


BODY = (
    "Two protesters were arrested in the East End today on a picket line.\n\n"
    "The union said the council had not replied. Years ago two of its members were "
    "arrested at a march."
)


def test_the_headline_act_reported_first_survives_the_veto() -> None:
    assert _acts("Two arrested outside transport depot", BODY) == [("arbitrary_detention", 0)]


def test_without_the_headline_the_lead_act_is_vetoed_like_any_other() -> None:
    assert _acts("Council workers strike", BODY) == []


def test_a_headline_charge_is_no_story_of_its_own() -> None:
    text = "Two men were charged today with the theft of a car.\n\nThe trial opens in May."
    assert _acts("Two charged over theft", text) == []
