"""The audit chain against direct tampering in the database: `docket audit verify` names the
entry edited or deleted, and `--head` catches a log cut short at its end."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from docket.cli import main
from docket.store import Store
from tests.review.conftest import Client, World


def _review(world: World, make_client: Callable[..., Client]) -> None:
    ed = make_client("ed")
    for incident in ed.get(f"/api/reports/{world.example}").json()["incidents"]:
        ed.api_post(f"/api/incidents/{incident['id']}/decision", {"action": "accept"})


def _unprotected(conn: sa.Connection, statement: str) -> None:
    """Run `statement` with the append-only trigger out of the way, as an attacker with
    write access to the database would."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        conn.exec_driver_sql(statement)
        conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
    else:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql(statement)


def _verify(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--db", db_url, "audit", "verify", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _review_entry(store: Store) -> int:
    with store.read() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT min(id) FROM audit_log WHERE action = 'review.accept'"
            ).scalar_one()
        )


def test_the_database_refuses_edits(world: World) -> None:
    with pytest.raises(sa.exc.DBAPIError), world.store.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'mallory' WHERE id = 1")
    with pytest.raises(sa.exc.DBAPIError), world.store.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 1")


def test_an_edited_entry_is_named(
    world: World,
    db_url: str,
    make_client: Callable[..., Client],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _review(world, make_client)
    assert _verify(db_url, capsys)[0] == 0
    target = _review_entry(world.store)
    with world.store.begin() as conn:
        _unprotected(conn, f"UPDATE audit_log SET actor = 'mallory' WHERE id = {target}")
    code, output = _verify(db_url, capsys)
    assert code == 1
    assert f"entry {target}: its content does not match its hash" in output
    assert output.count("audit: ") == 1  # only that entry is blamed


def test_a_deleted_entry_is_named(
    world: World,
    db_url: str,
    make_client: Callable[..., Client],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _review(world, make_client)
    target = _review_entry(world.store)
    with world.store.begin() as conn:
        _unprotected(conn, f"DELETE FROM audit_log WHERE id = {target}")
    code, output = _verify(db_url, capsys)
    assert code == 1
    assert f"entry {target}: missing" in output


def test_a_truncated_log_is_caught_only_against_a_saved_head(
    world: World,
    db_url: str,
    tmp_path: Path,
    make_client: Callable[..., Client],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _review(world, make_client)
    assert main(["--db", db_url, "audit", "head"]) == 0
    saved = json.loads(capsys.readouterr().out)
    head_file = tmp_path / "head.json"
    head_file.write_text(json.dumps(saved))
    with world.store.begin() as conn:
        _unprotected(conn, f"DELETE FROM audit_log WHERE id >= {saved['id'] - 1}")
    assert _verify(db_url, capsys)[0] == 0  # the rest still chains: alone, it looks fine
    code, output = _verify(db_url, capsys, "--head", str(head_file))
    assert code == 1
    assert f"entry {saved['id']}: the saved head is no longer in the log" in output


def test_a_log_rewritten_whole_differs_from_the_saved_head(
    world: World, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "audit", "head"]) == 0
    head_file = tmp_path / "head.json"
    head_file.write_text(capsys.readouterr().out)
    saved = json.loads(head_file.read_text())
    # Recompute every hash after a change, as someone knowing the scheme could.
    from docket.store import audit
    from docket.store.schema import audit_log

    with world.store.begin() as conn:
        rows = [
            dict(r) for r in conn.execute(sa.select(audit_log).order_by(audit_log.c.id)).mappings()
        ]
        _unprotected(conn, "DELETE FROM audit_log")
        prev = audit.GENESIS
        for row in rows:
            row["actor"] = "mallory" if row["id"] == 2 else row["actor"]
            row["prev_hash"] = prev
            row["hash"] = audit.entry_hash(row["id"], row)
            conn.execute(audit_log.insert().values(**row))
            prev = row["hash"]
    assert _verify(db_url, capsys)[0] == 0
    code, output = _verify(db_url, capsys, "--head", str(head_file))
    assert code == 1 and f"entry {saved['id']}: differs from the saved head" in output
