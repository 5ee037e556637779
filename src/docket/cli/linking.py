"""`docket link`, `docket cases`, `docket case`, `docket people ...` and
`docket incidents merge|split`: the linking stage."""

from __future__ import annotations

import json
from typing import Any

import click

from docket.cli.context import App, pass_app
from docket.cli.table import table
from docket.link import stage
from docket.store import links as link_store


class DefaultGroup(click.Group):
    """A group that runs its default command when the first word names no subcommand:
    `docket people QUERY` lists, `docket people merge A B` merges."""

    default = "list"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        asks_help = bool(args) and args[0] in ctx.help_option_names
        if not asks_help and (not args or args[0] not in self.commands):
            args = [self.default, *args]
        return super().parse_args(ctx, args)


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=str))


def _span(first: dict[str, Any] | None, last: dict[str, Any] | None) -> str:
    start = (first or {}).get("start") or "?"
    end = (last or {}).get("end") or (last or {}).get("start") or "?"
    return "-" if start == "?" and end == "?" else f"{start} .. {end}"


def _names(snapshot: link_store.Snapshot) -> dict[int, str]:
    return {p["id"]: p["name"] for p in snapshot.result["people"]}


@click.command("link")
@pass_app
def link_command(app: App) -> None:
    """Link every coded report again: people, duplicate reports, incidents, cases.

    Other linking commands do this by themselves when something changed since."""
    snapshot = stage.run_link(app.store, actor=app.actor)
    result = snapshot.result
    click.echo(
        f"{len(result['people'])} people, {len(result['events'])} incidents and "
        f"interventions, {len(result['cases'])} cases, "
        f"{len(result['proposals'])} proposals to review"
    )


@click.command("cases")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per case.")
@pass_app
def cases(app: App, as_json: bool) -> None:
    """Cases: the people who suffered incidents together, the span of dates, counts of
    incidents and of independent sources (syndicated copies count once)."""
    snapshot = stage.current(app.store, actor=app.actor)
    names = _names(snapshot)
    rows = []
    for case in sorted(snapshot.result["cases"], key=lambda c: c["id"]):
        if as_json:
            _echo_json(case)
            continue
        incidents = [e for e in case["timeline"] if e["kind"] == "incident"]
        rows.append(
            (
                str(case["id"]),
                "; ".join(names[p] for p in case["person_ids"]),
                _span(case["first"], case["last"]),
                str(len(incidents)),
                str(case["independent_sources"]),
            )
        )
    if not as_json:
        click.echo(table(rows, ("case", "people", "dates", "incidents", "sources")))


def _timeline_lines(event: dict[str, Any], names: dict[int, str]) -> list[str]:
    date = event["date"]
    when = date.get("start") or "undated"
    if date.get("end") and date.get("end") != date.get("start"):
        when = f"{date['start']}/{date['end']}"
    if date.get("inferred"):
        when += " (inferred)"  # no source's text gives this date: the coder worked it out
    place = event["place"]
    where = place.get("text") or place.get("city") or place.get("region") or place.get("country")
    who = ", ".join(names.get(p, str(p)) for p in event["person_ids"])
    lines = [
        f"{when}  {event['kind']} {event['id']}: {event['act']}"
        f"{' in ' + where if where else ''}  ({who}; "
        f"{event['independent_sources']} independent source"
        f"{'s' if event['independent_sources'] != 1 else ''})"
    ]
    for source in event["sources"]:
        quote = " … ".join(" ".join(q.split()) for q in source["quotes"][:2])
        lines.append(f'    {source["event"]}: "{quote}"')
    for conflict in event["conflicts"]:
        said = "; ".join(f"{ref} says {value}" for ref, value in conflict["values"])
        lines.append(f"    sources disagree on {conflict['field']}: {said}")
    return lines


@click.command("case")
@click.argument("case_id", type=int, metavar="ID")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def case(app: App, case_id: int, as_json: bool) -> None:
    """A case's timeline: each incident and intervention in date order, with its sources
    (r<report>:i<n>), evidence quotes, and where sources disagree."""
    snapshot = stage.current(app.store, actor=app.actor)
    found = stage.find(snapshot.result["cases"], case_id, "case")
    if as_json:
        _echo_json(found)
        return
    names = _names(snapshot)
    click.echo(f"case {case_id}: " + "; ".join(names[p] for p in found["person_ids"]))
    for event in found["timeline"]:
        click.echo("\n".join(_timeline_lines(event, names)))


@click.group("people", cls=DefaultGroup)
def people() -> None:
    """People and their name variants; merge, split and keep apart.

    \b
    docket people [QUERY]           people whose names or variants contain QUERY
    docket people proposals         pairs that may be one person, for a person to decide
    docket people merge A B         A and B are one person
    docket people apart A B         A and B are not one person
    docket people split A MENTION   MENTION (e.g. r2:i0:1) is not person A
    docket people decisions         the decisions linking obeys; `revoke N` undoes one
    """


