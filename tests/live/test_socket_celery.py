"""The live socket with Celery + Redis: the utterance's job runs in a worker process, and the
worker's events reach the socket on the web process through Redis pub/sub."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import numpy as np
import pytest
import requests

from tests.live.conftest import LiveUsers
from tests.support.apps import build_app, dispose_app
from tests.support.live_server import serve_app
from tests.support.processes import ROOT, CeleryWorker, RedisServer, stack_app_config, stack_env
from tests.support.ws_client import load_wav

pytestmark = [pytest.mark.celery, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def celery_live(pg_database_factory, tmp_path_factory) -> Iterator[LiveUsers]:
    tmp = tmp_path_factory.mktemp("live-celery")
    broker = RedisServer(tmp)
    broker.start()
    pg_url = pg_database_factory()
    env = stack_env(pg_url, broker.url, tmp / "instance", STT_BACKEND="offline", ANSWER_BACKEND="offline")
    migrated = subprocess.run(
        [sys.executable, "-m", "flask", "db", "upgrade"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert migrated.returncode == 0, migrated.stderr[-2000:]
    worker = CeleryWorker(env, tmp)
    app = build_app(
        stack_app_config(tmp, pg_url, broker.url, LIVE_MAX_AHEAD_SECONDS=1000.0), create_tables=False
    )
    try:
        worker.start()
        with serve_app(app) as base_url:
            users = LiveUsers(base_url)
            yield users
            for client in users.clients:
                client.close()
    finally:
        worker.kill()
        dispose_app(app)
        broker.stop()


def test_a_worker_process_answers_and_the_web_socket_receives_it(celery_live):
    health = requests.get(f"{celery_live.base_url}/api/health", timeout=10).json()
    assert health["broker"] == "ok"  # jobs go through Redis to the worker, not in-process
    user = celery_live.register()
    client = celery_live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    speech = np.concatenate(
        [np.zeros(4800, np.float32), load_wav("en_python_kafka.wav"), np.zeros(16000, np.float32)]
    )
    client.stream(speech)

    queued = client.wait_for("job", status="queued", timeout=60)
    answer = client.wait_for("answer", timeout=120)
    assert answer["job_id"] == queued["job_id"]
    assert "Kafka" in answer["answer"] or "Allegro" in answer["answer"]
    assert client.wait_for("question_detected", job_id=queued["job_id"])["question"]
    deltas = [e for e in client.of_type("answer_delta") if e["job_id"] == queued["job_id"]]
    assert len(deltas) >= 2
    assert [e["id"] for e in celery_live.history(user)] == [answer["history_id"]]
