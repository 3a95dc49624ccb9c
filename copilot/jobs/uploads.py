"""Accepting audio: validate and decode before anything is written, then store the job and
enqueue it. A rejected upload leaves no trace in the database."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from flask import current_app
from sqlalchemy import inspect

from copilot.context import service as contexts
from copilot.exceptions import ServiceError
from copilot.extensions import db
from copilot.interviews import service as interviews
from copilot.jobs import samples as samples_body
from copilot.jobs import store
from copilot.jobs.status import FINISHED_STATUSES, JobKind, JobStatus
from copilot.models import Job
from copilot.offload import green, run_native
from copilot.speech import audio

log = logging.getLogger(__name__)

# A JSON sample as browsers and Python print a float32 ("-0.12345679104328156,"): ~20 bytes.
JSON_BYTES_PER_SAMPLE = 20


def json_body_limit(config: Any) -> int:
    """Body limit of the JSON float upload: sized for ``MAX_AUDIO_SECONDS`` at 48 kHz, unless
    ``MAX_JSON_UPLOAD_MB`` says otherwise; never below the general ``MAX_UPLOAD_MB``."""
    explicit = config.get("MAX_JSON_UPLOAD_MB")
    samples = config["MAX_AUDIO_SECONDS"] * audio.MAX_SAMPLE_RATE
    limit = explicit * 1024 * 1024 if explicit else samples * JSON_BYTES_PER_SAMPLE
    return max(int(limit), int(config.get("MAX_CONTENT_LENGTH") or 0))


class UploadsBusy(ServiceError):
    """Too many large uploads are being parsed in this process; the client may retry shortly."""

    code = "busy"
    status = 503
    retry_after = 5


@dataclass(frozen=True)
class Accepted:
    """A job committed with its audio: what the client needs, read before anything can fail."""

    id: str
    user_id: str
    kind: str
    session_id: str | None = None
    utterance_id: str | None = None
    status: str = JobStatus.QUEUED


def _context_id(user_id: str, context_id: int | None) -> int | None:
    """The context the job is filed under: the one asked for, else the active one, fixed now (as a
    live socket fixes it at its start), so the job shows the context its history row will have."""
    context = contexts.requested_context(user_id, context_id)
    return context.id if context else None


def _interview_id(user_id: str, interview_id: str | None) -> str | None:
    """The interview an upload names, checked now: someone else's or a missing one is a 404."""
    return interviews.get_interview(user_id, interview_id).id if interview_id else None


def _store_and_enqueue(
    user_id: str,
    decoded: audio.DecodedAudio,
    options: dict[str, Any],
    *,
    context_id: int | None,
    size: int | None,
    kind: JobKind = JobKind.UPLOAD,
    **extra: Any,
) -> Accepted:
    """Commit the job with its audio, then enqueue it (``context_id`` already checked). From the
    commit on, the job exists: nothing after it may turn the answer into an error."""
    config = current_app.config
    job = store.create_job(
        user_id,
        decoded,
        kind=kind,
        language=options.get("language") or "auto",
        context_id=context_id,
        max_attempts=config["JOB_MAX_ATTEMPTS"],
        audio_bytes=size,
        session_id=options.get("session_id"),
        utterance_id=options.get("utterance_id"),
        interview_id=options.get("interview_id"),
        **extra,
    )
    job_id = inspect(job).identity[0]  # no reload: the database may be gone already
    current_app.extensions["copilot_queue"].enqueue(job_id, user_id)
    return Accepted(job_id, user_id, kind, options.get("session_id"), options.get("utterance_id"))


@contextlib.contextmanager
def large_body_slot(size: int | None) -> Iterator[None]:
    """At most ``LARGE_BODY_CONCURRENCY`` large uploads are parsed and decoded at once per
    process; the others wait their turn (up to 30 s, then 503 with Retry-After)."""
    config = current_app.config
    if not size or size <= config["LARGE_BODY_BYTES"]:
        yield
        return
    slots = current_app.extensions.setdefault(
        "copilot_large_bodies", threading.BoundedSemaphore(config["LARGE_BODY_CONCURRENCY"])
    )
    if not slots.acquire(timeout=30):
        raise UploadsBusy("Too many large uploads at once; try again shortly.")
    try:
        yield
    finally:
        slots.release()


