"""Which capitalised phrases are people, and the full form of a one-word name."""

from __future__ import annotations

import pytest

from docket.code.victims import full_name, is_person_name


@pytest.mark.parametrize(
    "name", ["Julian Assange", "Ihar Losik", "Nasser Abu Bakr", "Roman Protasevich's"]
)
def test_people_are_people(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Alleged Killings",  # an act, not a person
        "Everett Massacre",
        "Xingyi Prison",  # an institution
        "Social Media Bill",
        "Tamil Guardian",
        "Although Ndayishimiye",  # a sentence start glued to a name
        "Adjourns Ruling On Twitter",  # a headline in title case
        "Moscow",  # a place
        "ZhangJialong",  # a hashtag
    ],
)
def test_not_people(name: str) -> None:
    assert not is_person_name(name)


def test_full_name_drops_words_the_report_writes_in_lower_case() -> None:
    plain = (
        "Three journalists were detained. Getty Images Journalists Abdifatah Mohamed was "
        "held. Abdifatah spoke to reporters."
    )
    assert full_name(plain, "Abdifatah") is None  # "Getty Images" is no given name here
    plain = "Police detained Ihar Losik on Monday. Losik denied the charges."
    assert full_name(plain, "Losik") == "Ihar Losik"
