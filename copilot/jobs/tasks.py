"""Celery tasks: orchestration only; the work is in jobs/pipeline.py."""

from __future__ import annotations

import time

from celery import shared_task
from flask import current_app

from copilot.extensions import db
from copilot.jobs.pipeline import RetryLater, run_job

PROCESS_JOB = "copilot.process_job"


@shared_task(bind=True, name=PROCESS_JOB, max_retries=None)
def process_job(self, job_id: str) -> str:
    """Run one attempt; transient failures come back with a backoff. The attempts cap lives on
    the job row (it also counts runs killed with their worker), so Celery's own is off."""
    bus = current_app.extensions["copilot_events"]
    try:
        return run_job(job_id, bus=bus)
    except RetryLater as retry:
        if self.request.is_eager:
            # The embedded executor runs retries inline: wait out the backoff here.
            time.sleep(retry.countdown)
        raise self.retry(exc=retry.error, countdown=retry.countdown) from retry
    finally:
        db.session.remove()
