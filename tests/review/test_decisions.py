"""Review decisions: each writes the change and its audit entry (who, before, after) in one
transaction; corrections are kept as such and the machine's proposal stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from docket.errors import AuthError, NotFound, ReviewError
from docket.models import User
from docket.review import decisions
from docket.store import audit
from docket.store import reports as report_store
from tests.review.conftest import Client, World


def _incidents(client: Client, report_id: int) -> list[dict[str, Any]]:
    return list(client.get(f"/api/reports/{report_id}").json()["incidents"])


def _by_act(client: Client, report_id: int, act: str) -> dict[str, Any]:
    return next(i for i in _incidents(client, report_id) if i["act"] == act)


def test_accept_correct_reject_through_the_api(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    torture = _by_act(ed, world.example, "torture")
    detention = _by_act(ed, world.example, "arbitrary_detention")
    abduction = _by_act(ed, world.example, "abduction")
    ed.api_post(f"/api/incidents/{torture['id']}/decision", {"action": "accept"})
    corrected = ed.api_post(
        f"/api/incidents/{detention['id']}/fields/date",
        {
            "action": "correct",
            "value": {
                "start": "2020-04-01",
                "end": "2020-04-15",
                "granularity": "range",
                "text": "April 2020",
            },
        },
    ).json()
    ed.api_post(f"/api/incidents/{abduction['id']}/decision", {"action": "reject"})
    assert corrected["review_state"] == "corrected"
    assert corrected["date"]["end"] == "2020-04-15"
    assert corrected["field_states"] == {"date": "corrected"}
    assert corrected["machine"]["date_end"] == "2020-04-30"  # the proposal is kept
    states = {i["act"]: i["review_state"] for i in _incidents(ed, world.example)}
    assert states == {
        "torture": "accepted",
        "arbitrary_detention": "corrected",
        "abduction": "rejected",
    }
    with world.store.read() as conn:
        entries = audit.entries(conn, entity="incident", entity_id=detention["id"])
        assert audit.verify(conn) == []
    assert entries[-1].actor == "ed" and entries[-1].action == "review.field.correct"
    assert entries[-1].before == {
        "field": "date",
        "value": {
            "start": "2020-04-01",
            "end": "2020-04-30",
            "granularity": "month",
            "text": "April 2020",
            "inferred": False,
        },
    }
    assert entries[-1].after is not None and entries[-1].after["value"]["end"] == "2020-04-15"
    assert entries[-1].at is not None


def test_every_field_can_be_corrected_through_the_form(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    incident = _by_act(ed, world.example, "torture")["id"]
    forms = {
        "act": {"value": "assault"},
        "victims": {"value": "Salekh Magamadov | other\nIsmail Isayev"},
        "perpetrators": {"value": "Kadyrov's police | state actor"},
        "date": {
            "start": "2020-04-01",
            "end": "2020-04-30",
            "granularity": "month",
            "text": "April 2020",
        },
        "place": {"text": "Grozny", "city": "Grozny", "region": "Chechnya", "country": "Russia"},
        "status": {"value": "confirmed"},
    }
    for field, values in forms.items():
        response = ed.form_post(
            f"/incidents/{incident}/fields/{field}",
            {"action": "correct", **values},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200, (field, response.text)
        assert f'id="incident-{incident}"' in response.text  # the HTMX fragment
    found = _by_act(ed, world.example, "assault")
    assert [v["name"] for v in found["victims"]] == ["Salekh Magamadov", "Ismail Isayev"]
    assert found["perpetrators"][0] == {
        "name": "Kadyrov's police",
        "type": "state actor",
        "person_id": None,
    }
    assert found["location"]["city"] == "Grozny" and found["status"] == "confirmed"
    assert set(found["field_states"].values()) == {"corrected"}
    assert found["machine"]["act"] == "torture"


def test_fields_are_accepted_and_rejected_one_by_one(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    incident = _by_act(ed, world.example, "abduction")["id"]
    ed.form_post(f"/incidents/{incident}/fields/act", {"action": "accept"})
    ed.form_post(f"/incidents/{incident}/fields/victims", {"action": "reject"})
    found = _by_act(ed, world.example, "abduction")
    assert found["field_states"] == {"act": "accepted", "victims": "rejected"}
    assert found["victims"] == []
    required = ed.form_post(f"/incidents/{incident}/fields/act", {"action": "reject"})
    assert required.status_code == 400 and "reject the incident" in required.text


def test_bad_values_are_refused_and_change_nothing(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    incident = _by_act(ed, world.example, "torture")["id"]
    with world.store.read() as conn:
        before = audit.head(conn)
    for field, value in (
        ("act", "genocide"),
        ("date", {"start": "2021-02-30"}),
        ("date", {"start": "2021-03-01", "end": "2021-02-01"}),
        ("status", "maybe"),
        ("nonsense", "x"),
    ):
        response = ed.api_post(
            f"/api/incidents/{incident}/fields/{field}", {"action": "correct", "value": value}
        )
        assert response.status_code == 400, (field, value)
    assert (
        ed.api_post(f"/api/incidents/{incident}/decision", {"action": "approve"}).status_code == 400
    )
    with world.store.read() as conn:
        assert audit.head(conn) == before


def test_adding_a_missed_incident_by_its_offsets(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    with world.store.read() as conn:
        text = report_store.get(conn, world.example).text
    quote = "successfully petitioned Chechnya’s Investigative Committee"
    start = text.index(quote)
    response = ed.form_post(
        f"/reports/{world.example}/incidents",
        {"act": "other", "start": str(start), "end": str(start + len(quote)), "quote": quote},
        follow_redirects=False,
    )
    assert response.status_code == 303
    added = _by_act(ed, world.example, "other")
    assert added["evidence"] == [
        {"field": "act", "start": start, "end": start + len(quote), "text": quote}
    ]
    assert added["coder"] == "person:ed" and added["machine"] is None
    assert text[added["evidence"][0]["start"] : added["evidence"][0]["end"]] == quote
    wrong = ed.api_post(
        f"/api/reports/{world.example}/incidents",
        {"act": "other", "start": start + 1, "end": start + 9, "quote": quote},
    )
    assert wrong.status_code == 400


def test_crlf_from_a_browser_form_still_matches(world: World) -> None:
    with world.store.read() as conn:
        text = report_store.get(conn, world.example).text
    start = text.index("kidnapping. [lgbt")
    end = text.index("Authorities in")
    quote = text[start:end]
    assert "\n" in quote
    with world.store.begin() as conn:
        editor = User(id=2, name="ed", role="editor")
        new_id = decisions.add_incident(
            conn, editor, world.example, "threat", start, end, quote.replace("\n", "\r\n")
        )
        assert new_id > 0


def test_the_library_enforces_roles_and_visibility(world: World) -> None:
    viewer = User(id=3, name="vera", role="viewer")
    editor = User(id=2, name="ed", role="editor")
    with world.store.begin() as conn:
        with pytest.raises(AuthError):
            decisions.decide_incident(conn, viewer, 1, "accept")
        secret_incident = conn.exec_driver_sql(
            f"SELECT id FROM incidents WHERE report_id = {world.secret}"
        ).scalar_one()
        with pytest.raises(NotFound):
            decisions.decide_incident(conn, editor, secret_incident, "accept")
        with pytest.raises(ReviewError):
            decisions.decide_field(conn, editor, 1, "act", "correct", "nope")


def test_the_history_shows_the_machine_and_each_decision(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed = make_client("ed")
    incident = _by_act(ed, world.example, "arbitrary_detention")["id"]
    ed.form_post(
        f"/incidents/{incident}/fields/date",
        {
            "action": "correct",
            "start": "2020-04-01",
            "end": "2020-04-15",
            "granularity": "range",
            "text": "",
        },
    )
    page = ed.get(f"/reports/{world.example}").text
    section = page[page.index(f'id="incident-{incident}"') :]
    assert "Machine&#39;s proposal" in section or "Machine's proposal" in section
    assert "2020-04-30" in section  # the machine's end date, still shown
    assert "review.field.correct" in section and "2020-04-15" in section


def test_interventions_are_accepted_or_rejected_as_a_whole(
    world: World, make_client: Callable[..., Client]
) -> None:
    ed, vera = make_client("ed"), make_client("vera")
    item = ed.get(f"/api/reports/{world.example}").json()["interventions"][0]
    assert item["type"] == "protection_granted" and item["review_state"] == "proposed"
    url = f"/api/interventions/{item['id']}/decision"
    assert vera.api_post(url, {"action": "accept"}).status_code == 403
    assert ed.api_post(url, {"action": "accept"}).json()["review_state"] == "accepted"
    page = ed.form_post(f"/interventions/{item['id']}/decision", {"action": "reject"})
    assert page.status_code == 200 and f'id="intervention-{item["id"]}"' in page.text
    with world.store.read() as conn:
        last = audit.entries(conn, entity="intervention", entity_id=item["id"])
    assert [e.action for e in last] == ["review.accept", "review.reject"]
    assert last[-1].before == {"review_state": "accepted"}


def test_a_date_a_person_sets_is_no_longer_inferred(
    world: World, make_client: Callable[..., Client]
) -> None:
    # The seizure's date is the coder's inference: the page says so until a person sets it.
    ed = make_client("ed")
    abduction = _by_act(ed, world.example, "abduction")
    assert abduction["date"]["inferred"] is True
    page = ed.get(f"/reports/{world.example}").text
    # The seizure's date and the protection grant's, shown with the intervention.
    assert page.count('class="badge inferred"') == 2
    assert "2021-01-01 – 2021-04-29" in page.split("<h2>Interventions</h2>")[1]
    value = {"start": "2021-02-01", "end": "2021-02-28", "granularity": "month", "text": ""}
    corrected = ed.api_post(
        f"/api/incidents/{abduction['id']}/fields/date", {"action": "correct", "value": value}
    ).json()
    assert corrected["date"]["inferred"] is False
    assert corrected["machine"]["date_inferred"] is True  # the proposal is kept as it was
    assert ed.get(f"/reports/{world.example}").text.count('class="badge inferred"') == 1
    with world.store.read() as conn:
        entry = audit.entries(conn, entity="incident", entity_id=abduction["id"])[-1]
    assert entry.before is not None and entry.before["value"]["inferred"] is True
    assert entry.after is not None and entry.after["value"]["inferred"] is False
