"""The linking stage's boundary: coded reports and people's decisions are read from the
store, linked, and the result kept as the store's latest snapshot, with the ids users see
carried over from the run before (`carry_ids`), so `person 7` stays person 7.

Decisions (merge, split, keep apart; incidents merge and split) are stored as must-link and
cannot-link pairs of stable references (`r2:i0:1`), audited, and obeyed by every later run.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from docket.errors import LinkError, NotFound
from docket.link.constraints import CannotLink, ConstrainedUnionFind, Constraints, MustLink
from docket.link.engine import link
from docket.link.refs import EventRef, MentionRef
from docket.link.serialize import result_to_data
from docket.link.stable_ids import carry_ids
from docket.store import Store
from docket.store import coded as coded_store
from docket.store import links as link_store

LINKER = "docket.link/1"
_REF = re.compile(r"^r(\d+):([iv])(\d+)(?::(\d+))?$")
_PARTS = {"i": "incident", "v": "intervention"}


def parse_ref(text: str) -> MentionRef | EventRef:
    """`r2:i0:1` (a mention) or `r2:i0` (an incident; `v` for an intervention)."""
    match = _REF.match(text.strip())
    if not match:
        raise LinkError(f"not a reference: {text!r} (expected r<report>:i<n>[:<slot>])")
    report, part, item, slot = match.groups()
    if slot is None:
        return EventRef(int(report), _PARTS[part], int(item))
    return MentionRef(int(report), _PARTS[part], int(item), int(slot))


def constraints_of(decisions: list[link_store.Decision]) -> Constraints:
    must = tuple(
        MustLink(parse_ref(a), parse_ref(b), d.decided_by) for d in decisions for a, b in d.must
    )
    cannot = tuple(
        CannotLink(parse_ref(a), parse_ref(b), d.decided_by) for d in decisions for a, b in d.cannot
    )
    return Constraints(must=must, cannot=cannot)


def _stable(
    kind: str, previous: dict[str, dict[str, int]], members: dict[str, int]
) -> dict[int, int]:
    before = previous.get(kind, {})
    next_id = max(before.values(), default=0) + 1
    return carry_ids(before, members, next_id)


def _renumber(
    data: dict[str, Any], previous: dict[str, dict[str, int]]
) -> tuple[dict[str, Any], dict[str, dict[str, int]]]:
    """Replace the run's numbers of people, incidents and cases by the ids users see."""
    people = _stable("people", previous, data["person_of"])
    for person in data["people"]:
        person["id"] = people[person["id"]]
    data["person_of"] = {k: people[v] for k, v in data["person_of"].items()}
    for group in data["groups"]:
        group["person_ids"] = sorted(people[p] for p in group["person_ids"])
    for proposal in data["proposals"]:
        proposal["person_a"], proposal["person_b"] = (
            people[proposal["person_a"]],
            people[proposal["person_b"]],
        )
    events = _stable("events", previous, data["cluster_of"])

    def event(item: dict[str, Any]) -> None:
        item["id"] = events[item["id"]]
        item["person_ids"] = sorted(people[p] for p in item["person_ids"])

    for item in data["events"]:
        event(item)
    data["cluster_of"] = {k: events[v] for k, v in data["cluster_of"].items()}
    case_members = {
        f"p{people[p]}": case["id"] for case in data["cases"] for p in case["person_ids"]
    }
    cases = _stable("cases", previous, case_members)
    for case in data["cases"]:
        case["id"] = cases[case["id"]]
        case["person_ids"] = sorted(people[p] for p in case["person_ids"])
        for item in case["timeline"]:
            event(item)
    members = {
        "people": dict(data["person_of"]),
        "events": dict(data["cluster_of"]),
        "cases": {f"p{p}": c["id"] for c in data["cases"] for p in c["person_ids"]},
    }
    return data, members


def run_link(store: Store, *, actor: str) -> link_store.Snapshot:
    """Link everything coded, obeying every decision, and keep the result."""
    with store.read() as conn:
        reports = coded_store.all_coded(conn)
        decisions = link_store.decisions(conn)
        key = _key(conn)
        previous = link_store.latest_snapshot(conn)
    result = link(reports, constraints_of(decisions))
    data, members = _renumber(result_to_data(result), previous.members if previous else {})
    with store.begin() as conn:
        link_store.save_snapshot(conn, key, LINKER, data, members, actor)
        snapshot = link_store.latest_snapshot(conn)
    assert snapshot is not None
    return snapshot


def _key(conn: Any) -> str:
    """Changes when coding, reviews, decisions or the linker change."""
    basis = f"{coded_store.fingerprint(conn)}:{link_store.decisions_key(conn)}:{LINKER}"
    return hashlib.sha256(basis.encode()).hexdigest()


