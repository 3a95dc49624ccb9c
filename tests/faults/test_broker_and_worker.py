"""Redis and Celery workers failing for real: the test runs its own ``redis-server`` on a free
port (broker, event bus and rate-limit store), a real Celery worker on it and PostgreSQL.

- Redis down: an upload still answers 202 with its job committed as ``queued`` (the choice the
  service makes, rather than a 503: nothing the client sent is lost); health says the broker is
  unavailable; live sockets keep working; when Redis is back the event relay reconnects by itself
  and the sweep enqueues the waiting jobs, which finish on the worker with their events.
- Note: Redis going away while a worker holds an unacknowledged task (a job finishing at that
  moment) stops the Celery 5.7 worker ("Unrecoverable error" inside kombu's restore of unacked
  messages); it needs a process supervisor to start it again, then the sweep finishes the job.
  This test stops Redis between jobs.
- A job that takes its worker down every time it runs ends ``failed`` with ``worker_lost`` once
  its attempts are used up, instead of being re-run forever.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from copilot.extensions import db
from copilot.models import JobAudio
from tests.conftest import AuthActions
from tests.jobs.helpers import SHORT_QUESTION, history_rows, job_row, upload_clip
from tests.support.apps import build_app, dispose_app
from tests.support.fake_openai import DEFAULT_ANSWER, fake_openai_server
from tests.support.live_server import serve_app
from tests.support.processes import CeleryWorker, RedisServer, fake_backends, stack_app_config, stack_env
from tests.support.ws_client import SocketClient

pytestmark = [pytest.mark.celery, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]

LEASE_SECONDS = 2


@pytest.fixture(scope="module")
def stack(pg_database_factory, tmp_path_factory) -> Iterator[dict]:
    tmp = tmp_path_factory.mktemp("faults-celery")
    redis_server = RedisServer(tmp)
    redis_server.start()
    pg_url = pg_database_factory()
    worker = None
    app = None
    try:
        with fake_openai_server() as fake:
            backends = fake_backends(fake)
            config = stack_app_config(
                tmp, pg_url, redis_server.url, **backends, JOB_LEASE_SECONDS=LEASE_SECONDS
            )
            app = build_app(config)
            env = stack_env(
                pg_url,
                redis_server.url,
                tmp / "instance",
                **backends,
                OPENAI_TIMEOUT_SECONDS=30,
                JOB_LEASE_SECONDS=LEASE_SECONDS,
                JOB_RETRY_BACKOFF_SECONDS=0.05,
            )
            worker = CeleryWorker(env, tmp)
            worker.start()
            yield {"app": app, "worker": worker, "fake": fake, "redis": redis_server, "tmp": tmp}
    finally:
        if worker is not None:
            worker.kill()
        redis_server.stop()
        if app is not None:
            dispose_app(app)


@pytest.fixture
def user(stack) -> dict:
    if not stack["redis"].running:
        stack["redis"].start()
    stack["fake"].reset()
    return AuthActions(stack["app"].test_client()).register()


def wait_until(predicate, timeout: float, message: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < deadline, message
        time.sleep(interval)


def wait_status(app, job_id: str, statuses: tuple[str, ...], timeout: float = 60.0):
    return wait_until(
        lambda: (job := job_row(app, job_id)).status in statuses and job,
        timeout,
        f"job {job_id} never reached {statuses} (last: {job_row(app, job_id).status})",
    )


def test_redis_down_keeps_uploads_and_sockets_working_and_nothing_is_lost(stack, user):
    app, redis_server = stack["app"], stack["redis"]
    client = app.test_client()
    bus = app.extensions["copilot_events"]
    with serve_app(app) as base_url:
        socket = SocketClient(
            base_url.replace("http://", "ws://") + f"/ws/audio?token={user['access_token']}"
        )
        try:
            socket.wait_for("ready", timeout=10)
            assert bus.wait_connected(5)
            # While Redis is up, the worker's events reach this socket through it.
            before = upload_clip(client, user["headers"], SHORT_QUESTION, language="en").get_json()["job_id"]
            socket.wait_for("job", timeout=60, job_id=before, status="done")
            time.sleep(0.5)  # the task is acknowledged too (see the note on in-flight tasks below)

            redis_server.stop()
            wait_until(lambda: not bus.connected.is_set(), 10, "the event relay did not notice Redis going")

            waiting = []
            for _ in range(2):
                began = time.monotonic()
                response = upload_clip(client, user["headers"], SHORT_QUESTION, language="en")
                assert response.status_code == 202, response.get_json()
                assert time.monotonic() - began < 5, "the upload waited for the dead broker"
                waiting.append(response.get_json()["job_id"])
            health = client.get("/api/health")
            assert health.status_code == 503
            assert health.get_json()["broker"] == "unavailable"
            assert health.get_json()["database"] == "ok"
            # Committed and waiting: the owner sees them queued, nothing ran them.
            time.sleep(1.0)
            for job_id in waiting:
                assert job_row(app, job_id).status == "queued"
                assert (
                    client.get(f"/api/jobs/{job_id}", headers=user["headers"]).get_json()["status"]
                    == "queued"
                )
            # The socket stays usable without Redis.
            socket.send({"type": "ping", "t": 42})
            socket.wait_for("pong", timeout=5, t=42)
            # Login goes on too (its rate-limit counters fall back to memory).
            login = client.post(
                "/api/auth/login", json={"email": user["user"]["email"], "password": user["password"]}
            )
            assert login.status_code == 200, login.get_json()

            redis_server.start()  # same port, empty: whatever it held is gone
            assert bus.wait_connected(15), "the event relay did not reconnect"
            assert client.get("/api/health").status_code == 200
            with app.app_context():
                sent = app.extensions["copilot_queue"].sweep(queued_after_s=0)
                db.session.remove()
            assert set(waiting) <= set(sent)

            for job_id in waiting:
                job = wait_status(app, job_id, ("done", "failed"), timeout=90)
                assert job.status == "done", (job.error_code, job.error_message)
                assert job.attempts == 1
                assert len(history_rows(app, job_id)) == 1
                # Events flow to the socket again, through the reconnected relay.
                answer = socket.wait_for("answer", timeout=30, job_id=job_id)
                assert answer["answer"] == DEFAULT_ANSWER
            socket.send({"type": "ping", "t": 43})
            socket.wait_for("pong", timeout=5, t=43)
        finally:
            socket.close()
    assert job_row(app, before).status == "done"


def _lease_left(job) -> float:
    lease_until = job.lease_until.replace(tzinfo=UTC) if job.lease_until.tzinfo is None else job.lease_until
    return max(0.0, (lease_until - datetime.now(UTC)).total_seconds())


def test_a_job_that_kills_its_worker_every_time_ends_worker_lost(stack, user):
    app, fake, worker = stack["app"], stack["fake"], stack["worker"]
    app.config["JOB_MAX_ATTEMPTS"] = 2
    try:
        fake.set_chunk_delay(3.0)  # the answer hangs: each run is still answering when killed
        response = upload_clip(app.test_client(), user["headers"], SHORT_QUESTION, language="en")
        assert response.status_code == 202
        job_id = response.get_json()["job_id"]
    finally:
        app.config["JOB_MAX_ATTEMPTS"] = 3

    for attempt in (1, 2):
        job = wait_until(
            lambda attempt=attempt: (
                (j := job_row(app, job_id)).status == "answering" and j.attempts == attempt and j
            ),
            60,
            f"attempt {attempt} never got to answering",
        )
        worker.kill()  # the job takes its worker down with it
        killed = job_row(app, job_id)
        assert (killed.status, killed.attempts) == ("answering", attempt)
        worker.start()
        time.sleep(_lease_left(killed) + 0.3)  # until then the job belongs to the dead run
        with app.app_context():
            app.extensions["copilot_queue"].sweep()
            db.session.remove()

    job = wait_status(app, job_id, ("done", "failed"), timeout=60)
    assert (job.status, job.error_code, job.attempts) == ("failed", "worker_lost", 2)
    assert job.answer is None and job.history_id is None
    assert history_rows(app, job_id) == []
    with app.app_context():
        assert db.session.get(JobAudio, job_id) is None
    body = app.test_client().get(f"/api/jobs/{job_id}", headers=user["headers"]).get_json()
    assert body["status"] == "failed" and body["error"]["code"] == "worker_lost"
    # The end is final: later sweeps leave it alone and no run starts again.
    fake.set_chunk_delay(0)
    with app.app_context():
        assert job_id not in app.extensions["copilot_queue"].sweep(queued_after_s=0)
        db.session.remove()
    time.sleep(1.0)
    again = job_row(app, job_id)
    assert (again.status, again.attempts, again.error_code) == ("failed", 2, "worker_lost")
    chats = [r for r in fake.requests if r.path == "/v1/chat/completions"]
    # At most one answer request per run (a stream cut by the kill may go unrecorded), none after.
    assert len(chats) <= 2
