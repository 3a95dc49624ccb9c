"""One ``/ws/audio`` connection: authenticate, segment the audio stream into utterances, send
partial transcripts, turn each utterance into a job, and relay the user's job events.

The receiving loop owns the socket's state; one sender thread owns ``ws.send``; speech-to-text
runs on the process's one scheduler (stt_pool.py), never in the receiving loop.

Language: a language the client names is used as is. With "auto" the session's first words are
detected once (the interview context's language only the one expected) and the session sticks to
what it heard, checking again only when a transcript reads like the wrong language.

Answering sooner: when the pause that may end an utterance (about 250 ms) already holds a
complete question, it is answered at once instead of after the full silence; if the speaker goes
on, that answer is withdrawn and the whole utterance answered when it really ends.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from flask import Flask, current_app, request
from flask_jwt_extended import decode_token
from simple_websocket import ConnectionClosed

from copilot import metrics
from copilot.auth import service as accounts
from copilot.context import grounding
from copilot.context import service as contexts
from copilot.exceptions import NotFoundError, ServiceError
from copilot.extensions import db
from copilot.jobs import messages, uploads
from copilot.jobs.events import AUTH_REVOKED, Subscription, TooManySubscriptions
from copilot.jobs.status import JobStatus
from copilot.language.questions import detect_question
from copilot.language.text import language_code
from copilot.live.protocol import (
    POLICY_VIOLATION,
    ProtocolError,
    StartOptions,
    StreamResampler,
    parse_start,
    parse_text,
    samples_from_binary,
    samples_from_json,
)
from copilot.live.stt_pool import Heard, LiveTranscription
from copilot.speech.audio import DecodedAudio
from copilot.speech.vad import SegmenterSettings, UtteranceSegmenter, VadEvent

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
# The early transcription starts after this much silence; a complete question is answered once
# the silence reaches EARLY_ANSWER_MS (and the transcription is in).
EARLY_TRANSCRIPTION_MS = 120
EARLY_ANSWER_MS = 250
CLOSE_REPLY_WAIT_SECONDS = 0.25


class LiveSession:
    def __init__(self, ws: Any, app: Flask) -> None:
        self.ws = ws
        self.app = app
        self.config = app.config
        self.user_id: str | None = None
        self.token: dict[str, Any] = {}  # the access token's claims: jti, ver, exp
        self.token_checked_at = 0.0
        self.revoked = False
        self.subscription: Subscription | None = None
        self.closed = threading.Event()
        self.sender: threading.Thread | None = None
        self.options: StartOptions | None = None
        self.segmenter: UtteranceSegmenter | None = None
        self.resampler: StreamResampler | None = None
        self.session_id = str(uuid.uuid4())
        self.requested_language: str | None = None  # the client's choice; None = auto
        self.expected_language: str | None = None  # the context's, when auto
        self.heard_language: str | None = None  # detected once per session, when auto
        self.context_id: int | None = None
        self.utterance_count = 0
        self.utterance_id: str | None = None
        self.started_at = 0.0
        self.received_s = 0.0
        self.stt = LiveTranscription.for_app(app)
        self.partial_future: Future | None = None
        self.last_partial_at_samples = 0
        self.early: tuple[int, Future] | None = None
        self.early_lock = threading.Lock()
        self.early_answer: EarlyAnswer | None = None
        self.early_ready: tuple[Utterance, Future] | None = None  # a question waiting for 250 ms
        self.pending_sends: list[dict[str, Any]] = []

    # -- sending ------------------------------------------------------------------------------
    def send(self, message: dict[str, Any]) -> None:
        """Queue a message for this socket only (the sender thread writes it)."""
        if self.subscription is not None:
            self.subscription.deliver(message)
        else:
            self.pending_sends.append(message)

    def send_now(self, message: dict[str, Any]) -> None:
        """Write directly; only before the sender thread exists (the authentication phase)."""
        self.ws.send(json.dumps(message))

    def _send_loop(self) -> None:
        assert self.subscription is not None
        while not self.closed.is_set():
            event = self.subscription.get(timeout=0.5)
            if event is None:
                continue
            if event.get("type") == AUTH_REVOKED:
                if self._revoked_by(event):
                    self.close_revoked()
                    return
                continue
            try:
                self.ws.send(json.dumps(event, ensure_ascii=False))
            except (ConnectionClosed, OSError):
                # The connection is gone. The receiving loop finds out too once it has read the
                # frames that arrived before, and then queues the utterance they finish.
                return
            except Exception:  # a bad event must not kill the sender
                log.exception("could not send an event")

    def error(self, code: str, message: str) -> None:
        self.send(messages.error(code, message))

    # -- authentication -----------------------------------------------------------------------
    def _user_for_token(self, token: object) -> str | None:
        """The id of the token's user, or None for a bad, expired or revoked token."""
        if not isinstance(token, str) or not token:
            return None
        try:
            payload = decode_token(token)
        except Exception:  # expired, bad signature, malformed, alg:none... all mean no
            return None
        if payload.get("type") != "access":
            return None
        try:
            user, dead = accounts.token_owner(payload)
            if dead or user is None:
                return None
            self.token = {key: payload.get(key) for key in ("jti", "ver", "exp")}
            self.token_checked_at = time.monotonic()
            return user.id
        finally:
            release_session()

    def _revoked_by(self, event: dict[str, Any]) -> bool:
        """Whether a revocation event (logout, password change, deletion) covers this socket."""
        if event.get("deleted"):
            return True
        if event.get("jti") is not None and event.get("jti") == self.token.get("jti"):
            return True
        version = event.get("token_version")
        return isinstance(version, int) and version > (self.token.get("ver") or 0)

    def token_alive(self) -> bool:
        """The token still holds: not expired, not logged out, its user there with the same
        password. Looked up in the database (the events bus may have missed a revocation)."""
        exp = self.token.get("exp")
        if not isinstance(exp, int | float) or exp <= time.time():
            return False
        try:
            user, dead = accounts.token_owner({"sub": self.user_id, **self.token})
            return user is not None and not dead
        finally:
            release_session()
            self.token_checked_at = time.monotonic()

    def close_revoked(self) -> None:
        """Say why and close (1008); an unfinished utterance is dropped, not turned into a job."""
        self.revoked = True
        self.closed.set()
        with contextlib.suppress(Exception):  # the client may be gone already
            self.ws.send(
                json.dumps(messages.error("token_revoked", "This token is no longer valid; log in again."))
            )
        self.close("token_revoked")

    def _recheck_token(self) -> bool:
        """Periodically, and before anything is written for the user: is the token still good?"""
        exp = self.token.get("exp")
        due = time.monotonic() - self.token_checked_at >= self.config["LIVE_TOKEN_RECHECK_SECONDS"]
        expired = not isinstance(exp, int | float) or exp <= time.time()
        if (expired or due) and not self.token_alive():
            self.close_revoked()
            return False
        return True

    def authenticate(self) -> bool:
        token = request.args.get("token")
        first_message: dict[str, Any] | None = None
        if token is None:
            frame = self.ws.receive(timeout=self.config["LIVE_AUTH_TIMEOUT_SECONDS"])
            if isinstance(frame, str):
                try:
                    first_message = parse_text(frame)
                except ProtocolError:
                    first_message = None
            if first_message is not None and first_message.get("type") == "auth":
                token = first_message.get("token")
        user_id = self._user_for_token(token)
        if user_id is None:
            reason = "Authentication timed out." if token is None else "Invalid, expired or revoked token."
            self.send_now(messages.error("unauthorized", reason))
            self.close("unauthorized")
            return False
        self.user_id = user_id
        # Authenticated: audio frames may now be as large as the protocol allows.
        self.ws.max_message_size = self.config["LIVE_MAX_MESSAGE_BYTES"]
        return True

    # -- the loop -----------------------------------------------------------------------------
    def run(self) -> None:
        metrics.LIVE_SOCKETS.inc()
        try:
            if not self.authenticate():
                return
            bus = self.app.extensions["copilot_events"]
            try:
                self.subscription = bus.subscribe(
                    self.user_id, kind="socket", limit=self.config["LIVE_MAX_SOCKETS_PER_USER"]
                )
            except TooManySubscriptions:
                limit = self.config["LIVE_MAX_SOCKETS_PER_USER"]
                self.send_now(
                    messages.error(
                        "too_many_sockets", f"At most {limit} live sockets per user; close another one first."
                    )
                )
                self.close("too_many_sockets")
                return
            for message in self.pending_sends:
                self.subscription.deliver(message)
            self.sender = threading.Thread(target=self._send_loop, name="ws-send", daemon=True)
            self.sender.start()
            self.send(messages.ready(self.session_id, self.user_id))
            while not self.closed.is_set():
                frame = self.ws.receive(timeout=1.0)
                if not self._recheck_token():
                    return
                if frame is None:
                    continue
                try:
                    self.handle(frame)
                except ProtocolError as exc:
                    self.error(exc.code, exc.message)
                    if exc.fatal:
                        self._close_after_send(exc.code)
                        return
        except ConnectionClosed:
            self._finish_on_disconnect()
        except Exception:
            log.exception("live session crashed")
            self._finish_on_disconnect()
        finally:
            self.closed.set()
            if self.sender is not None:
                self.sender.join(timeout=2)
            if self.subscription is not None:
                self.subscription.close()
            metrics.LIVE_SOCKETS.dec()
            db.session.remove()

    def _close_after_send(self, reason: str) -> None:
        deadline = time.monotonic() + 2
        while self.subscription and not self.subscription.queue.empty() and time.monotonic() < deadline:
            time.sleep(0.02)
        self.closed.set()
        self.close(reason)

    def close(self, reason: str) -> None:
        """Close with 1008 and end the connection now. The client's close reply is awaited only
        briefly: left to the server, a client that never answers would keep the connection (and
        gunicorn's dispatch thread, in its graceful close) for seconds more."""
        with contextlib.suppress(Exception):  # already gone
            self.ws.close(reason=POLICY_VIOLATION, message=reason)
        reader = getattr(self.ws, "thread", None)
        if reader is not None:
            reader.join(CLOSE_REPLY_WAIT_SECONDS)  # it ends when the client's close reply arrives
        with contextlib.suppress(OSError, AttributeError):
            self.ws.sock.shutdown(socket.SHUT_RDWR)

    def _finish_on_disconnect(self) -> None:
        """A client that vanishes mid-question still gets its answer in history (unless its token
        was revoked: then nothing more is written for it)."""
        if self.segmenter is not None and not self.revoked:
            event = self.segmenter.flush()
            if event is not None and event.samples is not None:
                self.finish_utterance(event)

    def handle(self, frame: str | bytes) -> None:
        if isinstance(frame, bytes):
            if self.options is None:
                raise ProtocolError("not_started", 'Send {"type":"start"} before binary audio.')
            samples = samples_from_binary(frame, self.options.format, self.config["LIVE_MAX_FRAME_BYTES"])
            self.audio(samples)
            return
        message = parse_text(frame)
        kind = message["type"]
        if kind == "ping":
            self.send(messages.pong(_echo(message.get("t"))))
        elif kind == "auth":
            self.send(messages.ready(self.session_id, self.user_id))
        elif kind == "start":
            self.start(parse_start(message))
        elif kind == "audio":
            if self.options is None:
                # The old guide's clients stream audio frames without a start message.
                self.start(StartOptions())
            max_samples = self.config["LIVE_MAX_FRAME_BYTES"] // 4
            self.audio(samples_from_json(message.get("data"), max_samples))
        elif kind == "flush":
            self.flush("flush")
        elif kind == "stop":
            self.flush("stop")
            self.options = None
            self.segmenter = None
            self.send(messages.stopped(self.session_id))

    def start(self, options: StartOptions) -> None:
        try:
            context = contexts.resolve_context(self.user_id, options.context_id)
            context_id = context.id if context else None
            expected = grounding.language_hint(None, context)
        except NotFoundError as exc:
            raise ProtocolError("invalid_context", "No such context for this user.") from exc
        finally:
            release_session()
        if self.segmenter is not None:
            self.flush("restart")
        self.options = options
        if options.session_id:
            self.session_id = options.session_id
        self.context_id = context_id
        requested = language_code(options.language)
        if requested != self.requested_language or expected != self.expected_language:
            self.heard_language = None
        self.requested_language, self.expected_language = requested, expected
        self.segmenter = UtteranceSegmenter(
            SegmenterSettings(
                aggressiveness=self.config["LIVE_VAD_AGGRESSIVENESS"],
                silence_ms=self.config["LIVE_SILENCE_MS"],
                pause_ms=min(EARLY_TRANSCRIPTION_MS, self.config["LIVE_SILENCE_MS"] // 2),
                max_utterance_s=self.config["LIVE_MAX_UTTERANCE_SECONDS"],
            )
        )
        self.resampler = StreamResampler(options.sample_rate)
        self.started_at = time.monotonic()
        self.received_s = 0.0
        self.send(messages.started(self.session_id, options.sample_rate, options.language, self.context_id))

    def audio(self, samples: np.ndarray) -> None:
        assert self.options is not None and self.segmenter is not None and self.resampler is not None
        self.received_s += len(samples) / self.options.sample_rate
        ahead = self.received_s - (time.monotonic() - self.started_at)
        if ahead > self.config["LIVE_MAX_AHEAD_SECONDS"]:
            raise ProtocolError(
                "flooding", "Audio is arriving much faster than real time; closing.", fatal=True
            )
        for event in self.segmenter.feed(self.resampler.process(samples)):
            self.on_vad(event)
        self.maybe_answer_early()
        self.maybe_partial()

    # -- utterances ---------------------------------------------------------------------------
    def stt_language(self) -> str | None:
        """The language to transcribe in: the client's, else the one this session heard."""
        return self.requested_language or self.heard_language

    def heard(self, language: str | None) -> None:
        if self.requested_language is None and language:
            self.heard_language = language

    def on_vad(self, event: VadEvent) -> None:
        if event.kind == "speech_start":
            self.utterance_count += 1
            self.utterance_id = f"{self.session_id[:8]}-{self.utterance_count}"
            self.last_partial_at_samples = 0
            with self.early_lock:
                self.early = None
                self.early_answer = None
                self.early_ready = None
        elif event.kind == "pause" and event.samples is not None:
            if self.config["LIVE_EARLY_TRANSCRIPTION"]:
                language = self.stt_language()
                future = self.stt.final(
                    event.samples,
                    language,
                    self.expected_language,
                    early=True,
                    recheck=self.requested_language is None and language is not None,
                )
                with self.early_lock:
                    self.early = (len(event.samples), future) if future is not None else None
                if future is not None and self.config["LIVE_EARLY_ANSWER"]:
                    utterance = self.utterance_now(event.samples, "pause")
                    future.add_done_callback(lambda done: self.answer_early(utterance, done))
        elif event.kind == "resume":
            with self.early_lock:
                self.early = None
                self.early_ready = None
                withdrawn, self.early_answer = self.early_answer, None
            if withdrawn is not None:
                self.withdraw(withdrawn)
        elif event.kind == "end":
            with self.early_lock:
                answered = self.early_answer
                self.early_answer = None
                self.early_ready = None
                if answered is not None and answered.utterance_id == self.utterance_id:
                    self.early = None
                    metrics.LIVE_EARLY_ANSWERS.labels(outcome="kept").inc()
                    return  # answered already, at the pause; nothing was said since
                if event.samples is not None:
                    self.finish_utterance(event)
                self.early = None

    def maybe_partial(self) -> None:
        # Partials only while someone speaks: in a pause the early final transcription needs the CPU.
        if not self.config["LIVE_PARTIALS"] or self.segmenter is None or not self.segmenter.speaking:
            return
        samples = self.segmenter.current_samples()
        if samples is None:
            return
        interval = self.stt.partial_interval_ms() * SAMPLE_RATE // 1000
        if len(samples) - self.last_partial_at_samples < interval:
            return
        if self.partial_future is not None and not self.partial_future.done():
            return
        utterance_id = self.utterance_id
        future = self.stt.partial(
            samples,
            self.stt_language,
            self.expected_language,
            slot=self.session_id,
            # In a pause the early transcription supersedes it; after the end, the final one.
            stale=lambda: (
                self.utterance_id != utterance_id or not (self.segmenter and self.segmenter.speaking)
            ),
            on_language=self.heard,
        )
        if future is None:
            return
        self.last_partial_at_samples = len(samples)
        self.partial_future = future

        def _sent(done: Future) -> None:
            result = done.result() if not done.cancelled() and done.exception() is None else None
            if (
                result
                and result.text
                and self.utterance_id == utterance_id
                and self.segmenter
                and self.segmenter.in_speech
            ):
                self.send(messages.partial_transcription(result.text, utterance_id, result.language))

        future.add_done_callback(_sent)

    # -- answering at the pause -------------------------------------------------------------------
    def answer_early(self, utterance: Utterance, done: Future) -> None:
        """On a speech worker: the pause's transcript is in. A complete question, while the pause
        still lasts, is filed now; the silence that would have ended it need not be waited for."""
        if done.cancelled() or done.exception() is not None:
            return
        heard: Heard = done.result()
        text = heard.text.rstrip()
        # A sentence the decoder closed ("...company?", "...company."); one it left open ("do
        # you...", "so,") waits for the full silence.
        if not text.endswith(("?", ".", "!")) or text.endswith(("...", "…")):
            return
        detection = detect_question(heard.text, heard.language)
        if not detection.is_question:
            return
        with self.early_lock:
            if self.early is None or self.early[1] is not done or self.early_answer is not None:
                return  # the speaker went on, or the utterance has ended and is filed already
            self.early_ready = (utterance, done)
            segmenter = self.segmenter
            if segmenter is not None and segmenter.silence_ms >= EARLY_ANSWER_MS:
                self._file_early_answer()

    def maybe_answer_early(self) -> None:
        """On the loop, after each frame: a question heard complete waits for 250 ms of silence."""
        if self.early_ready is None or self.segmenter is None:
            return
        with self.early_lock:
            if self.early_ready is not None and self.segmenter.silence_ms >= EARLY_ANSWER_MS:
                self._file_early_answer()

    def _file_early_answer(self) -> None:
        """File the waiting question (``early_lock`` held)."""
        assert self.early_ready is not None
        utterance, done = self.early_ready
        self.early_ready = None
        job = self.stt.submit(self._create_job, replace(utterance, early=done, reason="pause"))
        self.early_answer = EarlyAnswer(utterance.utterance_id, len(utterance.samples), job)

    def withdraw(self, early: EarlyAnswer) -> None:
        """The speaker went on after an early answer: take it back (the screen and history)."""
        metrics.LIVE_EARLY_ANSWERS.labels(outcome="withdrawn").inc()

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
            self.send(messages.answer_withdrawn(job_id, early.utterance_id, self.session_id))

        early.job.add_done_callback(done)

    def flush(self, reason: str) -> None:
        if self.segmenter is None:
            return
        event = self.segmenter.flush()
        if event is not None and event.samples is not None:
            self.on_vad(event)
        elif reason == "flush":
            self.send(messages.flushed())

    def finish_utterance(self, event: VadEvent) -> None:
        """Hand the utterance to the job queue (with its transcript if the pause produced one).

        Runs on the receiving loop, which owns the socket's state: everything the job needs is
        read here, now. The job is created on the pool, by when a ``stop`` or a new ``start`` may
        have changed the session, its context and its language."""
        samples = event.samples
        assert samples is not None and self.user_id is not None
        early = self.early if self.early is not None and self.early[0] == len(samples) else None
        self.early = None
        transcription = early[1] if early else None
        if transcription is None:
            language = self.stt_language()
            transcription = self.stt.final(
                samples,
                language,
                self.expected_language,
                recheck=self.requested_language is None and language is not None,
            )
        utterance = replace(self.utterance_now(samples, event.reason), early=transcription)
        self.stt.submit(self._create_job, utterance)

    def utterance_now(self, samples: np.ndarray, reason: str) -> Utterance:
        """The utterance as it stands, with what its job is filed under (read on the loop)."""
        assert self.user_id is not None
        return Utterance(
            user_id=self.user_id,
            session_id=self.session_id,
            utterance_id=self.utterance_id or f"{self.session_id[:8]}-{self.utterance_count}",
            language=self.options.language if self.options else "auto",
            context_id=self.context_id,
            samples=samples,
            reason=reason,
            early=None,
        )

    def _create_job(self, utterance: Utterance) -> str | None:
        transcript, language, timings = utterance.early_transcript()
        self.heard(language)
        with self.app.app_context():
            if self.revoked or not self.token_alive():
                # Logged out or password changed while the utterance was being heard.
                self.close_revoked()
                return
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
                )
                ref = messages.JobRef.of(job)
                self.send(messages.job_status(ref, JobStatus.QUEUED, reason=utterance.reason))
                if utterance.reason == "pause":
                    metrics.LIVE_EARLY_ANSWERS.labels(outcome="started").inc()
                return job.id
            except ServiceError as exc:
                self.error(exc.code, exc.message)
            except Exception:
                log.exception("could not queue a live utterance")
                self.error("internal_error", "The utterance could not be queued.")
            finally:
                db.session.remove()
        return None


