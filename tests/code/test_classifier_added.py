"""A type the classifier adds comes from a trigger the rules would accept."""

from __future__ import annotations

import datetime as dt

from docket.code.document import read
from docket.code.scoring import _from_classifier


def test_an_added_type_skips_a_free_return_home() -> None:
    text = (
        "She later returned to Barcelona to see old friends.\n\n"
        "In 2019 he was forcibly returned to Uzbekistan by the police."
    )
    doc = read(text, "A life", dt.date(2021, 5, 1))
    added = _from_classifier(doc, "other")
    assert added is not None
    assert added.extra["sentence"] == 1
