from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from docket.capture.items import new_capture
from docket.errors import NotFound
from docket.models import Report
from docket.store import Store, audit
from docket.store import reports as report_store
from docket.store.search import search


def make_report(text: str, url: str | None = "https://news.test/a", title: str = "T") -> Report:
    return Report(
        title=title,
        text=text,
        url=url,
        canonical_url=url,
        published=dt.date(2021, 2, 6),
        authors=["A. Writer"],
    )


def add(store: Store, raw: bytes, report: Report) -> report_store.Stored:
    capture = new_capture(
        raw,
        source="test",
        kind="html",
        url=report.url,
        headers={"content-type": "text/html"},
        http_status=200,
    )
    with store.begin() as conn:
        return report_store.add(conn, raw, capture, report, "test")


def test_round_trip_of_a_report_and_its_raw_bytes(store: Store) -> None:
    raw = b"<html>\x00\xff raw bytes kept exactly</html>"
    stored = add(store, raw, make_report("Body with [a link](https://x.test)."))
    with store.read() as conn:
        report = report_store.get(conn, stored.report_id)
        assert report_store.raw_bytes(conn, report.sha256) == raw
    assert report.text == "Body with [a link](https://x.test)."
    assert report.published == dt.date(2021, 2, 6)
    assert report.authors == ["A. Writer"]
    assert report.captures[0].http_status == 200
    assert report.captures[0].headers == {"content-type": "text/html"}
    assert report.captures[0].tool_version.startswith("docket/")


def test_same_bytes_or_same_url_and_text_is_one_report(store: Store) -> None:
    first = add(store, b"page one", make_report("Same text."))
    again = add(store, b"page one", make_report("Same text."))
    refetched = add(store, b"page one, other bytes", make_report("Same text."))
    other = add(store, b"page two", make_report("Other text."))
    assert first.new_report and not again.new_report and not again.new_capture
    assert refetched.report_id == first.report_id and refetched.new_capture
    assert other.new_report and other.report_id != first.report_id
    with store.read() as conn:
        assert report_store.count(conn) == 2
        assert len(report_store.get(conn, first.report_id).captures) == 2


def test_every_capture_is_in_the_audit_chain(store: Store) -> None:
    add(store, b"one", make_report("One."))
    add(store, b"two", make_report("Two."))
    add(store, b"two", make_report("Two."))
    with store.read() as conn:
        entries = audit.entries(conn)
        assert [e.action for e in entries] == ["capture", "capture"]
        assert entries[1].prev_hash == entries[0].hash
        assert audit.verify(conn) == []


def test_audit_log_and_raw_bytes_refuse_changes(store: Store) -> None:
    add(store, b"one", make_report("One."))
    with pytest.raises(sa.exc.DBAPIError), store.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sa.exc.DBAPIError), store.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")
    with pytest.raises(sa.exc.DBAPIError), store.begin() as conn:
        conn.exec_driver_sql("UPDATE blobs SET data = data")


def test_search_ranks_and_highlights(store: Store) -> None:
    add(
        store,
        b"1",
        make_report(
            "The FSB detained two men in Nizhny Novgorod.", url="https://a.test", title="Detention"
        ),
    )
    add(
        store,
        b"2",
        make_report("A festival opened in Kazan.", url="https://b.test", title="Festival"),
    )
    add(
        store,
        b"3",
        make_report(
            "Men detained. Detained again and detained once more.",
            url="https://c.test",
            title="Detained detained",
        ),
    )
    with store.read() as conn:
        hits = search(conn, "detained")
        assert {h.report_id for h in hits} == {1, 3}
        assert hits[0].report_id == 3
        assert "[detained]" in hits[1].snippet.lower() or "[detained]" in hits[0].snippet.lower()
        # Query syntax is taken as words, never as FTS operators.
        assert {h.report_id for h in search(conn, '"men" detained* (')} == {1, 3}
        assert search(conn, "kazan festival")[0].report_id == 2
        assert search(conn, "") == []


def test_missing_report_is_not_found(store: Store) -> None:
    with store.read() as conn, pytest.raises(NotFound, match="no report with id 42"):
        report_store.get(conn, 42)


def test_opening_twice_migrates_once(db_url: str) -> None:
    from alembic.script import ScriptDirectory

    from docket.store.db import _MIGRATIONS

    Store.open(db_url).close()
    again = Store.open(db_url)
    with again.read() as conn:
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    again.close()
    assert version == ScriptDirectory(str(_MIGRATIONS)).get_current_head()
