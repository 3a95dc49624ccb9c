"""Parsing and checking what a client sends on ``/ws/audio``; bad frames become ``ProtocolError``."""

from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np

from copilot.exceptions import BadAudioError
from copilot.speech.audio import pcm_f32le_to_array, pcm_s16le_to_array

CLIENT_TYPES = ("auth", "start", "audio", "flush", "stop", "ping", "label", "answer_now")
INTERVIEWER, CANDIDATE = "interviewer", "candidate"
SOURCES = (INTERVIEWER, CANDIDATE)
UNKNOWN = "unknown"  # the speaker of an old single-stream client's speech
SPEAKERS = (*SOURCES, UNKNOWN)
FORMATS = ("f32le", "s16le")
LANGUAGE = re.compile(r"^(auto|[a-z]{2})$")
SAMPLE_TOLERANCE = 1.0001
POLICY_VIOLATION = 1008


class ProtocolError(Exception):
    """A frame the server refuses; the socket stays open unless ``fatal``."""

    def __init__(self, code: str, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.fatal = fatal


@dataclass(frozen=True)
class StartOptions:
    sample_rate: int = 16000
    language: str = "auto"
    context_id: int | None = None
    format: str = "f32le"
    session_id: str | None = None
    sources: tuple[str, ...] = ()  # empty: one stream of unknown speakers (old clients)


def parse_text(frame: str) -> dict[str, Any]:
    try:
        message = json.loads(frame)
    except ValueError as exc:
        raise ProtocolError("bad_message", "Frames must be JSON objects or binary PCM.") from exc
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise ProtocolError("bad_message", 'A message is a JSON object with a "type".')
    if message["type"] not in CLIENT_TYPES:
        raise ProtocolError("unknown_type", f"Unknown message type {message['type']!r}.")
    return message


def parse_start(message: dict[str, Any]) -> StartOptions:
    rate = message.get("sampleRate", 16000)
    if isinstance(rate, bool) or not isinstance(rate, int | float) or not math.isfinite(rate):
        raise ProtocolError("invalid_sample_rate", "sampleRate must be a number between 8000 and 48000.")
    if rate != int(rate) or not 8000 <= rate <= 48000:
        raise ProtocolError(
            "invalid_sample_rate", "sampleRate must be a whole number between 8000 and 48000."
        )
    language = message.get("language", "auto") or "auto"
    if not isinstance(language, str) or not LANGUAGE.match(language):
        raise ProtocolError("invalid_language", "language must be 'auto' or a two-letter code.")
    context_id = message.get("context_id")
    if context_id is not None and (isinstance(context_id, bool) or not isinstance(context_id, int)):
        raise ProtocolError("invalid_context", "context_id must be an integer.")
    fmt = message.get("format", "f32le")
    if fmt not in FORMATS:
        raise ProtocolError("invalid_format", "format must be 'f32le' or 's16le'.")
    session_id = message.get("session_id")
    if session_id is not None:
        try:
            session_id = str(uuid.UUID(str(session_id)))
        except ValueError as exc:
            raise ProtocolError("invalid_session", "session_id must be a UUID.") from exc
    return StartOptions(int(rate), language, context_id, fmt, session_id, parse_sources(message))


def parse_sources(message: dict[str, Any]) -> tuple[str, ...]:
    """``"sources": ["interviewer", "candidate"]``: 1–2 distinct names, in the client's order
    (a binary frame's first byte is an index into it)."""
    if "sources" not in message or message["sources"] is None:
        return ()
    sources = message["sources"]
    if (
        not isinstance(sources, list)
        or not 1 <= len(sources) <= len(SOURCES)
        or not all(isinstance(name, str) and name in SOURCES for name in sources)
        or len(set(sources)) != len(sources)
    ):
        raise ProtocolError(
            "invalid_sources",
            'sources must list 1 or 2 distinct names from "interviewer" and "candidate".',
        )
    return tuple(sources)


def split_source(frame: bytes, sources: tuple[str, ...]) -> tuple[str, bytes]:
    """With sources, a binary frame is one byte (the source's index in ``sources``) and PCM."""
    if not frame:
        raise ProtocolError("invalid_audio", "An empty binary frame holds no source byte.")
    index = frame[0]
    if index >= len(sources):
        raise ProtocolError(
            "invalid_source",
            f"A binary frame starts with its source's index (0-{len(sources) - 1}); got {index}.",
        )
    return sources[index], frame[1:]


def json_source(message: dict[str, Any], sources: tuple[str, ...]) -> str:
    """The source a JSON ``audio`` frame names (required once ``start`` named sources)."""
    source = message.get("source")
    if not isinstance(source, str) or source not in sources:
        named = ", ".join(f'"{name}"' for name in sources)
        raise ProtocolError("invalid_source", f'An audio frame\'s "source" must be one of {named}.')
    return source


def parse_label(message: dict[str, Any]) -> tuple[str, str]:
    """``{"type":"label","utterance_id":…,"speaker":"candidate"|"interviewer"}``."""
    utterance_id = message.get("utterance_id")
    speaker = message.get("speaker")
    if not isinstance(utterance_id, str) or not 0 < len(utterance_id) <= 64:
        raise ProtocolError("invalid_label", "utterance_id must be a transcript line's id.")
    if speaker not in SOURCES:
        raise ProtocolError("invalid_label", 'speaker must be "candidate" or "interviewer".')
    return utterance_id, speaker


def _checked(samples: np.ndarray) -> np.ndarray:
    if samples.size and not np.isfinite(samples).all():
        raise ProtocolError("invalid_samples", "Samples must be finite numbers.")
    if samples.size and float(np.max(np.abs(samples))) > SAMPLE_TOLERANCE:
        raise ProtocolError("invalid_samples", "Samples must lie in [-1, 1].")
    return np.clip(samples, -1.0, 1.0).astype(np.float32, copy=False)


def samples_from_json(data: object, max_samples: int) -> np.ndarray:
    """The old guide's ``{"type":"audio","data":[floats]}`` frame."""
    if not isinstance(data, list):
        raise ProtocolError("invalid_audio", '"data" must be an array of numbers.')
    if len(data) > max_samples:
        raise ProtocolError("frame_too_large", f"An audio frame may hold at most {max_samples} samples.")
    if not all(type(value) in (int, float) for value in data):
        raise ProtocolError("invalid_audio", '"data" must hold only numbers.')
    return _checked(np.asarray(data, dtype=np.float32))


def samples_from_binary(frame: bytes, fmt: str, max_bytes: int) -> np.ndarray:
    if len(frame) > max_bytes:
        raise ProtocolError("frame_too_large", f"A binary frame may be at most {max_bytes} bytes.")
    try:
        samples = pcm_s16le_to_array(frame) if fmt == "s16le" else pcm_f32le_to_array(frame)
    except BadAudioError as exc:
        raise ProtocolError("invalid_audio", exc.message) from exc
    return _checked(samples)


class StreamResampler:
    """Linear-interpolation resampling of a stream chunk by chunk, with no seams between chunks."""

    def __init__(self, from_rate: int, to_rate: int = 16000) -> None:
        self.step = from_rate / to_rate
        self.identity = from_rate == to_rate
        self._carry = np.zeros(0, dtype=np.float32)
        self._position = 0.0

    def process(self, samples: np.ndarray) -> np.ndarray:
        if self.identity:
            return samples
        data = np.concatenate([self._carry, samples])
        if len(data) < 2:
            self._carry = data
            return np.zeros(0, dtype=np.float32)
        count = int((len(data) - 1 - self._position) // self.step) + 1
        positions = self._position + np.arange(count) * self.step
        out = np.interp(positions, np.arange(len(data)), data).astype(np.float32)
        next_position = self._position + count * self.step
        keep = int(next_position)
        self._carry = data[keep:]
        self._position = next_position - keep
        return out
