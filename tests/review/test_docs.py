"""docs/review.md names every option of the app and every command it adds."""

from __future__ import annotations

import dataclasses

from docket.review import ReviewOptions
from tests.conftest import ROOT


def test_every_command_and_flag_is_documented() -> None:
    text = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")
    for needle in (
        "docket serve",
        "--host",
        "--port",
        "--insecure-cookies",
        "docket users add",
        "--password-stdin",
        "--generate-password",
        "--reset-if-exists",
        "docket users list",
        "docket users disable",
        "docket users remove",
        "docket users role",
        "docket users password",
        "docket grant",
        "docket confidential",
        "docket audit verify",
        "docket audit head",
        "docket audit log",
        "/api/openapi.json",
    ):
        assert needle in text, needle


def test_every_option_has_a_documented_effect() -> None:
    text = (ROOT / "docs" / "review.md").read_text(encoding="utf-8")
    explained = {
        "secure_cookies": "Secure",
        "session_lifetime": "12 hours",
        "login_window": "15 minutes",
        "max_failures_per_account": "5 failed",
        "max_failures_per_ip": "20 from one address",
        "max_upload_bytes": "uploads up to 20 MB",
    }
    assert set(explained) == {f.name for f in dataclasses.fields(ReviewOptions)}
    for phrase in explained.values():
        assert phrase in text
