"""The job pipeline with STT_BACKEND=openai and ANSWER_BACKEND=openai against a real local HTTP
server speaking the OpenAI API, including its failures: retries, attempts cap, dropped streams."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.extensions import db
from copilot.jobs import store
from copilot.models import JobAudio
from copilot.speech.audio import decode_file
from tests.jobs.helpers import (
    SHORT_QUESTION,
    audio_row_count,
    clip_path,
    drain,
    history_rows,
    job_row,
    upload_clip,
)
from tests.support.fake_openai import DEFAULT_ANSWER

QUESTION = "What was the hardest technical problem you solved in your last job?"


@pytest.fixture
def app_config(app_config: dict[str, Any], fake_openai) -> dict[str, Any]:
    return {
        **app_config,
        "STT_BACKEND": "openai",
        "ANSWER_BACKEND": "openai",
        "OPENAI_BASE_URL": fake_openai.base_url,
        "OPENAI_API_KEY": fake_openai.api_key,
        "OPENAI_TIMEOUT_SECONDS": 1.0,
        "JOB_MAX_ATTEMPTS": 4,
    }


@pytest.fixture
def user(auth, client) -> dict:
    body = auth.register()
    response = client.post(
        "/api/context",
        headers=body["headers"],
        json={"cv": "Backend engineer at Allegro.", "company": "Globex", "position": "Engineer"},
    )
    assert response.status_code == 200
    return body


def chat_requests(fake_openai) -> list:
    return [r for r in fake_openai.requests if r.path == "/v1/chat/completions"]


def stt_requests(fake_openai) -> list:
    return [r for r in fake_openai.requests if r.path == "/v1/audio/transcriptions"]


def run_job(app, client, user, fake_openai) -> tuple[dict, list[dict]]:
    with app.extensions["copilot_events"].subscribe(user["user"]["id"]) as subscription:
        response = upload_clip(client, user["headers"], SHORT_QUESTION, language="en")
        assert response.status_code == 202, response.get_json()
        job_id = response.get_json()["job_id"]
        events = drain(subscription, until_job_ends=job_id, timeout=30)
    job = client.get(f"/api/jobs/{job_id}", headers=user["headers"]).get_json()
    return job, events


def test_transcript_and_streamed_answer_come_from_the_server(app, client, user, fake_openai):
    fake_openai.set_transcripts([QUESTION])

    job, events = run_job(app, client, user, fake_openai)

    assert job["status"] == "done", job
    assert job["result"]["transcript"] == QUESTION
    assert job["result"]["question"]
    assert job["result"]["answer"] == DEFAULT_ANSWER
    deltas = [event["delta"] for event in events if event["type"] == "answer_delta"]
    assert len(deltas) >= 10
    assert "".join(deltas).strip() == DEFAULT_ANSWER
    (stt,) = stt_requests(fake_openai)
    assert stt.form["model"] == "whisper-1" and stt.form["language"] == "en"
    assert stt.files["file"].content[:4] == b"RIFF"
    (chat,) = chat_requests(fake_openai)
    assert chat.json["stream"] is True
    assert "Allegro" in chat.json["messages"][0]["content"]
    assert chat.json["messages"][-1]["content"] == job["result"]["question"]
    assert len(history_rows(app, job["job_id"])) == 1
    assert audio_row_count(app) == 0


@pytest.mark.parametrize("faults", [["500", "503", "429"], ["hang"]], ids=["5xx-429", "timeout"])
def test_transient_failures_are_retried_and_end_done_once(app, client, user, fake_openai, faults):
    fake_openai.set_transcripts([QUESTION])
    for kind in faults:
        fake_openai.set_fault(kind, retry_after=0.1 if kind == "429" else None, hang_s=3, path="/chat/")

    job, events = run_job(app, client, user, fake_openai)

    assert job["status"] == "done", (job["max_attempts"], job["error"], job["attempts"])
    assert job["attempts"] == len(faults) + 1
    assert job["error"] is None
    assert job["result"]["answer"] == DEFAULT_ANSWER
    history = history_rows(app)
    assert len(history) == 1 and history[0].answer == DEFAULT_ANSWER
    assert len(chat_requests(fake_openai)) == len(faults) + 1
    assert len(stt_requests(fake_openai)) == 1  # the transcript is kept between attempts
    retries = [event for event in events if event["type"] == "job" and event["status"] == "queued"]
    assert len(retries) == len(faults)
    assert all(event["retry_in"] > 0 for event in retries)


def test_a_transcription_error_is_retried_too(app, client, user, fake_openai):
    fake_openai.set_transcripts([QUESTION])
    fake_openai.set_fault("503", path="/audio/")

    job, _ = run_job(app, client, user, fake_openai)

    assert job["status"] == "done" and job["attempts"] == 2
    assert len(stt_requests(fake_openai)) == 2
    assert len(history_rows(app)) == 1


def test_more_failures_than_attempts_fail_the_job(app, client, user, fake_openai):
    fake_openai.set_fault("503", count=10, path="/chat/")

    job, events = run_job(app, client, user, fake_openai)

    assert job["status"] == "failed"
    assert job["error"]["code"] == "backend_unavailable"
    assert job["error"]["message"]
    assert job["attempts"] == 4 == job["max_attempts"]
    assert job["result"] is None
    assert len(chat_requests(fake_openai)) == 4
    assert history_rows(app) == []
    assert audio_row_count(app) == 0
    errors = [event for event in events if event["type"] == "error"]
    assert [event["code"] for event in errors] == ["backend_unavailable"]


@pytest.mark.parametrize("graceful", [False, True], ids=["cut", "clean-end"])
def test_a_dropped_stream_is_retried_without_half_an_answer(app, client, user, fake_openai, graceful):
    fake_openai.set_transcripts([QUESTION])
    fake_openai.set_fault("drop", after_chunks=3, graceful=graceful)

    job, events = run_job(app, client, user, fake_openai)

    assert job["status"] == "done", job
    assert job["attempts"] == 2
    assert job["result"]["answer"] == DEFAULT_ANSWER
    history = history_rows(app)
    assert [row.answer for row in history] == [DEFAULT_ANSWER]
    final = [event for event in events if event["type"] == "answer"]
    assert [event["answer"] for event in final] == [DEFAULT_ANSWER]


def test_an_auth_error_fails_at_once(app, client, user, fake_openai, make_app):
    wrong = make_app(OPENAI_API_KEY="sk-not-the-key")
    client = wrong.test_client()
    try:
        response = upload_clip(client, user["headers"], SHORT_QUESTION, wait=10)
    finally:
        wrong.extensions["copilot_queue"].shutdown(wait=True)

    assert response.status_code == 502
    assert response.get_json()["error"]["code"] == "backend_auth"
    job = job_row(app, response.headers["X-Job-ID"])
    assert job.status == "failed" and job.error_code == "backend_auth"
    assert job.attempts == 1
    assert len(fake_openai.requests) == 1
    assert history_rows(app) == []


def test_corrupt_stored_audio_fails_without_retry(app, user, fake_openai):
    with app.app_context():
        decoded = decode_file(clip_path(SHORT_QUESTION), max_seconds=30)
        job = store.create_job(user["user"]["id"], decoded, max_attempts=4)
        # Bytes that are no float32 PCM (length not a multiple of 4), as a damaged row would be.
        db.session.get(JobAudio, job.id).data = b"\x00garbage\xff" * 101
        db.session.commit()
        job_id = job.id
        with app.extensions["copilot_events"].subscribe(user["user"]["id"]) as subscription:
            app.extensions["copilot_queue"].enqueue(job_id)
            events = drain(subscription, until_job_ends=job_id, timeout=30)

    job = job_row(app, job_id)
    assert job.status == "failed"
    assert job.error_code == "invalid_audio"
    assert job.attempts == 1
    assert fake_openai.requests == []
    assert history_rows(app) == [] and audio_row_count(app) == 0
    assert [event["type"] for event in events][-2:] == ["error", "job"]
