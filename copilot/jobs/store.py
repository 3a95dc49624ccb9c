"""Job rows: creation with their audio, claiming (leases), stage updates, endings, listing, sweeping.

A job is claimed by one run at a time: the run gets a ``claim_token`` and a lease it renews while
it works. Every write of a run names its token, so a run that lost the job (its worker stalled
and the lease passed to another) can no longer change it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update

from copilot.exceptions import NotFoundError
from copilot.extensions import db
from copilot.jobs.status import ACTIVE_STATUSES, FINISHED_STATUSES, RUNNING_STATUSES, JobKind, JobStatus
from copilot.models import Job, JobAudio
from copilot.speech.audio import DecodedAudio
from copilot.utils import new_id, utcnow

log = logging.getLogger(__name__)

BAD_INPUT_CODES = {
    "bad_audio",
    "corrupt_audio",
    "empty_audio",
    "silent_audio",
    "audio_too_long",
    "decode_timeout",
    "invalid_audio",
    "invalid_samples",
    "invalid_sample_rate",
}
UNAVAILABLE_CODES = {
    "backend_unavailable",
    "backend_timeout",
    "backend_rate_limited",
    "backend_stream_dropped",
}


def error_status(code: str) -> int:
    """The HTTP status that fits a failed job's error code (for ``?wait=N`` answers)."""
    if code in BAD_INPUT_CODES:
        return 422
    if code in UNAVAILABLE_CODES:
        return 503
    if code.startswith("backend_") or code == "empty_answer":
        return 502
    if code == "job_timeout":
        return 504
    return 500


def create_job(
    user_id: str,
    audio: DecodedAudio,
    *,
    kind: JobKind = JobKind.UPLOAD,
    language: str = "auto",
    context_id: int | None = None,
    max_attempts: int,
    session_id: str | None = None,
    utterance_id: str | None = None,
    audio_bytes: int | None = None,
    transcript: str | None = None,
    transcript_language: str | None = None,
    stage_timings: dict[str, float] | None = None,
    interview_id: str | None = None,
    speaker: str | None = None,
    forced: bool = False,
) -> Job:
    """Store the job and its decoded audio in one transaction (committed before any enqueue).

    A live utterance may arrive already transcribed (the socket transcribes during the pause
    that ends it); the job then skips that stage but keeps its audio for retries. ``interview_id``
    files the job's line under an interview record (already checked to be the user's)."""
    data = audio.to_bytes()
    job = Job(
        id=new_id(),
        user_id=user_id,
        kind=kind,
        status=JobStatus.QUEUED,
        progress=JobStatus.QUEUED.progress,
        language=language or "auto",
        context_id=context_id,
        session_id=session_id,
        utterance_id=utterance_id,
        audio_format=audio.source_format,
        audio_duration_s=round(audio.duration_s, 3),
        audio_sample_rate=audio.source_rate,
        audio_bytes=audio_bytes if audio_bytes is not None else len(data),
        max_attempts=max_attempts,
        attempts=0,
        stage_timings=dict(stage_timings or {}),
        transcript=transcript,
        detected_language=transcript_language,
        enqueued_at=utcnow(),
        interview_id=interview_id,
        speaker=speaker,
        forced=bool(forced),
    )
    db.session.add(job)
    db.session.add(JobAudio(job_id=job.id, sample_rate=16000, data=data))
    db.session.commit()
    return job


def get_job(user_id: str, job_id: str) -> Job:
    job = db.session.get(Job, job_id)
    if job is None or job.user_id != user_id:
        raise NotFoundError("Job not found.")
    return job


def list_jobs(user_id: str, *, status: str | None = None, limit: int = 20) -> list[Job]:
    query = select(Job).where(Job.user_id == user_id)
    if status:
        query = query.where(Job.status == status)
    return list(db.session.scalars(query.order_by(Job.created_at.desc(), Job.id.desc()).limit(limit)))


def session_pairs(user_id: str, session_id: str, *, limit: int) -> list[tuple[str, str]]:
    """The last ``limit`` answered question/answer pairs of a live session, oldest first."""
    rows = db.session.execute(
        select(Job.question, Job.answer)
        .where(
            Job.user_id == user_id,
            Job.session_id == session_id,
            Job.status == JobStatus.DONE,
            Job.answer.is_not(None),
        )
        .order_by(Job.finished_at.desc())
        .limit(limit)
    ).all()
    return [(question, answer) for question, answer in reversed(rows)]


def load_audio(job_id: str) -> DecodedAudio | None:
    row = db.session.get(JobAudio, job_id)
    if row is None:
        return None
    return DecodedAudio.from_bytes(row.data, source_format="pcm")


@dataclass
class Claim:
    """The right of one run to work on a job."""

    job_id: str
    token: str
    user_id: str
    attempt: int
    lease_seconds: float


