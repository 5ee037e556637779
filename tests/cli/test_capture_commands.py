from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from docket.cli import main
from tests.conftest import AFP_PARAGRAPHS, EXAMPLE, article_html


def run(db: str, *args: str) -> int:
    return main(["--db", db, *args])


def test_example_round_trip(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_url, "ingest", str(EXAMPLE)) == 0
    assert "1 new, 0 already in, 0 failed" in capsys.readouterr().out
    assert run(db_url, "show", "1") == 0
    shown = capsys.readouterr().out
    original = EXAMPLE.read_text(encoding="utf-8")
    # Same title, date, paragraphs, links and original URL: only blank lines may differ.
    assert [line for line in shown.splitlines() if line.strip()] == [
        line for line in original.splitlines() if line.strip()
    ]
    assert run(db_url, "show", "1", "--text") == 0
    text = capsys.readouterr().out
    assert text.startswith("Salekh Magamadov and Ismail Isayev were detained")
    assert text.endswith("exist at all in Chechnya.")


def test_reingesting_changes_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "example.md").write_bytes(EXAMPLE.read_bytes())
    (folder / "afp.html").write_text(article_html("Two men detained", AFP_PARAGRAPHS))
    assert run(db_url, "ingest", str(folder)) == 0
    assert "2 new" in capsys.readouterr().out
    assert run(db_url, "ingest", str(folder)) == 0
    assert "0 new, 2 already in, 0 failed" in capsys.readouterr().out
    assert run(db_url, "list") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["id", "published", "outlet", "title"]
    assert len(listing) == 3
    assert listing[1].split()[1] == "2021-04-29"  # newest first


def test_failures_are_reported_and_the_rest_goes_in(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("")
    status = run(
        db_url,
        "ingest",
        str(empty),
        str(tmp_path / "missing.md"),
        str(EXAMPLE),
        "--allow-private",
        "http://127.0.0.1:9/nothing-listens-here",
        "--timeout",
        "2",
    )
    out = capsys.readouterr()
    assert status == 1
    assert f"error: {empty}: the page is empty" in out.err
    assert "missing.md: no such file or folder" in out.err
    assert "127.0.0.1:9/nothing-listens-here: ConnectError" in out.err
    assert "1 new, 0 already in, 3 failed" in out.out


def test_private_addresses_are_refused_by_default(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "ingest", "http://127.0.0.1:9/admin") == 1
    assert "refused: 127.0.0.1 resolves to 127.0.0.1" in capsys.readouterr().err


def test_search_and_exports(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(db_url, "ingest", str(EXAMPLE))
    capsys.readouterr()
    assert run(db_url, "search", "honor", "killings") == 0
    out = capsys.readouterr().out
    assert out.startswith("1  2021-04-29  Chechnya Grants State Protection")
    assert "[killings]" in out
    assert run(db_url, "export", "--format", "jsonl") == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == 1 and len(record["sha256"]) == 64
    assert record["published"] == "2021-04-29"
    assert record["text"].startswith("Salekh Magamadov")
    assert set(record) == {
        "id",
        "url",
        "title",
        "authors",
        "outlet",
        "published",
        "language",
        "sha256",
        "captured_at",
        "text",
    }
    assert run(db_url, "export", "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["title"].startswith("Chechnya Grants") and rows[0]["id"] == "1"


def test_unknown_report_and_bad_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert run(db, "show", "7") == 1
    assert "no report with id 7" in capsys.readouterr().err
    assert run("mysql://nowhere/db", "list") == 1
    assert "unsupported database" in capsys.readouterr().err


def test_a_killed_ingest_leaves_a_consistent_store(tmp_path: Path) -> None:
    """Kill an ingest mid-way; what was committed is whole and the rest goes in later."""
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        paragraphs = [f"Report number {n}: {p}" for p in AFP_PARAGRAPHS]
        (folder / f"r{n:03}.html").write_text(article_html(f"Story {n}", paragraphs))
    db = str(tmp_path / "killed.sqlite3")
    env = {**os.environ, "DOCKET_DB": db}
    command = [sys.executable, "-m", "docket", "ingest", str(folder)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    for _ in range(5):
        process.stdout.readline()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    time.sleep(0.1)
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
        captures = conn.execute("SELECT count(*) FROM captures").fetchone()[0]
        audited = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert 5 <= reports < 60
    assert reports == captures == audited
    finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert f"{60 - reports} new, {reports} already in, 0 failed" in finished.stdout
