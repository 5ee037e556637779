"""Cases, people and proposals from the linking stage, as one user may see them.

The stage keeps one snapshot for everyone; this module reads it (linking again first when
coding, reviews or decisions changed) and cuts it down to the reports the user may see
(`linkfilter`). Decisions go to the stage, which audits them and links again.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from docket.errors import LinkError, NotFound
from docket.link import stage
from docket.link.mentions import extract_mentions
from docket.models import CodedReport, Report, User
from docket.review.access import require_role, visible
from docket.review.linkfilter import Data, Facts, filtered, make_cut, report_of
from docket.store import Store
from docket.store import coded as coded_store
from docket.store import links as link_store
from docket.store.schema import incidents, interventions, reports


def hidden_reports(conn: sa.Connection, user: User) -> frozenset[int]:
    """The ids of the reports `user` may not see."""
    condition = visible(user)
    if condition is None:
        return frozenset()
    query = sa.select(reports.c.id).where(sa.not_(condition))
    return frozenset(int(rid) for rid in conn.execute(query).scalars())


def _coded(conn: sa.Connection, rids: list[int]) -> list[CodedReport]:
    """The reports' records that no person rejected, in the order linking numbers them,
    in two queries per 500 reports."""
    found = {rid: CodedReport(report=Report(id=rid, title=None, text="")) for rid in rids}
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        for table, convert, attribute in (
            (incidents, coded_store.incident_from_row, "incidents"),
            (interventions, coded_store.intervention_from_row, "interventions"),
        ):
            query = (
                sa.select(table)
                .where(table.c.report_id.in_(chunk), table.c.review_state != "rejected")
                .order_by(table.c.report_id, table.c.id)
            )
            for row in conn.execute(query):
                getattr(found[row.report_id], attribute).append(convert(row))
    return list(found.values())


def _touched(result: Data, hidden: frozenset[int]) -> set[int]:
    """The visible reports that share a person or an incident with a hidden one: only
    their facts are needed to work the shared ones out again."""
    refs = [p["mentions"] for p in result["people"]]
    refs += [[s["event"] for s in e["sources"]] for e in result["events"]]
    out: set[int] = set()
    for group in refs:
        reports = {report_of(ref) for ref in group}
        if reports & hidden:
            out |= reports - hidden
    return out


def _facts(conn: sa.Connection, rids: set[int]) -> Facts:
    shown = _coded(conn, sorted(rids))
    facts = Facts(names={str(m.ref): m.name.raw.strip() for m in extract_mentions(shown)})
    for coded in shown:
        for i, incident in enumerate(coded.incidents):
            facts.acts[f"r{coded.report.id}:i{i}"] = incident.act
            facts.places[f"r{coded.report.id}:i{i}"] = incident.location
        for j, intervention in enumerate(coded.interventions):
            facts.acts[f"r{coded.report.id}:v{j}"] = intervention.type
    return facts


def result_for(store: Store, user: User, *, relink: bool = True) -> Data:
    """The linking result with only what `user` may see. Without `relink`, the latest
    result as it is (possibly older than the last review), or nothing when there is none:
    a report page does not wait for linking after each decision."""
    snapshot = stage.current(store, actor=user.name) if relink else _latest(store)
    if snapshot is None:
        return {key: [] for key in ("people", "events", "cases", "proposals")}
    with store.read() as conn:
        hidden = hidden_reports(conn, user)
        facts = _facts(conn, _touched(snapshot.result, hidden)) if hidden else Facts()
    return filtered(snapshot.result, make_cut(snapshot.result, hidden, facts))


def _latest(store: Store) -> link_store.Snapshot | None:
    with store.read() as conn:
        return link_store.latest_snapshot(conn)


def find(items: list[Data], item_id: int, what: str) -> Data:
    """The item with this id, or NotFound: hidden ones do not exist for the user."""
    for item in items:
        if item["id"] == item_id:
            return item
    raise NotFound(f"no {what} with id {item_id}")


def names(result: Data) -> dict[int, str]:
    return {p["id"]: p["name"] for p in result["people"]}


def cases_of(result: Data, person_id: int) -> list[Data]:
    return [c for c in result["cases"] if person_id in c["person_ids"]]


def decisions_for(store: Store, user: User) -> list[dict[str, Any]]:
    """Decisions in force and revoked, with only the pairs of references the user may see;
    a decision about hidden reports alone is left out."""
    with store.read() as conn:
        hidden = hidden_reports(conn, user)
        found = link_store.decisions(conn, include_revoked=True)
    out = []
    for d in found:
        must = [p for p in d.must if not _touches(p, hidden)]
        cannot = [p for p in d.cannot if not _touches(p, hidden)]
        if must or cannot or not (d.must or d.cannot):
            out.append(
                {
                    "id": d.id,
                    "kind": d.kind,
                    "decided_by": d.decided_by,
                    "at": d.at.isoformat(),
                    "revoked": d.revoked,
                    "must": must,
                    "cannot": cannot,
                }
            )
    return out


def _touches(pair: tuple[str, str], hidden: frozenset[int]) -> bool:
    return any(report_of(ref) in hidden for ref in pair)


# Decisions: an editor's, on people the editor can see.


def _require_people(store: Store, user: User, *ids: int) -> Data:
    require_role(user, "editor")
    result = result_for(store, user)
    for pid in ids:
        find(result["people"], pid, "person")
    return result


def merge(store: Store, user: User, a: int, b: int) -> int:
    """Merge A and B; the id of the person they now are (the id most of them had)."""
    mention = find(_require_people(store, user, a, b)["people"], b, "person")["mentions"][0]
    snapshot = stage.merge_people(store, a, b, actor=user.name)
    merged: int = snapshot.result["person_of"][mention]
    return merged


def keep_apart(store: Store, user: User, a: int, b: int) -> None:
    _require_people(store, user, a, b)
    stage.keep_apart(store, a, b, actor=user.name)


def split(store: Store, user: User, person: int, mention: str) -> None:
    found = find(_require_people(store, user, person)["people"], person, "person")
    if mention not in found["mentions"]:
        raise LinkError(f"person {person} has no mention {mention}")
    stage.split_person(store, person, mention, actor=user.name)


def revoke(store: Store, user: User, decision_id: int) -> None:
    require_role(user, "editor")
    shown = {d["id"] for d in decisions_for(store, user) if not d["revoked"]}
    if decision_id not in shown:
        raise NotFound(f"no decision {decision_id} in force")
    with store.begin() as conn:
        link_store.revoke_decision(conn, decision_id, user.name)
    stage.run_link(store, actor=user.name)


def about_report(result: Data, report_id: int) -> tuple[list[Data], list[Data]]:
    """The cases with a source in this report, and the people it mentions."""
    prefix = f"r{report_id}:"
    cases = [
        c
        for c in result["cases"]
        if any(s["event"].startswith(prefix) for e in c["timeline"] for s in e["sources"])
    ]
    people = [p for p in result["people"] if any(m.startswith(prefix) for m in p["mentions"])]
    return cases, people


def mention_names(store: Store, mentions: list[str]) -> dict[str, str]:
    """Each mention's name as written in its report."""
    with store.read() as conn:
        facts = _facts(conn, {report_of(m) for m in mentions})
    return {m: facts.names.get(m, "") for m in mentions}
