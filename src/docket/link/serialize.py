"""A `LinkResult` as plain JSON data, for `--json` output and the web app.

References become their short form (`r2:i0` for an incident, `r2:v1` for an
intervention, `r2:i0:1` for a mention), dates ISO strings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from docket.link.refs import EventRef, MentionRef
from docket.link.result import CaseResult, EventCluster, LinkResult


def to_data(value: Any) -> Any:
    """Any part of a result as JSON-ready data."""
    if isinstance(value, EventRef | MentionRef):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        data = {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, EventCluster | CaseResult):
            data["independent_sources"] = value.independent_sources
        return data
    if isinstance(value, dict):
        return {str(to_data(k)): to_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    return value


def result_to_data(result: LinkResult) -> dict[str, Any]:
    data: dict[str, Any] = to_data(result)
    return data
