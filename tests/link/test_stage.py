"""The linking stage over the store: snapshots, stable ids, decisions that hold."""

from __future__ import annotations

import pytest

from docket.capture.items import new_capture
from docket.errors import LinkError
from docket.link import stage
from docket.models import CodedReport
from docket.store import Store, audit
from docket.store import coded as coded_store
from docket.store import reports as report_store
from tests.link import scenario

ACTOR = "test"


def put(store: Store, coded: CodedReport) -> None:
    raw = coded.report.text.encode("utf-8")
    capture = new_capture(raw, source=f"r{coded.report.id}", kind="markdown")
    with store.begin() as conn:
        stored = report_store.add(conn, raw, capture, coded.report, ACTOR)
        assert stored.report_id == coded.report.id
        coded_store.save(conn, stored.report_id, coded, ACTOR)


@pytest.fixture
def linked(store: Store) -> Store:
    for coded in (scenario.example(1), scenario.afp(2)):
        put(store, coded)
    return store


def test_one_case_with_the_february_detention_dated_to_the_day(linked: Store) -> None:
    snapshot = stage.current(linked, actor=ACTOR)
    [case] = snapshot.result["cases"]
    names = {p["id"]: p["name"] for p in snapshot.result["people"]}
    assert sorted(names[p] for p in case["person_ids"]) == sorted(
        [scenario.SALEKH, scenario.ISMAIL]
    )
    seizures = [e for e in case["timeline"] if e["date"]["start"] == "2021-02-04"]
    assert seizures and seizures[0]["independent_sources"] == 2
    assert case["first"]["start"].startswith("2020-04")
    assert case["last"]["end"].startswith("2021-04")


def test_snapshot_is_reused_until_something_changes(linked: Store) -> None:
    first = stage.current(linked, actor=ACTOR)
    assert stage.current(linked, actor=ACTOR).at == first.at
    put(linked, scenario.rferl(3))
    after = stage.current(linked, actor=ACTOR)
    assert after.fingerprint != first.fingerprint
    assert any(ref.startswith("r3:") for ref in after.result["cluster_of"])


def test_decisions_hold_and_ids_stay(linked: Store) -> None:
    before = stage.current(linked, actor=ACTOR)
    people = {p["name"]: p for p in before.result["people"]}
    salekh = people[scenario.SALEKH]
    ismail = people[scenario.ISMAIL]
    merged = stage.merge_people(linked, ismail["id"], salekh["id"], actor=ACTOR)
    assert len(merged.result["people"]) == len(before.result["people"]) - 1
    mention = sorted(salekh["mentions"])[-1]
    split = stage.split_person(linked, salekh["id"], mention, actor=ACTOR)
    owner = split.result["person_of"][mention]
    assert owner != salekh["id"]
    # Linking again from scratch obeys both decisions and keeps the ids users saw.
    again = stage.run_link(linked, actor=ACTOR)
    assert again.result["person_of"][mention] == owner
    assert again.result["person_of"][sorted(ismail["mentions"])[0]] == salekh["id"]
    with linked.read() as conn:
        actions = [e.action for e in audit.entries(conn)]
        assert "link.people.merge" in actions and "link.people.split" in actions
        assert audit.verify(conn) == []


def test_bad_references_are_refused(linked: Store) -> None:
    snapshot = stage.current(linked, actor=ACTOR)
    person = snapshot.result["people"][0]["id"]
    with pytest.raises(LinkError, match="no mention"):
        stage.split_person(linked, person, "r9:i9:9", actor=ACTOR)
    with pytest.raises(LinkError, match="not a reference"):
        stage.parse_ref("person 7")


def test_a_contradicting_decision_is_refused_before_it_is_stored(linked: Store) -> None:
    people = {p["name"]: p for p in stage.current(linked, actor=ACTOR).result["people"]}
    salekh, ismail = people[scenario.SALEKH], people[scenario.ISMAIL]
    stage.merge_people(linked, ismail["id"], salekh["id"], actor=ACTOR)
    with pytest.raises(LinkError, match="contradict"):
        stage.split_person(linked, salekh["id"], sorted(ismail["mentions"])[0], actor=ACTOR)
    assert len(stage.run_link(linked, actor=ACTOR).result["people"]) == len(people) - 1
