"""Mentions of one event merge into one incident, whatever the length of the names."""

from __future__ import annotations

import datetime as dt

from docket.code import Coder
from docket.code.merge import one_spelling, same_party
from docket.models import Incident, Party, Report


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


def test_one_person_written_with_and_without_accents_is_one_victim(coder: Coder) -> None:
    text = (
        "Police arrested the journalist Hermínio Silves in Bissau on Monday.\n\n"
        "Two days later, unknown men beat the journalist Herminio Silves in the street."
    )
    coded = coder.code(Report(id=1, title="t", text=text, published=dt.date(2021, 4, 29)))
    names = {v.name for i in coded.incidents for v in i.victims}
    assert names == {"Hermínio Silves"}
    spans = {coded.report.text[e.start : e.end] for i in coded.incidents for e in i.evidence}
    assert "Herminio Silves" in spans  # the evidence still points at the text as written


def test_one_spelling_keeps_the_accented_form_and_drops_repeats() -> None:
    first = Incident(
        act="threat", victims=[Party(name="Amadou Vamoulke"), Party(name="AMADOU VAMOULKÉ")]
    )
    second = Incident(
        act="torture", victims=[Party(name="Amadou Vamoulké"), Party(name="Samira Sabou")]
    )
    one_spelling([first, second])
    assert [v.name for v in first.victims] == ["Amadou Vamoulké"]
    assert [v.name for v in second.victims] == ["Amadou Vamoulké", "Samira Sabou"]
