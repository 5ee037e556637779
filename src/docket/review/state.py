"""What every request handler shares: the store, the settings, the options, the coder and
the templates, kept on `app.state.docket`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from docket.capture.fetch import Fetcher
from docket.config import Settings
from docket.models import ACTS, GRANULARITIES, REVIEW_STATES, STATUSES
from docket.review.decisions import FIELDS
from docket.review.intake import Coder
from docket.review.options import ReviewOptions
from docket.store import Store

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True, kw_only=True)
class AppState:
    store: Store
    settings: Settings
    options: ReviewOptions
    coder: Coder | None
    coder_note: str
    fetcher: Callable[[], Fetcher]
    templates: Jinja2Templates


def templates() -> Jinja2Templates:
    # Jinja2Templates turns autoescaping on: every {{ value }} is escaped.
    found = Jinja2Templates(directory=str(TEMPLATES))
    # JSON shown as text (autoescaped like any other value), with non-ASCII kept readable.
    found.env.filters["json_text"] = lambda value: json.dumps(
        value, ensure_ascii=False, sort_keys=True, default=str
    )
    found.env.globals.update(
        field_names=FIELDS,
        acts=ACTS,
        statuses=STATUSES,
        granularities=GRANULARITIES,
        review_states=REVIEW_STATES,
    )
    return found


def state(request: Request) -> AppState:
    found: AppState = request.app.state.docket
    return found
