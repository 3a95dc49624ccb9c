"""The speech-to-text interface every backend implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

SAMPLE_RATE = 16_000  # every backend receives 16 kHz mono float32 in [-1, 1]


@dataclass(frozen=True)
class Transcript:
    text: str
    language: str | None  # ISO 639-1 code the backend used or detected ("en", "pl"...)
    duration_s: float
    backend: str
    segments: list[dict] = field(default_factory=list)  # [{"start", "end", "text"}] when known
    # How sure the backend was, when it says: mean token log-probability of the kept text, and
    # the probability of ``language`` when the backend detected it.
    avg_logprob: float | None = None
    language_probability: float | None = None


class Transcriber(Protocol):
    name: str

    def transcribe(
        self, samples: np.ndarray, language: str | None = None, *, prior: str | None = None
    ) -> Transcript:
        """Transcribe 16 kHz mono float32 samples. ``language`` None/"auto" lets the backend decide;
        ``prior`` is the language to expect then (the interview context's), which a backend that
        detects languages may overrule when the audio says otherwise.

        Raises TransientBackendError for failures worth retrying and BackendError otherwise.
        """
        ...
