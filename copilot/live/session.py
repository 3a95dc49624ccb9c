"""One ``/ws/audio`` connection: authenticate, take the audio of one or two sources, turn what
they say into utterances, jobs and the interview's timeline, and relay the user's job events.

The receiving loop owns the socket's state; one sender thread owns ``ws.send``; speech-to-text
runs on the process's one scheduler (stt_pool.py), never in the receiving loop. Each source has
its channel (channel.py: segmentation, partials, answers at the pause); what a channel heard is
assembled into questions (assembly.py) and filed as jobs and timeline lines (filing.py).

Sources: ``start`` may name ``"sources"`` (``interviewer``, ``candidate``); a binary frame then
starts with its source's index, a JSON ``audio`` frame names its ``source``. Without sources, one
stream of unknown speakers, answered as before.

Language: a language the client names is used as is. With "auto" the session's first words are
detected once (the interview context's language only the one expected) and the session sticks to
what it heard, checking again only when a transcript reads like the wrong language.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import threading
import time
import uuid
from typing import Any

from flask import Flask, current_app, request
from flask_jwt_extended import decode_token
from simple_websocket import ConnectionClosed

from copilot import metrics
from copilot.auth import service as accounts
from copilot.context import grounding
from copilot.context import service as contexts
from copilot.exceptions import NotFoundError
from copilot.extensions import db
from copilot.interviews import service as interviews
from copilot.jobs import messages
from copilot.jobs.events import AUTH_REVOKED, Subscription, TooManySubscriptions
from copilot.language.text import language_code
from copilot.live.assembly import Assembler
from copilot.live.channel import Channel
from copilot.live.filing import Filer, Segment, Utterance
from copilot.live.protocol import (
    POLICY_VIOLATION,
    UNKNOWN,
    ProtocolError,
    StartOptions,
    json_source,
    parse_label,
    parse_start,
    parse_text,
    samples_from_binary,
    samples_from_json,
    split_source,
)
from copilot.live.stt_pool import LiveTranscription

log = logging.getLogger(__name__)

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
        self.channels: dict[str, Channel] = {}  # by source ("unknown" for a single stream)
        self.session_id = str(uuid.uuid4())
        self.interview_id: str | None = None
        self.requested_language: str | None = None  # the client's choice; None = auto
        self.expected_language: str | None = None  # the context's, when auto
        self.heard_language: str | None = None  # detected once per session, when auto
        self.context_id: int | None = None
        self.utterance_count = 0
        self.started_at: float | None = None  # time.monotonic() of the session's first start
        self.stt = LiveTranscription.for_app(app)
        self.assembler = Assembler(self)
        self.filer = Filer(self)
        self.pending_sends: list[dict[str, Any]] = []

    @property
    def sources(self) -> tuple[str, ...]:
        return self.options.sources if self.options else ()

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
            self.assembler.observe(event)
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
        if self.revoked:
            return
        self.end_channels()
        self.end_interview()

    def handle(self, frame: str | bytes) -> None:
        if isinstance(frame, bytes):
            if self.options is None:
                raise ProtocolError("not_started", 'Send {"type":"start"} before binary audio.')
            source = UNKNOWN
            if self.sources:
                source, frame = split_source(frame, self.sources)
            samples = samples_from_binary(frame, self.options.format, self.config["LIVE_MAX_FRAME_BYTES"])
            self.channels[source].feed(samples)
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
            source = json_source(message, self.sources) if self.sources else UNKNOWN
            max_samples = self.config["LIVE_MAX_FRAME_BYTES"] // 4
            self.channels[source].feed(samples_from_json(message.get("data"), max_samples))
        elif kind == "flush":
            if not self.end_channels():
                self.send(messages.flushed())
        elif kind == "stop":
            self.end_channels()
            self.end_interview()
            self.options = None
            self.channels = {}
            self.send(messages.stopped(self.session_id))
        elif kind == "label":
            self.label(*parse_label(message))
        elif kind == "answer_now":
            if self.options is None:
                raise ProtocolError("not_started", 'Send {"type":"start"} before "answer_now".')
            self.assembler.answer_now()

    def start(self, options: StartOptions) -> None:
        try:
            context = contexts.resolve_context(self.user_id, options.context_id)
            context_id = context.id if context else None
            expected = grounding.language_hint(None, context)
        except NotFoundError as exc:
            raise ProtocolError("invalid_context", "No such context for this user.") from exc
        finally:
            release_session()
        if self.channels:
            self.end_channels()
        if options.session_id and options.session_id != self.session_id:
            self.end_interview()
            self.session_id = options.session_id
            self.started_at = None
        if self.started_at is None:
            self.started_at = time.monotonic()
        self.options = options
        self.context_id = context_id
        requested = language_code(options.language)
        if requested != self.requested_language or expected != self.expected_language:
            self.heard_language = None
        self.requested_language, self.expected_language = requested, expected
        self.interview_id = self.open_interview(requested)
        self.channels = {
            source: Channel(self, source, options.sample_rate) for source in (options.sources or (UNKNOWN,))
        }
        self.send(
            messages.started(
                self.session_id,
                options.sample_rate,
                options.language,
                self.context_id,
                self.interview_id,
                options.sources,
            )
        )

    def end_channels(self) -> bool:
        """End what every channel is saying and file what is being assembled; whether any
        channel was in an utterance."""
        ended = False
        for channel in self.channels.values():
            ended = channel.flush() or ended
        self.assembler.finish()
        return ended

    # -- the interview record -----------------------------------------------------------------------
    def open_interview(self, language: str | None) -> str | None:
        assert self.user_id is not None
        try:
            interview = interviews.open_for_session(
                self.user_id, self.session_id, context_id=self.context_id, language=language
            )
            return interview.id
        except NotFoundError as exc:  # a session id another user's interview has
            raise ProtocolError("invalid_session", "That session_id belongs to another interview.") from exc
        finally:
            release_session()

    def end_interview(self) -> None:
        if self.interview_id is None or self.user_id is None:
            return
        try:
            interviews.end_session(self.user_id, self.session_id)
        except Exception:
            log.exception("could not end a live interview")
        finally:
            release_session()

    def label(self, utterance_id: str, speaker: str) -> None:
        if self.interview_id is None:
            raise ProtocolError("not_started", 'Send {"type":"start"} before "label".')
        try:
            interviews.relabel(self.user_id, self.interview_id, utterance_id, speaker)
        except NotFoundError as exc:
            raise ProtocolError("unknown_utterance", "No transcript line with that utterance_id.") from exc
        finally:
            release_session()
        self.assembler.relabelled(utterance_id, speaker)
        self.send(messages.labelled(utterance_id, speaker))

    # -- shared with the channels, the assembler and the filer --------------------------------------
    def offset_of(self, moment: float) -> float:
        """Seconds from the session's start to ``moment`` (a time.monotonic())."""
        return moment - self.started_at if self.started_at is not None else 0.0

    def next_utterance_id(self) -> str:
        self.utterance_count += 1
        return f"{self.session_id[:8]}-{self.utterance_count}"

    def stt_language(self) -> str | None:
        """The language to transcribe in: the client's, else the one this session heard."""
        return self.requested_language or self.heard_language

    def heard(self, language: str | None) -> None:
        if self.requested_language is None and language:
            self.heard_language = language

    def send_partial(self, text: str, utterance_id: str, language: str | None, speaker: str) -> None:
        self.send(messages.partial_transcription(text, utterance_id, language, speaker))

    def utterance(self, segment: Segment) -> Utterance:
        """The utterance as it stands, with what its job is filed under (read on the loop)."""
        assert self.user_id is not None
        return Utterance(
            user_id=self.user_id,
            session_id=self.session_id,
            utterance_id=segment.utterance_id,
            language=self.options.language if self.options else "auto",
            context_id=self.context_id,
            samples=segment.samples,
            reason=segment.reason,
            early=None,
            speaker=segment.speaker,
            interview_id=self.interview_id,
            offset_s=segment.offset_s,
        )


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
