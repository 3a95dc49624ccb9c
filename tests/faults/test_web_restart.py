"""The web process dies while a live utterance's job is being answered (embedded mode: the job
runs inside the web process) and a new process starts on the same database. The client opens a
new socket and gets the finished answer from the job and history endpoints: the new process's
sweeper takes the job over once the dead run's lease has expired."""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
import pytest
import requests

from tests.support.fake_openai import DEFAULT_ANSWER, fake_openai_server
from tests.support.processes import GunicornProcess, sqlite_web_env
from tests.support.ws_client import SocketClient, load_wav

pytestmark = pytest.mark.slow

LEASE_SECONDS = 2


@pytest.fixture
def web(tmp_path) -> Iterator[tuple[GunicornProcess, object]]:
    with fake_openai_server() as fake:
        env = sqlite_web_env(
            tmp_path,
            fake,
            JOB_LEASE_SECONDS=LEASE_SECONDS,
            JOB_SWEEP_INTERVAL_SECONDS=1,
            LIVE_MAX_AHEAD_SECONDS=1000,
        )
        process = GunicornProcess(env, tmp_path)
        try:
            yield process, fake
        finally:
            process.kill()


def _job(url: str, headers: dict, job_id: str) -> dict:
    response = requests.get(f"{url}/api/jobs/{job_id}", headers=headers, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_job_cut_off_by_a_web_restart_finishes_in_the_new_process(web):
    process, fake = web
    process.start()
    url = process.url
    tokens = requests.post(
        f"{url}/api/auth/register",
        json={"email": "restart@example.com", "password": "long enough pass"},
        timeout=10,
    ).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    fake.set_chunk_delay(1.0)  # a slow answer: the process is killed in the middle of it

    socket = SocketClient(url.replace("http://", "ws://") + f"/ws/audio?token={tokens['access_token']}")
    try:
        socket.wait_for("ready", timeout=10)
        socket.send({"type": "start", "sampleRate": 16000, "language": "en"})
        socket.wait_for("started", timeout=10)
        speech = np.concatenate(
            [np.zeros(4800, np.float32), load_wav("en_why_our_company.wav"), np.zeros(24000, np.float32)]
        )
        socket.stream(speech)
        try:
            # a fresh process loads its speech model first: under a loaded suite that can take a while
            job_id = socket.wait_for("job", timeout=150, status="queued")["job_id"]
        except AssertionError as exc:
            raise AssertionError(f"{exc}\nweb log:\n{process.log_tail()}") from None
        deadline = time.monotonic() + 30
        while _job(url, headers, job_id)["status"] != "answering":
            assert time.monotonic() < deadline, _job(url, headers, job_id)
            time.sleep(0.05)
        socket.wait_for("answer_delta", timeout=10, job_id=job_id)
    finally:
        process.kill()  # the web process dies mid-answer, its socket with it
        socket.close()
    assert socket.closed.is_set()

    fake.set_chunk_delay(0)
    process.start()  # a new process on the same database and port
    again = SocketClient(url.replace("http://", "ws://") + f"/ws/audio?token={tokens['access_token']}")
    try:
        again.wait_for("ready", timeout=10)
        deadline = time.monotonic() + 30
        while (job := _job(url, headers, job_id))["status"] not in ("done", "failed"):
            assert time.monotonic() < deadline, job
            time.sleep(0.1)
        assert job["status"] == "done", job
        assert job["attempts"] == 2
        assert job["result"]["answer"] == DEFAULT_ANSWER
        history = requests.get(f"{url}/api/history", headers=headers, timeout=10).json()["history"]
        assert [entry["id"] for entry in history] == [job["result"]["history_id"]]
        assert history[0]["answer"] == DEFAULT_ANSWER  # the whole answer, not the half streamed before
        again.send({"type": "ping", "t": 7})
        again.wait_for("pong", timeout=5, t=7)
    finally:
        again.close()
