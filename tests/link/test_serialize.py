from __future__ import annotations

import json

from docket.link import link
from docket.link.serialize import result_to_data
from tests.link.scenario import afp, example


def test_a_result_is_json_with_short_references() -> None:
    data = json.loads(json.dumps(result_to_data(link([example(), afp()]))))
    (case,) = data["cases"]
    assert case["independent_sources"] == 2
    february = next(e for e in case["timeline"] if e["date"]["start"] == "2021-02-04")
    assert {s["event"] for s in february["sources"]} >= {"r1:i3", "r2:i0"}
    assert data["person_of"]["r1:i1:0"] == 1
