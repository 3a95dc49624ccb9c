"""Celery tasks: orchestration only; the work is in jobs/pipeline.py."""

from __future__ import annotations

import time

from celery import shared_task
from flask import current_app

from copilot.extensions import db
from copilot.jobs import store
from copilot.jobs.pipeline import RetryLater, run_job

PROCESS_JOB = "copilot.process_job"
FAIR_SHARE_DELAY_S = 1.0


@shared_task(bind=True, name=PROCESS_JOB, max_retries=None)
def process_job(
    self,
    job_id: str,
    resume_token: str | None = None,
    outage_since: float | None = None,
    outage_retries: int = 0,
) -> str:
    """Run one attempt; transient failures come back with a backoff. The attempts cap lives on
    the job row (it also counts runs killed with their worker), so Celery's own is off. After a
    database outage the next run resumes this one's claim (``resume_token``)."""
    bus = current_app.extensions["copilot_events"]
    outage = {"outage_since": outage_since, "outage_retries": outage_retries}
    config = current_app.config
    # The embedded executor is fair by itself; a Celery queue is first come, first served, so the
    # claim itself makes a busy user's job step aside for another user's.
    fair_share = None if self.request.is_eager else config["JOB_USER_CONCURRENCY"]
    try:
        outcome = run_job(job_id, bus=bus, resume_token=resume_token, outage=outage, fair_share=fair_share)
        if outcome == store.ClaimOutcome.WAIT:
            raise self.retry(countdown=FAIR_SHARE_DELAY_S, args=[job_id], kwargs={})
        return outcome
    except RetryLater as retry:
        if self.request.is_eager:
            # The embedded executor runs retries inline: wait out the backoff here.
            time.sleep(retry.countdown)
        raise self.retry(
            exc=retry.error, countdown=retry.countdown, args=[job_id], kwargs=retry.resume
        ) from retry
    finally:
        db.session.remove()
