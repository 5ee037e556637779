"""Every permission rule: strangers see nothing, viewers read, editors review, admins manage;
a confidential report is seen only by admins and the users named on it, everywhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.review.conftest import Client, World

PAGES = [
    "/",
    "/search?q=Chechnya",
    "/reports/{example}",
    "/export.jsonl",
    "/export.csv",
    "/add",
    "/admin/users",
    "/admin/audit",
    "/account/password",
]
API_READS = [
    "/api/me",
    "/api/reports",
    "/api/reports/{example}",
    "/api/search?q=Chechnya",
    "/api/counts",
    "/api/export.jsonl",
    "/api/audit",
    "/api/users",
]


def _first_incident(client: Client, report_id: int) -> int:
    return int(client.get(f"/api/reports/{report_id}").json()["incidents"][0]["id"])


def test_a_stranger_sees_nothing(world: World, make_client: Callable[..., Client]) -> None:
    stranger = make_client()
    for page in PAGES:
        response = stranger.get(page.format(example=world.example), follow_redirects=False)
        assert response.status_code == 303, page
        assert response.headers["location"].startswith("/login")
    for url in API_READS:
        assert stranger.get(url.format(example=world.example)).status_code == 401, url
    write = stranger.post("/api/incidents/1/decision", json={"action": "accept"})
    assert write.status_code in (401, 403)
    assert "Magamadov" not in stranger.get("/login").text


def test_a_viewer_reads_but_cannot_review(world: World, make_client: Callable[..., Client]) -> None:
    vera = make_client("vera")
    page = vera.get(f"/reports/{world.example}")
    assert page.status_code == 200
    assert "Accept incident" not in page.text and "Save correction" not in page.text
    incident = _first_incident(vera, world.example)
    assert (
        vera.form_post(f"/incidents/{incident}/decision", {"action": "accept"}).status_code == 403
    )
    assert (
        vera.form_post(f"/incidents/{incident}/fields/date", {"action": "accept"}).status_code
        == 403
    )
    assert (
        vera.api_post(f"/api/incidents/{incident}/decision", {"action": "accept"}).status_code
        == 403
    )
    assert (
        vera.api_post(
            f"/api/reports/{world.example}/incidents",
            {"act": "other", "start": 0, "end": 6, "quote": "Salekh"},
        ).status_code
        == 403
    )
    assert vera.get("/add").status_code == 403
    assert (
        vera.get(f"/api/reports/{world.example}").json()["incidents"][0]["review_state"]
        == "proposed"
    )


def test_only_admins_manage_users_and_read_the_audit_log(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    for url in ("/admin/users", "/admin/audit", "/api/users", "/api/audit"):
        assert ed.get(url).status_code == 403, url
    assert ed.form_post("/admin/users", {"name": "mallory", "role": "admin"}).status_code == 403
    assert (
        ed.form_post(
            f"/reports/{world.secret}/access", {"action": "grant", "name": "ed"}
        ).status_code
        == 403
    )
    alice = make_client("alice")
    assert alice.get("/admin/users").status_code == 200
    assert alice.get("/api/audit").json()["problems"] == []


def test_an_editor_reviews(world: World, make_client: Callable[..., Client]) -> None:
    ed = make_client("ed")
    incident = _first_incident(ed, world.example)
    response = ed.api_post(f"/api/incidents/{incident}/decision", {"action": "accept"})
    assert response.status_code == 200
    assert response.json()["review_state"] == "accepted"


def _visible_ids(client: Client) -> dict[str, object]:
    """What each list, count, snippet and export tells this user about reports."""
    return {
        "inbox_page": client.get("/").text,
        "search_page": client.get("/search?q=Petrov").text,
        "api_reports": [r["id"] for r in client.get("/api/reports").json()],
        "api_search": [r["id"] for r in client.get("/api/search?q=Petrov").json()],
        "api_filter": [r["id"] for r in client.get("/api/search?act=torture").json()],
        "counts": client.get("/api/counts").json(),
        "export": client.get("/export.jsonl").text
        + client.get("/export.csv").text
        + client.get("/api/export.jsonl").text,
    }


def _accept_all(world: World, make_client: Callable[..., Client]) -> None:
    alice = make_client("alice")
    for rid in (world.example, world.secret):
        for incident in alice.get(f"/api/reports/{rid}").json()["incidents"]:
            alice.api_post(f"/api/incidents/{incident['id']}/decision", {"action": "accept"})


def test_confidential_is_hidden_from_users_not_named(
    world: World, make_client: Callable[..., Client]
) -> None:
    _accept_all(world, make_client)
    vera = make_client("vera")
    seen = _visible_ids(vera)
    assert "Petrov" not in seen["inbox_page"] and "Hostile" not in seen["inbox_page"]
    assert "Ivan" not in seen["search_page"] and "Hostile" not in seen["search_page"]
    assert "0 reports" in seen["search_page"]  # type: ignore[operator]
    assert world.secret not in seen["api_reports"]  # type: ignore[operator]
    assert seen["api_search"] == []
    assert world.secret not in seen["api_filter"]  # type: ignore[operator]
    assert seen["counts"]["reports"] == 1  # type: ignore[index]
    assert seen["counts"]["incidents"] == 3  # type: ignore[index]
    assert "Petrov" not in seen["export"] and "hostile.example" not in seen["export"]  # type: ignore[operator]
    assert vera.get(f"/reports/{world.secret}").status_code == 404
    assert vera.get(f"/api/reports/{world.secret}").status_code == 404
    secret_incident = (
        make_client("alice").get(f"/api/reports/{world.secret}").json()["incidents"][0]["id"]
    )
    ed = make_client("ed")
    assert (
        ed.api_post(f"/api/incidents/{secret_incident}/decision", {"action": "reject"}).status_code
        == 404
    )
    assert (
        ed.form_post(f"/incidents/{secret_incident}/decision", {"action": "reject"}).status_code
        == 404
    )


@pytest.mark.parametrize("name", ["nina", "alice"])
def test_confidential_is_seen_by_named_users_and_admins(
    name: str, world: World, make_client: Callable[..., Client]
) -> None:
    _accept_all(world, make_client)
    seen = _visible_ids(make_client(name))
    assert world.secret in seen["api_reports"]  # type: ignore[operator]
    assert seen["api_search"] == [world.secret]
    assert seen["counts"]["reports"] == 2  # type: ignore[index]
    assert "Petrov" in seen["export"]  # type: ignore[operator]


def test_granting_and_revoking_from_the_admin_page(
    world: World, make_client: Callable[..., Client]
) -> None:
    alice, vera = make_client("alice"), make_client("vera")
    assert vera.get(f"/api/reports/{world.secret}").status_code == 404
    alice.form_post(f"/reports/{world.secret}/access", {"action": "grant", "name": "vera"})
    assert vera.get(f"/api/reports/{world.secret}").status_code == 200
    alice.form_post(f"/reports/{world.secret}/access", {"action": "revoke", "name": "vera"})
    assert vera.get(f"/api/reports/{world.secret}").status_code == 404
    alice.form_post(f"/reports/{world.secret}/access", {"action": "public"})
    assert vera.get(f"/api/reports/{world.secret}").status_code == 200


def test_the_api_is_documented_by_its_openapi_schema(
    world: World, make_client: Callable[..., Client]
) -> None:
    schema = make_client().get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/reports",
        "/reports/{report_id}",
        "/search",
        "/counts",
        "/incidents/{incident_id}/decision",
        "/incidents/{incident_id}/fields/{field}",
        "/reports/{report_id}/incidents",
        "/audit",
        "/users",
    } <= paths


def test_serve_listens_on_loopback_unless_told() -> None:
    from docket.cli.serve import serve

    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_a_country_filter_takes_any_name_or_code(
    world: World, make_client: Callable[..., Client]
) -> None:
    alice = make_client("alice")
    by_name = [r["id"] for r in alice.get("/api/search?country=Russia").json()]
    assert world.example in by_name
    for value in ("RU", "russian%20federation"):
        assert [r["id"] for r in alice.get(f"/api/search?country={value}").json()] == by_name
    assert alice.get("/api/search?country=Narnia").json() == []
