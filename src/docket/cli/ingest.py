"""`docket ingest`: capture sources into the store."""

from __future__ import annotations

import click

from docket.capture import ingest as capture_ingest
from docket.capture.fetch import Fetcher
from docket.cli.context import App, pass_app
from docket.code import Coder
from docket.code.stage import code_stored

HELP = """Capture SOURCE... into the store.

\b
A SOURCE is one of:
  URL                 a web page (fetched), or an RSS/Atom feed whose entries are fetched
  FILE.html           a saved page (give --url to say where it came from)
  FILE.md, FILE.txt   a report laid out as title, date line, body, "Original url:" and URL
  FILE.xml/.rss/.atom a feed file: its entries are fetched
  FILE.warc[.gz]      a web archive: each HTML response in it
  FOLDER              every such file below it

New reports are coded at once (incidents and interventions with their evidence) unless
--no-code is given or the code_on_ingest setting is off; `docket code` codes them later.

The raw bytes are kept untouched, addressed by their SHA-256, with a capture record (URL,
UTC time, HTTP status and headers, docket's version). The same report captured twice is
one report: re-ingesting changes nothing. A source that fails is reported in one line and
the others are still captured; the exit status is 1 when anything failed.

Fetching refuses private, loopback and link-local addresses unless --allow-private is
given, follows at most --max-redirects redirects, and stops at --max-bytes.
"""


@click.command("ingest", help=HELP)
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@click.option("--url", help="Where a single saved page came from.")
@click.option(
    "--allow-private",
    is_flag=True,
    default=None,
    help="Allow fetching from private, loopback and link-local addresses.",
)
@click.option("--timeout", "fetch_timeout", type=float, help="Seconds per network operation.")
@click.option("--max-bytes", type=int, help="Largest page or file to capture.")
@click.option("--max-redirects", type=int, help="Most redirects to follow.")
@click.option(
    "--code/--no-code",
    "code_on_ingest",
    default=None,
    help="Code the new reports at once (default: the code_on_ingest setting, on).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the summary.")
@pass_app
def ingest(
    app: App, /, sources: tuple[str, ...], url: str | None, quiet: bool, **overrides: object
) -> None:
    if url and len(sources) != 1:
        raise click.UsageError("--url names the origin of a single saved page")
    app.override(**overrides)

    def progress(line: str) -> None:
        if not quiet or line.startswith("error"):
            click.echo(line, err=line.startswith("error"))

    with Fetcher(app.settings) as fetcher:
        result = capture_ingest(
            app.store, sources, fetcher, actor=app.actor, url=url, progress=progress
        )
    click.echo(result.summary())
    coded_ok = True
    if result.new_reports and app.settings.code_on_ingest:
        coded = code_stored(
            app.store,
            result.new_reports,
            Coder.load(app.settings),
            actor=app.actor,
            progress=progress,
        )
        click.echo(coded.summary())
        coded_ok = coded.ok
    if not result.ok or not coded_ok:
        raise click.exceptions.Exit(1)
