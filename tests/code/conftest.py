"""Fixtures of the coder's tests: one loaded coder for the session, the bundled example."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docket.code import Coder
from docket.code.evaluate.gold import read_markdown_report
from docket.models import CodedReport, Report

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "moscow-times-2021-04-29-state-protection.md"
GOLD = Path(__file__).parent / "fixtures" / "moscow-times-2021-04-29-state-protection.gold.json"


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder.load()


@pytest.fixture(scope="session")
def example_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return gold


@pytest.fixture(scope="session")
def example_report(example_gold: dict[str, Any]) -> Report:
    return read_markdown_report(EXAMPLE, example_gold)


@pytest.fixture(scope="session")
def example_coded(coder: Coder, example_report: Report) -> CodedReport:
    return coder.code(example_report)
