"""Lines that link to another story report none of the report's acts."""

from __future__ import annotations

import datetime as dt

import pytest

from docket.code.document import read


def _acts(text: str) -> set[str]:
    doc = read(text, "A report", dt.date(2021, 5, 1))
    return {t.label for info in doc.sentences for _, t in info.acts}


@pytest.mark.parametrize(
    "line",
    [
        "READ MORE: A mother recounts the torment of her daughter's kidnapping",
        "Also read: 120 rounded up over Sialkot lynching",
        "Iran prison nightmare: London student recounts torture horror [REVEALED]",
    ],
)
def test_a_teaser_line_reports_no_act(line: str) -> None:
    assert _acts("The reporter was released on Monday.\n\n" + line) == set()


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("Related to this, police arrested two reporters in Lagos.", "arbitrary_detention"),
        ("Read more about how police arrested two reporters in Lagos.", "arbitrary_detention"),
        ("He was tortured by the [CIDG] in Manila.", "torture"),
        (
            "Police arrested the editor, said the Committee to Protect Journalists [CPJ]",
            "arbitrary_detention",
        ),
    ],
)
def test_prose_lines_stay_reports(line: str, act: str) -> None:
    assert act in _acts(line)