def read_samples_body(stream: BinaryIO, size: int | None) -> tuple[dict[str, Any], Any]:
    """The JSON upload's keys and its samples (float32), parsed as a stream: in a child process
    for a large body under the gevent worker (the parse would hold the GIL for seconds), else
    here."""
    max_seconds = current_app.config["MAX_AUDIO_SECONDS"]
    if green() and (size or 0) > current_app.config["LARGE_BODY_BYTES"] and hasattr(stream, "fileno"):
        return samples_body.read_body_in_child(stream, max_seconds=max_seconds)
    return samples_body.read_body(stream, max_seconds=max_seconds)


def accept_samples(user_id: str, samples: Any, sample_rate: object, options: dict[str, Any]) -> Accepted:
    """The old guide's JSON body: an array of floats and its sample rate."""
    context_id = _context_id(user_id, options.get("context_id"))  # before the costly decoding
    _interview_id(user_id, options.get("interview_id"))
    max_seconds = current_app.config["MAX_AUDIO_SECONDS"]
    decoded = run_native("cpu", samples_body.decode, samples, sample_rate, max_seconds=max_seconds)
    return _store_and_enqueue(user_id, decoded, options, context_id=context_id, size=None)


def accept_file(user_id: str, stream: BinaryIO, options: dict[str, Any]) -> Accepted:
    """A recording in any container we can sniff (wav, mp3, ogg, webm, m4a, flac)."""
    context_id = _context_id(user_id, options.get("context_id"))
    _interview_id(user_id, options.get("interview_id"))
    start = stream.tell() if stream.seekable() else 0
    decoded = audio.decode_file(stream, max_seconds=current_app.config["MAX_AUDIO_SECONDS"])
    size = stream.tell() - start if stream.seekable() else None
    audio.check_not_silent(decoded.samples)
    return _store_and_enqueue(user_id, decoded, options, context_id=context_id, size=size)


def accept_live_utterance(
    user_id: str,
    decoded: audio.DecodedAudio,
    *,
    language: str,
    context_id: int | None,
    session_id: str,
    utterance_id: str,
    transcript: str | None = None,
    transcript_language: str | None = None,
    stage_timings: dict[str, float] | None = None,
    interview_id: str | None = None,
    speaker: str | None = None,
    forced: bool = False,
) -> Accepted:
    """A final utterance of a live socket becomes a job exactly like an upload (its context and
    interview record were settled when the socket started). ``forced``: answer it even when no
    question is detected ("answer now")."""
    options = {
        "language": language,
        "session_id": session_id,
        "utterance_id": utterance_id,
        "interview_id": interview_id,
    }
    return _store_and_enqueue(
        user_id,
        decoded,
        options,
        context_id=context_id,
        size=None,
        kind=JobKind.LIVE,
        transcript=transcript,
        transcript_language=transcript_language,
        stage_timings=stage_timings,
        speaker=speaker,
        forced=forced,
    )


def wait_for_job(job_id: str, timeout_s: float, poll_s: float = 0.05) -> Job | None:
    """Poll the job row until it ends or ``timeout_s`` passes; returns its latest state, or None
    when the database could not be read (the job exists; the caller answers 202 with its id)."""
    from copilot.jobs.pipeline import is_database_outage

    deadline = time.monotonic() + timeout_s
    job = None
    while True:
        try:
            db.session.rollback()  # a fresh snapshot each time round
            job = db.session.get(Job, job_id, populate_existing=True)
        except Exception as exc:
            if not is_database_outage(exc):
                raise
            log.warning("database unavailable while waiting for a job: %s", exc.__class__.__name__)
            db.session.remove()
            job = None
        if (job is not None and job.status in FINISHED_STATUSES) or time.monotonic() >= deadline:
            return job
        time.sleep(min(poll_s, max(0.0, deadline - time.monotonic())))
        poll_s = min(poll_s * 1.5, 0.25)


def withdraw_live_job(job_id: str) -> None:
    """An answer a live socket started at a pause is taken back (see live/session.py)."""
    store.withdraw_job(job_id)
