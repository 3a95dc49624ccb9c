"""Accepting audio: validate and decode before anything is written, then store the job and
enqueue it. A rejected upload leaves no trace in the database."""

from __future__ import annotations

import time
from typing import Any, BinaryIO

from flask import current_app

from copilot.context import service as contexts
from copilot.extensions import db
from copilot.jobs import store
from copilot.jobs.status import FINISHED_STATUSES, JobKind
from copilot.models import Job
from copilot.speech import audio

# A JSON sample as browsers and Python print a float32 ("-0.12345679104328156,"): ~20 bytes.
JSON_BYTES_PER_SAMPLE = 20


def json_max_samples(config: Any) -> int:
    """The most samples a JSON upload may hold: the longest recording at the highest rate."""
    return int(config["MAX_AUDIO_SECONDS"] * audio.MAX_SAMPLE_RATE)


def json_body_limit(config: Any) -> int:
    """Body limit of the JSON float route: sized for ``MAX_AUDIO_SECONDS`` at 48 kHz, unless
    ``MAX_JSON_UPLOAD_MB`` says otherwise; never below the general ``MAX_UPLOAD_MB``."""
    explicit = config.get("MAX_JSON_UPLOAD_MB")
    limit = explicit * 1024 * 1024 if explicit else json_max_samples(config) * JSON_BYTES_PER_SAMPLE
    return max(int(limit), int(config.get("MAX_CONTENT_LENGTH") or 0))


def _context_id(user_id: str, context_id: int | None) -> int | None:
    """The context the job is filed under: the one asked for, else the active one, fixed now (as a
    live socket fixes it at its start), so the job shows the context its history row will have."""
    context = contexts.requested_context(user_id, context_id)
    return context.id if context else None


def _store_and_enqueue(
    user_id: str,
    decoded: audio.DecodedAudio,
    options: dict[str, Any],
    *,
    context_id: int | None,
    size: int | None,
    kind: JobKind = JobKind.UPLOAD,
    **extra: Any,
) -> Job:
    """Commit the job with its audio, then enqueue it (``context_id`` already checked)."""
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
        **extra,
    )
    current_app.extensions["copilot_queue"].enqueue(job.id)
    return job


def accept_samples(user_id: str, samples: object, sample_rate: object, options: dict[str, Any]) -> Job:
    """The old guide's JSON body: an array of floats and its sample rate."""
    context_id = _context_id(user_id, options.get("context_id"))  # before the costly decoding
    decoded = audio.decode_samples(samples, sample_rate, max_seconds=current_app.config["MAX_AUDIO_SECONDS"])
    return _store_and_enqueue(user_id, decoded, options, context_id=context_id, size=None)


def accept_file(user_id: str, stream: BinaryIO, options: dict[str, Any]) -> Job:
    """A recording in any container we can sniff (wav, mp3, ogg, webm, m4a, flac)."""
    context_id = _context_id(user_id, options.get("context_id"))
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
) -> Job:
    """A final utterance of a live socket becomes a job exactly like an upload (its context was
    checked when the socket started)."""
    options = {"language": language, "session_id": session_id, "utterance_id": utterance_id}
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
    )


def wait_for_job(job_id: str, timeout_s: float, poll_s: float = 0.05) -> Job:
    """Poll the job row until it ends or ``timeout_s`` passes; returns its latest state."""
    deadline = time.monotonic() + timeout_s
    while True:
        db.session.rollback()  # a fresh snapshot each time round
        job = db.session.get(Job, job_id, populate_existing=True)
        if job is None or job.status in FINISHED_STATUSES or time.monotonic() >= deadline:
            return job
        time.sleep(min(poll_s, max(0.0, deadline - time.monotonic())))
        poll_s = min(poll_s * 1.5, 0.25)


def withdraw_live_job(job_id: str) -> None:
    """An answer a live socket started at a pause is taken back (see live/session.py)."""
    store.withdraw_job(job_id)
