"""``flask users ...``: operator commands for accounts."""

from __future__ import annotations

import click
from flask.cli import AppGroup
from sqlalchemy import func, select

from copilot.auth import service as accounts
from copilot.exceptions import ConflictError, InvalidInputError
from copilot.extensions import db
from copilot.models import InterviewHistory, User

# AppGroup runs each command inside the app context, however the command is invoked
# (the ``flask`` script, or ``app.test_cli_runner()`` in tests).
users_cli = AppGroup("users", help="Manage user accounts.")


@users_cli.command("create")
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--name", "full_name", default="", help="Full name")
def create_user(email: str, password: str, full_name: str) -> None:
    """Create an account (the password rules are the API's)."""
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


@users_cli.command("purge-revoked")
def purge_revoked() -> None:
    """Forget the revocations of tokens that have expired (the web processes' sweep does it too)."""
    click.echo(f"purged {accounts.purge_expired_revocations()} expired token revocation(s)")
