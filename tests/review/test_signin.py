"""Sign-in: argon2id hashes, cookie flags, rate limits per account and per address,
disabled accounts, sign-out, and one-time passwords that must be changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from docket.review import ReviewOptions
from docket.review.passwords import hash_password, verify
from docket.store import users as user_store
from tests.review.conftest import PASSWORD, Client, World, sign_in


def test_hashes_are_argon2id_and_never_the_password(world: World) -> None:
    with world.store.read() as conn:
        stored = user_store.password_hash(conn, "alice")
    assert stored is not None and stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert verify(stored, PASSWORD) and not verify(stored, PASSWORD + "x")
    assert not verify(None, PASSWORD)


def test_short_passwords_are_refused() -> None:
    from docket.errors import AuthError

    with pytest.raises(AuthError):
        hash_password("short")


def test_session_cookie_flags(world: World, make_client: Callable[..., Client]) -> None:
    client = make_client()
    response = sign_in(client, "alice")
    assert response.status_code == 303
    cookie = next(
        v
        for k, v in response.headers.multi_items()
        if k == "set-cookie" and v.startswith("__Host-docket_session=")
    )
    flags = cookie.lower()
    assert "secure" in flags and "httponly" in flags and "samesite=strict" in flags
    assert "path=/" in flags and "domain=" not in flags


def test_insecure_cookies_only_when_asked(world: World, make_client: Callable[..., Client]) -> None:
    client = make_client(options=ReviewOptions(secure_cookies=False))
    response = sign_in(client, "alice")
    cookie = next(
        v
        for k, v in response.headers.multi_items()
        if k == "set-cookie" and v.startswith("docket_session=")
    )
    assert "secure" not in cookie.lower() and "httponly" in cookie.lower()


def test_wrong_passwords_are_refused_the_same_way(
    world: World, make_client: Callable[..., Client]
) -> None:
    client = make_client()
    wrong = sign_in(client, "alice", "not the password at all")
    unknown = sign_in(client, "nobody", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert "wrong name or password" in wrong.text and "wrong name or password" in unknown.text


def test_rate_limit_per_account(world: World, make_client: Callable[..., Client]) -> None:
    options = ReviewOptions(max_failures_per_account=3, max_failures_per_ip=100)
    client = make_client(options=options)
    for _ in range(3):
        assert sign_in(client, "ed", "wrong password here").status_code == 401
    # Even the right password is refused now, for this account only.
    assert sign_in(client, "ed").status_code == 429
    assert sign_in(client, "vera").status_code == 303


def test_rate_limit_per_address(world: World, make_client: Callable[..., Client]) -> None:
    options = ReviewOptions(max_failures_per_account=100, max_failures_per_ip=4)
    client = make_client(options=options)
    for name in ("a1", "a2", "a3", "a4"):
        assert sign_in(client, name, "wrong password here").status_code == 401
    assert sign_in(client, "alice").status_code == 429


def test_disabled_accounts_lose_their_sessions(
    world: World, make_client: Callable[..., Client]
) -> None:
    vera = make_client("vera")
    assert vera.get("/api/me").status_code == 200
    with world.store.begin() as conn:
        user_store.set_active(conn, "vera", False, "cli:test")
    assert vera.get("/api/me").status_code == 401
    assert sign_in(make_client(), "vera").status_code == 401


def test_sign_out_ends_the_session(world: World, make_client: Callable[..., Client]) -> None:
    vera = make_client("vera")
    token = vera.cookies.get("__Host-docket_session")
    assert vera.form_post("/logout", follow_redirects=False).status_code == 303
    assert vera.get("/api/me").status_code == 401
    replay = make_client()
    replay.cookies.set("__Host-docket_session", token or "")
    assert replay.get("/api/me").status_code == 401


def test_one_time_passwords_must_be_changed(
    world: World, make_client: Callable[..., Client]
) -> None:
    alice = make_client("alice")
    page = alice.form_post("/admin/users", {"name": "newbie", "role": "viewer"})
    import re

    found = re.search(r'<code class="secret">([^<]+)</code>', page.text)
    assert found
    one_time = found.group(1)
    newbie = make_client()
    response = sign_in(newbie, "newbie", one_time)
    assert response.headers["location"] == "/account/password"
    assert newbie.get("/", follow_redirects=False).headers["location"] == "/account/password"
    assert newbie.get("/api/reports").status_code == 403
    newbie.csrf = re.search(
        r'name="csrf_token" value="([^"]+)"',  # type: ignore[union-attr]
        newbie.get("/account/password").text,
    ).group(1)
    changed = newbie.form_post(
        "/account/password",
        {"current": one_time, "new": "a brand new passphrase"},
        follow_redirects=False,
    )
    assert changed.status_code == 303
    assert sign_in(newbie, "newbie", "a brand new passphrase").headers["location"] == "/"


def test_there_is_no_sign_up_and_no_default_account(
    world: World, make_client: Callable[..., Client]
) -> None:
    client = make_client()
    for name in ("admin", "root", "docket"):
        assert sign_in(client, name, "admin").status_code in (401, 429)
    assert client.get("/signup").status_code in (303, 404)
    assert client.post("/api/users", json={"name": "x"}).status_code in (401, 403, 405)
