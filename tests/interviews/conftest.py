"""Fixtures of the interview-record tests: the audio-job settings (uploads are filed under
interviews) and the fake OpenAI-compatible server (model-written summaries, follow-ups)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.jobs.conftest import FAST_JOB_SETTINGS, stop_jobs
from tests.support.fake_openai import FakeOpenAIServer, fake_openai_server


@pytest.fixture
def app_config(app_config: dict[str, Any]) -> dict[str, Any]:
    return {**app_config, **FAST_JOB_SETTINGS}


@pytest.fixture
def app(app):
    yield app
    stop_jobs(app)


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAIServer]:
    with fake_openai_server() as server:
        yield server


def openai_settings(server: FakeOpenAIServer) -> dict[str, Any]:
    return {
        "ANSWER_BACKEND": "openai",
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": server.api_key,
        "OPENAI_TIMEOUT_SECONDS": 2.0,
    }
