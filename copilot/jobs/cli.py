"""``flask jobs ...``: operator commands for the job queue."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

jobs_cli = click.Group("jobs", help="Manage audio jobs.")


@jobs_cli.command("sweep")
@click.option("--all-queued", is_flag=True, help="Re-enqueue every queued job, however recent.")
@with_appcontext
def sweep(all_queued: bool) -> None:
    """Re-enqueue jobs stuck in queued or running (expired lease) and wait for embedded runs."""
    queue = current_app.extensions["copilot_queue"]
    sent = queue.sweep(queued_after_s=0 if all_queued else None)
    click.echo(f"re-enqueued {len(sent)} job(s)")
    for job_id in sent:
        click.echo(job_id)
    if queue.embedded:
        queue.shutdown(wait=True)
