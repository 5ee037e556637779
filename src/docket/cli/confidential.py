"""`docket confidential`: mark a report confidential, or not."""

from __future__ import annotations

import click

from docket.cli.context import App, pass_app
from docket.store import users as user_store


@click.command("confidential")
@click.argument("report_id", type=int)
@click.option("--off", is_flag=True, help="Make the report visible to every user again.")
@pass_app
def confidential(app: App, report_id: int, off: bool) -> None:
    """Mark REPORT_ID confidential: then only admins and the users granted it (`docket
    grant`) see it and its incidents, in pages, search, counts, snippets, exports and API."""
    with app.store.begin() as conn:
        user_store.set_confidential(conn, report_id, not off, app.actor)
    click.echo(f"report {report_id}: {'visible to all users' if off else 'confidential'}", err=True)
