"""Abuses coded without a named victim: torture or arrests in a list of abuses, a count of
deaths in a violent context."""

from __future__ import annotations

import pytest

from docket.code import Coder
from docket.code.acts import listed_abuse
from docket.models import Report


def _listed(sentence: str) -> bool:
    word = "torture" if "torture" in sentence else "arrests"
    start = sentence.index(word)
    return listed_abuse(sentence, start, start + len(word))


@pytest.mark.parametrize(
    "sentence",
    [
        "Witnesses described arbitrary arrests, torture and summary executions.",
        "The militia is known for kidnapping, extortion, torture of detainees, and killings.",
        "Rights groups documented torture, unlawful detention and enforced disappearances.",
        "The police stifled opposition through arrests, beatings and summary executions.",
        "Gambians suffered unlawful detention, torture while in detention, unfair trials "
        "and extrajudicial executions.",  # the item goes on after the noun
    ],
)
def test_torture_in_a_list_of_three_abuses_is_listed(sentence: str) -> None:
    assert _listed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He said torture and beatings were common.",  # two items only
        "Detainees feared torture, disappearance or death.",  # "or": possibilities
        "In the capital, torture is routine.",  # a comma is no list
        "The guards tortured, beat and starved him.",  # the verb has its own victim
    ],
)
def test_other_mentions_of_torture_are_not_listed(sentence: str) -> None:
    index = sentence.find("torture")
    assert not listed_abuse(sentence, index, index + len("torture"))


def test_a_listed_torture_is_an_incident_without_a_victim(coder: Coder) -> None:
    text = "Witnesses at the hearing described arbitrary arrests, torture and summary executions."
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert [i.victims for i in incidents if i.act == "torture"] == [[]]


def test_a_listed_torture_of_a_kind_of_people_is_an_incident(coder: Coder) -> None:
    # "torture of suspects" alone names a kind of act; in a list of abuses it is one of them.
    text = (
        "The unit has become notorious for kidnapping, arbitrary arrests, extortion, torture of "
        "suspects, extra-judicial killings, and running detention facilities."
    )
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert [i.victims for i in incidents if i.act == "torture"] == [[]]


def test_arrests_in_a_list_of_abuses_are_an_incident_without_a_victim(coder: Coder) -> None:
    # A bare plural alone names a kind of act ("arrests were frequent"); listed, it is one.
    text = (
        "The secret police stifled urban opposition through arrests, beatings and summary "
        "executions, Moscow sought to ensure the appearance of stability."
    )
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert [i.victims for i in incidents if i.act == "arbitrary_detention"] == [[]]


def test_detention_in_a_list_of_abuses_is_an_incident_without_a_victim(coder: Coder) -> None:
    text = (
        "The bill allows sanctions on officials responsible for acts of arbitrary detention, "
        "torture and forced confession."
    )
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert [i.victims for i in incidents if i.act == "arbitrary_detention"] == [[]]


def test_disappearances_in_a_list_of_abuses_are_an_incident_without_a_victim(
    coder: Coder,
) -> None:
    text = (
        "Education unions in the Philippines have also reported extrajudicial killings, "
        "torture, disappearances, and unjustified detentions."
    )
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert [i.victims for i in incidents if i.act == "enforced_disappearance"] == [[]]


def test_disappearances_outside_a_list_are_a_kind_of_act(coder: Coder) -> None:
    text = "Enforced disappearances remain common in the region, the report said."
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert "enforced_disappearance" not in {i.act for i in incidents}


def test_detention_outside_a_list_needs_a_victim(coder: Coder) -> None:
    text = "The bill allows sanctions on officials responsible for arbitrary detention."
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert "arbitrary_detention" not in {i.act for i in incidents}


def test_a_listed_abuse_is_not_the_main_event(coder: Coder) -> None:
    text = (
        "Since 1984 the police unit has become notorious for arbitrary arrests, extortion, "
        "torture of suspects and killings.\n\n"
        "Police in Lagos on Monday arrested the journalist Ann Lee over her reporting."
    )
    coded = coder.code(Report(id=1, title="Report", text=text))
    main = max(coded.incidents, key=lambda i: i.confidence)
    assert [v.name for v in main.victims] == ["Ann Lee"]


def test_a_seizure_without_an_incident_folds_no_detention(coder: Coder) -> None:
    # The listed kidnapping names no victim and yields no incident; the arrests it would
    # have absorbed as part of the seizure are then an act of their own.
    text = (
        "Set up in 1984, the unit has since become notorious for kidnapping, arbitrary "
        "arrests, extortion, torture of suspects and extra-judicial killings."
    )
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    assert "arbitrary_detention" in {i.act for i in incidents}


@pytest.mark.parametrize(
    ("text", "killing"),
    [
        (
            "To break up the agitation, cadres allegedly attacked the site. Official records "
            "showed 14 deaths, but more than 100 people were said to be missing.",
            True,
        ),
        ("Police fired on the protesters. There are two confirmed deaths.", True),
        ("The country has 300 cases of COVID-19 and 14 deaths.", False),  # a disease tally
        ("The storm attacked the coast. Officials reported 14 deaths in accidents.", False),
        ("Officials reported 14 deaths over the holiday.", False),  # no violence told
    ],
)
def test_a_count_of_deaths_is_a_killing_in_a_violent_context(
    coder: Coder, text: str, killing: bool
) -> None:
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    found = [i for i in incidents if i.act == "killing"]
    assert bool(found) == killing
    assert all(not i.victims for i in found)  # the people around the count are others
