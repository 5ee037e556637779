from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import httpx
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from docket.capture.fetch import Fetcher
from docket.capture.items import Captured, Failure
from docket.capture.sources import captures
from tests.conftest import AFP_PARAGRAPHS, EXAMPLE, article_html

AFP = article_html(
    "Chechen gay men detained and taken home",
    AFP_PARAGRAPHS,
    canonical="https://wire.test/2021/02/06/chechen-men",
)


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"unexpected request {request.url}")


def collect(source: str, fetcher: Fetcher, url: str | None = None) -> list[Captured | Failure]:
    return list(captures(source, fetcher, url))


def test_saved_page_is_extracted_with_links_and_metadata(
    tmp_path: Path, make_fetcher: Callable[..., Fetcher]
) -> None:
    page = tmp_path / "afp.html"
    page.write_text(AFP, encoding="utf-8")
    [item] = collect(str(page), make_fetcher(no_network))
    assert isinstance(item, Captured)
    report = item.report
    assert report.title == "Chechen gay men detained and taken home"
    assert str(report.published) == "2021-02-06"
    assert report.authors == ["Jane Reporter"]
    assert "detained by the FSB in Nizhny Novgorod on Thursday" in report.text
    assert "[the network's site](https://example.org/lgbt-network)" in report.text
    assert "All rights reserved" not in report.text
    assert report.canonical_url == "https://wire.test/2021/02/06/chechen-men"
    assert item.raw == page.read_bytes()
    assert item.capture.kind == "html"


def test_url_is_fetched_with_status_and_headers(make_fetcher: Callable[..., Fetcher]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=AFP, headers={"Content-Type": "text/html; charset=utf-8"})

    [item] = collect("https://wire.test/2021/02/06/chechen-men?utm_source=x", make_fetcher(handler))
    assert isinstance(item, Captured)
    assert item.capture.http_status == 200
    assert item.capture.headers["content-type"].startswith("text/html")
    assert item.capture.media_type == "text/html"
    assert item.report.canonical_url == "https://wire.test/2021/02/06/chechen-men"


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>https://wire.test/one</link></item>
<item><title>Gone</title><link>https://wire.test/gone</link></item>
<item><title>Two</title><link>https://wire.test/two</link></item>
</channel></rss>"""


def feed_site(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/feed.xml":
        return httpx.Response(200, text=FEED, headers={"Content-Type": "application/rss+xml"})
    if path == "/gone":
        return httpx.Response(404)
    title = f"Story {path.strip('/')}"
    return httpx.Response(200, text=article_html(title, AFP_PARAGRAPHS))


def test_feed_entries_are_captured_and_a_missing_entry_is_reported(
    tmp_path: Path, make_fetcher: Callable[..., Fetcher]
) -> None:
    items = collect("https://wire.test/feed.xml", make_fetcher(feed_site))
    captured = [i for i in items if isinstance(i, Captured)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [c.report.title for c in captured] == ["Story one", "Story two"]
    assert [c.capture.kind for c in captured] == ["feed", "feed"]
    assert len(failures) == 1
    assert "https://wire.test/gone" in failures[0].source
    assert "HTTP 404" in failures[0].reason
    feed_file = tmp_path / "wire.rss"
    feed_file.write_text(FEED, encoding="utf-8")
    assert (
        len(
            [i for i in collect(str(feed_file), make_fetcher(feed_site)) if isinstance(i, Captured)]
        )
        == 2
    )


def write_warc(path: Path, pages: dict[str, str]) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
            record.raw_stream.close()


def test_warc_responses_are_captured(tmp_path: Path, make_fetcher: Callable[..., Fetcher]) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive,
        {
            "https://wire.test/a": article_html("Story A", AFP_PARAGRAPHS),
            "https://wire.test/b": article_html("Story B", AFP_PARAGRAPHS[1:]),
        },
    )
    items = collect(str(archive), make_fetcher(no_network))
    assert all(isinstance(i, Captured) for i in items)
    captured = [i for i in items if isinstance(i, Captured)]
    assert [c.report.url for c in captured] == ["https://wire.test/a", "https://wire.test/b"]
    assert captured[0].capture.http_status == 200
    assert captured[0].capture.kind == "warc"


def test_truncated_warc_keeps_the_records_before_the_damage(
    tmp_path: Path, make_fetcher: Callable[..., Fetcher]
) -> None:
    archive = tmp_path / "crawl.warc.gz"
    pages = {f"https://wire.test/{n}": article_html(f"Story {n}", AFP_PARAGRAPHS) for n in range(3)}
    write_warc(archive, pages)
    data = archive.read_bytes()
    archive.write_bytes(data[: int(len(data) * 0.8)])
    items = collect(str(archive), make_fetcher(no_network))
    assert isinstance(items[0], Captured)
    assert isinstance(items[-1], Failure)
    assert "truncated" in items[-1].reason


def test_bad_files_each_get_one_clear_failure(
    tmp_path: Path, make_fetcher: Callable[..., Fetcher]
) -> None:
    (tmp_path / "empty.html").write_text("")
    (tmp_path / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "notes.html").write_text("just some words, no markup at all")
    (tmp_path / "blank.md").write_text("   \n\n")
    (tmp_path / "huge.html").write_bytes(b"<html><body><p>" + b"a" * (50 * 1024 * 1024))
    (tmp_path / "bad.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\n" * 50)[:40])
    fetcher = make_fetcher(no_network)
    reasons = {}
    for item in collect(str(tmp_path), fetcher):
        assert isinstance(item, Failure), item
        reasons[Path(item.source.split("#")[0]).name] = item.reason
    assert reasons["empty.html"] == "the page is empty"
    assert "binary" in reasons["image.html"] or "not HTML" in reasons["image.html"]
    assert reasons["notes.html"].startswith("not HTML")
    assert reasons["blank.md"] == "the report is empty"
    assert reasons["huge.html"].startswith("too large")
    assert "archive" in reasons["bad.warc.gz"]


def test_missing_source_and_empty_folder(
    tmp_path: Path, make_fetcher: Callable[..., Fetcher]
) -> None:
    fetcher = make_fetcher(no_network)
    [missing] = collect(str(tmp_path / "nope.md"), fetcher)
    assert isinstance(missing, Failure) and "no such file" in missing.reason
    (tmp_path / "empty").mkdir()
    [empty] = collect(str(tmp_path / "empty"), fetcher)
    assert isinstance(empty, Failure) and "no reports" in empty.reason


def test_example_markdown_report(make_fetcher: Callable[..., Fetcher]) -> None:
    [item] = collect(str(EXAMPLE), make_fetcher(no_network))
    assert isinstance(item, Captured)
    assert item.capture.kind == "markdown"
    assert item.report.published_text == "April 29, 2021"
    assert item.report.url is not None and "themoscowtimes.com" in item.report.url
