"""`docket code`, `docket extract`, `docket incidents`, `docket eval`: the coding stage."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

import click

from docket.capture import ingest as capture_ingest
from docket.capture.fetch import Fetcher
from docket.cli.context import App, pass_app
from docket.cli.table import table
from docket.code import Coder, to_json
from docket.code.places import canonical_country
from docket.code.stage import code_stored
from docket.models import ACTS, CodedReport, DateInterval, Evidence, Incident, Intervention, Place
from docket.store import coded as coded_store
from docket.store import reports as report_store


def when(date: DateInterval) -> str:
    """The date as a table cell; an inferred one (the text names none) says so."""
    shown = _span(date)
    return f"{shown} (inferred)" if date.inferred and date.start is not None else shown


def _span(date: DateInterval) -> str:
    if date.start is None:
        return "-"
    if date.granularity == "day" or date.start == date.end:
        return date.start.isoformat()
    if date.granularity == "month":
        return date.start.isoformat()[:7]
    if date.granularity == "year":
        return str(date.start.year)
    return f"{date.start}/{date.end}"


def _quote(evidence: Sequence[Evidence], field: str, width: int = 70) -> str:
    texts = [e.text for e in evidence if e.field == field]
    text = " ".join((texts or [""])[0].split())
    return f'"{text[: width - 1]}…"' if len(text) > width else f'"{text}"' if text else "-"


def _place_name(place: Place) -> str | None:
    """The finest place the gazetteer gave, else the words as written: "Chechen special
    police" placed the act in Chechnya, and the table says so."""
    return place.city or place.region or place.country or place.text


