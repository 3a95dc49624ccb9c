"""Every message a client receives on ``/ws/audio``, built here and nowhere else.

Two families: the socket's own replies (``ready``, ``started``, ``stopped``, ``flushed``, ``pong``,
``error`` and partial transcripts), sent to that socket only; and job events, published to every
socket of the job's user, whichever process runs the job. Every job event carries the job's
identity — ``job_id``, ``utterance_id``, ``session_id``, ``kind`` — so a client can tell its own.
The README's socket table lists each message's fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from copilot.jobs.status import JobStatus


class MessageType(StrEnum):
    READY = "ready"
    STARTED = "started"
    STOPPED = "stopped"
    FLUSHED = "flushed"
    PONG = "pong"
    ERROR = "error"
    JOB = "job"
    TRANSCRIPTION = "transcription"
    QUESTION_DETECTED = "question_detected"
    ANSWER_DELTA = "answer_delta"
    ANSWER = "answer"
    ANSWER_WITHDRAWN = "answer_withdrawn"
    LABELLED = "labelled"


Message = dict[str, Any]


class _JobLike(Protocol):
    id: str
    user_id: str
    utterance_id: str | None
    session_id: str | None
    kind: str


@dataclass(frozen=True)
class JobRef:
    """Who a job event goes to and which job, utterance and session it is about."""

    job_id: str
    user_id: str
    utterance_id: str
    session_id: str | None
    kind: str
    speaker: str | None = None  # a live utterance's: "interviewer", "candidate" or "unknown"

    @classmethod
    def of(cls, job: _JobLike) -> JobRef:
        # An upload has no utterance of its own: its job id stands in, so clients key on one field.
        speaker = getattr(job, "speaker", None)
        return cls(job.id, job.user_id, job.utterance_id or job.id, job.session_id, job.kind, speaker)

    def fields(self) -> Message:
        return {
            "job_id": self.job_id,
            "utterance_id": self.utterance_id,
            "session_id": self.session_id,
            "kind": self.kind,
        }


def _message(message_type: MessageType, /, **fields: Any) -> Message:
    return {"type": message_type, **fields}


# -- the socket's own replies ------------------------------------------------------------------


def ready(session_id: str, user_id: str) -> Message:
    return _message(MessageType.READY, session_id=session_id, user_id=user_id)


def started(
    session_id: str,
    sample_rate: int,
    language: str,
    context_id: int | None,
    interview_id: str | None = None,
    sources: tuple[str, ...] | list[str] = (),
) -> Message:
    return _message(
        MessageType.STARTED,
        session_id=session_id,
        sampleRate=sample_rate,
        language=language,
        context_id=context_id,
        interview_id=interview_id,
        sources=list(sources),
    )


def stopped(session_id: str) -> Message:
    return _message(MessageType.STOPPED, session_id=session_id)


def flushed(utterance_id: str | None = None) -> Message:
    """A flush with nothing heard: no utterance, no job."""
    return _message(MessageType.FLUSHED, utterance_id=utterance_id)


def pong(t: object = None) -> Message:
    return _message(MessageType.PONG, t=t)


def error(code: str, message: str, job: JobRef | None = None) -> Message:
    return _message(MessageType.ERROR, **(job.fields() if job else {}), code=code, message=message)


def partial_transcription(
    text: str, utterance_id: str | None, language: str | None = None, speaker: str = "unknown"
) -> Message:
    """What was heard so far of an utterance still being spoken (no job yet), and in which language."""
    return _message(
        MessageType.TRANSCRIPTION,
        text=text,
        final=False,
        utterance_id=utterance_id,
        language=language,
        speaker=speaker,
    )


def spoken_transcription(
    text: str, utterance_id: str, language: str | None, speaker: str, session_id: str
) -> Message:
    """The final transcript of speech that is kept but never answered (the candidate's): no job."""
    return _message(
        MessageType.TRANSCRIPTION,
        text=text,
        final=True,
        utterance_id=utterance_id,
        language=language,
        speaker=speaker,
        session_id=session_id,
    )


def labelled(utterance_id: str, speaker: str) -> Message:
    """The answer to ``label``: the transcript line is stored as said by ``speaker``."""
    return _message(MessageType.LABELLED, utterance_id=utterance_id, speaker=speaker)


def answer_withdrawn(job_id: str, utterance_id: str, session_id: str | None) -> Message:
    """An answer started at a pause is taken back: the speaker went on, and the whole utterance
    will be answered when it ends (under the same ``utterance_id``)."""
    return _message(
        MessageType.ANSWER_WITHDRAWN,
        job_id=job_id,
        utterance_id=utterance_id,
        session_id=session_id,
        kind="live",
    )


# -- job events ------------------------------------------------------------------------------


def job_status(job: JobRef, status: JobStatus, **extra: Any) -> Message:
    """A job changed state. ``extra``: ``attempt`` when a run starts, ``retry_in`` when it waits for
    a retry, ``reason`` when a live utterance is queued, the result when done, ``error`` when failed."""
    return _message(MessageType.JOB, **job.fields(), status=status, progress=status.progress, **extra)


def transcription(job: JobRef, text: str, language: str | None) -> Message:
    speaker = {"speaker": job.speaker} if job.speaker else {}
    return _message(
        MessageType.TRANSCRIPTION, **job.fields(), text=text, final=True, language=language, **speaker
    )


def question_detected(job: JobRef, question: str, language: str) -> Message:
    return _message(MessageType.QUESTION_DETECTED, **job.fields(), question=question, language=language)


def answer_delta(job: JobRef, delta: str) -> Message:
    return _message(MessageType.ANSWER_DELTA, **job.fields(), delta=delta)


def answer(
    job: JobRef,
    text: str,
    question: str | None,
    history_id: int | None,
    details: dict[str, Any] | None = None,
) -> Message:
    """The finished answer; ``details`` are its ``points``, ``question_type`` and ``unsupported`` claims."""
    return _message(
        MessageType.ANSWER,
        **job.fields(),
        answer=text,
        question=question,
        history_id=history_id,
        **(details or {}),
    )
