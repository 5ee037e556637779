from __future__ import annotations

import datetime as dt

from docket.capture.markdown_report import parse, parse_date_line
from tests.conftest import EXAMPLE


def test_example_layout_is_parsed_into_its_parts() -> None:
    parsed = parse(EXAMPLE.read_text(encoding="utf-8"))
    assert parsed.title == "Chechnya Grants State Protection to ‘Kidnapped’ Gay Men – Reports"
    assert parsed.date_text == "April 29, 2021"
    assert parsed.published == dt.date(2021, 4, 29)
    assert parsed.url is not None and parsed.url.endswith("reports-a73779")
    assert parsed.body.startswith("Salekh Magamadov and Ismail Isayev were detained")
    assert parsed.body.endswith("denies that homosexuals exist at all in Chechnya.")
    assert "[lgbt.net.org](https://www.lgbt.net)" in parsed.body
    assert "Original url" not in parsed.body


def test_date_lines_in_common_forms() -> None:
    assert parse_date_line("April 29, 2021") == dt.date(2021, 4, 29)
    assert parse_date_line("29 April 2021") == dt.date(2021, 4, 29)
    assert parse_date_line("2021-02-06") == dt.date(2021, 2, 6)
    assert parse_date_line("Two men detained in April") is None
    assert parse_date_line("February 30, 2021") is None


def test_report_without_date_line_keeps_its_first_paragraph_in_the_body() -> None:
    parsed = parse("A title\n\nFirst paragraph.\n\nSecond paragraph.\n")
    assert parsed.title == "A title"
    assert parsed.published is None
    assert parsed.body == "First paragraph.\n\nSecond paragraph."


def test_original_url_on_the_same_line() -> None:
    parsed = parse("T\n\nMay 1, 2020\n\nBody.\n\nOriginal url: https://example.org/a\n")
    assert parsed.url == "https://example.org/a"
    assert parsed.body == "Body."


def test_single_paragraph_text_is_body_only() -> None:
    parsed = parse("Only a body line about a detention.")
    assert parsed.title is None
    assert parsed.body == "Only a body line about a detention."
