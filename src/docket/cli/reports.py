"""`docket list`, `docket show`, `docket export`: reading what was captured."""

from __future__ import annotations

import sys
from typing import TextIO

import click

from docket.cli.context import App, pass_app
from docket.cli.table import table
from docket.models import Report
from docket.publish.export import FORMATS, write_reports
from docket.store import reports as report_store


@click.command("list")
@click.option("--limit", type=int, default=None, help="Show at most this many.")
@pass_app
def list_reports(app: App, limit: int | None) -> None:
    """The reports, newest first: id, published, outlet, title."""
    with app.store.read() as conn:
        found = report_store.listing(conn, limit=limit)
    rows = [
        (
            str(r.id),
            r.published.isoformat() if r.published else "-",
            r.outlet or "-",
            r.title or "(untitled)",
        )
        for r in found
    ]
    click.echo(table(rows, ("id", "published", "outlet", "title")))


def render(report: Report) -> str:
    """The report in the layout of the bundled example."""
    parts = [report.title or "(untitled)"]
    if report.published_text or report.published:
        parts.append(report.published_text or str(report.published))
    parts.append(report.text)
    if report.url:
        parts += ["Original url:", f"<{report.url}>"]
    return "\n\n".join(parts) + "\n"


@click.command("show")
@click.argument("report_id", type=int, metavar="ID")
@click.option(
    "--text",
    "text_only",
    is_flag=True,
    help="Print only the stored body, the string evidence offsets point into.",
)
@click.option("--raw", is_flag=True, help="Print the raw captured bytes, untouched.")
@pass_app
def show(app: App, report_id: int, text_only: bool, raw: bool) -> None:
    """Show report ID: title, date as printed, body with its links, original URL."""
    with app.store.read() as conn:
        report = report_store.get(conn, report_id)
        if raw:
            sys.stdout.buffer.write(report_store.raw_bytes(conn, report.sha256))
            return
    click.echo(report.text if text_only else render(report), nl=False)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write (default: standard output).",
)
@pass_app
def export(app: App, fmt: str, output: TextIO) -> None:
    """Every report: id, url, title, authors, outlet, published, language, sha256,
    captured_at, text."""
    with app.store.read() as conn:
        count = write_reports(report_store.iterate(conn), output, fmt)
    click.echo(f"exported {count} reports", err=True)
