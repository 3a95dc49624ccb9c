"""Voice-activity detection for live audio: cuts a stream into utterances at pauses (webrtcvad).

``UtteranceSegmenter.feed`` takes 16 kHz mono float32 chunks of any length and returns what
happened: speech started, a pause began (a chance to transcribe early), speech resumed, or an
utterance ended (silence long enough, too long, or flushed by the client).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import numpy as np
import webrtcvad

SAMPLE_RATE = 16_000
FRAME_MS = 30
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000


@dataclass
class VadEvent:
    kind: str  # "speech_start" | "pause" | "resume" | "end"
    samples: np.ndarray | None = None  # the utterance so far ("pause") or in full ("end")
    reason: str = ""  # for "end": "silence" | "max_length" | "flush"


@dataclass
class SegmenterSettings:
    aggressiveness: int = 2
    silence_ms: int = 600  # this much silence ends an utterance
    pause_ms: int = 240  # this much silence is worth an early transcription
    min_speech_ms: int = 240  # shorter bursts (a cough, a click) are not utterances
    max_utterance_s: float = 30.0
    preroll_ms: int = 240  # audio kept from before speech started (soft onsets)
    tail_ms: int = 210  # audio kept after the last speech frame


@dataclass
class _Utterance:
    frames: list[np.ndarray] = field(default_factory=list)
    speech_frames: int = 0
    last_speech_index: int = 0  # frames up to here (+ tail) are the utterance
    silence_run: int = 0
    paused: bool = False


class UtteranceSegmenter:
    def __init__(self, settings: SegmenterSettings | None = None) -> None:
        self.settings = settings or SegmenterSettings()
        self._vad = webrtcvad.Vad(self.settings.aggressiveness)
        self._pending = np.zeros(0, dtype=np.float32)
        self._preroll: deque[np.ndarray] = deque(maxlen=max(1, self.settings.preroll_ms // FRAME_MS))
        self._current: _Utterance | None = None
        self._onset_run = 0
        self._onset_frames: list[np.ndarray] = []

    @property
    def in_speech(self) -> bool:
        return self._current is not None

    @property
    def speaking(self) -> bool:
        """In an utterance and not in a pause that may end it."""
        return self._current is not None and not self._current.paused

    @property
    def silence_ms(self) -> int:
        """How long the current utterance has been silent (0 while speaking or outside speech)."""
        return self._current.silence_run * FRAME_MS if self._current is not None else 0

    def current_samples(self) -> np.ndarray | None:
        """The utterance so far (for partial transcripts), or None outside speech."""
        if self._current is None:
            return None
        return np.concatenate(self._current.frames)

    def _is_speech(self, frame: np.ndarray) -> bool:
        pcm = (np.clip(frame, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        return self._vad.is_speech(pcm, SAMPLE_RATE)

    def feed(self, samples: np.ndarray) -> list[VadEvent]:
        events: list[VadEvent] = []
        data = np.concatenate([self._pending, samples.astype(np.float32, copy=False)])
        usable = len(data) - len(data) % FRAME_SAMPLES
        self._pending = data[usable:]
        for start in range(0, usable, FRAME_SAMPLES):
            events.extend(self._frame(data[start : start + FRAME_SAMPLES]))
        return events

    def _frame(self, frame: np.ndarray) -> list[VadEvent]:
        s = self.settings
        speech = self._is_speech(frame)
        if self._current is None:
            return self._idle_frame(frame, speech)
        utterance = self._current
        utterance.frames.append(frame)
        if speech:
            utterance.speech_frames += 1
            utterance.last_speech_index = len(utterance.frames)
            utterance.silence_run = 0
            if utterance.paused:
                utterance.paused = False
                return [VadEvent("resume")]
            if len(utterance.frames) * FRAME_MS >= s.max_utterance_s * 1000:
                return [self._end("max_length")]
            return []
        utterance.silence_run += 1
        silence_ms = utterance.silence_run * FRAME_MS
        if silence_ms >= s.silence_ms:
            return [self._end("silence")]
        if not utterance.paused and silence_ms >= s.pause_ms:
            utterance.paused = True
            return [VadEvent("pause", self._trimmed(utterance))]
        if len(utterance.frames) * FRAME_MS >= s.max_utterance_s * 1000:
            return [self._end("max_length")]
        return []

    def _idle_frame(self, frame: np.ndarray, speech: bool) -> list[VadEvent]:
        # Speech must last a few frames in a row before it counts: clicks and coughs don't.
        if speech:
            self._onset_run += 1
            self._onset_frames.append(frame)
            needed = max(1, self.settings.min_speech_ms // FRAME_MS // 2)
            if self._onset_run >= needed:
                frames = list(self._preroll) + self._onset_frames
                self._current = _Utterance(
                    frames=frames, speech_frames=self._onset_run, last_speech_index=len(frames)
                )
                self._preroll.clear()
                self._onset_frames = []
                self._onset_run = 0
                return [VadEvent("speech_start")]
            return []
        for pending in self._onset_frames:
            self._preroll.append(pending)
        self._onset_frames = []
        self._onset_run = 0
        self._preroll.append(frame)
        return []

    def _trimmed(self, utterance: _Utterance) -> np.ndarray:
        tail = self.settings.tail_ms // FRAME_MS
        end = min(len(utterance.frames), utterance.last_speech_index + tail)
        return np.concatenate(utterance.frames[:end])

    def _end(self, reason: str) -> VadEvent:
        utterance = self._current
        assert utterance is not None
        self._current = None
        if utterance.speech_frames * FRAME_MS < self.settings.min_speech_ms:
            return VadEvent("end", None, "too_short")
        samples = self._trimmed(utterance) if reason == "silence" else np.concatenate(utterance.frames)
        return VadEvent("end", samples, reason)

    def flush(self) -> VadEvent | None:
        """End the current utterance now (the client's "answer now"), keeping everything heard."""
        if self._current is None:
            if self._onset_frames:
                self._onset_frames, self._onset_run = [], 0
            return None
        leftover = self._pending
        self._pending = np.zeros(0, dtype=np.float32)
        if leftover.size:
            self._current.frames.append(leftover)
        return self._end("flush")
