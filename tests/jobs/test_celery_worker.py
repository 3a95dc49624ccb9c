"""Jobs through a real Celery worker subprocess on the real Redis and PostgreSQL: events across
processes, duplicate deliveries, a worker killed mid-job, and a broker that is down at upload."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from copilot.extensions import db
from copilot.jobs.tasks import PROCESS_JOB
from copilot.models import Job
from tests.conftest import AuthActions
from tests.jobs.helpers import SHORT_QUESTION, drain, history_rows, job_row, upload_clip
from tests.support.apps import build_app, dispose_app
from tests.support.fake_openai import DEFAULT_ANSWER, FakeOpenAIServer, fake_openai_server
from tests.support.processes import CeleryWorker, fake_backends, stack_app_config, stack_env

pytestmark = [pytest.mark.celery, pytest.mark.redis, pytest.mark.postgres]

ROOT = Path(__file__).resolve().parents[2]
REDIS_DB = 10 + os.getpid() % 6  # one index per run, so parallel runs do not share a queue
BROKER_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"
LEASE_SECONDS = 3


def _env(pg_url: str, instance: Path, fake: FakeOpenAIServer) -> dict[str, str]:
    return stack_env(
        pg_url,
        BROKER_URL,
        instance,
        **fake_backends(fake),
        OPENAI_TIMEOUT_SECONDS=10,
        JOB_LEASE_SECONDS=LEASE_SECONDS,
        JOB_RETRY_BACKOFF_SECONDS=0.05,
    )


@pytest.fixture(scope="module")
def stack(pg_database_factory, tmp_path_factory) -> Iterator[dict]:
    tmp = tmp_path_factory.mktemp("celery")
    admin = redis.Redis.from_url(BROKER_URL)
    admin.flushdb()
    pg_url = pg_database_factory()
    with fake_openai_server() as fake:
        env = _env(pg_url, tmp / "instance", fake)
        flask = ROOT / ".venv" / "bin" / "flask"
        migrated = subprocess.run(
            [str(flask), "db", "upgrade"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert migrated.returncode == 0, migrated.stderr[-3000:]
        worker = CeleryWorker(env, tmp)
        config = stack_app_config(
            tmp, pg_url, BROKER_URL, **fake_backends(fake), JOB_LEASE_SECONDS=LEASE_SECONDS
        )
        app = build_app(config, create_tables=False)
        try:
            worker.start()
            yield {"app": app, "worker": worker, "fake": fake, "config": config, "tmp": tmp}
        finally:
            worker.kill()
            dispose_app(app)
            admin.flushdb()
            admin.close()


@pytest.fixture
def user(stack) -> dict:
    stack["fake"].reset()
    return AuthActions(stack["app"].test_client()).register()


def wait_status(app, job_id: str, statuses: tuple[str, ...], timeout: float = 60.0) -> Job:
    deadline = time.monotonic() + timeout
    while True:
        job = job_row(app, job_id)
        if job.status in statuses:
            return job
        assert time.monotonic() < deadline, f"job {job_id} still {job.status}"
        time.sleep(0.1)


def test_the_worker_runs_the_job_and_its_events_reach_this_process(stack, user):
    app = stack["app"]
    client = app.test_client()
    bus = app.extensions["copilot_events"]
    assert bus.name == "redis"
    with bus.subscribe(user["user"]["id"]) as subscription:
        assert bus.wait_connected(5)
        response = upload_clip(client, user["headers"], SHORT_QUESTION, language="en")
        assert response.status_code == 202, response.get_json()
        job_id = response.get_json()["job_id"]
        events = drain(subscription, until_job_ends=job_id, timeout=60)

    kinds = [event["type"] for event in events]
    assert kinds[0] == "job" and kinds[-2:] == ["answer", "job"]
    assert {"transcription", "question_detected", "answer_delta"} <= set(kinds)
    assert events[-1]["status"] == "done"
    job = client.get(f"/api/jobs/{job_id}", headers=user["headers"]).get_json()
    assert job["status"] == "done" and job["attempts"] == 1
    assert job["result"]["answer"] == DEFAULT_ANSWER
    assert len(history_rows(app, job_id)) == 1
    health = client.get("/api/health").get_json()
    assert health["broker"] == "ok" and health["status"] == "healthy"


def test_a_task_delivered_twice_writes_one_history_row(stack, user):
    app = stack["app"]
    stack["fake"].set_chunk_delay(0.05)  # long enough for the copies to overlap the first run
    response = upload_clip(app.test_client(), user["headers"], SHORT_QUESTION, language="en")
    job_id = response.get_json()["job_id"]
    task = app.extensions["celery"].tasks[PROCESS_JOB]
    task.apply_async(args=[job_id])
    task.apply_async(args=[job_id])

    job = wait_status(app, job_id, ("done", "failed"))
    broker = redis.Redis.from_url(BROKER_URL)
    deadline = time.monotonic() + 20
    while broker.llen("copilot") and time.monotonic() < deadline:
        time.sleep(0.1)
    broker.close()
    time.sleep(1.0)  # the last copy, taken from the queue, finds the job finished

    job = job_row(app, job_id)
    assert job.status == "done" and job.attempts == 1
    assert len(history_rows(app, job_id)) == 1
    assert len([r for r in stack["fake"].requests if r.path == "/v1/chat/completions"]) == 1


def test_a_job_left_queued_while_the_broker_was_down_runs_after_a_sweep(stack, user):
    unreachable = "redis://127.0.0.1:1/0"
    down = build_app(
        {**stack["config"], "CELERY_BROKER_URL": unreachable, "REDIS_URL": unreachable}, create_tables=False
    )
    client = down.test_client()
    try:
        began = time.monotonic()
        response = upload_clip(client, user["headers"], SHORT_QUESTION, language="en")
        assert response.status_code == 202, response.get_json()
        assert time.monotonic() - began < 5
        job_id = response.get_json()["job_id"]
        health = client.get("/api/health")
        assert health.status_code == 503
        assert health.get_json()["broker"] == "unavailable" and health.get_json()["database"] == "ok"
        time.sleep(1.0)
        assert job_row(stack["app"], job_id).status == "queued"
        assert client.get(f"/api/jobs/{job_id}", headers=user["headers"]).get_json()["status"] == "queued"
    finally:
        dispose_app(down)

    app = stack["app"]
    with app.app_context():
        sent = app.extensions["copilot_queue"].sweep(queued_after_s=0)
        db.session.remove()
    assert job_id in sent
    job = wait_status(app, job_id, ("done", "failed"))
    assert job.status == "done" and job.attempts == 1
    assert len(history_rows(app, job_id)) == 1


def test_a_job_of_a_killed_worker_finishes_once_after_the_sweep(stack, user):
    app, fake, worker = stack["app"], stack["fake"], stack["worker"]
    fake.set_chunk_delay(0.3)  # about 10 s of streaming: the job is surely answering when killed
    response = upload_clip(app.test_client(), user["headers"], SHORT_QUESTION, language="en")
    job_id = response.get_json()["job_id"]
    wait_status(app, job_id, ("answering",), timeout=30)
    time.sleep(0.5)

    worker.kill()
    killed = job_row(app, job_id)
    assert killed.status == "answering" and killed.attempts == 1
    fake.set_chunk_delay(0)
    worker.start()
    # Wait the lease out; until then the job still belongs to the dead run.
    lease_until = (
        killed.lease_until.replace(tzinfo=UTC) if killed.lease_until.tzinfo is None else killed.lease_until
    )
    time.sleep(max(0.0, (lease_until - datetime.now(UTC)).total_seconds()) + 0.3)
    with app.app_context():
        app.extensions["copilot_queue"].sweep()
        db.session.remove()

    job = wait_status(app, job_id, ("done", "failed"), timeout=60)
    assert job.status == "done", (job.error_code, job.error_message)
    assert job.attempts == 2
    history = history_rows(app, job_id)
    assert len(history) == 1 and history[0].answer == DEFAULT_ANSWER
    assert job.answer == DEFAULT_ANSWER


def _busy_jobs_finished_after_the_clip(stack, headers: dict) -> tuple[int, dict]:
    """Six clips of one user, the first two held mid-answer, then one clip of a new user: how many of
    the busy user's jobs finish after the newcomer's."""
    app = stack["app"]
    client = app.test_client()
    # The first two jobs are held mid-answer while the rest are uploaded, however slow the uploads
    # are under load: when the other user's clip arrives, four of the busy user's jobs are queued.
    stack["fake"].set_chunk_delay(0.1)  # about a second per job once answers flow
    stack["fake"].hold()
    try:
        busy = [
            upload_clip(client, headers, SHORT_QUESTION, language="en").get_json()["job_id"] for _ in range(6)
        ]
        other = AuthActions(client).register()
        clip = upload_clip(client, other["headers"], SHORT_QUESTION, language="en").get_json()["job_id"]
        wait_status(app, busy[0], ("answering",), timeout=60)  # the held jobs really are running
    finally:
        stack["fake"].hold(False)
    finished = {
        job_id: wait_status(app, job_id, ("done",), timeout=120).finished_at for job_id in [*busy, clip]
    }
    return sum(1 for job_id in busy if finished[job_id] > finished[clip]), finished


def test_one_users_many_jobs_do_not_hold_another_users_clip_behind_them(stack, user):
    """Fair share on Celery: a user already running jobs steps aside for a user running none.

    First come, first served, the clip would finish last (none of the busy jobs later). Here the busy
    user's queued jobs step aside while the clip waits, and the check is part of the claim, so two
    freed workers can't both pass it at once: the clip overtakes at least two of the busy user's jobs."""
    later, finished = _busy_jobs_finished_after_the_clip(stack, user["headers"])
    assert later >= 2, finished
