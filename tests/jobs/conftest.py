"""Fixtures of the audio-job tests: fast retry and lease settings, an app whose embedded executor
is drained before the database is emptied, and the fake OpenAI-compatible server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.fake_openai import FakeOpenAIServer, fake_openai_server

FAST_JOB_SETTINGS = {
    "JOB_RETRY_BACKOFF_SECONDS": 0.05,
    "JOB_RETRY_BACKOFF_MAX_SECONDS": 0.5,
    "JOB_LEASE_SECONDS": 5.0,
    "OPENAI_TIMEOUT_SECONDS": 5.0,
    "MAX_AUDIO_SECONDS": 12.0,
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
}


@pytest.fixture
def app_config(app_config: dict[str, Any]) -> dict[str, Any]:
    return {**app_config, **FAST_JOB_SETTINGS}


def stop_jobs(application) -> None:
    """Let running embedded jobs finish, so none writes to a database being emptied."""
    application.extensions["copilot_queue"].shutdown(wait=True)
    application.extensions["copilot_events"].close()


@pytest.fixture
def app(app):
    yield app
    stop_jobs(app)


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server() as server:
        yield server
