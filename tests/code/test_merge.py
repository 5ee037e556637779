"""Mentions of one event merge into one incident, whatever the length of the names."""

from __future__ import annotations

import datetime as dt

from docket.code import Coder
from docket.code.merge import same_party
from docket.models import Report


def test_retellings_of_one_event_merge_even_with_short_names(coder: Coder) -> None:
    text = (
        "Police arrested the reporter Li Wei in Minsk on Monday.\n\n"
        "Li Wei was arrested on Monday, her lawyer said."
    )
    [(_, incidents)] = coder.rules(
        [Report(id=1, title="t", text=text, published=dt.date(2021, 4, 29))]
    )
    detentions = [i for i in incidents if i.act == "arbitrary_detention"]
    assert len(detentions) == 1
    assert detentions[0].extra["mentions"] == 2


def test_same_party() -> None:
    assert same_party("Ismail Isayev", "Isayev")
    assert same_party("Li Wei", "Li Wei")
    assert not same_party("Li Wei", "Bo Wei")  # short words alone are no evidence
    assert not same_party("two men", "three men")
