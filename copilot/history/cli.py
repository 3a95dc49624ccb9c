"""``flask history ...``: operator commands for the question/answer history."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from copilot.history import service as history

history_cli = AppGroup("history", help="Manage question/answer history.")


@history_cli.command("purge")
@click.option("--older-than", "days", type=click.IntRange(min=0), required=True, help="Age in days")
def purge_history(days: int) -> None:
    """Delete history entries older than DAYS days (all users)."""
    click.echo(f"deleted {history.purge_older_than(days)} entries older than {days} days")
