"""Cutting the linking result down to the visible reports: nothing from a hidden report
shows, not even through a case's membership, a count, a date or a name."""

from __future__ import annotations

import json
from typing import Any

from docket.models import Place
from docket.review.linkfilter import Facts, filtered, make_cut


def _date(start: str, end: str, gran: str = "day") -> dict[str, Any]:
    return {"start": start, "end": end, "granularity": gran, "text": None}


def _source(ref: str, date: dict[str, Any], quote: str) -> dict[str, Any]:
    return {"event": ref, "duplicate_group": int(ref[1]), "date": date, "quotes": [quote]}


def _result() -> dict[str, Any]:
    """Anna (r1) and Boris (r2, r3) were detained together, say r1 and r2; r2 alone
    dates it to the day, names Boris there and places it in a city."""
    detained = {
        "id": 1,
        "kind": "incident",
        "act": "arbitrary_detention",
        "person_ids": [1, 2],
        "date": _date("2021-02-04", "2021-02-04"),
        "place": {"text": "Kazan", "city": "Kazan", "region": None, "country": "Russia"},
        "sources": [
            _source("r1:i0", _date("2021-02-01", "2021-02-28", "month"), "Anna was detained"),
            _source("r2:i0", _date("2021-02-04", "2021-02-04"), "secret witness in Kazan"),
        ],
        "conflicts": [{"field": "place", "values": [["r1:i0", "Russia"], ["r2:i0", "Kazan"]]}],
        "merge_reasons": ["r1:i0 ~ r2:i0: same act"],
        "independent_sources": 2,
    }
    beaten = {
        **detained,
        "id": 2,
        "act": "torture",
        "person_ids": [2],
        "date": _date("2021-03-01", "2021-03-01"),
        "place": {"text": None, "city": None, "region": None, "country": "Russia"},
        "sources": [_source("r3:i0", _date("2021-03-01", "2021-03-01"), "Boris was beaten")],
        "conflicts": [],
        "merge_reasons": [],
        "independent_sources": 1,
    }
    return {
        "people": [
            {
                "id": 1,
                "name": "Anna Ivanova",
                "variants": ["Anna Ivanova"],
                "mentions": ["r1:i0:0"],
            },
            {
                "id": 2,
                "name": "Boris Secretov",
                "variants": ["B. Petrov", "Boris Secretov"],
                "mentions": ["r2:i0:1", "r3:i0:0"],
            },
        ],
        "events": [detained, beaten],
        "cases": [
            {
                "id": 1,
                "person_ids": [1, 2],
                "timeline": [detained, beaten],
                "first": detained["date"],
                "last": beaten["date"],
                "independent_sources": 3,
            }
        ],
        "proposals": [],
        "groups": [],
        "person_of": {"r1:i0:0": 1, "r2:i0:1": 2, "r3:i0:0": 2},
        "duplicate_groups": {"1": 1, "2": 2, "3": 3},
    }


def _facts() -> Facts:
    return Facts(
        names={"r1:i0:0": "Anna Ivanova", "r3:i0:0": "B. Petrov"},
        acts={"r1:i0": "arbitrary_detention", "r3:i0": "torture"},
        places={"r1:i0": Place(country="Russia"), "r3:i0": Place(country="Russia")},
    )


def test_everyone_sees_everything_when_nothing_is_hidden() -> None:
    result = _result()
    shown = filtered(result, make_cut(result, frozenset(), Facts()))
    assert shown["cases"] == result["cases"] and shown["people"] == result["people"]


def test_a_hidden_report_leaves_no_trace() -> None:
    result = _result()
    shown = filtered(result, make_cut(result, frozenset({2}), _facts()))
    text = json.dumps(shown)
    for secret in ("r2:", "Secretov", "Kazan", "secret witness", "2021-02-04"):
        assert secret not in text, secret
    boris = shown["people"][1]
    assert boris["name"] == "B. Petrov" and boris["mentions"] == ["r3:i0:0"]
    detained = shown["events"][0]
    assert detained["person_ids"] == [1]  # only r2 named Boris there
    assert detained["date"]["start"] == "2021-02-01" and detained["independent_sources"] == 1
    assert detained["conflicts"] == [] and detained["merge_reasons"] == []
    # Anna and Boris were joined only by r2: for this user they are two cases.
    cases = [(c["id"], c["person_ids"], [e["id"] for e in c["timeline"]]) for c in shown["cases"]]
    assert cases == [(1, [1], [1]), (2, [2], [2])]


def test_a_case_whose_every_source_is_hidden_disappears() -> None:
    result = _result()
    shown = filtered(result, make_cut(result, frozenset({1, 2, 3}), Facts()))
    assert shown["cases"] == [] and shown["people"] == [] and shown["events"] == []
