"""Coded incidents and interventions in the store: what is saved reads back the same,
inferred dates included, and a database coded before inferred dates were kept migrates."""

from __future__ import annotations

import datetime as dt

from alembic import command

from docket.models import CodedReport, DateInterval, Evidence, Incident, Intervention, Party
from docket.store import Store
from docket.store import coded as coded_store
from docket.store.db import _alembic_config, migrate
from tests.store.test_reports import add, make_report

TEXT = "Police arrested Ana Diaz in Lima on 3 May. A lawyer later filed a petition for her."
MAY_3 = DateInterval(
    start=dt.date(2021, 5, 3), end=dt.date(2021, 5, 3), granularity="day", text="3 May"
)
GUESSED = DateInterval(
    start=dt.date(2021, 5, 3),
    end=dt.date(2021, 6, 1),
    granularity="range",
    text="3 May",
    inferred=True,
)


def _coded(report_id: int) -> CodedReport:
    report = make_report(TEXT)
    report.id = report_id
    arrest = Incident(
        act="arbitrary_detention",
        victims=[Party(name="Ana Diaz", type="other")],
        date=MAY_3,
        confidence=0.7,
        coder="test/1",
        evidence=[Evidence(field="act", start=7, end=15, text=TEXT[7:15])],
    )
    petition = Intervention(
        type="petition",
        beneficiaries=["Ana Diaz"],
        date=GUESSED,
        confidence=0.5,
        coder="test/1",
        evidence=[Evidence(field="type", start=63, end=71, text=TEXT[63:71])],
    )
    return CodedReport(report=report, incidents=[arrest], interventions=[petition])


def _saved(store: Store) -> int:
    report_id = add(store, TEXT.encode(), make_report(TEXT)).report_id
    with store.begin() as conn:
        coded_store.save(conn, report_id, _coded(report_id), "test")
    return report_id


def test_coded_records_read_back_with_their_dates(store: Store) -> None:
    report_id = _saved(store)
    with store.read() as conn:
        [arrest], [petition] = coded_store.for_report(conn, report_id)
    assert arrest.date == MAY_3 and not arrest.date.inferred
    assert petition.date == GUESSED and petition.date.inferred
    assert arrest.evidence[0].text == TEXT[arrest.evidence[0].start : arrest.evidence[0].end]


def test_records_coded_before_inferred_dates_migrate_as_stated(store: Store) -> None:
    report_id = _saved(store)
    with store.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")
    migrate(store.engine)
    with store.read() as conn:
        [arrest], [petition] = coded_store.for_report(conn, report_id)
    # The column is new: nothing coded before it claims to be an inference.
    assert arrest.date == MAY_3
    assert petition.date == DateInterval(
        start=GUESSED.start, end=GUESSED.end, granularity="range", text="3 May"
    )
