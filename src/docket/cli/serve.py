"""`docket serve`: run the review web app."""

from __future__ import annotations

import click

from docket.cli.context import App, pass_app
from docket.review import ReviewOptions, create_app

HELP = """Serve the review web app over the database.

It listens on 127.0.0.1 only unless --host names another address: binding to a network
interface is a decision to make explicitly, best behind an HTTPS reverse proxy.

Session cookies are Secure: browsers send them over HTTPS, and also over plain HTTP to
127.0.0.1 and localhost. --insecure-cookies drops the Secure flag, for plain HTTP on
another host name inside a network you trust; never on the open internet.
"""


@click.command("serve", help=HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--insecure-cookies",
    is_flag=True,
    help="Send session cookies over plain HTTP too (trusted networks only).",
)
@pass_app
def serve(app: App, host: str, port: int, insecure_cookies: bool) -> None:
    import uvicorn  # imported here: only this command needs it

    web = create_app(app.store, app.settings, ReviewOptions(secure_cookies=not insecure_cookies))
    click.echo(f"docket review on http://{host}:{port}/  (database: {app.settings.db})", err=True)
    uvicorn.run(
        web, host=host, port=port, log_level="info", server_header=False, proxy_headers=False
    )
