"""Cases, people and proposed merges in the app and the API: the scenario's case and
timeline, decisions by editors only (with CSRF), audited and kept when reports are linked
again, and confidential reports hidden from everyone not named on them."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import pytest

from docket.link import stage
from docket.models import CodedReport
from docket.review.state import templates
from docket.store import audit
from docket.store import users as user_store
from tests.link import scenario
from tests.link.test_stage import put
from tests.review.conftest import Client, World

FSB = "were detained by the FSB in Nizhny Novgorod on Thursday"


@pytest.fixture
def linked(world: World) -> World:
    """The world plus the scenario: the example (r3), AFP (r4) and RFE/RL (r5), and a
    report (r6) naming "S. Magamadov": a proposal to review, not a merge."""
    for coded in (scenario.example(3), scenario.afp(4), scenario.rferl(5), initialled(6)):
        put(world.store, coded)
    return world


def initialled(rid: int) -> CodedReport:
    text = "S. Magamadov was threatened."
    return scenario.simple(rid, text, scenario.incident("threat", "S. Magamadov"))


def _case_of(client: Client, name: str) -> dict[str, Any]:
    people = {p["id"]: p["name"] for p in client.get("/api/people").json()}
    for case in client.get("/api/cases").json():
        if name in {people[p] for p in case["person_ids"]}:
            return dict(case)
    raise AssertionError(f"no case for {name}")


def _february(case: dict[str, Any]) -> dict[str, Any]:
    [found] = [e for e in case["timeline"] if e["date"]["start"] == "2021-02-04"]
    return dict(found)


def test_the_case_page_shows_the_timeline(
    linked: World, make_client: Callable[..., Client]
) -> None:
    vera = make_client("vera")
    case = _case_of(vera, scenario.SALEKH)
    february = _february(case)
    assert {s["event"].split(":")[0] for s in february["sources"]} >= {"r3", "r4"}
    assert february["independent_sources"] >= 2
    assert case["first"]["start"].startswith("2020-04")
    listing = vera.get("/cases").text
    assert f'href="/cases/{case["id"]}"' in listing and scenario.SALEKH in listing
    page = vera.get(f"/cases/{case['id']}").text
    assert "2021-02-04" in page and FSB in page
    assert 'href="/reports/4"' in page and 'href="/reports/3"' in page
    assert "Sources disagree on date" in page  # June (AFP) against July (RFE/RL)
    assert page.index("2020-04-01") < page.index("2021-02-04")


def test_person_and_report_pages_link_to_each_other(
    linked: World, make_client: Callable[..., Client]
) -> None:
    vera = make_client("vera")
    [salekh] = [p for p in vera.get("/api/people").json() if p["name"] == scenario.SALEKH]
    page = vera.get(f"/people/{salekh['id']}").text
    assert "Magamadow" in page and 'href="/reports/5"' in page
    assert "<td>Salekh Magamadow</td>" in page  # each mention as its report writes it
    assert "Not this person" not in page and "Merge" not in page
    person = vera.get(f"/api/people/{salekh['id']}").json()
    assert person["case_ids"] and f"/cases/{person['case_ids'][0]}" in page
    report = vera.get("/reports/4").text
    assert f'href="/people/{salekh["id"]}"' in report and 'href="/cases/' in report
    assert "/cases" in vera.get("/").text  # the navigation
    everyone = vera.get("/api/people").json()
    assert vera.get("/api/people?limit=1&offset=1").json() == everyone[1:2]
    assert "No cases yet" in vera.get("/cases?page=9").text


def _pair(client: Client) -> tuple[int, int]:
    people = {p["name"]: p["id"] for p in client.get("/api/people").json()}
    return people[scenario.ISMAIL], people[scenario.SALEKH]


def test_strangers_see_nothing_and_names_are_escaped(
    linked: World, make_client: Callable[..., Client]
) -> None:
    stranger = make_client()
    for url in ("/cases", "/cases/1", "/people", "/people/1", "/proposals"):
        response = stranger.get(url, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/login")
    for url in ("/api/cases", "/api/people", "/api/proposals", "/api/decisions"):
        assert stranger.get(url).status_code == 401
    assert stranger.post("/api/people/merge", json={"a": 1, "b": 2}).status_code in (401, 403)
    page = make_client("nina").get("/people?q=petrov").text  # the hostile report's victim
    assert "&lt;b&gt;Ivan Petrov&lt;/b&gt;" in page and "<b>Ivan" not in page


def test_a_viewer_cannot_decide(linked: World, make_client: Callable[..., Client]) -> None:
    vera = make_client("vera")
    a, b = _pair(vera)
    pair = {"a": str(a), "b": str(b)}
    assert vera.form_post("/people/merge", pair).status_code == 403
    assert vera.form_post("/people/apart", pair).status_code == 403
    assert vera.api_post("/api/people/merge", {"a": a, "b": b}).status_code == 403
    assert vera.get("/api/decisions").json() == []


def test_decisions_need_the_csrf_token(linked: World, make_client: Callable[..., Client]) -> None:
    ed, alice = make_client("ed"), make_client("alice")
    a, b = _pair(ed)
    for token in (None, "forged", alice.csrf):
        data = {"a": str(a), "b": str(b)} | ({"csrf_token": token} if token else {})
        assert ed.post("/people/merge", data=data).status_code == 403
    assert ed.post("/api/people/merge", json={"a": a, "b": b}).status_code == 403
    assert ed.get("/api/decisions").json() == []


def test_an_editors_merge_is_audited_and_holds(
    linked: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    a, b = _pair(ed)
    before = len(ed.get("/api/people").json())
    response = ed.form_post("/people/merge", {"a": str(a), "b": str(b)}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/people/{b}"
    assert len(ed.get("/api/people").json()) == before - 1
    stage.run_link(linked.store, actor="test")  # linked again from scratch
    merged = ed.get(f"/api/people/{b}").json()
    assert ed.get(f"/api/people/{a}").status_code == 404
    assert "Ismail Isaev" in merged["variants"]
    with linked.store.read() as conn:
        entries = [e for e in audit.entries(conn) if e.action == "link.people.merge"]
        assert [e.actor for e in entries] == ["ed"] and audit.verify(conn) == []
    [decision] = ed.get("/api/decisions").json()
    assert decision["decided_by"] == "ed" and not decision["revoked"]
    # A split against the merge is refused and changes nothing; revoked, the merge is
    # undone, and then the split is accepted. Each decision is shown.
    mention = decision["must"][0][0]
    refused = ed.api_post(f"/api/people/{b}/split", {"mention": mention})
    assert refused.status_code == 400 and "contradicts" in refused.json()["detail"]
    assert ed.api_post(f"/api/decisions/{decision['id']}/revoke", {}).status_code == 200
    assert len(ed.get("/api/people").json()) == before
    mention = next(m for m in ed.get(f"/api/people/{b}").json()["mentions"] if m.startswith("r5:"))
    split = ed.api_post(f"/api/people/{b}/split", {"mention": mention})
    assert split.status_code == 200 and split.json()["person_of"] not in (a, b)
    assert [d["revoked"] for d in ed.get("/api/decisions").json()] == [True, False]
    assert ed.form_post("/people/merge", {"a": str(b), "b": str(b)}).status_code == 400


def test_a_proposal_is_reviewed_and_accepted(
    linked: World, make_client: Callable[..., Client]
) -> None:
    vera, ed = make_client("vera"), make_client("ed")
    [proposal] = vera.get("/api/proposals").json()
    assert {proposal["name_a"], proposal["name_b"]} == {scenario.SALEKH, "S. Magamadov"}
    page = vera.get("/proposals").text
    assert "S. Magamadov" in page and "0.85" in page and "initial s fits salekh" in page
    assert "Accept: one person" not in page
    assert "Accept: one person" in ed.get("/proposals").text
    pair = {"a": str(proposal["person_a"]), "b": str(proposal["person_b"])}
    response = ed.form_post("/people/merge", pair, follow_redirects=False)
    assert response.status_code == 303
    assert ed.get("/api/proposals").json() == []
    merged = ed.get(f"/api/people/{proposal['person_a']}").json()  # the id most mentions had
    assert response.headers["location"] == f"/people/{merged['id']}"
    assert "S. Magamadov" in merged["variants"] and scenario.SALEKH in merged["variants"]


def test_keep_apart_from_the_proposals_page(
    linked: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    a, b = _pair(ed)
    page = ed.get("/proposals").text
    assert "Proposed merges" in page
    response = ed.form_post("/people/apart", {"a": str(a), "b": str(b)}, follow_redirects=False)
    assert response.status_code == 303
    assert ed.get("/api/decisions").json()[0]["kind"] == "people.apart"
    assert "people.apart" in ed.get("/proposals").text


def _everything(client: Client, case_id: int, person_id: int) -> str:
    pages = [
        client.get(url).text
        for url in ("/cases", f"/cases/{case_id}", "/people", f"/people/{person_id}", "/proposals")
    ]
    api = [
        client.get(url).json()
        for url in (
            "/api/cases",
            f"/api/cases/{case_id}",
            "/api/people",
            f"/api/people/{person_id}",
            "/api/proposals",
        )
    ]
    return "\n".join(pages) + json.dumps(api, ensure_ascii=False)


def test_confidential_reports_are_hidden(linked: World, make_client: Callable[..., Client]) -> None:
    with linked.store.begin() as conn:
        user_store.set_confidential(conn, 4, True, "cli:test")  # the AFP story
        user_store.set_confidential(conn, 6, True, "cli:test")  # "S. Magamadov"
    alice, vera, nina = make_client("alice"), make_client("vera"), make_client("nina")
    case = _case_of(alice, scenario.SALEKH)
    salekh = next(p for p in alice.get("/api/people").json() if p["name"] == scenario.SALEKH)
    seen = _everything(alice, case["id"], salekh["id"])
    assert FSB in seen and "r4:" in seen and "Ismail Isaev" in seen and "Gudermes" in seen
    for client in (vera, nina):
        shown = _everything(client, case["id"], salekh["id"])
        for secret in (FSB, "r4:", "/reports/4", "Ismail Isaev", "Gudermes", "FSB", "S. Mag"):
            assert secret not in shown, secret
        assert scenario.SALEKH in shown  # the case itself stays: other sources name them
    assert len(alice.get("/api/proposals").json()) == 1
    assert vera.get("/api/proposals").json() == []
    hidden_case = _case_of(vera, scenario.SALEKH)
    assert hidden_case["independent_sources"] < case["independent_sources"]
    # The hostile report (r2) is granted to nina alone: its person exists only for her.
    assert any("Ivan Petrov" in p["name"] for p in nina.get("/api/people").json())
    assert not any("Ivan Petrov" in p["name"] for p in vera.get("/api/people").json())
    petrov = next(p for p in nina.get("/api/people").json() if "Ivan Petrov" in p["name"])
    assert vera.get(f"/people/{petrov['id']}").status_code == 404
    assert vera.get(f"/api/people/{petrov['id']}").status_code == 404


def test_the_api_schema_names_the_endpoints(
    linked: World, make_client: Callable[..., Client]
) -> None:
    paths = make_client().get("/api/openapi.json").json()["paths"]
    for path in ("/cases", "/cases/{case_id}", "/people", "/people/{person_id}", "/proposals"):
        assert path in paths
    assert "/decisions" in paths and "/people/merge" in paths


def test_a_timeline_date_only_the_coder_inferred_says_so(
    linked: World, make_client: Callable[..., Client]
) -> None:
    # Rustam Kadyrov's beating is dated only by the narrative around it: his case's
    # timeline shows the date with the "inferred" badge.
    text = "Rustam Kadyrov was beaten in Grozny."
    guessed = dataclasses.replace(scenario.d("2021-03-01", "2021-03-31", "month"), inferred=True)
    beaten = scenario.incident("assault", "Rustam Kadyrov", date=guessed, place="Grozny")
    put(linked.store, scenario.simple(7, text, beaten))
    vera = make_client("vera")
    case = _case_of(vera, "Rustam Kadyrov")
    [event] = case["timeline"]
    assert event["date"]["inferred"] is True
    page = vera.get(f"/cases/{case['id']}").text
    # Once for the event's date, once for the date its one source gives.
    assert page.count('class="badge inferred"') == 2
    # In the example's case the world's seizure date is inferred, but another source's
    # text gives the same range: the event's date is not an inference.
    example = _case_of(vera, scenario.SALEKH)
    assert not any(e["date"]["inferred"] for e in example["timeline"])
    [seized] = [e for e in example["timeline"] if "abduction" in e["act"].split("/")]
    assert any(s["date"]["inferred"] for s in seized["sources"])


def test_a_timeline_event_names_its_place_not_the_demonym() -> None:
    # "tortured by Chechen special police": the coder places the act in Chechnya.
    event = {
        "id": 1,
        "kind": "incident",
        "act": "torture",
        "conflicts": [],
        "date": {"start": "2020-04-01", "end": "2020-04-30", "granularity": "month"},
        "place": {"text": "Chechen", "city": None, "region": "Chechnya", "country": "Russia"},
        "independent_sources": 1,
        "person_ids": [],
        "sources": [],
    }
    html = templates().get_template("_event.html").render(event=event, names={})
    assert "in Chechnya" in html and "in Chechen<" not in html