@dataclass(frozen=True)
class EarlyAnswer:
    """An utterance answered at its pause: which one, how long it was then, and its job id."""

    utterance_id: str
    length: int
    job: Future


@dataclass(frozen=True)
class Utterance:
    """A finished utterance and what its job is filed under, as they were when it ended."""

    user_id: str
    session_id: str
    utterance_id: str
    language: str
    context_id: int | None
    samples: np.ndarray
    reason: str  # why it ended: "silence", "max_length", "flush", or "pause" (answered early)
    early: Future | None  # its transcription (a ``Heard``), early in the pause or final

    def early_transcript(self) -> tuple[str | None, str | None, dict[str, float]]:
        """(text, language, stage timings) of the early transcription; Nones when there is none."""
        if self.early is None:
            return None, None, {}
        began = time.perf_counter()
        try:
            heard: Heard = self.early.result(timeout=60)
        except Exception as exc:  # the job will transcribe it itself
            log.warning("live transcription failed: %s", exc.__class__.__name__)
            return None, None, {}
        timings = {
            "transcribe": round(heard.seconds, 4),
            "transcribe_wait": round(time.perf_counter() - began, 4),
        }
        return heard.text, heard.language, timings


def _echo(value: object) -> object:
    """A ping's ``t`` comes back in the pong only when it is a number or a short string."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float) or (isinstance(value, str) and len(value) <= 64):
        return value
    return None


def release_session() -> None:
    """A socket lives for hours inside one request: give its database connection back after each
    use (and read what is needed before, so no expired object reloads and keeps one open)."""
    db.session.remove()


def serve(ws: Any) -> None:
    LiveSession(ws, current_app._get_current_object()).run()
