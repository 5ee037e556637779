"""Fixtures for the review app: a store (SQLite, and PostgreSQL with DOCKET_TEST_PG) holding
the bundled example coded by hand, four accounts, and signed-in in-process clients."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from docket.capture import ingest
from docket.capture.fetch import Fetcher
from docket.config import Settings
from docket.models import (
    CodedReport,
    DateInterval,
    Evidence,
    Incident,
    Intervention,
    Party,
    Place,
    Report,
)
from docket.review import ReviewOptions, create_app
from docket.review.passwords import hash_password
from docket.store import Store, coded
from docket.store import reports as report_store
from docket.store import users as user_store
from tests.conftest import EXAMPLE

PASSWORD = "correct horse battery staple"
USERS = {"alice": "admin", "ed": "editor", "vera": "viewer", "nina": "viewer"}
"""nina is named on the confidential report; vera is not."""
HOSTILE = (
    "Hostile report\n\nJanuary 5, 2021\n\n"
    "Activist <b>Ivan Petrov</b> was detained. <script>alert(1)</script> "
    '<img src=x onerror="alert(2)"> He was beaten in custody.\n\n'
    "Original url:\n\n<https://hostile.example/article>\n"
)


@functools.cache
def password_hash() -> str:
    return hash_password(PASSWORD)


def span(text: str, quote: str, field: str) -> Evidence:
    start = text.index(quote)
    return Evidence(field=field, start=start, end=start + len(quote), text=quote)


def example_incidents(report: Report) -> CodedReport:
    """What the coder would propose for the example: torture, a detention, an abduction."""
    text = report.text
    men = [Party(name="Salekh Magamadov", type="other"), Party(name="Ismail Isayev", type="other")]
    police = [Party(name="Chechen special police", type="state actor")]
    chechnya = Place(text="Chechnya", region="Chechnya", country="Russia")
    torture = Incident(
        act="torture",
        victims=men,
        perpetrators=police,
        location=chechnya,
        status="alleged",
        date=DateInterval(start=None, end=None),
        confidence=0.8,
        coder="test-coder/1",
        evidence=[span(text, "allegedly tortured by Chechen special police", "act")],
    )
    detention = Incident(
        act="arbitrary_detention",
        victims=men,
        perpetrators=police,
        location=chechnya,
        date=DateInterval(
            start=_d("2020-04-01"), end=_d("2020-04-30"), granularity="month", text="April 2020"
        ),
        confidence=0.7,
        coder="test-coder/1",
        evidence=[
            span(text, "initial arrest and torture by Chechen special police in April 2020", "act"),
            span(text, "April 2020", "date"),
        ],
    )
    abduction = Incident(
        act="abduction",
        victims=men,
        location=chechnya,
        status="alleged",
        confidence=0.6,
        # The text names no date for the seizure: the coder's inference, marked as such.
        date=DateInterval(
            start=_d("2021-01-01"), end=_d("2021-04-29"), granularity="range", inferred=True
        ),
        coder="test-coder/1",
        evidence=[span(text, "They were seized and returned to Chechnya", "act")],
    )
    protection = Intervention(
        type="protection_granted",
        actor="Authorities in Russia’s republic of Chechnya",
        beneficiaries=["Salekh Magamadov", "Ismail Isayev"],
        # Between the return and publication, as the coder dates it: an inference.
        date=DateInterval(
            start=_d("2021-01-01"), end=_d("2021-04-29"), granularity="range", inferred=True
        ),
        confidence=0.7,
        coder="test-coder/1",
        evidence=[span(text, "have granted state protection", "type")],
    )
    return CodedReport(
        report=report,
        incidents=[torture, detention, abduction],
        interventions=[protection],
        coder="test-coder/1",
    )


def _d(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def hostile_incidents(report: Report) -> CodedReport:
    text = report.text
    beaten = Incident(
        act="torture",
        victims=[Party(name="<b>Ivan Petrov</b>")],
        confidence=0.5,
        coder="test-coder/1",
        evidence=[span(text, "<script>alert(1)</script>", "act")],
    )
    return CodedReport(report=report, incidents=[beaten], coder="test-coder/1")


@dataclass
class World:
    store: Store
    settings: Settings
    example: int
    secret: int
    """The hostile report, marked confidential and granted to nina."""


def _ingest(store: Store, settings: Settings, path: str) -> int:
    with Fetcher(settings) as fetcher:
        result = ingest(store, [path], fetcher, actor="cli:test")
    return (result.new_reports or result.known_reports)[0]


@pytest.fixture
def world(store: Store, tmp_path: Path) -> World:
    settings = Settings(db="unused")
    example = _ingest(store, settings, str(EXAMPLE))
    hostile_file = tmp_path / "hostile.md"
    hostile_file.write_text(HOSTILE, encoding="utf-8")
    secret = _ingest(store, settings, str(hostile_file))
    with store.begin() as conn:
        for rid, make in ((example, example_incidents), (secret, hostile_incidents)):
            coded.save(conn, rid, make(report_store.get(conn, rid)), "cli:test")
        for name, role in USERS.items():
            user_store.add(conn, name, role, password_hash(), "cli:test")
        user_store.set_confidential(conn, secret, True, "cli:test")
        user_store.grant(conn, secret, "nina", "cli:test")
    return World(store=store, settings=settings, example=example, secret=secret)


class Client(TestClient):
    csrf: str = ""

    def form_post(self, url: str, data: dict[str, str] | None = None, **kwargs: object):  # type: ignore[no-untyped-def]
        return self.post(url, data={"csrf_token": self.csrf, **(data or {})}, **kwargs)  # type: ignore[arg-type]

    def api_post(self, url: str, body: dict[str, object]):  # type: ignore[no-untyped-def]
        return self.post(url, json=body, headers={"X-CSRF-Token": self.csrf})


def login_token(client: TestClient) -> str:
    page = client.get("/login")
    found = re.search(r'name="login_token" value="([^"]+)"', page.text)
    assert found, page.text
    return found.group(1)


def sign_in(client: Client, name: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    token = login_token(client)
    return client.post(
        "/login",
        data={"name": name, "password": password, "login_token": token},
        follow_redirects=False,
    )


@pytest.fixture
def make_client(world: World) -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def make(
        name: str | None = None, options: ReviewOptions | None = None, coder: object = None
    ) -> Client:
        app = create_app(
            world.store,
            world.settings,
            options or ReviewOptions(),
            coder=coder or example_incidents,
        )  # type: ignore[arg-type]
        client = Client(app, base_url="https://testserver")
        made.append(client)
        if name:
            response = sign_in(client, name)
            assert response.status_code == 303, response.text
            client.csrf = client.get("/api/me").json()["csrf_token"]
        return client

    yield make
    for client in made:
        client.close()
