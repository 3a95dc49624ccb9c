"""Pick and build the speech-to-text and answer backends from settings, once per process."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from copilot.language.answers.base import AnswerBackend
from copilot.offload import NativeProxy, run_native
from copilot.speech.transcription.base import Transcriber

_lock = threading.Lock()
_cache: dict[tuple, Any] = {}


def _cached(key: tuple, build):
    with _lock:
        if key not in _cache:
            _cache[key] = build()
        return _cache[key]


def _remote(config: Mapping[str, Any]) -> dict[str, Any]:
    """Connection settings both OpenAI-compatible backends share."""
    return {
        "base_url": config["OPENAI_BASE_URL"],
        "api_key": config["OPENAI_API_KEY"] or "not-needed",
        "timeout_s": config["OPENAI_TIMEOUT_SECONDS"],
    }


# Speech recognition is seconds of CPU: under the gevent web worker it runs on real threads.
_NATIVE_METHODS = ("transcribe", "transcribe_partial", "warm_up")


def get_transcriber(config: Mapping[str, Any]) -> Transcriber:
    return NativeProxy(_engine(config), "speech", _NATIVE_METHODS)


def _engine(config: Mapping[str, Any]) -> Transcriber:
    backend = config["STT_BACKEND"]
    if backend == "openai":
        from copilot.speech.transcription.openai_compatible import OpenAITranscriber

        key = ("stt", "openai", config["OPENAI_BASE_URL"], config["OPENAI_API_KEY"], config["STT_MODEL"])
        return _cached(key, lambda: OpenAITranscriber(model=config["STT_MODEL"], **_remote(config)))
    if backend == "offline":
        from copilot.speech.transcription.offline import OfflineTranscriber

        models_dir = Path(config["INSTANCE_PATH"]) / "models"
        key = ("stt", "offline", config["STT_OFFLINE_MODEL"], str(models_dir))
        return _cached(
            key,
            lambda: OfflineTranscriber(
                model=config["STT_OFFLINE_MODEL"], models_dir=models_dir, cpu_threads=os.cpu_count()
            ),
        )
    raise ValueError(f"Unknown STT_BACKEND {backend!r}: use 'offline' or 'openai'.")


def get_answer_backend(config: Mapping[str, Any]) -> AnswerBackend:
    backend = config["ANSWER_BACKEND"]
    if backend == "openai":
        from copilot.language.answers.openai_compatible import OpenAIAnswerBackend

        key = (
            "answer",
            "openai",
            config["OPENAI_BASE_URL"],
            config["OPENAI_API_KEY"],
            config["ANSWER_MODEL"],
            config["ANSWER_MAX_TOKENS"],
        )
        return _cached(
            key,
            lambda: OpenAIAnswerBackend(
                model=config["ANSWER_MODEL"], max_tokens=config["ANSWER_MAX_TOKENS"], **_remote(config)
            ),
        )
    if backend == "offline":
        from copilot.language.answers.offline import OfflineAnswerBackend

        return _cached(("answer", "offline"), OfflineAnswerBackend)
    raise ValueError(f"Unknown ANSWER_BACKEND {backend!r}: use 'offline' or 'openai'.")


def _build_and_warm_up(config: Mapping[str, Any]) -> None:
    _engine(config)
    if config["STT_BACKEND"] == "offline":
        _engine(config).warm_up(("en", "pl"))


def warm_up_in_background(config: Mapping[str, Any]) -> threading.Thread:
    """Build the backends before the first job needs them: load the offline speech model (a few
    seconds, once), or import the remote client (a second of imports that would otherwise stall
    the first request). On a real thread: under the gevent worker, imports and model loading would
    hold the event loop. The answer backend is built here, on the calling thread: the remote
    client's lazy imports may start a subprocess, which gevent only allows from its default loop."""
    import logging

    try:
        get_answer_backend(config)
    except Exception as exc:  # the first answer will report a real problem clearly
        logging.getLogger(__name__).warning("answer backend failed to build: %s", exc)

    def load() -> None:
        try:
            run_native("speech", _build_and_warm_up, config)
        except Exception as exc:  # the first job will report a real problem clearly
            logging.getLogger(__name__).warning("backend warm-up failed: %s", exc)

    thread = threading.Thread(target=load, name="backend-warm-up", daemon=True)
    thread.start()
    return thread