class ClaimOutcome(StrEnum):
    CLAIMED = "claimed"
    FINISHED = "finished"  # already done or failed: nothing to do
    BUSY = "busy"  # another live run holds it
    EXHAUSTED = "exhausted"  # the attempts cap was reached; the job was failed
    WAIT = "wait"  # fair share: another user with fewer running jobs has one waiting


def claim_job(
    job_id: str,
    lease_seconds: float,
    *,
    resume_token: str | None = None,
    fair_share: int | None = None,
) -> tuple[str, Claim | None]:
    """Take the job for this run if it is queued, or running under an expired lease.

    ``resume_token`` is the claim of a run that the database dropped (an outage): the same
    attempt goes on under a fresh token, lease or not, and is not counted again.

    ``fair_share`` (jobs per user, Celery only) makes a queued job step aside (``WAIT``) while its
    user runs that many or more and another user, running fewer, has a job waiting. The check and
    the claim hold one lock on PostgreSQL, so two free workers can't both pass it at once."""
    now = utcnow()
    job = db.session.get(Job, job_id, populate_existing=True)
    if job is None or job.status not in ACTIVE_STATUSES:
        db.session.rollback()
        return ClaimOutcome.FINISHED, None
    resuming = resume_token is not None and job.claim_token == resume_token
    if (
        not resuming
        and job.status != JobStatus.QUEUED
        and job.lease_until is not None
        and job.lease_until > now
    ):
        db.session.rollback()
        return ClaimOutcome.BUSY, None
    previous_status = job.status
    if resuming:
        return _resume(job, lease_seconds, now)
    if fair_share is not None and previous_status == JobStatus.QUEUED:
        _lock_claims()
        if _others_come_first(job.user_id, fair_share, now):
            db.session.rollback()
            return ClaimOutcome.WAIT, None
    if job.attempts >= job.max_attempts:
        code = "worker_lost" if previous_status in RUNNING_STATUSES else "too_many_attempts"
        message = (
            f"The job was interrupted {job.attempts} times (its worker stopped while running it)."
            if code == "worker_lost"
            else f"The job was attempted {job.attempts} times without finishing."
        )
        _fail_unclaimed(job.id, previous_status, code, message)
        return ClaimOutcome.EXHAUSTED, None
    token = new_id()
    # Read before the commit below expires ``job``: reloaded, it would show the attempts already
    # incremented, and every run would count itself one attempt further than it is.
    attempt, user_id, claim_token = job.attempts + 1, job.user_id, job.claim_token
    # Compare-and-set on the status and token we read: two runs racing for the job can't both win.
    result = db.session.execute(
        update(Job)
        .where(
            Job.id == job_id,
            Job.status == previous_status,
            or_(Job.claim_token.is_(None), Job.claim_token == claim_token),
        )
        .values(
            claim_token=token,
            lease_until=now + timedelta(seconds=lease_seconds),
            attempts=Job.attempts + 1,
            status=JobStatus.TRANSCRIBING,
            progress=JobStatus.TRANSCRIBING.progress,
            started_at=job.started_at or now,
            error_code=None,
            error_message=None,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    if result.rowcount != 1:
        return ClaimOutcome.BUSY, None
    return ClaimOutcome.CLAIMED, Claim(job_id, token, user_id, attempt, lease_seconds)


def _resume(job: Job, lease_seconds: float, now) -> tuple[str, Claim | None]:
    token, attempt, user_id, old_token = new_id(), job.attempts, job.user_id, job.claim_token
    result = db.session.execute(
        update(Job)
        .where(Job.id == job.id, Job.claim_token == old_token)
        .values(claim_token=token, lease_until=now + timedelta(seconds=lease_seconds), updated_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    if result.rowcount != 1:
        return ClaimOutcome.BUSY, None
    return ClaimOutcome.CLAIMED, Claim(job.id, token, user_id, attempt, lease_seconds)


def _released(status: JobStatus, code: str, message: str) -> dict[str, Any]:
    """The values of a job no run holds any more, in ``status`` for the reason given."""
    return {
        "status": status,
        "progress": status.progress,
        "claim_token": None,
        "lease_until": None,
        "error_code": code,
        "error_message": message,
    }


def _fail_unclaimed(job_id: str, status: str, code: str, message: str) -> None:
    now = utcnow()
    db.session.execute(
        update(Job)
        .where(Job.id == job_id, Job.status == status)
        .values(**_released(JobStatus.FAILED, code, message), finished_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(delete(JobAudio).where(JobAudio.job_id == job_id))
    db.session.commit()


class LostClaim(Exception):
    """This run no longer owns the job (another run took it over)."""


def _write_claimed(claim: Claim, **values: Any) -> None:
    """Update the job if this run still owns it, without committing; rolls back and raises
    ``LostClaim`` when another run has taken it over."""
    now = utcnow()
    values.setdefault("updated_at", now)
    values["lease_until"] = now + timedelta(seconds=claim.lease_seconds)
    if "status" in values and "progress" not in values:
        values["progress"] = JobStatus(values["status"]).progress
    result = db.session.execute(
        update(Job)
        .where(Job.id == claim.job_id, Job.claim_token == claim.token)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        db.session.rollback()
        raise LostClaim(claim.job_id)


def update_claimed(claim: Claim, **values: Any) -> None:
    """Write to the job only while this run still owns it; renews the lease too."""
    _write_claimed(claim, **values)
    db.session.commit()


def renew_lease(claim: Claim) -> bool:
    try:
        update_claimed(claim)
        return True
    except LostClaim:
        return False


def release_for_retry(claim: Claim, code: str, message: str) -> None:
    """Give the job back to the queue after a transient failure; the retry claims it again."""
    update_claimed(claim, **_released(JobStatus.QUEUED, code, message))


def finish_claimed(claim: Claim, *, status: JobStatus, delete_audio: bool = True, **values: Any) -> None:
    # One transaction: whoever sees the job ended also sees its audio gone.
    _write_claimed(claim, status=status, finished_at=utcnow(), claim_token=None, **values)
    if delete_audio:
        db.session.execute(delete(JobAudio).where(JobAudio.job_id == claim.job_id))
    db.session.commit()


def add_stage_timing(claim: Claim, timings: dict[str, float], stage: str, seconds: float) -> dict[str, float]:
    timings = {**timings, stage: round(seconds, 4)}
    update_claimed(claim, stage_timings=timings)
    return timings


# Any constant key: every claim that checks the fair share takes this one transaction-scoped lock.
_CLAIM_LOCK_KEY = 0x636F70696C6F74


def _lock_claims() -> None:
    """Serialise fair-share claims until the claim's transaction ends (PostgreSQL; SQLite writes
    one transaction at a time anyway)."""
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(select(func.pg_advisory_xact_lock(_CLAIM_LOCK_KEY)))


def _others_come_first(user_id: str, per_user: int, now) -> bool:
    running = (
        select(Job.user_id, func.count())
        .where(Job.status.in_(RUNNING_STATUSES), Job.lease_until > now)
        .group_by(Job.user_id)
    )
    counts = dict(db.session.execute(running).all())
    mine = counts.get(user_id, 0)
    if mine < per_user:
        return False
    waiting = db.session.scalars(
        select(Job.user_id).where(Job.status == JobStatus.QUEUED, Job.user_id != user_id).distinct()
    ).all()
    return any(counts.get(other, 0) < mine for other in waiting)


def stale_job_ids(*, queued_after_s: float) -> list[str]:
    """Jobs to enqueue again: queued for too long, or running under a lease that ran out."""
    now = utcnow()
    query = select(Job.id).where(
        or_(
            and_(Job.status == JobStatus.QUEUED, Job.enqueued_at < now - timedelta(seconds=queued_after_s)),
            and_(Job.status.in_(RUNNING_STATUSES), or_(Job.lease_until.is_(None), Job.lease_until < now)),
        )
    )
    return list(db.session.scalars(query.order_by(Job.created_at).limit(1000)))


def mark_enqueued(job_ids: list[str]) -> None:
    if job_ids:
        db.session.execute(
            update(Job)
            .where(Job.id.in_(job_ids))
            .values(enqueued_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        db.session.commit()


def purge_expired_audio(retention_seconds: int) -> int:
    """Audio of finished jobs kept for ``AUDIO_RETENTION_SECONDS`` is removed after it."""
    cutoff = utcnow() - timedelta(seconds=retention_seconds)
    finished = select(Job.id).where(Job.status.in_(FINISHED_STATUSES), Job.finished_at < cutoff)
    result = db.session.execute(delete(JobAudio).where(JobAudio.job_id.in_(finished)))
    db.session.commit()
    return result.rowcount or 0


WITHDRAWN = "withdrawn"


def withdraw_job(job_id: str) -> None:
    """Take back an answer started at a pause (the speaker went on): the job keeps its record
    with ``error_code`` "withdrawn", the history row it may have written goes, and so does the
    answer on its interview line."""
    from copilot.interviews import service as interviews
    from copilot.models import InterviewHistory

    db.session.execute(
        update(Job)
        .where(Job.id == job_id)
        .values(
            error_code=WITHDRAWN,
            error_message="The speaker went on; the whole utterance is answered instead.",
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    interviews.forget_answer(job_id)
    db.session.execute(delete(InterviewHistory).where(InterviewHistory.job_id == job_id))
    db.session.commit()


def is_withdrawn(job_id: str) -> bool:
    return db.session.scalar(select(Job.error_code).where(Job.id == job_id)) == WITHDRAWN


def last_heard_language(user_id: str, *, exclude: str | None = None) -> str | None:
    """The language of the user's most recently transcribed job, if any."""
    query = (
        select(Job.detected_language)
        .where(Job.user_id == user_id, Job.detected_language.is_not(None))
        .order_by(Job.created_at.desc())
        .limit(1)
    )
    if exclude is not None:
        query = query.where(Job.id != exclude)
    return db.session.scalar(query)
