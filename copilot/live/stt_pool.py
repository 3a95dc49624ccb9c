"""Speech-to-text for live sockets, off the receiving loop: partial transcripts while someone
speaks, and an early final transcription during the pause that may end the utterance."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np
from flask import Flask

from copilot.backends import get_transcriber

log = logging.getLogger(__name__)


class LiveTranscription:
    """One per app. Partials are best effort: skipped when the pool is busy, so they never delay
    finals. Early transcriptions use the final decoding settings and feed the job directly."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        threads = max(1, app.config["LIVE_STT_THREADS"])
        self.pool = ThreadPoolExecutor(max_workers=threads + 1, thread_name_prefix="live-stt")
        self.partial_slots = threading.BoundedSemaphore(1)
        self.early_slots = threading.BoundedSemaphore(threads)
        self._early_lock = threading.Lock()
        self._early_count = 0

    @property
    def early_running(self) -> bool:
        """An utterance may be ending somewhere: partials (best effort) wait their turn."""
        return self._early_count > 0

    @classmethod
    def for_app(cls, app: Flask) -> LiveTranscription:
        existing = app.extensions.get("copilot_live_stt")
        if existing is None:
            with _create_lock:
                existing = app.extensions.get("copilot_live_stt")
                if existing is None:
                    existing = app.extensions["copilot_live_stt"] = cls(app)
        return existing

    def _transcriber(self):
        return get_transcriber(self.app.config)

    def transcribe_partial(self, samples: np.ndarray, language: str | None) -> Future | None:
        transcriber = self._transcriber()
        method = getattr(transcriber, "transcribe_partial", None)
        if method is None or self.early_running or not self.partial_slots.acquire(blocking=False):
            return None

        def run() -> str:
            try:
                return method(samples, language).text.strip()
            finally:
                self.partial_slots.release()

        return self.pool.submit(run)

    def transcribe_early(self, samples: np.ndarray, language: str | None) -> Future | None:
        if not self.early_slots.acquire(blocking=False):
            return None
        transcriber = self._transcriber()

        with self._early_lock:
            self._early_count += 1

        def run() -> tuple[str, str | None, float]:
            began = time.perf_counter()
            try:
                result = transcriber.transcribe(samples, language)
                return result.text.strip(), result.language or language, time.perf_counter() - began
            finally:
                with self._early_lock:
                    self._early_count -= 1
                self.early_slots.release()

        return self.pool.submit(run)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self.pool.submit(fn, *args)


_create_lock = threading.Lock()
