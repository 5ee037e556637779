"""`docket search`: full-text search over the reports."""

from __future__ import annotations

import json

import click

from docket.cli.context import App, pass_app
from docket.store.search import search as search_reports


@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@pass_app
def search(app: App, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Reports containing every word of QUERY, best first, with a snippet; matches are
    [bracketed]."""
    with app.store.read() as conn:
        hits = search_reports(conn, " ".join(query), limit=limit)
    for hit in hits:
        if as_json:
            click.echo(json.dumps(hit.__dict__, ensure_ascii=False))
        else:
            click.echo(f"{hit.report_id}  {hit.published or '-'}  {hit.title or '(untitled)'}")
            click.echo(f"    {' '.join(hit.snippet.split())}")
    if not hits and not as_json:
        click.echo("no reports match", err=True)
