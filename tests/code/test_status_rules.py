from __future__ import annotations

import pytest

from docket.code.status import status_of


def status(sentence: str, trigger: str) -> tuple[str, str | None]:
    at = sentence.index(trigger)
    result = status_of(sentence, at, at + len(trigger))
    return result.status, result.attribution


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Police detained three activists on Monday.", "detained", ("reported", None)),
        ("He was allegedly tortured by the police.", "tortured", ("alleged", None)),
        ("She was reportedly beaten in custody.", "beaten", ("alleged", None)),
        (
            "They were seized and returned in what rights groups called a kidnapping.",
            "kidnapping",
            ("alleged", "rights groups"),
        ),
        (
            "Police arrested the journalist on Monday, according to his lawyer.",
            "arrested",
            ("alleged", "his lawyer"),
        ),
        ("He was tortured in detention, his wife said.", "tortured", ("alleged", "his wife")),
        (
            "Amnesty International said the activists were tortured.",
            "tortured",
            ("alleged", "Amnesty International"),
        ),
        (
            "The ministry denied that the activists were tortured.",
            "tortured",
            ("denied", "The ministry"),
        ),
        (
            "“The state has recognized that the men are under threat,” a lawyer said.",
            "threat",
            ("confirmed", "The state"),
        ),
        (
            "A court ruled that the journalist was arbitrarily detained.",
            "detained",
            ("confirmed", "A court"),
        ),
    ],
)
def test_status_and_attribution(
    sentence: str, trigger: str, expected: tuple[str, str | None]
) -> None:
    assert status(sentence, trigger) == expected


def test_denied_bail_is_no_denial() -> None:
    assert status("He was denied bail and detained.", "detained")[0] == "reported"


def test_presupposed_act_stays_reported_under_a_source() -> None:
    sentence = "The group has said that the official reason for their initial arrest was a post."
    assert status(sentence, "arrest") == ("reported", "The group")


def test_evidence_offsets_point_at_the_cue() -> None:
    sentence = "Police arrested him, according to his lawyer."
    at = sentence.index("arrested")
    result = status_of(sentence, 10 + at, 10 + at + 8, offset=10)
    assert result.start is not None and result.end is not None
    assert sentence[result.start - 10 : result.end - 10].startswith("according to")