def incident_rows(incidents: Sequence[Incident]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i in incidents:
        place = _place_name(i.location)
        if i.location.origin is not None:
            place = f"{_place_name(i.location.origin) or '?'} -> {place or '?'}"
        rows.append(
            (
                str(i.id or "-"),
                when(i.date),
                i.act,
                ", ".join(v.name for v in i.victims) or "-",
                ", ".join(p.name for p in i.perpetrators) or "-",
                place or "-",
                i.status,
                f"{i.confidence:.2f}",
                _quote(i.evidence, "act"),
            )
        )
    return rows


def intervention_rows(items: Sequence[Intervention]) -> list[tuple[str, ...]]:
    return [
        (
            str(i.id or "-"),
            when(i.date),
            i.type,
            i.actor or "-",
            i.target or "-",
            ", ".join(i.beneficiaries) or "-",
            _quote(i.evidence, "type"),
        )
        for i in items
    ]


INCIDENT_HEADERS = ("id", "when", "act", "victims", "by", "where", "status", "conf", "evidence")
INTERVENTION_HEADERS = ("id", "when", "intervention", "actor", "target", "for", "evidence")


def print_coded(coded: CodedReport) -> None:
    report = coded.report
    click.echo(
        f"report {report.id}: {report.title or '(untitled)'} ({report.published or 'no date'})"
    )
    if coded.incidents:
        click.echo(table(incident_rows(coded.incidents), INCIDENT_HEADERS))
    else:
        click.echo("no incidents found")
    if coded.interventions:
        click.echo(table(intervention_rows(coded.interventions), INTERVENTION_HEADERS))
    click.echo()


def stored_coded(app: App, report_id: int) -> CodedReport:
    with app.store.read() as conn:
        report = report_store.get(conn, report_id)
        incidents, interventions = coded_store.for_report(conn, report_id)
    return CodedReport(
        report=report,
        incidents=incidents,
        interventions=interventions,
        coder=next((i.coder for i in incidents), next((v.coder for v in interventions), "")),
    )


def _progress(quiet: bool) -> Callable[[str], None]:
    def progress(line: str) -> None:
        if line.startswith("error") or not quiet:
            click.echo(line, err=True)

    return progress


@click.command("code")
@click.argument("ids", nargs=-1, type=int, metavar="[ID...]")
@click.option("--all", "everything", is_flag=True, help="Re-code every report.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
@pass_app
def code(app: App, ids: tuple[int, ...], everything: bool, quiet: bool) -> None:
    """Code reports already in the store: find their incidents and interventions, each
    field with its evidence. By default the reports not coded yet; give IDs, or --all.

    Re-coding replaces the machine's proposals but keeps every record a person has
    accepted, corrected or rejected."""
    with app.store.read() as conn:
        chosen = list(ids) or (
            report_store.ids(conn) if everything else coded_store.uncoded_report_ids(conn)
        )
    if not chosen:
        click.echo("nothing to code")
        return
    result = code_stored(
        app.store, chosen, Coder.load(app.settings), actor=app.actor, progress=_progress(quiet)
    )
    click.echo(result.summary())
    if not result.ok:
        raise click.exceptions.Exit(1)


@click.command("extract")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per report per line, in the coded-report format.",
)
@click.option("--url", help="Where a single saved page came from.")
@click.option(
    "--allow-private",
    is_flag=True,
    default=None,
    help="Allow fetching from private, loopback and link-local addresses.",
)
@pass_app
def extract(
    app: App,
    /,
    sources: tuple[str, ...],
    as_json: bool,
    url: str | None,
    allow_private: bool | None,
) -> None:
    """Capture what is not captured yet, code what is not coded yet, and print each
    report's incidents and interventions: a table, or with --json the coded-report format
    (evidence offsets index `docket show ID --text`).

    \b
    The incidents table:
      when      the act's date or range, "(inferred)" where the text gives none
      act       from DESIGN.md's vocabulary
      victims   as written; by: the perpetrators
      where     the finest place the gazetteer knows (city, region or country),
                "A -> B" for a movement from A to B
      status    reported, alleged, confirmed or denied
      conf      how likely this is the report's main incident (0-1)
      evidence  the act's words in the report"""
    app.override(allow_private=allow_private)
    with Fetcher(app.settings) as fetcher:
        captured = capture_ingest(
            app.store, sources, fetcher, actor=app.actor, url=url, progress=_progress(True)
        )
    report_ids = list(dict.fromkeys(captured.new_reports + captured.known_reports))
    with app.store.read() as conn:
        uncoded = set(coded_store.uncoded_report_ids(conn))
    todo = [i for i in report_ids if i in uncoded]
    failed = bool(captured.failures)
    if todo:
        result = code_stored(
            app.store, todo, Coder.load(app.settings), actor=app.actor, progress=_progress(True)
        )
        failed = failed or not result.ok
    for report_id in report_ids:
        coded = stored_coded(app, report_id)
        if as_json:
            line = to_json(coded, document_id=report_id, sha256=coded.report.sha256)
            click.echo(json.dumps(line, ensure_ascii=False))
        else:
            print_coded(coded)
    if failed:
        raise click.exceptions.Exit(1)


@click.command("incidents", hidden=True)
@click.option("--act", type=click.Choice(ACTS), help="Only this act.")
@click.option(
    "--country", help='Only incidents in this country: a name or ISO code ("Russia", "RU").'
)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Ending on or after.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Starting on or before.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per incident.")
@pass_app
def incidents(
    app: App,
    act: str | None,
    country: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_json: bool,
) -> None:
    """A table of coded incidents (rejected ones left out) with their sources."""
    with app.store.read() as conn:
        found = coded_store.search_incidents(
            conn,
            act=act,
            country=canonical_country(country) if country else None,
            since=since.date() if since else None,
            until=until.date() if until else None,
        )
        sources = {r.id: r for r in report_store.listing(conn)}
    if as_json:
        for incident in found:
            record = coded_store.incident_row(incident)
            record.update(
                id=incident.id, report_id=incident.report_id, source=sources[incident.report_id].url
            )
            click.echo(json.dumps(record, default=str, ensure_ascii=False))
        return
    rows = [
        (*row, str(i.report_id), sources[i.report_id].url or "-")
        for row, i in zip(incident_rows(found), found, strict=True)
    ]
    click.echo(table(rows, (*INCIDENT_HEADERS, "report", "source")))


@click.command("eval")
@click.option(
    "--gold",
    "gold",
    multiple=True,
    type=click.Path(exists=True),
    metavar="PATH",
    help="A gold annotation file (*.gold.json beside its report) or a folder.",
)
@click.option(
    "--hrdsattack",
    type=click.Path(exists=True, dir_okay=False),
    help="An HRDsAttack JSON file (e.g. ../shared/data/hrdsattack/dev.json).",
)
@click.option(
    "--limit", type=click.IntRange(min=1), help="Score only the first N HRDsAttack articles."
)
@click.option("--json", "as_json", is_flag=True, help="The figures as JSON.")
@pass_app
def evaluate(
    app: App, gold: tuple[str, ...], hrdsattack: str | None, limit: int | None, as_json: bool
) -> None:
    """Score the coder against gold annotations (DESIGN.md's rules: incident precision,
    recall and F1, then date, place, perpetrator and status accuracy over matched pairs) or
    against HRDsAttack labels (the paper's metrics). Nothing is written to the store."""
    from docket.code.evaluate import evaluate_gold, evaluate_hrdsattack

    if not gold and not hrdsattack:
        raise click.UsageError("give --gold PATH... or --hrdsattack FILE")
    coder = Coder.load(app.settings)
    results = []
    if gold:
        results.append(evaluate_gold(gold, coder))
    if hrdsattack:
        results.append(evaluate_hrdsattack(hrdsattack, coder, limit=limit))
    for result in results:
        click.echo(json.dumps(result.as_dict()) if as_json else result.format())
