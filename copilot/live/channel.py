"""One source of a live socket: its resampler, its segmenter, its partial transcripts and its
answers at the pause. A socket has one channel per source it named at ``start`` ("interviewer",
"candidate"), or one channel of unknown speakers for the old single-stream clients.

Everything here runs on the socket's receiving loop, except the callbacks of speech futures
(``answer_early``), which take ``early_lock``.

Answering sooner: when the pause that may end an utterance (about 250 ms) already holds a
complete question, it is answered at once instead of after the full silence; if the speaker goes
on, that answer is withdrawn and the whole utterance answered when it really ends. A candidate's
channel is only transcribed: no partials, no early transcription, its finals after the
interviewer's (stt_pool.Priority.CANDIDATE).
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from copilot import metrics
from copilot.jobs import messages
from copilot.live.assembly import is_complete_question
from copilot.live.filing import EarlyAnswer, Segment, Utterance
from copilot.live.protocol import CANDIDATE, ProtocolError, StreamResampler
from copilot.live.stt_pool import Heard
from copilot.speech.vad import SegmenterSettings, UtteranceSegmenter, VadEvent

if TYPE_CHECKING:
    from copilot.live.session import LiveSession

SAMPLE_RATE = 16000
# The early transcription starts after this much silence; a complete question is answered once
# the silence reaches EARLY_ANSWER_MS (and the transcription is in).
EARLY_TRANSCRIPTION_MS = 120
EARLY_ANSWER_MS = 250


class Channel:
    def __init__(self, session: LiveSession, speaker: str, sample_rate: int) -> None:
        self.session = session
        self.config = session.config
        self.speaker = speaker
        self.answers = speaker != CANDIDATE  # only interviewer (or unknown) speech is answered
        self.sample_rate = sample_rate
        self.segmenter = UtteranceSegmenter(
            SegmenterSettings(
                aggressiveness=self.config["LIVE_VAD_AGGRESSIVENESS"],
                silence_ms=self.config["LIVE_SILENCE_MS"],
                pause_ms=min(EARLY_TRANSCRIPTION_MS, self.config["LIVE_SILENCE_MS"] // 2),
                max_utterance_s=self.config["LIVE_MAX_UTTERANCE_SECONDS"],
            )
        )
        self.resampler = StreamResampler(sample_rate)
        self.started_at = time.monotonic()
        self.received_s = 0.0  # audio received, in seconds (flood check)
        self.fed_samples = 0  # 16 kHz samples given to the segmenter (the channel's clock)
        self.utterance_id: str | None = None
        self.speech_started_s: float | None = None  # stream offset of the speech in progress
        self.partial_future: Future | None = None
        self.last_partial_at_samples = 0
        self.early: tuple[int, Future] | None = None
        self.early_lock = threading.Lock()
        self.early_answer: EarlyAnswer | None = None
        self.early_ready: tuple[Utterance, Future] | None = None  # a question waiting for 250 ms

    # -- the channel's clock ---------------------------------------------------------------------
    @property
    def now_s(self) -> float:
        """Seconds since the session started, by this channel's audio."""
        return self.session.offset_of(self.started_at) + self.fed_samples / SAMPLE_RATE

    @property
    def speaking(self) -> bool:
        return self.segmenter.in_speech

    # -- audio -------------------------------------------------------------------------------------
    def feed(self, samples: np.ndarray) -> None:
        self.received_s += len(samples) / self.sample_rate
        ahead = self.received_s - (time.monotonic() - self.started_at)
        if ahead > self.config["LIVE_MAX_AHEAD_SECONDS"]:
            raise ProtocolError(
                "flooding", "Audio is arriving much faster than real time; closing.", fatal=True
            )
        resampled = self.resampler.process(samples)
        self.fed_samples += len(resampled)
        for event in self.segmenter.feed(resampled):
            self.on_vad(event)
        self.maybe_answer_early()
        self.maybe_partial()

    def flush(self, reason: str | None = None) -> bool:
        """End the utterance in progress now (``reason`` instead of "flush"); whether there was one."""
        event = self.segmenter.flush()
        if event is not None and event.samples is not None:
            if reason is not None:
                event.reason = reason
            self.on_vad(event)
            return True
        return False

    # -- utterances ----------------------------------------------------------------------------
    def on_vad(self, event: VadEvent) -> None:
        session = self.session
        if event.kind == "speech_start":
            self.utterance_id = session.next_utterance_id()
            self.speech_started_s = self.now_s
            self.last_partial_at_samples = 0
            with self.early_lock:
                self.early = None
                self.early_answer = None
                self.early_ready = None
        elif event.kind == "pause" and event.samples is not None:
            if not self.answers or not self.config["LIVE_EARLY_TRANSCRIPTION"]:
                return
            language = session.stt_language()
            future = session.stt.final(
                event.samples,
                language,
                session.expected_language,
                early=True,
                recheck=session.requested_language is None and language is not None,
            )
            with self.early_lock:
                self.early = (len(event.samples), future) if future is not None else None
            # A fragment waiting to be joined with what follows is not answered at the pause.
            if (
                future is not None
                and self.config["LIVE_EARLY_ANSWER"]
                and not session.assembler.holds(self.speaker)
            ):
                utterance = session.utterance(self.segment(event.samples, "pause", None))
                future.add_done_callback(lambda done: self.answer_early(utterance, done))
        elif event.kind == "resume":
            with self.early_lock:
                self.early = None
                self.early_ready = None
                withdrawn, self.early_answer = self.early_answer, None
            if withdrawn is not None:
                session.filer.withdraw(withdrawn)
        elif event.kind == "end":
            with self.early_lock:
                answered = self.early_answer
                self.early_answer = None
                self.early_ready = None
                if answered is not None and answered.utterance_id == self.utterance_id:
                    self.early = None
                    self.speech_started_s = None
                    metrics.LIVE_EARLY_ANSWERS.labels(outcome="kept").inc()
                    return  # answered already, at the pause; nothing was said since
                early = self.early
                self.early = None
            if event.samples is not None:
                self.finish(event, early)
            self.speech_started_s = None

    def segment(self, samples: np.ndarray, reason: str, transcription: Future | None) -> Segment:
        duration = len(samples) / SAMPLE_RATE
        started = self.speech_started_s if self.speech_started_s is not None else self.now_s - duration
        return Segment(
            utterance_id=self.utterance_id or self.session.next_utterance_id(),
            speaker=self.speaker,
            samples=samples,
            reason=reason,
            transcription=transcription,
            offset_s=round(max(0.0, started), 3),
            duration_s=round(duration, 3),
            ended_at=time.monotonic(),
        )

    def finish(self, event: VadEvent, early: tuple[int, Future] | None) -> None:
        """The utterance ended: transcribe it (unless the pause did already) and hand it over.
        Everything the job needs is read here, on the loop; the job is filed on the pool."""
        samples = event.samples
        assert samples is not None
        session = self.session
        transcription = early[1] if early is not None and early[0] == len(samples) else None
        if transcription is None:
            language = session.stt_language()
            transcription = session.stt.final(
                samples,
                language,
                session.expected_language,
                recheck=session.requested_language is None and language is not None,
                candidate=not self.answers,
            )
        session.assembler.segment_ended(self.segment(samples, event.reason, transcription))

    # -- partial transcripts -----------------------------------------------------------------------
    def maybe_partial(self) -> None:
        # Partials only while someone speaks: in a pause the early final transcription needs the
        # CPU. A candidate's channel has none (its finals come, later).
        if not self.answers or not self.config["LIVE_PARTIALS"] or not self.segmenter.speaking:
            return
        samples = self.segmenter.current_samples()
        if samples is None:
            return
        session = self.session
        interval = session.stt.partial_interval_ms() * SAMPLE_RATE // 1000
        if len(samples) - self.last_partial_at_samples < interval:
            return
        if self.partial_future is not None and not self.partial_future.done():
            return
        utterance_id = self.utterance_id
        future = session.stt.partial(
            samples,
            session.stt_language,
            session.expected_language,
            slot=f"{session.session_id}:{self.speaker}",
            # In a pause the early transcription supersedes it; after the end, the final one.
            stale=lambda: self.utterance_id != utterance_id or not self.segmenter.speaking,
            on_language=session.heard,
        )
        if future is None:
            return
        self.last_partial_at_samples = len(samples)
        self.partial_future = future

        def _sent(done: Future) -> None:
            result = done.result() if not done.cancelled() and done.exception() is None else None
            if result and result.text and self.utterance_id == utterance_id and self.segmenter.in_speech:
                # Joined to a fragment still waiting: the line shows the whole turn so far.
                text = session.assembler.held_prefix(self.speaker, result.text)
                session.send(
                    messages.partial_transcription(text, utterance_id, result.language, self.speaker)
                )

        future.add_done_callback(_sent)

    # -- answering at the pause ----------------------------------------------------------------
    def answer_early(self, utterance: Utterance, done: Future) -> None:
        """On a speech worker: the pause's transcript is in. A complete question, while the pause
        still lasts, is filed now; the silence that would have ended it need not be waited for."""
        if done.cancelled() or done.exception() is not None:
            return
        heard: Heard = done.result()
        # A sentence the decoder closed ("...company?"); one it left open ("do you...", "so,",
        # "deal with") waits for the full silence, and perhaps for what follows it.
        if not is_complete_question(heard.text, heard.language, closed=True):
            return
        if self.session.assembler.is_echo(heard.text):
            return
        with self.early_lock:
            if self.early is None or self.early[1] is not done or self.early_answer is not None:
                return  # the speaker went on, or the utterance has ended and is filed already
            self.early_ready = (utterance, done)
            if self.segmenter.silence_ms >= EARLY_ANSWER_MS:
                self._file_early_answer()

    def maybe_answer_early(self) -> None:
        """On the loop, after each frame: a question heard complete waits for 250 ms of silence."""
        if self.early_ready is None:
            return
        with self.early_lock:
            if self.early_ready is not None and self.segmenter.silence_ms >= EARLY_ANSWER_MS:
                self._file_early_answer()

    def _file_early_answer(self) -> None:
        """File the waiting question (``early_lock`` held)."""
        assert self.early_ready is not None
        utterance, done = self.early_ready
        self.early_ready = None
        job = self.session.stt.submit(self.session.filer.file, replace(utterance, early=done))
        self.early_answer = EarlyAnswer(utterance.utterance_id, len(utterance.samples), job)
