"""The flow of one job: transcribe → detect the question → answer (streamed) → history, with events.

``run_job`` is what the Celery task and the embedded executor both call. It owns no transport:
transient backend failures come back as ``RetryLater`` for the caller to schedule.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from typing import Any

from flask import Flask, current_app

from copilot import metrics
from copilot.backends import get_answer_backend, get_transcriber
from copilot.context import grounding
from copilot.context import service as contexts
from copilot.exceptions import BackendError, ServiceError, TransientBackendError
from copilot.extensions import db
from copilot.history import service as history
from copilot.history.details import AnswerDetails
from copilot.interviews import service as interviews
from copilot.jobs import messages, store
from copilot.jobs.events import EventBus
from copilot.jobs.status import JobStatus
from copilot.language.answers.base import AnswerContext
from copilot.language.questions import detect_question
from copilot.language.text import language_code
from copilot.logging_setup import job_id_var
from copilot.models import InterviewContext, Job

log = logging.getLogger(__name__)


class RetryLater(Exception):
    """A transient failure: run the job again after ``countdown`` seconds. After a database
    outage, ``resume`` carries what the next run needs to take over this run's claim."""

    def __init__(self, error: ServiceError, countdown: float, resume: dict[str, Any] | None = None) -> None:
        super().__init__(error.message)
        self.error = error
        self.countdown = countdown
        self.resume = resume or {}


class DatabaseOutage(TransientBackendError):
    code = "database_unavailable"


def is_database_outage(exc: BaseException) -> bool:
    """Connection-level database failures (server gone, connection cut, SQLite busy): they pass."""
    from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError

    if isinstance(exc, OperationalError | DisconnectionError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def backoff_seconds(attempt: int, error: TransientBackendError, base: float, cap: float) -> float:
    """Exponential backoff (base·2^(attempt-1)), or the server's Retry-After when it says more."""
    delay = min(cap, base * (2 ** max(0, attempt - 1)))
    if error.retry_after:
        delay = max(delay, min(float(error.retry_after), cap))
    return delay


class LeaseKeeper:
    """Renews the run's lease in the background while a long stage (speech-to-text) runs."""

    def __init__(self, app: Flask, claim: store.Claim) -> None:
        self.app = app
        self.claim = claim
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"lease-{claim.job_id[:8]}", daemon=True)

    def _run(self) -> None:
        interval = max(0.5, self.claim.lease_seconds / 3)
        while not self.stop.wait(interval):
            with self.app.app_context():
                try:
                    if not store.renew_lease(self.claim):
                        return
                except Exception as exc:  # a database hiccup: try again at the next tick
                    log.warning("lease renewal failed: %s", exc.__class__.__name__)
                finally:
                    db.session.remove()

    def __enter__(self) -> LeaseKeeper:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)


