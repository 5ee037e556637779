"""`docket audit`: check the hash-chained audit log, print its head, read it."""

from __future__ import annotations

import json
from pathlib import Path

import click

from docket.cli.context import App, pass_app
from docket.errors import AuditError
from docket.store import audit as audit_log


@click.group("audit")
def audit() -> None:
    """The append-only audit log: who changed what, when, from what, to what."""


def _saved_head(path: Path) -> audit_log.Head:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return audit_log.Head(id=int(data["id"]), hash=str(data["hash"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AuditError(f"{path}: not a head saved by `docket audit head` ({exc})") from exc


@audit.command("verify")
@click.option(
    "--head",
    "head_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A head saved earlier by `docket audit head`: catches a log cut short or rewritten whole.",
)
@pass_app
def verify(app: App, head_file: Path | None) -> None:
    """Check every entry's hash and link; exit 1 naming each bad entry."""
    saved = _saved_head(head_file) if head_file else None
    with app.store.read() as conn:
        problems = audit_log.verify(conn, saved)
        head = audit_log.head(conn)
    for problem in problems:
        click.echo(f"audit: {problem}", err=True)
    if problems:
        raise click.exceptions.Exit(1)
    click.echo(f"audit log verifies: {head.id} entries, head {head.hash}")


@audit.command("head")
@pass_app
def head(app: App) -> None:
    """Print the head digest as JSON: save it somewhere the database's users cannot write."""
    with app.store.read() as conn:
        click.echo(audit_log.head(conn).dumps())


@audit.command("log")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@pass_app
def log(app: App, limit: int, as_json: bool) -> None:
    """The newest entries first."""
    with app.store.read() as conn:
        found = audit_log.entries(conn, limit=limit, newest_first=True)
    for entry in found:
        record = audit_log.record(entry)
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(
                f"{entry.id}\t{record['at']}\t{entry.actor}\t{entry.action}\t"
                f"{entry.entity} {entry.entity_id or ''}\t"
                f"{json.dumps(entry.before, ensure_ascii=False) if entry.before else ''}"
                f" -> {json.dumps(entry.after, ensure_ascii=False)}"
            )
