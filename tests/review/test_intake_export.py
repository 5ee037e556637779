"""Adding a report by upload or URL and seeing it coded; exports of reviewed records with
their evidence quotes and sources."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

import httpx
import pytest

from docket.capture.fetch import Fetcher
from docket.config import Settings
from docket.models import CodedReport, Report
from docket.review import ReviewOptions, create_app
from docket.review.intake import load_coder
from tests.conftest import EXAMPLE, public_resolver
from tests.review.conftest import Client, World, example_incidents, sign_in


def test_upload_is_captured_and_coded(
    world: World,
    make_client: Callable[..., Client],
) -> None:
    ed = make_client("ed")
    text = (
        EXAMPLE.read_text(encoding="utf-8")
        .replace("Chechnya Grants", "Chechnya Gives")
        .replace("It is not yet clear", "It is still not clear")
    )
    response = ed.post(
        "/add",
        data={"csrf_token": ed.csrf},
        files={"upload": ("report.md", text.encode(), "text/markdown")},
    )
    assert response.status_code == 200, response.text
    assert "coded" in response.text
    new_id = max(r["id"] for r in ed.get("/api/reports").json())
    found = ed.get(f"/api/reports/{new_id}").json()
    assert found["title"].startswith("Chechnya Gives")
    assert {i["act"] for i in found["incidents"]} == {"torture", "arbitrary_detention", "abduction"}


def test_upload_refuses_other_kinds_and_server_paths(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    warc = ed.post(
        "/add",
        data={"csrf_token": ed.csrf},
        files={"upload": ("x.warc", b"WARC/1.0", "application/warc")},
    )
    assert warc.status_code == 400
    local = ed.post("/add", data={"csrf_token": ed.csrf, "url": str(EXAMPLE)})
    assert local.status_code == 400
    assert "http" in local.text


def test_url_is_fetched_and_coded_without_a_coder_note(world: World) -> None:
    page = (
        "<html><head><title>Activist detained</title></head><body><article><h1>Activist "
        "detained</h1><p>" + "Police detained the activist Anna Ivanova in Minsk on "
        "Monday, her lawyer said. " * 6 + "</p></article></body></html>"
    )

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=page, headers={"content-type": "text/html"})

    def fetcher() -> Fetcher:
        return Fetcher(
            Settings(db=":memory:"),
            transport=httpx.MockTransport(handler),
            resolver=public_resolver,
        )

    def nothing(report: Report) -> CodedReport:
        return CodedReport(report=report, coder="empty/1")

    app = create_app(world.store, world.settings, ReviewOptions(), coder=nothing, fetcher=fetcher)
    with Client(app, base_url="https://testserver") as client:
        sign_in(client, "ed")
        client.csrf = client.get("/api/me").json()["csrf_token"]
        response = client.post(
            "/add", data={"csrf_token": client.csrf, "url": "https://news.test/a"}
        )
        assert response.status_code == 200, response.text
        assert "coded" in response.text


def test_without_a_coder_the_report_is_kept_with_a_note(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> object:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr("docket.review.intake.importlib.import_module", missing)
    coder, note = load_coder(world.settings)
    assert coder is None and "no coder installed" in note
    app = create_app(world.store, world.settings, ReviewOptions())
    with Client(app, base_url="https://testserver") as client:
        sign_in(client, "ed")
        client.csrf = client.get("/api/me").json()["csrf_token"]
        assert "no coder installed" in client.get("/add").text
        text = EXAMPLE.read_text(encoding="utf-8").replace("It is not yet", "It is not at all")
        added = client.post(
            "/add",
            data={"csrf_token": client.csrf},
            files={"upload": ("x.md", text.encode(), "text/markdown")},
        )
        assert "no coder installed" in added.text


def _accept_some(world: World, make_client: Callable[..., Client]) -> None:
    ed = make_client("ed")
    incidents = ed.get(f"/api/reports/{world.example}").json()["incidents"]
    ed.api_post(f"/api/incidents/{incidents[0]['id']}/decision", {"action": "accept"})
    ed.api_post(
        f"/api/incidents/{incidents[1]['id']}/fields/status",
        {"action": "correct", "value": "confirmed"},
    )
    ed.api_post(f"/api/incidents/{incidents[2]['id']}/decision", {"action": "reject"})


def test_export_jsonl_has_reviewed_records_quotes_and_sources(
    world: World, make_client: Callable[..., Client]
) -> None:
    _accept_some(world, make_client)
    response = make_client("vera").get("/export.jsonl")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    records = [json.loads(line) for line in response.text.splitlines()]
    assert [r["review_state"] for r in records] == ["accepted", "corrected"]
    first = records[0]
    assert first["evidence"][0]["quote"] == "allegedly tortured by Chechen special police"
    assert first["source"]["url"].startswith("https://www.themoscowtimes.com/")
    assert len(first["source"]["sha256"]) == 64 and first["source"]["captured_at"]


def test_export_csv_is_flat_and_safe_for_spreadsheets(
    world: World, make_client: Callable[..., Client]
) -> None:
    _accept_some(world, make_client)
    ed = make_client("ed")
    incident = ed.get(f"/api/reports/{world.example}").json()["incidents"][0]["id"]
    ed.api_post(
        f"/api/incidents/{incident}/fields/victims",
        {"action": "correct", "value": [{"name": '=HYPERLINK("http://x")'}]},
    )
    rows = list(csv.DictReader(io.StringIO(ed.get("/export.csv").text)))
    assert len(rows) == 2
    assert rows[0]["victims"].startswith("'=")
    assert "tortured" in rows[0]["evidence"]
    assert rows[1]["source_title"].startswith("Chechnya Grants")


def test_exports_say_which_dates_are_inferred(
    world: World, make_client: Callable[..., Client]
) -> None:
    # The abduction's date is the coder's inference; the detention's is the text's.
    ed = make_client("ed")
    for incident in ed.get(f"/api/reports/{world.example}").json()["incidents"]:
        ed.api_post(f"/api/incidents/{incident['id']}/decision", {"action": "accept"})
    records = [json.loads(line) for line in ed.get("/export.jsonl").text.splitlines()]
    inferred = {r["act"]: r["date"]["inferred"] for r in records}
    assert inferred == {"torture": False, "arbitrary_detention": False, "abduction": True}
    rows = list(csv.DictReader(io.StringIO(ed.get("/export.csv").text)))
    assert {r["act"]: r["date_inferred"] for r in rows} == {
        "torture": "",
        "arbitrary_detention": "",
        "abduction": "yes",
    }


def test_example_coder_offsets_are_real(world: World) -> None:
    from docket.store import reports as report_store

    with world.store.read() as conn:
        report = report_store.get(conn, world.example)
    for incident in example_incidents(report).incidents:
        for evidence in incident.evidence:
            assert report.text[evidence.start : evidence.end] == evidence.text
