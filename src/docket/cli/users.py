"""`docket users`: accounts of the review app. The command line acts as the machine's
administrator: whoever can run it on the database manages every account."""

from __future__ import annotations

import json
import sys

import click

from docket.cli.context import App, pass_app
from docket.errors import AuthError, NotFound
from docket.models import ROLES
from docket.review import passwords
from docket.store import users as user_store


@click.group("users")
def users() -> None:
    """Manage the accounts of the review app (no default account, no sign-up)."""


def _ask_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from one line of stdin.")
@click.option(
    "--generate-password",
    is_flag=True,
    help="Make a one-time password, print it once; it must be changed at sign-in.",
)
@click.option(
    "--reset-if-exists",
    is_flag=True,
    help="With --generate-password: if NAME exists, give it a new one-time password.",
)
@pass_app
def add(
    app: App,
    name: str,
    role: str,
    password_stdin: bool,
    generate_password: bool,
    reset_if_exists: bool,
) -> None:
    """Add account NAME with ROLE (viewer reads, editor reviews, admin manages users)."""
    if password_stdin and generate_password:
        raise click.UsageError("give --password-stdin or --generate-password, not both")
    password = passwords.generate() if generate_password else _ask_password(password_stdin)
    hashed = passwords.hash_password(password)
    with app.store.begin() as conn:
        try:
            user_store.get(conn, name)
            exists = True
        except NotFound:
            exists = False
        if exists and not (reset_if_exists and generate_password):
            raise AuthError(f"user {name!r} exists already")
        if exists:
            user_store.set_password(conn, name, hashed, app.actor, must_change=True)
            user_store.set_role(conn, name, role, app.actor)
            user_store.set_active(conn, name, True, app.actor)
        else:
            user_store.add(
                conn, name, role, hashed, app.actor, must_change_password=generate_password
            )
    click.echo(f"{'reset' if exists else 'added'} {name} ({role})", err=True)
    if generate_password:
        click.echo(f"one-time password for {name}: {password}")


@users.command("password")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from one line of stdin.")
@pass_app
def password(app: App, name: str, password_stdin: bool) -> None:
    """Set NAME's password (ends their sessions)."""
    hashed = passwords.hash_password(_ask_password(password_stdin))
    with app.store.begin() as conn:
        user_store.set_password(conn, name, hashed, app.actor)
    click.echo(f"password of {name} changed", err=True)


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@pass_app
def list_users(app: App, as_json: bool) -> None:
    """Every account: name, role, active."""
    with app.store.read() as conn:
        found = user_store.listing(conn)
    for user in found:
        if as_json:
            click.echo(json.dumps({"name": user.name, "role": user.role, "active": user.active}))
        else:
            click.echo(f"{user.name}\t{user.role}\t{'active' if user.active else 'disabled'}")


@users.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@pass_app
def role(app: App, name: str, role: str) -> None:
    """Give NAME another ROLE."""
    with app.store.begin() as conn:
        user_store.set_role(conn, name, role, app.actor)


@users.command("disable")
@click.argument("name")
@click.option("--enable", is_flag=True, help="Enable the account again instead.")
@pass_app
def disable(app: App, name: str, enable: bool) -> None:
    """Stop NAME from signing in (ends their sessions); their history stays."""
    with app.store.begin() as conn:
        user_store.set_active(conn, name, enable, app.actor)


@users.command("remove")
@click.argument("name")
@pass_app
def remove(app: App, name: str) -> None:
    """Delete account NAME; the audit log keeps what they did, under their name."""
    with app.store.begin() as conn:
        user_store.remove(conn, name, app.actor)
