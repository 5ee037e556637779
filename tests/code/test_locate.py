"""Where an act took place, and the report's main city as the last resort."""

from __future__ import annotations

import datetime as dt

from docket.code import Coder
from docket.code.document import read
from docket.code.locate import dominant_city
from docket.models import Report

PUBLISHED = dt.date(2021, 5, 10)


def _places(coder: Coder, title: str, text: str) -> list[tuple[str, str | None, str | None]]:
    coded = coder.code(Report(title=title, text=text, published=PUBLISHED))
    return [(i.act, i.location.city, i.location.country) for i in coded.incidents]


def test_main_city_is_named_at_least_twice_in_the_country() -> None:
    text = (
        "Protests continued in Minsk on Sunday.\n\n"
        "Riot police in Minsk beat marchers, witnesses said. The marches went on. "
        "Officials in Moscow declined to comment."
    )
    doc = read(text, "Crackdown in Belarus", PUBLISHED)
    city = dominant_city(doc, "BY")
    assert city is not None and city.text == "Minsk" and text[city.start : city.end] == "Minsk"
    assert dominant_city(doc, "RU") is None  # Moscow comes up once, after the lead


def test_a_country_level_place_is_narrowed_to_the_main_city(coder: Coder) -> None:
    text = (
        "Thousands marched in Minsk on Sunday against the election result.\n\n"
        "Police detained the journalist Ihar Losik in Belarus on Saturday, his wife said. "
        "Minsk has seen daily protests since August."
    )
    places = _places(coder, "Protests in Minsk", text)
    assert ("arbitrary_detention", "Minsk", "Belarus") in places


def test_no_city_when_the_report_names_none_twice(coder: Coder) -> None:
    text = (
        "Police detained the journalist Ihar Losik in Belarus on Saturday, his wife said. "
        "He had reported from Brest."
    )
    places = _places(coder, "Journalist detained", text)
    assert ("arbitrary_detention", None, "Belarus") in places
