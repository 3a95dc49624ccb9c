"""What a live socket writes: interviewer (or unknown) utterances become jobs, every final
utterance of any speaker becomes a line of the interview's timeline, and a candidate's final
transcript goes to the screen. Runs on the small pool of ``LiveTranscription`` (filing waits for
the final transcription), each write in its own app context, the database connection given back
at once."""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from copilot import metrics
from copilot.exceptions import ServiceError
from copilot.extensions import db
from copilot.interviews import service as interviews
from copilot.jobs import messages, uploads
from copilot.jobs.status import JobStatus
from copilot.language.questions import detect_question
from copilot.live.stt_pool import Heard
from copilot.speech.audio import DecodedAudio

if TYPE_CHECKING:
    from copilot.live.session import LiveSession

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000


@dataclass(frozen=True)
class Segment:
    """One utterance of one channel as the segmenter cut it (a turn may join several)."""

    utterance_id: str
    speaker: str
    samples: np.ndarray
    reason: str  # "silence", "max_length", "flush", "pause"
    transcription: Future | None  # a ``Heard``
    offset_s: float  # since the session started
    duration_s: float
    ended_at: float  # time.monotonic()

    def heard(self) -> Heard | None:
        return wait_heard(self.transcription)


@dataclass(frozen=True)
class EarlyAnswer:
    """An utterance answered at its pause: which one, how long it was then, and its job id."""

    utterance_id: str
    length: int
    job: Future


@dataclass(frozen=True)
class Utterance:
    """What a job is made of and filed under, as it was when the utterance ended (read on the
    receiving loop: a ``stop`` or a new ``start`` right after cannot move it)."""

    user_id: str
    session_id: str
    utterance_id: str
    language: str
    context_id: int | None
    samples: np.ndarray
    reason: str  # why it ended: "silence", "max_length", "flush", "pause" (answered early), "answer_now"
    early: Future | None  # its transcription (a ``Heard``), early in the pause or final
    speaker: str = "unknown"
    interview_id: str | None = None
    offset_s: float = 0.0
    forced: bool = False  # "answer now": answered even if no question is detected
    joined: tuple[str, ...] = field(default_factory=tuple)  # later fragments joined into this one

    def early_transcript(self) -> tuple[str | None, str | None, dict[str, float]]:
        """(text, language, stage timings) of the early transcription; Nones when there is none."""
        if self.early is None:
            return None, None, {}
        began = time.perf_counter()
        heard = wait_heard(self.early)
        if heard is None:  # the job will transcribe it itself
            return None, None, {}
        timings = {
            "transcribe": round(heard.seconds, 4),
            "transcribe_wait": round(time.perf_counter() - began, 4),
        }
        return heard.text, heard.language, timings


def wait_heard(future: Future | None) -> Heard | None:
    if future is None:
        return None
    try:
        return future.result(timeout=60)
    except Exception as exc:
        log.warning("live transcription failed: %s", exc.__class__.__name__)
        return None


def heard_now(text: str, language: str | None, seconds: float = 0.0) -> Future:
    """A transcription already known (a joined turn's), as the future an ``Utterance`` carries."""
    future: Future = Future()
    future.set_result(Heard(text, language, seconds))
    return future


class Filer:
    def __init__(self, session: LiveSession) -> None:
        self.session = session
        self.app = session.app

    # -- jobs ----------------------------------------------------------------------------------
    def file(self, utterance: Utterance) -> str | None:
        """File the utterance as a job and its line in the timeline; the job id (None if it
        could not be filed)."""
        session = self.session
        transcript, language, timings = utterance.early_transcript()
        session.heard(language)
        with self.app.app_context():
            if session.revoked or not session.token_alive():
                # Logged out or password changed while the utterance was being heard.
                session.close_revoked()
                return None
            try:
                job = uploads.accept_live_utterance(
                    utterance.user_id,
                    DecodedAudio(
                        samples=utterance.samples,
                        source_format="pcm",
                        source_rate=SAMPLE_RATE,
                        duration_s=len(utterance.samples) / SAMPLE_RATE,
                    ),
                    language=utterance.language,
                    context_id=utterance.context_id,
                    session_id=utterance.session_id,
                    utterance_id=utterance.utterance_id,
                    transcript=transcript,
                    transcript_language=language,
                    stage_timings=timings,
                    interview_id=utterance.interview_id,
                    speaker=utterance.speaker,
                    forced=utterance.forced,
                )
                ref = messages.JobRef.of(job)
                extra = {"joined": list(utterance.joined)} if utterance.joined else {}
                session.send(messages.job_status(ref, JobStatus.QUEUED, reason=utterance.reason, **extra))
                session.assembler.filed(utterance, job.id, transcript or "")
                if utterance.reason == "pause":
                    metrics.LIVE_EARLY_ANSWERS.labels(outcome="started").inc()
            except ServiceError as exc:
                session.error(exc.code, exc.message)
                return None
            except Exception:
                log.exception("could not queue a live utterance")
                session.error("internal_error", "The utterance could not be queued.")
                return None
            finally:
                db.session.remove()
        if transcript is not None:
            self.record(
                utterance.interview_id,
                utterance_id=utterance.utterance_id,
                speaker=utterance.speaker,
                offset_s=utterance.offset_s,
                duration_s=round(len(utterance.samples) / SAMPLE_RATE, 3),
                text=transcript,
                is_question=utterance.forced or detect_question(transcript, language).is_question,
                job_id=job.id,
            )
        return job.id

    def withdraw(self, early: EarlyAnswer) -> None:
        """The speaker went on after an early answer: take it back (the screen and history)."""
        metrics.LIVE_EARLY_ANSWERS.labels(outcome="withdrawn").inc()
        session = self.session

        def done(job: Future) -> None:
            job_id = job.result() if job.exception() is None else None
            if job_id is None:
                return
            with self.app.app_context():
                try:
                    uploads.withdraw_live_job(job_id)
                except Exception:
                    log.exception("could not withdraw an early answer")
                finally:
                    db.session.remove()
            session.send(messages.answer_withdrawn(job_id, early.utterance_id, session.session_id))

        early.job.add_done_callback(done)

    # -- what is only kept -------------------------------------------------------------------------
    def candidate_said(self, segment: Segment, heard: Heard | None, interview_id: str | None) -> None:
        """A candidate's final utterance (their channel, or the suggested answer read aloud): on the
        screen and in the timeline, never a job."""
        if heard is None or not heard.text:
            return
        self.session.send(
            messages.spoken_transcription(
                heard.text, segment.utterance_id, heard.language, "candidate", self.session.session_id
            )
        )
        self.record(
            interview_id,
            utterance_id=segment.utterance_id,
            speaker="candidate",
            offset_s=segment.offset_s,
            duration_s=segment.duration_s,
            text=heard.text,
        )

    def record(self, interview_id: str | None, **line: object) -> None:
        """One line of the interview's timeline (an upsert: the job's answer fills it later)."""
        session = self.session
        if interview_id is None or session.user_id is None or session.revoked:
            return
        with self.app.app_context():
            try:
                interviews.record_utterance(session.user_id, interview_id, **line)
            except Exception:
                log.exception("could not record a live utterance")
            finally:
                db.session.remove()
