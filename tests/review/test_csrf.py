"""Every state-changing request needs the session's CSRF token: forms in a hidden field,
API writes in X-CSRF-Token; the sign-in form a double-submit token."""

from __future__ import annotations

from collections.abc import Callable

from tests.review.conftest import PASSWORD, Client, World, login_token


def _incident(client: Client, world: World) -> int:
    return int(client.get(f"/api/reports/{world.example}").json()["incidents"][0]["id"])


def test_forms_without_the_token_are_refused(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    incident = _incident(ed, world)
    for token in (None, "", "forged-token"):
        data = {"action": "accept"} if token is None else {"action": "accept", "csrf_token": token}
        assert ed.post(f"/incidents/{incident}/decision", data=data).status_code == 403
    assert ed.post("/logout", data={}).status_code == 403
    assert (
        ed.get(f"/api/reports/{world.example}").json()["incidents"][0]["review_state"] == "proposed"
    )
    assert (
        ed.form_post(
            f"/incidents/{incident}/decision", {"action": "accept"}, follow_redirects=False
        ).status_code
        == 303
    )


def test_another_sessions_token_is_refused(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed, alice = make_client("ed"), make_client("alice")
    incident = _incident(ed, world)
    response = ed.post(
        f"/incidents/{incident}/decision", data={"action": "accept", "csrf_token": alice.csrf}
    )
    assert response.status_code == 403


def test_api_writes_need_the_header(world: World, make_client: Callable[..., Client]) -> None:
    ed = make_client("ed")
    incident = _incident(ed, world)
    bare = ed.post(f"/api/incidents/{incident}/decision", json={"action": "accept"})
    assert bare.status_code == 403
    wrong = ed.post(
        f"/api/incidents/{incident}/decision",
        json={"action": "accept"},
        headers={"X-CSRF-Token": "nope"},
    )
    assert wrong.status_code == 403
    assert (
        ed.api_post(f"/api/incidents/{incident}/decision", {"action": "accept"}).status_code == 200
    )


def test_sign_in_needs_its_form_token(world: World, make_client: Callable[..., Client]) -> None:
    client = make_client()
    login_token(client)
    response = client.post(
        "/login",
        data={"name": "alice", "password": PASSWORD, "login_token": "forged"},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert client.get("/api/me").status_code == 401
