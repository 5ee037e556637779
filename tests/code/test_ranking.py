"""The main-incident ranker: its features, its artefact, and the choice it makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from importlib import resources

import pytest

from docket.code import Coder
from docket.code.document import read
from docket.code.evaluate.hrdsattack import answer, main_incident
from docket.code.ranking import ARTEFACT, FEATURES, Ranker, ReportContext, features
from docket.errors import CodingError
from docket.models import DateInterval, Evidence, Incident, Party, Place, Report

PUBLISHED = dt.date(2021, 5, 10)
THURSDAY = DateInterval(
    start=dt.date(2021, 5, 6), end=dt.date(2021, 5, 6), granularity="day", text="Thursday"
)
BODY = (
    "Police in Minsk detained journalist Ihar Losik on Thursday, his lawyer said.\n\n"
    "Losik was held at a police station overnight. Losik's colleagues said the arrest "
    "was retaliation for his reporting.\n\n"
    "In 2008, unknown attackers beat a local activist in Kyiv."
)


def _artefact() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        resources.files("docket.code.data").joinpath(ARTEFACT).read_text("utf-8")
    )
    return loaded


def test_features_follow_their_names() -> None:
    doc = read(BODY, "Belarus detains journalist Losik", PUBLISHED)
    context = ReportContext.of(doc)
    incident = Incident(
        act="arbitrary_detention",
        victims=[Party(name="Ihar Losik")],
        perpetrators=[Party(name="Police")],
        date=THURSDAY,
        location=Place(text="Minsk", city="Minsk", country="Belarus"),
    )
    incident.extra["sentence"] = 0
    values = dict(zip(FEATURES, features(incident, context, PUBLISHED), strict=True))
    assert values["first_sentence"] == values["in_lead"] == values["act_in_title"] == 1.0
    assert values["day"] == values["this_year"] == values["dated"] == 1.0
    assert values["month"] == values["older"] == 0.0
    assert values["victim_in_title"] == values["named_victim"] == values["perpetrator"] == 1.0
    assert values["victim_mentions"] > 1.0  # "Losik" comes back three more times
    assert values["at_home"] == values["city"] == 1.0
    assert values["own_place"] == 0.0  # its evidence names no place
    assert values["home_share"] == 4.0 / 5.0  # Belarus: title and lead; Ukraine: Kyiv once
    assert values["act_arbitrary_detention"] == 1.0 and values["act_killing"] == 0.0


def test_a_place_named_in_the_act_s_own_sentence_and_its_country_s_share() -> None:
    # "Minsk" is named in the incident's own sentence; the Kyiv assault (third paragraph)
    # is placed in the sentence too, but Ukraine has a smaller share of the report's places.
    doc = read(BODY, "Belarus detains journalist Losik", PUBLISHED)
    context = ReportContext.of(doc)
    own = _placed("arbitrary_detention", "Minsk", "Belarus", sentence=0)
    borrowed = _placed("arbitrary_detention", "Minsk", "Belarus", sentence=1)
    # sentence 1: "Losik was held at a police station overnight."
    background = _placed("assault", "Kyiv", "Ukraine", sentence=3)
    values = {
        name: dict(zip(FEATURES, features(incident, context, PUBLISHED), strict=True))
        for name, incident in (("own", own), ("borrowed", borrowed), ("background", background))
    }
    assert values["own"]["own_place"] == values["background"]["own_place"] == 1.0
    assert values["borrowed"]["own_place"] == 0.0
    # Belarus: title 2 + Minsk in the lead 2; Ukraine: Kyiv once in the body.
    assert values["own"]["home_share"] == 4.0 / 5.0
    assert values["background"]["home_share"] == 1.0 / 5.0


def test_a_date_from_the_narrative_is_weighed_as_no_date() -> None:
    # The ranker weighs the dates the text ties to an act; one taken from the narrative
    # after ranking (`date_from_narrative`) must look the same when the model is trained.
    doc = read(BODY, "Belarus detains journalist Losik", PUBLISHED)
    context = ReportContext.of(doc)
    undated = Incident(act="assault", location=Place(text="Kyiv", city="Kyiv"))
    inferred = dataclasses.replace(THURSDAY, inferred=True)
    narrative = Incident(act="assault", date=inferred, location=Place(text="Kyiv", city="Kyiv"))
    assert features(narrative, context, PUBLISHED) == features(undated, context, PUBLISHED)
    values = dict(zip(FEATURES, features(narrative, context, PUBLISHED), strict=True))
    assert values["dated"] == values["day"] == values["this_year"] == 0.0


def test_artefact_names_the_features_it_was_trained_on() -> None:
    artefact = _artefact()
    assert artefact["features"] == list(FEATURES)
    assert len(artefact["coef"]) == len(FEATURES)  # type: ignore[arg-type]
    stale = dict(artefact, features=list(FEATURES)[:-1])
    with pytest.raises(CodingError, match="other features"):
        Ranker(stale)


def test_confidence_is_a_probability_that_grows_with_the_evidence() -> None:
    ranker = Ranker.load()
    doc = read(BODY, "Belarus detains journalist Losik", PUBLISHED)
    context = ReportContext.of(doc)
    lead = Incident(
        act="arbitrary_detention",
        victims=[Party(name="Ihar Losik")],
        date=THURSDAY,
        location=Place(text="Minsk", city="Minsk", country="Belarus"),
    )
    lead.extra["sentence"] = 0
    aside = Incident(act="assault", victims=[Party(name="a local activist")])
    aside.extra["sentence"] = 3
    high = ranker.confidence(features(lead, context, PUBLISHED))
    low = ranker.confidence(features(aside, context, PUBLISHED))
    assert 0.0 <= low < high <= 1.0


def test_the_lead_event_is_the_main_incident_not_the_background(coder: Coder) -> None:
    report = Report(title="Belarus detains journalist Losik", text=BODY, published=PUBLISHED)
    coded = coder.code(report)
    main = main_incident(coded)
    assert main is not None and main.act == "arbitrary_detention"
    assert answer(coded).year == 2021 and answer(coded).month == 5
    assert all(0.0 <= i.confidence <= 1.0 for i in coded.incidents)


def _placed(act: str, city: str, country: str, sentence: int) -> Incident:
    """An incident placed in `city`, its place's evidence at the city's first mention."""
    start = BODY.index(city)
    incident = Incident(
        act=act,
        location=Place(text=city, city=city, country=country),
        evidence=[Evidence(field="location", start=start, end=start + len(city), text=city)],
    )
    incident.extra["sentence"] = sentence
    return incident
