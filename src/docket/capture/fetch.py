"""Fetching reports over HTTP, safely.

A report fetcher must not become a way into the network it runs in: every address a URL
(or a redirect) resolves to is checked, and private, loopback, link-local and other
non-public addresses are refused unless the settings allow them. Redirects are followed by
hand, a bounded number of times, each hop checked again; each network operation has a
timeout; the body is read in chunks and the fetch stops at the size cap.

Not covered: a DNS answer that changes between the check and the connection (rebinding).
Run docket behind an egress firewall where that matters.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from docket import __version__
from docket.config import Settings
from docket.errors import FetchError

Resolver = Callable[[str], list[str]]


def system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(host, f"cannot resolve host: {exc.strerror or exc}") from exc
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class Fetched:
    url: str
    """The URL asked for."""
    final_url: str
    status: int
    headers: dict[str, str]
    content: bytes

    @property
    def media_type(self) -> str | None:
        value = self.headers.get("content-type")
        return value.split(";", 1)[0].strip().lower() if value else None


class Fetcher:
    """One HTTP client for a whole run; `transport` and `resolver` are for tests."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        self.client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(settings.fetch_timeout),
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent or f"docket/{__version__}"},
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"}:
            raise FetchError(url, f"only http and https URLs can be fetched, not {parts.scheme!r}")
        if not parts.hostname:
            raise FetchError(url, "the URL has no host")
        if self.settings.allow_private:
            return
        for address in self.resolver(parts.hostname):
            if not is_public(address):
                raise FetchError(
                    url,
                    f"refused: {parts.hostname} resolves to {address}, a private, loopback or "
                    "link-local address (allow it with --allow-private)",
                )

    def fetch(self, url: str) -> Fetched:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self.check_address(current)
            response = self._get(current)
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(url, f"HTTP {response.status_code} redirect without Location")
                current = urljoin(current, location)
                continue
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            return Fetched(
                url, current, response.status_code, dict(response.headers), response.content
            )
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _get(self, url: str) -> httpx.Response:
        limit = self.settings.max_bytes
        try:
            with self.client.stream("GET", url) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"too large: {int(declared)} bytes (limit {limit})")
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"too large: more than {limit} bytes")
                    chunks.append(chunk)
                response._content = b"".join(chunks)
                return response
        except httpx.TimeoutException as exc:
            raise FetchError(url, f"timed out after {self.settings.fetch_timeout:g} s") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{exc.__class__.__name__}: {exc}") from exc
