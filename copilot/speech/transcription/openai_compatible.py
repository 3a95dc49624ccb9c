"""Speech-to-text through any OpenAI-compatible ``/v1/audio/transcriptions`` endpoint."""

from __future__ import annotations

import numpy as np
import openai

from copilot.exceptions import BadAudioError
from copilot.language.openai_client import create_openai_client, translate_openai_error
from copilot.language.text import language_code
from copilot.speech.audio import encode_wav
from copilot.speech.transcription.base import SAMPLE_RATE, Transcript


class OpenAITranscriber:
    """Transcriber backed by ``audio.transcriptions.create`` (OpenAI Whisper or a compatible server)."""

    name = "openai"

    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str,
        model: str = "whisper-1",
        timeout_s: float = 30.0,
        max_retries: int = 0,
    ) -> None:
        self.model = model
        # Retries belong to the job runner (Celery autoretry with backoff), hence max_retries=0.
        self._client = create_openai_client(
            base_url=base_url, api_key=api_key, timeout_s=timeout_s, max_retries=max_retries
        )

    def transcribe(
        self, samples: np.ndarray, language: str | None = None, *, prior: str | None = None
    ) -> Transcript:
        samples = np.asarray(samples, dtype=np.float32)
        if samples.ndim != 1:
            raise BadAudioError(f"expected mono samples, got an array of shape {samples.shape}")
        if samples.size == 0:
            raise BadAudioError("no audio to transcribe")
        hint = language_code(language)
        try:
            result = self._client.audio.transcriptions.create(
                model=self.model,
                file=("audio.wav", encode_wav(samples), "audio/wav"),
                language=hint if hint else openai.omit,
                response_format="json",
            )
        except openai.OpenAIError as exc:
            raise translate_openai_error(exc, backend="speech-to-text backend") from exc
        return Transcript(
            text=(result.text or "").strip(),
            # The json format reports no detected language, so only the hint is known.
            language=hint,
            duration_s=samples.size / SAMPLE_RATE,
            backend=self.name,
        )

    def close(self) -> None:
        self._client.close()
