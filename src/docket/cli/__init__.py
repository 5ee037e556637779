"""The `docket` command: a thin layer over the stages' library functions.

Each command lives in a module of its own and is registered here.
"""

from __future__ import annotations

import click

from docket import __version__
from docket.cli import (
    audit,
    coding,
    confidential,
    grant,
    linking,
    reports,
    search,
    serve,
    users,
)
from docket.cli import ingest as ingest_command
from docket.cli.context import App
from docket.errors import DocketError

HELP = """docket: capture human-rights reports as untouched evidence, code the incidents in
them, link them into cases, review and publish them.

The database is a SQLite file by default (in your data folder), or PostgreSQL when
--db / DOCKET_DB is a postgresql:// URL. Settings come from defaults, then the config file
(DOCKET_CONFIG or ~/.config/docket/config.toml), then DOCKET_* variables, then flags.

\b
Exit status: 0 when everything asked for was done, 1 when some input failed (the rest
was still done), 2 for a usage error.
"""


@click.group(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="DOCKET_DB",
    metavar="PATH|URL",
    help="Database: a SQLite file path or a postgresql:// URL.  [env: DOCKET_DB]",
)
@click.version_option(__version__, prog_name="docket")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    ctx.obj = App(overrides={"db": db})
    ctx.call_on_close(ctx.obj.close)


for command in (
    ingest_command.ingest,
    reports.list_reports,
    reports.show,
    reports.export,
    search.search,
    coding.code,
    coding.extract,
    linking.link_command,
    linking.cases,
    linking.case,
    linking.people,
    coding.evaluate,
    serve.serve,
    users.users,
    grant.grant,
    confidential.confidential,
    audit.audit,
):
    cli.add_command(command)

INCIDENTS_HELP = """Coded incidents, and corrections to how linking joined them.

\b
docket incidents [--act A] [--country C] [--since D] [--until D] [--json]
                                   incidents (rejected ones left out) with their sources
docket incidents merge A B         linked incidents A and B are one act
docket incidents split A SOURCE    SOURCE (e.g. r2:i0) reports another act than A's others

Dates are YYYY-MM-DD; `docket incidents list --help` details the filters."""

incidents = linking.DefaultGroup("incidents", help=INCIDENTS_HELP)
incidents.add_command(coding.incidents, "list")
incidents.add_command(linking.incidents_merge)
incidents.add_command(linking.incidents_split)
cli.add_command(incidents)


def main(argv: list[str] | None = None) -> int:
    try:
        # Without standalone mode click returns a command's exit status instead of exiting.
        status = cli.main(args=argv, prog_name="docket", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 1
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except DocketError as exc:
        click.echo(f"docket: error: {exc}", err=True)
        return 1
    return status if isinstance(status, int) else 0
