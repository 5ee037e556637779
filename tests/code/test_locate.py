"""Where an act took place, and the report's main city as the last resort."""

from __future__ import annotations

import datetime as dt

import pytest

from docket.code import Coder
from docket.code.document import Name, confirm_places, read, settle_homonyms
from docket.code.locate import country_shares, dominant_city, dominant_country
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


def test_a_shared_name_is_the_place_in_the_country_the_report_names() -> None:
    # "Leon" alone is first the Spanish province; in a report about Nicaragua it is León.
    text = (
        "Riot police beat marchers in Leon on Monday, witnesses said.\n\n"
        "Nicaragua has seen a crackdown on critics of the government since 2018."
    )
    doc = read(text, "Crackdown in Nicaragua", PUBLISHED)
    assert doc.sentences[0].places[0].entry.country_code == "ES"
    settle_homonyms(doc)
    assert doc.sentences[0].places[0].entry.country_code == "NI"


def test_a_foreign_alternate_name_alone_is_no_place() -> None:
    # "Federal Capital" is an alternate name of Washington; nothing else here is American.
    text = "Gunmen kidnapped six people in the Federal Capital area of Nigeria on Monday."
    doc = read(text, "Six kidnapped", PUBLISHED)
    settle_homonyms(doc)
    assert [m.entry.country_code for info in doc.sentences for m in info.places] == ["NG"]


def test_the_place_of_the_act_is_the_locative_one_nearest_the_trigger(coder: Coder) -> None:
    # Both countries follow "in"; the act's place is the one next to "detained".
    text = "Amina Diallo, who now lives in France, says she was detained in Egypt in 2019."
    places = _places(coder, "A survivor speaks", text)
    assert ("arbitrary_detention", None, "Egypt") in places
    assert all(country != "France" for _, _, country in places)


def test_without_a_locative_the_first_place_named_stands(coder: Coder) -> None:
    text = "India and Brazil have both detained journalists this year, the group said."
    places = _places(coder, "Press freedom report", text)
    assert [country for _, _, country in places] == ["India"]


def test_a_country_name_is_a_region_where_the_report_names_only_its_country() -> None:
    # "Niger" in a Nigerian report is Niger State; where Niamey is named it is Niger.
    text = "Gunmen kidnapped pupils in Niger on Wednesday.\n\nNigeria's police said..."
    doc = read(text, "Niger Governor speaks", PUBLISHED)
    settle_homonyms(doc)
    assert [m.entry.country_code for m in doc.title_places] == ["NG"]
    assert doc.sentences[0].places[0].entry.kind == "region"
    doc = read(text + " A court in Niamey met.", "Niger Governor speaks", PUBLISHED)
    settle_homonyms(doc)
    assert doc.sentences[0].places[0].entry.country_code == "NE"


def test_an_unconfirmed_small_city_stands_as_its_namesake_region() -> None:
    # No NER here: "Leon" is too small a city to stand unconfirmed, yet still León.
    text = "Police beat marchers in Leon on Monday, Nicaraguan witnesses said."
    doc = read(text, "Crackdown", PUBLISHED)
    confirm_places(doc)
    assert [(m.text, m.entry.country_code) for m in doc.sentences[0].places] == [
        ("Leon", "NI"),
        ("Nicaraguan", "NI"),
    ]


def test_a_name_the_text_calls_a_city_stays_a_place_whatever_ner_reads() -> None:
    text = "She was kidnapped in the city of Bryan. Bryan spoke."
    doc = read(text, "Kidnapped", PUBLISHED)
    first, second = doc.sentences
    # NER reads both mentions as a person's name.
    for info in (first, second):
        (mention,) = info.places
        info.names = [Name(mention.start, mention.end, mention.text, "PERSON")]
    confirm_places(doc)
    assert [m.text for m in first.places] == ["Bryan"]
    assert second.places == []


def test_a_small_town_all_a_report_names_of_its_country_is_no_place() -> None:
    # Toronto's Scarborough is not England's; a foreign town comes with its country.
    text = "TORONTO -- Three men were kidnapped in Scarborough.\n\nToronto police said so."
    doc = read(text, "Kidnapping", PUBLISHED)
    settle_homonyms(doc)
    assert [m.text for info in doc.sentences for m in info.places] == ["TORONTO", "Toronto"]
    text = "Police in Toronto said he was held in Scarborough, in England."
    doc = read(text, "Held", PUBLISHED)
    settle_homonyms(doc)
    assert "Scarborough" in [m.text for m in doc.sentences[0].places]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Police searched Praia da Luz in Portugal and the Praia da Luz beach.", ["PT"]),
        ("Gunmen killed a teacher in Valle del Cauca.", []),
        ("Pupils from Agusan del Norte were held in Cebu, Philippines.", ["PH", "PH"]),
        ("Pupils from Davao del Norte were held in Cebu, Philippines.", ["PH", "PH", "PH"]),
        ("Students of the Universidad de Chile were held.", ["CL"]),  # a country stays
    ],
)
def test_a_place_that_begins_or_ends_a_longer_name_is_no_place_unless_its_country_is_named(
    text: str, places: list[str]
) -> None:
    # Praia is in Cape Verde, Valle in Honduras, Norte in Guinea-Bissau: here each begins
    # or ends a name the gazetteer lacks.
    doc = read(text, "Held", PUBLISHED)
    settle_homonyms(doc)
    assert [m.entry.country_code for m in doc.sentences[0].places] == places


