"""Jobs and the interview record: an upload naming an interview is filed under it, a live
utterance's job records its line (answered, not a question, or answered on demand), and a
follow-up question is grounded in what the candidate actually said."""

from __future__ import annotations

import io
import time
from typing import Any

import numpy as np
import pytest

from copilot.extensions import db
from copilot.interviews import service as interviews
from copilot.jobs import uploads
from copilot.models import Job
from copilot.speech.audio import DecodedAudio
from tests.conftest import row_counts
from tests.interviews.conftest import openai_settings
from tests.interviews.helpers import add_line, new_interview
from tests.jobs.helpers import SHORT_QUESTION, clip_bytes, samples_at, upload_clip
from tests.support.api import assert_error

SESSION = "5e55104e-0000-4000-8000-000000000002"
HEARD = "Why do you want to work at Globex?"


@pytest.fixture
def app_config(app_config: dict[str, Any], fake_openai) -> dict[str, Any]:
    # Remote speech and answers (the fake server): the record is under test, not the engines.
    return {**app_config, **openai_settings(fake_openai), "STT_BACKEND": "openai"}


def upload(client, headers: dict, how: str, interview_id: str):
    """An upload naming the interview as a form field, in the query string, or in the JSON body."""
    if how == "form":
        return upload_clip(client, headers, SHORT_QUESTION, wait=20, interview_id=interview_id)
    if how == "query":
        form = {"audio": (io.BytesIO(clip_bytes(SHORT_QUESTION)), SHORT_QUESTION)}
        url = f"/api/process_audio?wait=20&interview_id={interview_id}"
        return client.post(url, headers=headers, data=form, content_type="multipart/form-data")
    body = {
        "audio": list(samples_at(SHORT_QUESTION, 16000)),
        "sampleRate": 16000,
        "interview_id": interview_id,
    }
    return client.post("/api/process_audio?wait=20", headers=headers, json=body)


@pytest.mark.parametrize("how", ["form", "query", "json"])
def test_an_upload_naming_an_interview_is_filed_under_it(client, auth, fake_openai, how):
    fake_openai.set_transcripts([HEARD])
    user = auth.register()
    created = client.post("/api/interviews", headers=user["headers"], json={"title": "Globex"}).get_json()

    response = upload(client, user["headers"], how, created["id"])
    assert response.status_code == 200, response.get_json()
    result = response.get_json()
    assert result["question"] and result["answer"] and result["history_id"]

    detail = client.get(f"/api/interviews/{created['id']}", headers=user["headers"]).get_json()
    (line,) = detail["timeline"]
    assert line["utterance_id"] == result["job_id"]
    assert line["text"] == HEARD
    assert line["is_question"] is True
    assert line["answer"] == result["answer"]
    assert line["history_id"] == result["history_id"]
    assert detail["question_count"] == 1
    (entry,) = client.get("/api/history", headers=user["headers"]).get_json()["history"]
    assert entry["interview_id"] == created["id"]
    job = client.get(f"/api/jobs/{result['job_id']}", headers=user["headers"]).get_json()
    assert job["interview_id"] == created["id"]


@pytest.mark.parametrize("how", ["form", "query", "json"])
def test_an_upload_naming_a_foreign_unknown_or_malformed_interview_is_refused(app, client, auth, how):
    owner, user = auth.register(), auth.register()
    foreign = new_interview(app, owner["user"]["id"])
    before = row_counts(app)

    assert_error(upload(client, user["headers"], how, foreign), 404, "not_found")
    assert_error(upload(client, user["headers"], how, "0f1e2d3c-0000-4000-8000-000000000000"), 404)
    error = assert_error(upload(client, user["headers"], how, "not-an-id"), 422, "validation_error")
    assert "interview_id" in error["fields"]
    assert row_counts(app) == before


def live_job(app, user_id: str, text: str, **options: Any) -> Job:
    """A live utterance already transcribed by the socket, run to its end by the executor."""
    audio = DecodedAudio(np.zeros(16000, dtype=np.float32), "pcm", 16000, 1.0)
    with app.app_context():
        accepted = uploads.accept_live_utterance(
            user_id,
            audio,
            language="en",
            context_id=None,
            session_id=options.pop("session_id", SESSION),
            utterance_id=options.pop("utterance_id", "u-9"),
            transcript=text,
            transcript_language="en",
            **options,
        )
    deadline = time.monotonic() + 30
    while True:
        with app.app_context():
            job = db.session.get(Job, accepted.id)
            if job.status in ("done", "failed"):
                db.session.expunge(job)
                return job
        assert time.monotonic() < deadline, job.status
        time.sleep(0.05)


def open_session(app, user_id: str) -> str:
    with app.app_context():
        return interviews.open_for_session(user_id, SESSION, context_id=None, language="en").id


@pytest.mark.parametrize("forced", [False, True])
def test_a_statement_is_recorded_and_answered_only_on_demand(app, client, auth, forced):
    user = auth.register()
    interview_id = open_session(app, user["user"]["id"])
    statement = "I spent five years building payment systems at Allegro."

    job = live_job(
        app, user["user"]["id"], statement, interview_id=interview_id, speaker="interviewer", forced=forced
    )

    assert job.status == "done"
    assert (job.answer is not None) is forced
    (line,) = client.get(f"/api/interviews/{interview_id}", headers=user["headers"]).get_json()["timeline"]
    assert (line["utterance_id"], line["speaker"], line["text"]) == ("u-9", "interviewer", statement)
    assert line["is_question"] is forced
    assert line["answer"] == job.answer
    assert (line["history_id"] is not None) is forced


def chat_messages(fake_openai) -> list[dict]:
    (request,) = [r for r in fake_openai.requests if r.path == "/v1/chat/completions"]
    return request.json["messages"]


PAST_QUESTION = "Tell me about a project you are proud of."
SUGGESTED = "The Kafka pipeline at Allegro that handles 2 million events a day."
SAID = "Honestly the migration of our billing service to Postgres, which took a year."


@pytest.mark.parametrize("names_interview", [True, False])
def test_a_follow_up_sees_what_the_candidate_really_said(app, auth, fake_openai, names_interview):
    user_id = auth.register()["user"]["id"]
    interview_id = open_session(app, user_id)
    add_line(app, interview_id, "u-1", "interviewer", 1.0, PAST_QUESTION, is_question=True, answer=SUGGESTED)
    add_line(app, interview_id, "u-2", "candidate", 6.0, SAID, duration_s=12.0)
    options = {"interview_id": interview_id, "speaker": "interviewer"} if names_interview else {}

    job = live_job(app, user_id, "What was the hardest part of it?", utterance_id="u-3", **options)

    assert job.status == "done" and job.answer
    turns = [(m["role"], m["content"]) for m in chat_messages(fake_openai) if m["role"] != "system"]
    assert turns == [
        ("user", PAST_QUESTION),
        ("assistant", SAID),
        ("user", "What was the hardest part of it?"),
    ]


def test_without_candidate_speech_a_follow_up_sees_the_suggested_answer(app, auth, fake_openai):
    user_id = auth.register()["user"]["id"]
    interview_id = open_session(app, user_id)
    add_line(app, interview_id, "u-1", "interviewer", 1.0, PAST_QUESTION, is_question=True, answer=SUGGESTED)

    live_job(app, user_id, "What was the hardest part of it?", interview_id=interview_id, utterance_id="u-3")

    turns = [(m["role"], m["content"]) for m in chat_messages(fake_openai) if m["role"] != "system"]
    assert turns[:2] == [("user", PAST_QUESTION), ("assistant", SUGGESTED)]
