"""`docket grant`: let a user see a confidential report."""

from __future__ import annotations

import click

from docket.cli.context import App, pass_app
from docket.store import users as user_store


@click.command("grant")
@click.argument("report_id", type=int)
@click.argument("user")
@click.option("--revoke", is_flag=True, help="Take the access away instead.")
@pass_app
def grant(app: App, report_id: int, user: str, revoke: bool) -> None:
    """Let USER see confidential report REPORT_ID (admins always can)."""
    with app.store.begin() as conn:
        user_store.grant(conn, report_id, user, app.actor, revoke=revoke)
    click.echo(f"{'revoked' if revoke else 'granted'}: {user} on report {report_id}", err=True)
