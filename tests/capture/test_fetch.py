from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from docket.capture.fetch import Fetcher, is_public
from docket.errors import FetchError


def test_addresses_that_are_not_public_are_recognised() -> None:
    for address in (
        "10.1.2.3",
        "127.0.0.1",
        "169.254.169.254",
        "192.168.0.1",
        "::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
        "100.64.0.1",
    ):
        assert not is_public(address), address
    assert is_public("93.184.216.34")
    assert is_public("2606:2800:220:1:248:1893:25c8:1946")


def test_private_hosts_are_refused_before_any_request(make_fetcher: Callable[..., Fetcher]) -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, text="<html></html>")

    fetcher = make_fetcher(handler)
    for url in ("http://intranet.test/x", "http://localhost:8000/", "http://metadata.test/"):
        with pytest.raises(FetchError, match="refused"):
            fetcher.fetch(url)
    assert asked == []


def test_private_hosts_are_fetched_when_allowed(make_fetcher: Callable[..., Fetcher]) -> None:
    fetcher = make_fetcher(lambda r: httpx.Response(200, text="ok"), allow_private=True)
    assert fetcher.fetch("http://intranet.test/x").content == b"ok"


def test_a_redirect_into_the_private_network_is_refused(
    make_fetcher: Callable[..., Fetcher],
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://intranet.test/admin"})

    with pytest.raises(FetchError, match=r"refused: intranet\.test"):
        make_fetcher(handler).fetch("https://news.test/story")


def test_redirects_are_followed_a_bounded_number_of_times(
    make_fetcher: Callable[..., Fetcher],
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.params.get("hop", "0"))
        if hop < 2:
            return httpx.Response(301, headers={"Location": f"/story?hop={hop + 1}"})
        return httpx.Response(200, text="arrived")

    fetched = make_fetcher(handler).fetch("https://news.test/story")
    assert fetched.final_url == "https://news.test/story?hop=2"
    with pytest.raises(FetchError, match="more than 1 redirects"):
        make_fetcher(handler, max_redirects=1).fetch("https://news.test/story")


def test_http_errors_timeouts_and_size_cap(make_fetcher: Callable[..., Fetcher]) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        make_fetcher(lambda r: httpx.Response(404)).fetch("https://news.test/gone")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError, match="timed out"):
        make_fetcher(slow).fetch("https://news.test/slow")

    big = make_fetcher(lambda r: httpx.Response(200, content=b"x" * 5000), max_bytes=4096)
    with pytest.raises(FetchError, match="too large"):
        big.fetch("https://news.test/big")


def test_unreachable_host_and_other_schemes(make_fetcher: Callable[..., Fetcher]) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(FetchError, match="ConnectError"):
        make_fetcher(refused).fetch("https://down.test/")
    with pytest.raises(FetchError, match="only http and https"):
        make_fetcher(refused).fetch("file:///etc/passwd")