def current(store: Store, *, actor: str) -> link_store.Snapshot:
    """The latest result, linking again first when coding, reviews or decisions changed."""
    with store.read() as conn:
        snapshot = link_store.latest_snapshot(conn)
        fresh = snapshot is not None and snapshot.fingerprint == _key(conn)
    if fresh and snapshot is not None:
        return snapshot
    return run_link(store, actor=actor)


def find(items: list[dict[str, Any]], item_id: int, what: str) -> dict[str, Any]:
    for item in items:
        if item["id"] == item_id:
            return item
    raise NotFound(f"no {what} with id {item_id}")


def _mentions_of(snapshot: link_store.Snapshot, person_id: int) -> list[str]:
    return sorted(find(snapshot.result["people"], person_id, "person")["mentions"])


Decide = Callable[[link_store.Snapshot], tuple[list[link_store.Pair], list[link_store.Pair]]]


def _decide(
    store: Store, kind: str, actor: str, detail: dict[str, Any], decide: Decide
) -> link_store.Snapshot:
    snapshot = current(store, actor=actor)
    must, cannot = decide(snapshot)
    with store.read() as conn:
        _check_consistent(link_store.decisions(conn), must, cannot)
    with store.begin() as conn:
        link_store.add_decision(conn, kind, must, cannot, actor, detail)
    return run_link(store, actor=actor)


def _check_consistent(
    decisions: list[link_store.Decision], must: list[link_store.Pair], cannot: list[link_store.Pair]
) -> None:
    """Refuse a decision that contradicts those in force, before it is stored: a stored
    contradiction would stop every later linking run."""
    musts = [*(p for d in decisions for p in d.must), *must]
    cannots = [*(p for d in decisions for p in d.cannot), *cannot]
    uf: ConstrainedUnionFind[str] = ConstrainedUnionFind()
    for a, b in (*musts, *cannots):
        uf.add(a)
        uf.add(b)
    for a, b in cannots:
        uf.forbid(a, b)
    for a, b in musts:
        if not uf.union(a, b):
            raise LinkError(
                f"this contradicts a decision in force ({a} and {b}): revoke that one first"
            )


def merge_people(store: Store, a: int, b: int, *, actor: str) -> link_store.Snapshot:
    """People A and B are one person."""
    if a == b:
        raise LinkError("a person cannot be merged with itself")

    def decide(
        snapshot: link_store.Snapshot,
    ) -> tuple[list[link_store.Pair], list[link_store.Pair]]:
        target = _mentions_of(snapshot, b)[0]
        return [(m, target) for m in _mentions_of(snapshot, a)], []

    return _decide(store, "people.merge", actor, {"a": a, "b": b}, decide)


def split_person(store: Store, person: int, mention: str, *, actor: str) -> link_store.Snapshot:
    """MENTION is not the same person as PERSON's other mentions."""

    def decide(
        snapshot: link_store.Snapshot,
    ) -> tuple[list[link_store.Pair], list[link_store.Pair]]:
        mentions = _mentions_of(snapshot, person)
        if mention not in mentions:
            raise LinkError(f"person {person} has no mention {mention} (see docket people)")
        return [], [(mention, m) for m in mentions if m != mention]

    return _decide(store, "people.split", actor, {"person": person, "mention": mention}, decide)


def keep_apart(store: Store, a: int, b: int, *, actor: str) -> link_store.Snapshot:
    """People A and B are not one person (a proposal rejected)."""

    def decide(
        snapshot: link_store.Snapshot,
    ) -> tuple[list[link_store.Pair], list[link_store.Pair]]:
        return [], [(_mentions_of(snapshot, a)[0], _mentions_of(snapshot, b)[0])]

    return _decide(store, "people.apart", actor, {"a": a, "b": b}, decide)


def _sources_of(snapshot: link_store.Snapshot, event_id: int) -> list[str]:
    event = find(snapshot.result["events"], event_id, "incident")
    return sorted(s["event"] for s in event["sources"])


def merge_incidents(store: Store, a: int, b: int, *, actor: str) -> link_store.Snapshot:
    """Linked incidents A and B are one act."""

    def decide(
        snapshot: link_store.Snapshot,
    ) -> tuple[list[link_store.Pair], list[link_store.Pair]]:
        target = _sources_of(snapshot, b)[0]
        return [(s, target) for s in _sources_of(snapshot, a)], []

    return _decide(store, "incidents.merge", actor, {"a": a, "b": b}, decide)


def split_incident(store: Store, event_id: int, source: str, *, actor: str) -> link_store.Snapshot:
    """SOURCE (a reference such as r2:i0) reports another act than the rest of EVENT."""

    def decide(
        snapshot: link_store.Snapshot,
    ) -> tuple[list[link_store.Pair], list[link_store.Pair]]:
        sources = _sources_of(snapshot, event_id)
        if source not in sources:
            raise LinkError(f"incident {event_id} has no source {source}")
        return [], [(source, s) for s in sources if s != source]

    return _decide(
        store, "incidents.split", actor, {"incident": event_id, "source": source}, decide
    )