@people.command("list", hidden=True)
@click.argument("query", required=False, default="")
@click.option("--json", "as_json", is_flag=True)
@pass_app
def people_list(app: App, query: str, as_json: bool) -> None:
    snapshot = stage.current(app.store, actor=app.actor)
    needle = query.casefold()
    rows = []
    for person in sorted(snapshot.result["people"], key=lambda p: p["id"]):
        names = [person["name"], *person["variants"]]
        if needle and not any(needle in n.casefold() for n in names):
            continue
        if as_json:
            _echo_json(person)
            continue
        variants = ", ".join(v for v in person["variants"] if v != person["name"])
        rows.append(
            (
                str(person["id"]),
                person["name"],
                variants or "-",
                str(len(person["mentions"])),
                " ".join(person["mentions"][:4]),
            )
        )
    if not as_json:
        click.echo(table(rows, ("id", "name", "variants", "mentions", "first mentions")))


@people.command("proposals")
@pass_app
def people_proposals(app: App) -> None:
    """Pairs of people that may be one, with the score and the reasons."""
    snapshot = stage.current(app.store, actor=app.actor)
    rows = [
        (
            str(p["person_a"]),
            p["name_a"],
            str(p["person_b"]),
            p["name_b"],
            f"{p['score']:.2f}",
            ", ".join(p["reasons"]),
        )
        for p in snapshot.result["proposals"]
    ]
    click.echo(table(rows, ("a", "name", "b", "name", "score", "reasons")))


def _report(snapshot: link_store.Snapshot, what: str) -> None:
    click.echo(
        f"{what}; now {len(snapshot.result['people'])} people, "
        f"{len(snapshot.result['cases'])} cases"
    )


@people.command("merge")
@click.argument("a", type=int)
@click.argument("b", type=int)
@pass_app
def people_merge(app: App, a: int, b: int) -> None:
    """People A and B are one person (holds when reports are linked again)."""
    _report(stage.merge_people(app.store, a, b, actor=app.actor), f"merged {a} into {b}")


@people.command("apart")
@click.argument("a", type=int)
@click.argument("b", type=int)
@pass_app
def people_apart(app: App, a: int, b: int) -> None:
    """People A and B are not one person (rejects a proposal)."""
    _report(stage.keep_apart(app.store, a, b, actor=app.actor), f"kept {a} and {b} apart")


@people.command("split")
@click.argument("person", type=int)
@click.argument("mention")
@pass_app
def people_split(app: App, person: int, mention: str) -> None:
    """MENTION (a reference such as r2:i0:1, see `docket people`) is not PERSON."""
    _report(
        stage.split_person(app.store, person, mention, actor=app.actor),
        f"split {mention} from {person}",
    )


@people.command("decisions")
@pass_app
def people_decisions(app: App) -> None:
    """The decisions people made, which every linking run obeys."""
    with app.store.read() as conn:
        found = link_store.decisions(conn, include_revoked=True)
    rows = [
        (
            str(d.id),
            d.kind,
            d.decided_by,
            str(d.at)[:19],
            "revoked" if d.revoked else "in force",
            f"{len(d.must)} must-link, {len(d.cannot)} cannot-link",
        )
        for d in found
    ]
    click.echo(table(rows, ("id", "kind", "by", "at", "state", "pairs")))


@people.command("revoke")
@click.argument("decision_id", type=int, metavar="N")
@pass_app
def people_revoke(app: App, decision_id: int) -> None:
    """Undo decision N (see `docket people decisions`); the revocation is audited."""
    with app.store.begin() as conn:
        if not link_store.revoke_decision(conn, decision_id, app.actor):
            raise click.ClickException(f"no decision {decision_id} in force")
    _report(stage.run_link(app.store, actor=app.actor), f"revoked decision {decision_id}")


@click.command("merge")
@click.argument("a", type=int)
@click.argument("b", type=int)
@pass_app
def incidents_merge(app: App, a: int, b: int) -> None:
    """Linked incidents A and B (ids of `docket case`) are one act."""
    _report(stage.merge_incidents(app.store, a, b, actor=app.actor), f"merged {a} into {b}")


@click.command("split")
@click.argument("incident", type=int)
@click.argument("source")
@pass_app
def incidents_split(app: App, incident: int, source: str) -> None:
    """SOURCE (e.g. r2:i0, see `docket case`) reports another act than INCIDENT's others."""
    _report(
        stage.split_incident(app.store, incident, source, actor=app.actor),
        f"split {source} from {incident}",
    )
