"""The account commands: the command line acts as the machine's administrator."""

from __future__ import annotations

import io
import json

import pytest

from docket.cli import main


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


def test_users_add_list_disable_remove(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough passphrase\n"))
    assert run(db_url, "users", "add", "ed", "--role", "editor", "--password-stdin") == 0
    assert run(db_url, "users", "add", "demo-admin", "--role", "admin", "--generate-password") == 0
    out = capsys.readouterr().out
    assert out.startswith("one-time password for demo-admin: ") and len(out.split()[-1]) >= 20
    assert (
        run(db_url, "users", "add", "demo-admin", "--role", "admin", "--generate-password") == 1
    )  # exists: refused without --reset-if-exists
    assert (
        run(
            db_url,
            "users",
            "add",
            "demo-admin",
            "--role",
            "admin",
            "--generate-password",
            "--reset-if-exists",
        )
        == 0
    )
    assert out.split()[-1] not in capsys.readouterr().out
    assert run(db_url, "users", "disable", "ed") == 0
    assert run(db_url, "users", "list", "--json") == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert listed == [
        {"name": "demo-admin", "role": "admin", "active": True},
        {"name": "ed", "role": "editor", "active": False},
    ]
    assert run(db_url, "users", "remove", "ed") == 0
    assert run(db_url, "users", "remove", "ed") == 1
    assert run(db_url, "audit", "verify") == 0


def test_short_password_and_unknown_role_are_refused(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert run(db_url, "users", "add", "x", "--role", "editor", "--password-stdin") == 1
    assert run(db_url, "users", "add", "x", "--role", "root", "--password-stdin") == 2


def test_grant_and_confidential(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import EXAMPLE

    assert run(db_url, "ingest", str(EXAMPLE)) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough passphrase\n"))
    assert run(db_url, "users", "add", "nina", "--role", "viewer", "--password-stdin") == 0
    assert run(db_url, "confidential", "1") == 0
    assert run(db_url, "grant", "1", "nina") == 0
    assert run(db_url, "grant", "99", "nina") == 1
    assert run(db_url, "confidential", "1", "--off") == 0
    capsys.readouterr()
    assert run(db_url, "audit", "log", "--json", "--limit", "3") == 0
    actions = [json.loads(line)["action"] for line in capsys.readouterr().out.splitlines()]
    assert actions == ["report.confidential", "access.grant", "report.confidential"]