def _read_as_persons(text: str) -> list[str]:
    """The places `confirm_places` keeps where NER reads every place's name as a person."""
    doc = read(text, "Held", PUBLISHED)
    for info in doc.sentences:
        info.names = [Name(m.start, m.end, m.text, "PERSON") for m in info.places]
    confirm_places(doc)
    return sorted(m.text for info in doc.sentences for m in info.places)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Police arrested the activist in Haryana.", ["Haryana"]),  # a state
        ("Sri Lanka prison officials beat him.", ["Sri Lanka"]),  # a country
        ("Gunmen kidnapped six people in Bwari, FCT, Abuja.", ["Abuja"]),  # a big city
        ("In Juarez, Mexico's cartel took him.", ["Juarez", "Mexico's"]),  # after "in"
        ("Warren was arrested on Monday.", []),  # a small city's name, a surname
        ("Stalin had Mandelstam arrested.", []),  # an old name of Donetsk
        ("Police arrested the Danish reporter.", []),  # a demonym
    ],
)
def test_a_place_ner_reads_as_a_person_stays_where_it_is_surely_a_place(
    text: str, kept: list[str]
) -> None:
    assert _read_as_persons(text) == kept


def test_a_place_inside_a_longer_name_is_part_of_that_name() -> None:
    text = "Police detained Aung San Suu Kyi in Naypyidaw."
    doc = read(text, "Held", PUBLISHED)
    (info,) = doc.sentences
    info.names = [Name(text.index("Aung"), text.index(" in"), "Aung San Suu Kyi", "PERSON")]
    confirm_places(doc)
    assert "San" not in [m.text for m in info.places]


def test_a_town_read_off_its_region_needs_ner_to_see_a_place() -> None:
    text = "Police held him in Centralia, Washington, said a man from Human Rights Watch, Kenya."
    doc = read(text, "Held", PUBLISHED)
    (info,) = doc.sentences
    towns = [m for m in info.places if m.text in {"Centralia", "Human Rights Watch"}]
    assert [m.text for m in towns] == ["Centralia", "Human Rights Watch"]
    info.names = [Name(towns[0].start, towns[0].end, "Centralia", "GPE")]  # NER: a place
    confirm_places(doc)
    assert [m.text for m in info.places] == ["Centralia", "Washington", "Kenya"]


def test_where_someone_is_based_is_no_place_of_the_report() -> None:
    text = (
        "Judges based in London heard the case on Monday.\n\n"
        "The shooting took place in Belfast in 1972, the family said."
    )
    doc = read(text, "Ruling on the Troubles", PUBLISHED)
    city = dominant_city(doc, "GB")
    assert city is not None and city.text == "Belfast"


def test_a_based_in_place_is_not_where_the_act_was(coder: Coder) -> None:
    text = (
        "Kenya's police have arrested critics all year.\n\n"
        "The reporter Amina Otieno, who is based in London, was arrested on Monday."
    )
    places = _places(coder, "Reporter arrested in Kenya", text)
    assert places and all(country == "Kenya" for _, _, country in places)


def test_country_shares_weigh_the_title_and_lead_double_and_demonyms_half() -> None:
    text = (
        "Police in Kenya detained two activists on Monday.\n\n"
        "Other sentence. Another one. Their lawyer flew in from Uganda. "
        "A Ugandan official said nothing."
    )
    doc = read(text, "Arrests in Kenya", PUBLISHED)
    shares = country_shares(doc)
    # Kenya: title 2 + lead 2; Uganda: body 1 + demonym 0.5.
    assert shares["Kenya"] == 4.0 / 5.5 and shares["Uganda"] == 1.5 / 5.5
    home = dominant_country(doc)
    assert home is not None and home.entry.country == "Kenya"
    assert country_shares(read("No place at all.", "", PUBLISHED)) == {}


def test_a_town_written_as_a_persons_name_is_no_place(coder: Coder) -> None:
    # Jalingo is a Nigerian town and the surname of the journalist Agba Jalingo.
    text = (
        "Police in Nigeria arrested the journalist Agba Jalingo last year.\n\n"
        "Mr Jalingo was detained for criticising the governor. Jalingo was denied bail."
    )
    places = _places(coder, "Journalist detained", text)
    assert places and all(city != "Jalingo" for _, city, _ in places)
    assert all(country == "Nigeria" for _, _, country in places)


def test_a_town_after_in_stays_a_place_whoever_bears_its_name(coder: Coder) -> None:
    text = (
        "Police arrested the journalist Agba Jalingo last year.\n\n"
        "Soldiers detained the activist Musa Bello in Jalingo on Monday."
    )
    cities = {city for _, city, _ in _places(coder, "Arrests in Taraba", text)}
    assert "Jalingo" in cities
