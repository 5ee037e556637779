"""Report texts are untrusted: a report carrying <script> and <img onerror> comes out as
text, on every page and in the API, and the CSP would stop inline code anyway."""

from __future__ import annotations

from collections.abc import Callable

from tests.review.conftest import Client, World

RAW = ("<script>alert(1)</script>", '<img src=x onerror="alert(2)">', "<b>Ivan Petrov</b>")


def _assert_escaped(html: str) -> None:
    for raw in RAW:
        assert raw not in html
    assert "<script>alert" not in html and "<img src=x" not in html


def test_hostile_report_is_escaped_on_every_page(
    world: World, make_client: Callable[..., Client]
) -> None:
    alice = make_client("alice")
    page = alice.get(f"/reports/{world.secret}")
    assert page.status_code == 200
    _assert_escaped(page.text)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "&lt;img src=x onerror=" in page.text
    # The evidence span covering the <script> text is marked, its content still escaped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</mark>" in page.text
    for url in ("/", "/search?q=alert", "/search?q=Petrov", "/admin/audit"):
        _assert_escaped(alice.get(url).text)
    # Every <script> on the page is one of ours, from our own origin.
    scripts = [line for line in page.text.splitlines() if "<script" in line]
    assert scripts and all('src="/static/' in line for line in scripts)


def test_the_api_returns_the_text_as_json_data(
    world: World, make_client: Callable[..., Client]
) -> None:
    response = make_client("alice").get(f"/api/reports/{world.secret}")
    assert response.headers["content-type"].startswith("application/json")
    assert RAW[0] in response.json()["text"]


def test_security_headers(world: World, make_client: Callable[..., Client]) -> None:
    for client, url in (
        (make_client(), "/login"),
        (make_client("alice"), "/"),
        (make_client("alice"), "/api/me"),
    ):
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"
    static = make_client().get("/static/review.js")
    assert static.status_code == 200 and "no-store" not in static.headers.get("cache-control", "")
    assert static.headers["x-content-type-options"] == "nosniff"


def test_no_inline_scripts_or_styles_in_templates() -> None:
    from pathlib import Path

    import docket.review

    folder = Path(docket.review.__file__).parent / "templates"
    for template in folder.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert "<script>" not in text and "<style" not in text, template
        assert " style=" not in text and " onclick=" not in text and "hx-on" not in text


def test_unknown_pages_answer_with_the_html_error_page(
    world: World, make_client: Callable[..., Client]
) -> None:
    response = make_client("alice").get("/no/such/page")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["x-frame-options"] == "DENY"


def test_a_script_url_is_never_a_link(world: World, make_client: Callable[..., Client]) -> None:
    ed = make_client("ed")
    report = (
        b"Trap\n\nJanuary 5, 2021\n\nSome body text here.\n\nOriginal url: javascript:alert(3)\n"
    )
    added = ed.post(
        "/add",
        data={"csrf_token": ed.csrf},
        files={"upload": ("trap.md", report, "text/markdown")},
    )
    assert added.status_code == 200
    assert "could not be coded" in added.text  # the test coder finds none of its quotes
    new_id = max(r["id"] for r in ed.get("/api/reports").json())
    page = ed.get(f"/reports/{new_id}").text
    assert 'href="javascript:' not in page
