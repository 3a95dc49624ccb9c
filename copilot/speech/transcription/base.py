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


class Transcriber(Protocol):
    name: str

    def transcribe(self, samples: np.ndarray, language: str | None = None) -> Transcript:
        """Transcribe 16 kHz mono float32 samples. ``language`` None/"auto" lets the backend decide.

        Raises TransientBackendError for failures worth retrying and BackendError otherwise.
        """
        ...
