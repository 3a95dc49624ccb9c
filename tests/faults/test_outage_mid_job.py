"""A database outage in the middle of a job is transient: a TCP proxy between the app and
PostgreSQL is cut while the job is answering and kept down 13 s. The job is retried with backoff
as the same attempt, keeps its audio until it really ends, and finishes once the database is back.
A ``?wait`` upload whose job was committed answers 202 with the job id, never a 503."""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit, urlunsplit

import pytest

from copilot import create_app
from copilot.extensions import db
from tests.conftest import base_config
from tests.jobs.helpers import SHORT_QUESTION, audio_row_count, history_rows, job_row, poll_job, upload_clip
from tests.support.fake_openai import fake_openai_server
from tests.support.processes import TcpProxy

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ANSWER = " ".join(f"word{i}" for i in range(24))


@pytest.fixture
def outage(pg_database_factory, tmp_path):
    url = urlsplit(pg_database_factory())
    proxy = TcpProxy((url.hostname, url.port or 5432))
    proxy.start()
    through_proxy = urlunsplit(url._replace(netloc=f"{url.username}@127.0.0.1:{proxy.port}"))
    with fake_openai_server() as fake:
        app = create_app(
            base_config(
                tmp_path,
                SQLALCHEMY_DATABASE_URI=through_proxy,
                STT_BACKEND="openai",
                ANSWER_BACKEND="openai",
                OPENAI_BASE_URL=fake.base_url,
                OPENAI_API_KEY=fake.api_key,
                JOB_RETRY_BACKOFF_SECONDS=1.0,
                JOB_RETRY_BACKOFF_MAX_SECONDS=2.0,
            )
        )
        with app.app_context():
            db.create_all()
        try:
            yield app, proxy, fake
        finally:
            app.extensions["copilot_queue"].shutdown(wait=True)
            with app.app_context():
                db.session.remove()
                db.engine.dispose()
            proxy.stop()


def _user(client) -> dict:
    body = client.post("/api/auth/register", json={"email": "outage@example.com", "password": "long enough"})
    return {"Authorization": f"Bearer {body.get_json()['access_token']}"}


def _wait_status(app, job_id: str, status: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if job_row(app, job_id).status == status:
            return
        time.sleep(0.05)
    raise AssertionError(f"job never reached {status}")


def test_a_job_survives_a_13_second_database_outage_with_its_audio(outage):
    app, proxy, fake = outage
    fake.set_answer(ANSWER, chunk_delay_s=0.25)  # about 6 s of streaming: the cut lands inside
    client = app.test_client()
    headers = _user(client)
    accepted = upload_clip(client, headers, SHORT_QUESTION)
    assert accepted.status_code == 202
    job_id = accepted.get_json()["job_id"]
    _wait_status(app, job_id, "answering")

    proxy.stop()
    try:
        time.sleep(13)
    finally:
        proxy.start()
    # Back, but the job has not really ended yet (it waits out its backoff, then answers again):
    # its audio is still there.
    assert job_row(app, job_id).status not in ("done", "failed")
    assert audio_row_count(app) == 1

    job = poll_job(client, headers, job_id, timeout=90)
    assert job["status"] == "done", job
    assert job["attempts"] == 1  # an outage is not the job's fault: the same attempt resumed
    assert job["result"]["answer"].split() == ANSWER.split()
    assert len(history_rows(app, job_id)) == 1
    assert audio_row_count(app) == 0  # deleted when the job really ended


def test_a_wait_upload_whose_job_was_committed_answers_202_during_an_outage(outage):
    app, proxy, fake = outage
    fake.set_answer(ANSWER, chunk_delay_s=0.25)
    client = app.test_client()
    headers = _user(client)
    # Cut the database once the upload's job is committed, while the request waits for it.
    cutter = threading.Thread(target=lambda: (time.sleep(1.5), proxy.stop()))
    cutter.start()
    response = upload_clip(client, headers, SHORT_QUESTION, wait=8)
    cutter.join()
    proxy.start()
    assert response.status_code == 202, response.get_json()
    body = response.get_json()
    assert body["job_id"] and body["status_url"].endswith(body["job_id"])
    job = poll_job(client, headers, body["job_id"], timeout=90)
    assert job["status"] == "done", job
    with app.app_context():
        from copilot.models import Job

        assert db.session.query(Job).count() == 1  # the client had no reason to send it twice
