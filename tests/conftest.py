"""Shared fixtures: a store on SQLite, and on PostgreSQL too when DOCKET_TEST_PG names a
server (CI sets it); a fetcher whose network is a mock transport."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from docket.capture.fetch import Fetcher
from docket.config import Settings
from docket.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "moscow-times-2021-04-29-state-protection.md"
PG_URL = os.environ.get("DOCKET_TEST_PG")


def _pg_schema_url(base: str, schema: str) -> str:
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database of each kind: a SQLite file, or a PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "docket.sqlite3")
        return
    if not PG_URL:
        pytest.skip("PostgreSQL not configured (set DOCKET_TEST_PG)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(PG_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(db=db_url)


Handler = Callable[[httpx.Request], httpx.Response]


def public_resolver(host: str) -> list[str]:
    """Every test host resolves to a public documentation address, except the ones named
    for private networks."""
    private = {
        "intranet.test": "10.0.0.5",
        "localhost": "127.0.0.1",
        "metadata.test": "169.254.169.254",
    }
    return [private.get(host, "93.184.216.34")]


@pytest.fixture
def make_fetcher() -> Iterator[Callable[..., Fetcher]]:
    made: list[Fetcher] = []

    def make(handler: Handler, **settings: object) -> Fetcher:
        fetcher = Fetcher(
            Settings(db=":memory:", **settings),  # type: ignore[arg-type]
            transport=httpx.MockTransport(handler),
            resolver=public_resolver,
        )
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


def article_html(
    title: str, paragraphs: list[str], date: str = "2021-02-06", canonical: str | None = None
) -> str:
    """A small news page of the kind docket captures."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>{link}
<meta property="article:published_time" content="{date}T10:00:00Z">
<meta name="author" content="Jane Reporter"><meta property="og:site_name" content="Test Wire">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Copyright Test Wire. All rights reserved.</footer></body></html>"""


AFP_PARAGRAPHS = [
    "Two young men who fled Chechnya after being tortured were detained by the FSB in "
    "Nizhny Novgorod on Thursday and taken back to the region, a rights group said.",
    "Salekh Magamadov, 20, and Ismail Isayev, 17, had been held in April 2020 and "
    "released, according to the Russian LGBT Network, which had helped them flee in June.",
    "The group said the two men were taken to Gudermes and that their lives were in "
    'danger. Read more at <a href="https://example.org/lgbt-network">the network\'s site</a>.',
    "Police in Chechnya did not respond to requests for comment on Saturday.",
]
