"""``flask`` commands for operators: users and history housekeeping (``flask db`` comes from Flask-Migrate)."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup
from sqlalchemy import func, select

from copilot.exceptions import ConflictError, InvalidInputError
from copilot.extensions import db
from copilot.models import InterviewHistory, User
from copilot.services import accounts, history

# AppGroup runs each command inside the app context, however the command is invoked
# (the ``flask`` script, or ``app.test_cli_runner()`` in tests).
users_cli = AppGroup("users", help="Manage user accounts.")
history_cli = AppGroup("history", help="Manage question/answer history.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "full_name", default="", help="Full name")
def create_user(email: str, password: str, full_name: str) -> None:
    """Create an account."""
    if len(password) < 8:
        raise click.ClickException("The password must be at least 8 characters long.")
    try:
        user = accounts.register_user(email, password, full_name)
    except (ConflictError, InvalidInputError) as exc:
        raise click.ClickException(exc.message) from exc
    click.echo(f"created {user.email} ({user.id})")


@users_cli.command("list")
def list_users() -> None:
    """List accounts with their history sizes."""
    counts = dict(
        db.session.execute(
            select(InterviewHistory.user_id, func.count()).group_by(InterviewHistory.user_id)
        ).all()
    )
    for user in db.session.scalars(select(User).order_by(User.created_at)):
        state = "active" if user.is_active else "inactive"
        click.echo(f"{user.id}\t{user.email}\t{user.full_name}\t{state}\t{counts.get(user.id, 0)} entries")


@users_cli.command("delete")
@click.argument("email")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def delete_user(email: str, yes: bool) -> None:
    """Delete an account and all its data."""
    user = accounts.find_user_by_email(email)
    if user is None:
        raise click.ClickException(f"No user with email {email}.")
    if not yes:
        click.confirm(f"Delete {user.email} and all their data?", abort=True)
    accounts.delete_user(user)
    click.echo(f"deleted {email}")


@history_cli.command("purge")
@click.option("--older-than", "days", type=click.IntRange(min=0), required=True, help="Age in days")
def purge_history(days: int) -> None:
    """Delete history entries older than DAYS days (all users)."""
    click.echo(f"deleted {history.purge_older_than(days)} entries older than {days} days")


def register_cli(app: Flask) -> None:
    from copilot.jobs.cli import jobs_cli

    for group in (users_cli, history_cli, jobs_cli):
        app.cli.add_command(group)


def create_cli_app() -> Flask:
    """The app the ``flask`` command loads (``.flaskenv``): like ``create_app`` but a bad
    configuration ends with its message instead of a traceback, and no background threads run."""
    import sys

    from copilot import create_app
    from copilot.config import ConfigError

    try:
        return create_app()
    except ConfigError as exc:
        sys.stderr.write(f"Configuration error: {exc}\n")
        raise SystemExit(2) from None
