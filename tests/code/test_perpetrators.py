"""Who did the act: agents and subjects that belong to the act, not to another deed."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from docket.code import Coder, parties
from docket.code.incidents import build_incidents
from docket.code.parties import accused_type, perpetrators
from docket.code.scoring import armed_groups_prevail
from docket.models import Report


def _perpetrators(coder: Coder, text: str, act: str) -> list[str]:
    report = Report(title="", text=text, published=dt.date(2021, 5, 1))
    [(doc, incidents)] = coder.rules([report])
    assert doc is not None
    found = [i for i in incidents if i.act == act]
    assert found, f"no {act} incident in {text!r}"
    return [p.name for p in found[0].perpetrators]


def test_the_agent_after_the_act_is_its_own(coder: Coder) -> None:
    text = (
        "A manhunt by the police for five schoolgirls kidnapped by armed bandits in Mariga "
        "has begun."
    )
    assert _perpetrators(coder, text, "abduction")[:1] == ["armed bandits"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov, who was abducted outside the synagogue and held for a week, was "
        "rescued by police on Tuesday.",
        "Ivan Petrov was kidnapped on Friday and freed by soldiers on Sunday.",
    ],
)
def test_a_rescuer_is_no_agent(coder: Coder, text: str) -> None:
    assert _perpetrators(coder, text, "abduction") == []


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Police sources linked the abduction of John Smith to a gang.", "abduction"),
        ("As the government investigates the attack on Mohamed Nasheed, it grows.", "assault"),
    ],
)
def test_an_act_written_as_a_noun_has_no_subject(coder: Coder, text: str, act: str) -> None:
    assert _perpetrators(coder, text, act) == []


def test_the_subject_of_an_active_act_is_its_agent(coder: Coder) -> None:
    assert _perpetrators(coder, "Police arrested John Smith on Monday.", "arbitrary_detention") == [
        "Police"
    ]


def test_an_act_after_a_preposition_is_a_noun(coder: Coder) -> None:
    # "threaten my family with arrest": the family is the threat's object, not the arrester.
    text = (
        "Soldiers detained the activist Ko Aung in May. They will pressure and threaten my "
        "family with arrest, he said."
    )
    [(doc, _)] = coder.rules([Report(title="", text=text, published=dt.date(2021, 5, 1))])
    assert doc is not None
    found = {
        doc.plain[slice(*i.extra["trigger"])]: [p.name for p in i.perpetrators]
        for i in build_incidents(doc)
    }
    assert found == {"detained": ["Soldiers"], "arrest": []}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Local man charged with threatening his neighbour's lawyers", "other non-state actors"),
        ("Two executives convicted over the deaths of mine workers", "other non-state actors"),
        ("Woman, 41, arrested for kidnap of toddler", "other non-state actors"),
        ("Police officer charged with assault of protester", None),
        ("Journalist arrested after reporting on attacks on farmers", None),
        ("Man charged with leaking data sentenced to ten years", None),
        ("City court jails local man for beating his workers", "other non-state actors"),
        ("Police detain village chief over alleged kidnap of trader", "other non-state actors"),
        ("Country detains ex-policeman over wartime killing of farmers", "state actor"),
        ("Police arrest journalist over report on killings", None),
    ],
)
def test_the_accused_of_a_headline_is_a_private_perpetrator(
    headline: str, expected: str | None
) -> None:
    assert accused_type(headline) == expected


def test_plural_employers_are_private_perpetrators(coder: Coder) -> None:
    text = "The maid Ana Cruz was beaten by her employers in March, the embassy said."
    report = Report(title="", text=text, published=dt.date(2021, 5, 1))
    [(_, incidents)] = coder.rules([report])
    types = {p.type for i in incidents for p in i.perpetrators}
    assert types == {"other non-state actors"}


def test_the_headline_accused_gives_the_type_when_the_text_names_no_perpetrator(
    coder: Coder,
) -> None:
    text = "John Doe was kidnapped in Springfield on May 1, 2021, the sheriff said."
    report = Report(
        title="Local man charged with kidnapping John Doe", text=text, published=dt.date(2021, 5, 9)
    )
    coded = coder.code(report)
    assert coded.incidents
    assert {i.extra.get("perpetrator_type") for i in coded.incidents} == {"other non-state actors"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kerala state government threatened the strikers.", "other state actors"),
        ("Local authorities detained the pastor.", "other state actors"),
        ("The mayor ordered the arrest of the vendors.", "other state actors"),
        ("Riot police detained the marchers.", "state actor"),
    ],
)
def test_the_state_below_the_national_government_is_another_state_actor(
    text: str, expected: str
) -> None:
    assert [p.type for p in perpetrators(text)] == [expected]


def test_a_possessive_owner_is_no_perpetrator() -> None:
    # "a ban imposed by the governor's office": the office acts, not the governor.
    assert perpetrators("a ban imposed by the governor's office") == []
    assert [p.name for p in perpetrators("marchers held by police, the police's office said")] == [
        "police"
    ]


def test_a_report_about_armed_groups_outweighs_the_state_actor_prior() -> None:
    about_pirates = (
        "Pirates boarded the tanker at night. Pirates now raid supply boats too, and "
        "gunmen took three sailors. The police have opened an inquiry."
    )
    assert armed_groups_prevail(about_pirates)
    # One armed group among many state perpetrators is no report about armed groups.
    mixed = "Police and soldiers detained the gunmen; security forces and troops guarded them."
    assert not armed_groups_prevail(mixed)


def test_heads_grouped_by_first_letter_match_as_the_plain_alternation() -> None:
    heads = sorted(parties.PERPETRATOR_HEADS, key=len, reverse=True)
    plain = "|".join(parties._either_case(h) for h in heads)
    modifier = parties._PERP_MODIFIER
    before = re.compile(rf"\b(?:(?:{modifier})\s+){{0,3}}(?:{plain})\b")
    text = (
        "Police officers and riot police beat him; Chief Minister Rao and the chief minister's "
        "aides denied it. Unknown gunmen, armed men and al-Shabaab militants attacked. The "
        "FSB, Tatmadaw soldiers, state government officials and the local authorities watched."
    )
    found = [m.span() for m in parties._PERPETRATOR.finditer(text)]
    assert found == [m.span() for m in before.finditer(text)]
    assert len(found) >= 10