class JobRun:
    """One attempt at one job."""

    def __init__(self, job: Job, claim: store.Claim, bus: EventBus, config: dict[str, Any]) -> None:
        self.job = job
        self.claim = claim
        self.bus = bus
        self.config = config
        self.ref = messages.JobRef.of(job)
        self.timings: dict[str, float] = dict(job.stage_timings or {})
        self.started = time.perf_counter()

    # -- events -------------------------------------------------------------------------------
    def publish(self, message: messages.Message) -> None:
        self.bus.publish(self.ref.user_id, message)

    def set_status(self, status: JobStatus) -> None:
        store.update_claimed(self.claim, status=status)
        self.publish(messages.job_status(self.ref, status))

    def timed(self, stage: str, backend: str, seconds: float) -> None:
        self.timings = store.add_stage_timing(self.claim, self.timings, stage, seconds)
        metrics.STAGE_DURATION.labels(stage=stage, backend=backend).observe(seconds)

    # -- stages -------------------------------------------------------------------------------
    def transcribe(self) -> tuple[str, str | None]:
        if self.job.transcript is not None:
            # Transcribed already: by the live socket during the pause that ended the utterance,
            # or by an earlier attempt that failed at a later stage.
            language = self.job.detected_language or self.language_hint()
            self.publish(messages.transcription(self.ref, self.job.transcript, language))
            return self.job.transcript, language
        audio = store.load_audio(self.job.id)
        if audio is None:
            raise ServiceError("The job's audio is gone.", code="audio_missing")
        transcriber = get_transcriber(self.config)
        # A language the client chose is used as is; "auto" is detected from the audio, the
        # context's language only the one expected (a Polish question under an English context
        # comes back Polish, and says so).
        requested = language_code(self.job.language)
        # Expected: the context's language, else the one last heard from this user (an interview
        # keeps its language; the audio still decides).
        expected = language_code(self.context.language) if self.context else None
        expected = expected or store.last_heard_language(self.job.user_id, exclude=self.job.id)
        began = time.perf_counter()
        with LeaseKeeper(current_app._get_current_object(), self.claim):
            transcript = transcriber.transcribe(audio.samples, requested, prior=expected)
        self.timed("transcribe", transcriber.name, time.perf_counter() - began)
        text = transcript.text.strip()
        language = transcript.language or requested or expected
        store.update_claimed(self.claim, transcript=text, detected_language=language)
        self.publish(messages.transcription(self.ref, text, language))
        return text, language

    def language_hint(self) -> str | None:
        return grounding.language_hint(self.job.language, self.context)

    @functools.cached_property
    def context(self) -> InterviewContext | None:
        """The job's context; the active one when it has none (or it was deleted since)."""
        context = None
        if self.job.context_id is not None:
            context = db.session.get(InterviewContext, self.job.context_id)
        return context or contexts.get_active_context(self.job.user_id)

    def answer_context(self) -> AnswerContext:
        return grounding.answer_context(
            self.job.user_id,
            self.context,
            session_id=self.job.session_id,
            interview_id=self.job.interview_id,
        )

    def run(self) -> None:
        text, language = self.transcribe()
        self.set_status(JobStatus.DETECTING)
        began = time.perf_counter()
        detection = detect_question(text, language) if text else None
        self.timed("detect", "offline", time.perf_counter() - began)
        asked = detection is not None and detection.is_question
        # "Answer now": the user asked for an answer to what was said, question or not.
        if detection is None or not (asked or self.job.forced):
            self.record(question=None, answer=None, history_id=None)
            self.finish_done(question=None, answer=None, history_id=None)
            return
        question = (detection.question if asked else None) or text
        language = detection.language
        store.update_claimed(self.claim, question=question, detected_language=language)
        self.publish(messages.question_detected(self.ref, question, language))

        self.set_status(JobStatus.ANSWERING)
        backend = get_answer_backend(self.config)
        began = time.perf_counter()
        first_delta_at = None
        pieces: list[str] = []
        stream = backend.respond(question, self.answer_context(), language)
        with LeaseKeeper(current_app._get_current_object(), self.claim):
            for delta in stream:
                if first_delta_at is None:
                    first_delta_at = time.perf_counter()
                pieces.append(delta)
                self.publish(messages.answer_delta(self.ref, delta))
        answer = "".join(pieces).strip()
        details = AnswerDetails.of(stream.answer)
        self.timed("answer", backend.name, time.perf_counter() - began)
        if first_delta_at is not None:
            self.timings = store.add_stage_timing(
                self.claim, self.timings, "first_delta", first_delta_at - began
            )
        if not answer:
            raise BackendError("The answer backend returned an empty answer.", code="empty_answer")
        history_id = None
        # A live answer started at a pause and taken back while it streamed leaves no history.
        if not store.is_withdrawn(self.job.id):
            history_id = history.add_entry(
                self.job.user_id,
                question,
                answer,
                transcript=text,
                language=language,
                context_id=self.context.id if self.context else None,
                job_id=self.job.id,
                details=details,
                interview_id=self.job.interview_id,
            )
        self.record(question=question, answer=answer, history_id=history_id)
        self.finish_done(question=question, answer=answer, history_id=history_id, details=details)

    def record(self, *, question: str | None, answer: str | None, history_id: int | None) -> None:
        """File the utterance under its interview, before the job's end: a run that dies between
        the two writes it again on retry (an upsert, so still one line)."""
        if self.job.interview_id:
            interviews.attach_answer(self.job, history_id=history_id, question=question, answer=answer)

    def finish_done(
        self,
        *,
        question: str | None,
        answer: str | None,
        history_id: int | None,
        details: AnswerDetails | None = None,
    ) -> None:
        details = details or AnswerDetails()
        result = {"question": question, "answer": answer, "history_id": history_id}
        self.end(JobStatus.DONE, **result, **details.job_columns())
        result.update(details.fields())
        # The final job event comes last: subscribers stop listening for a job when they see it.
        if answer is not None:
            self.publish(messages.answer(self.ref, answer, question, history_id, details.fields()))
        self.publish(messages.job_status(self.ref, JobStatus.DONE, **result))

    def finish_failed(self, code: str, message: str) -> None:
        self.end(JobStatus.FAILED, error_code=code, error_message=message)
        publish_failure(self.bus, self.ref, code, message)

    def end(self, status: JobStatus, **values: Any) -> None:
        """Write the job's end with its timings (its audio goes unless it is kept), and count it."""
        seconds = time.perf_counter() - self.started
        self.timings["total"] = round(seconds, 4)
        store.finish_claimed(
            self.claim,
            status=status,
            stage_timings=self.timings,
            delete_audio=self.config["AUDIO_RETENTION_SECONDS"] <= 0,
            **values,
        )
        metrics.JOB_DURATION.labels(kind=self.job.kind, status=status).observe(seconds)
        metrics.JOBS_FINISHED.labels(status=status, error_code=values.get("error_code") or "").inc()


def publish_failure(bus: EventBus, ref: messages.JobRef, code: str, message: str) -> None:
    bus.publish(ref.user_id, messages.error(code, message, ref))
    error = {"code": code, "message": message}
    bus.publish(ref.user_id, messages.job_status(ref, JobStatus.FAILED, error=error))


