"""Reports that retell one event hundreds of times, or run as one endless paragraph: the
coder keeps a bounded record and its offsets stay exact."""

from __future__ import annotations

import datetime as dt

from docket.code import Coder
from docket.code.merge import MAX_SPANS_PER_FIELD
from docket.models import Report

LEAD = (
    "The police said that they had been at the house of the man and his wife for a long "
    "time, and it was not clear what they were looking for in the city.\n\n"
)


def test_a_retold_event_keeps_a_bounded_number_of_spans(coder: Coder) -> None:
    text = LEAD + "He was arrested. " * 300
    coded = coder.code(Report(title="x", text=text, published=dt.date(2021, 1, 1)))
    [incident] = [i for i in coded.incidents if i.act == "arbitrary_detention"]
    assert incident.extra["mentions"] == 300
    acts = [e for e in incident.evidence if e.field == "act"]
    assert len(acts) == MAX_SPANS_PER_FIELD
    assert all(text[e.start : e.end] == e.text for e in incident.evidence)


def test_one_endless_paragraph_still_types_its_victims(coder: Coder) -> None:
    filler = "The marches went on through the night and the day after. " * 400
    text = LEAD + filler + "Police detained the journalist Ihar Losik in Minsk on Monday."
    coded = coder.code(Report(title="x", text=text, published=dt.date(2021, 1, 6)))
    victims = [v for i in coded.incidents for v in i.victims if v.name == "Ihar Losik"]
    assert victims and victims[0].type == "journalist"