def _rollback_quietly() -> None:
    try:
        db.session.rollback()
    except Exception:  # the connection is gone: the session is reset on next use anyway
        db.session.remove()


def _outage_retry(exc: BaseException, resume_token: str | None, outage: dict[str, Any]) -> RetryLater | None:
    """The retry after a database outage, or None once it has lasted ``JOB_DB_RETRY_SECONDS``
    (the job is then left to the sweep, which re-runs it when its lease has expired)."""
    config = current_app.config
    since = outage.get("outage_since") or time.time()
    count = int(outage.get("outage_retries") or 0) + 1
    if time.time() - since > config["JOB_DB_RETRY_SECONDS"]:
        log.error("database unavailable for too long; leaving the job to the sweep")
        return None
    error = DatabaseOutage("The database is unavailable.")
    countdown = backoff_seconds(
        count, error, config["JOB_RETRY_BACKOFF_SECONDS"], config["JOB_RETRY_BACKOFF_MAX_SECONDS"]
    )
    log.warning("database unavailable (%s), retrying in %.1fs", exc.__class__.__name__, countdown)
    resume = {"resume_token": resume_token, "outage_since": since, "outage_retries": count}
    return RetryLater(error, countdown, resume)


def run_job(
    job_id: str,
    *,
    bus: EventBus,
    resume_token: str | None = None,
    outage: dict[str, Any] | None = None,
    fair_share: int | None = None,
) -> str:
    """Run one attempt of the job and say how it went ("done", "failed", "lost" or why it did not
    run). Raises RetryLater for a transient failure worth retrying: a backend error (a new
    attempt), or the database going away (the same attempt, resumed under this run's claim)."""
    config = current_app.config
    token = job_id_var.set(job_id)
    try:
        try:
            outcome, claim = store.claim_job(
                job_id,
                lease_seconds=config["JOB_LEASE_SECONDS"],
                resume_token=resume_token,
                fair_share=fair_share,
            )
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            _rollback_quietly()
            retry = _outage_retry(exc, resume_token, outage or {})
            if retry is None:
                return "abandoned"
            raise retry from exc
        if claim is None:
            log.info("job not run: %s", outcome)
            if outcome == store.ClaimOutcome.EXHAUSTED:
                _publish_exhausted(job_id, bus)
            return outcome
        try:
            job = db.session.get(Job, job_id, populate_existing=True)
            run = JobRun(job, claim, bus, config)
            run.publish(messages.job_status(run.ref, JobStatus.TRANSCRIBING, attempt=claim.attempt))
            return _run_claimed(run, claim, job, config)
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            # The database went away mid-run: nothing can be written, the job stays as it is (its
            # audio included) and the same attempt resumes under this run's claim once it is back.
            _rollback_quietly()
            retry = _outage_retry(exc, claim.token, outage or {})
            if retry is None:
                return "abandoned"
            raise retry from exc
    finally:
        job_id_var.reset(token)


def _run_claimed(run: JobRun, claim: store.Claim, job: Job, config: Any) -> str:
    """The claimed run, and how its failures end it (database outages propagate to the caller)."""
    try:
        run.run()
        return JobStatus.DONE
    except store.LostClaim:
        log.warning("job taken over by another run; this run stops")
        return "lost"
    except TransientBackendError as exc:
        db.session.rollback()
        if claim.attempt >= job.max_attempts:
            log.warning("transient failure on the last attempt: %s", exc.code)
            run.finish_failed(exc.code, exc.message)
            return JobStatus.FAILED
        countdown = backoff_seconds(
            claim.attempt, exc, config["JOB_RETRY_BACKOFF_SECONDS"], config["JOB_RETRY_BACKOFF_MAX_SECONDS"]
        )
        log.warning("transient failure, retrying in %.1fs: %s", countdown, exc.code)
        store.release_for_retry(claim, exc.code, exc.message)
        run.publish(messages.job_status(run.ref, JobStatus.QUEUED, retry_in=countdown))
        raise RetryLater(exc, countdown) from exc
    except ServiceError as exc:
        db.session.rollback()
        log.info("job failed: %s", exc.code)
        run.finish_failed(exc.code, exc.message)
        return JobStatus.FAILED
    except Exception as exc:
        if is_database_outage(exc):
            raise
        db.session.rollback()
        if exc.__class__.__name__ == "SoftTimeLimitExceeded":
            run.finish_failed("job_timeout", "The job took longer than its time limit.")
        else:
            log.exception("job crashed")
            run.finish_failed("internal_error", "The job failed unexpectedly.")
        return JobStatus.FAILED


def _publish_exhausted(job_id: str, bus: EventBus) -> None:
    job = db.session.get(Job, job_id, populate_existing=True)
    if job is None:
        return
    metrics.JOBS_FINISHED.labels(status=JobStatus.FAILED, error_code=job.error_code or "").inc()
    publish_failure(bus, messages.JobRef.of(job), job.error_code or "job_failed", job.error_message or "")
