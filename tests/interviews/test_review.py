"""The review: talk time, unanswered questions with and without the candidate's channel, and the
summary (extractive offline; the model's when one is configured, the extractive one when it fails)."""

from __future__ import annotations

from typing import Any

import pytest

from copilot.interviews import service as interviews
from tests.interviews.conftest import openai_settings
from tests.interviews.helpers import add_line, sample_interview


def review(client, headers: dict, interview_id: str) -> dict:
    response = client.get(f"/api/interviews/{interview_id}", headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()["review"]


def test_lines_without_a_duration_are_timed_by_their_words(app, client, auth):
    user = auth.register()
    created = client.post("/api/interviews", headers=user["headers"], json={}).get_json()
    add_line(app, created["id"], "u-1", "unknown", 0.0, "one two three four five")  # 5 words: 2 s
    add_line(app, created["id"], "u-2", "candidate", 3.0, "one two three four five six seven eight nine ten")

    assert review(client, user["headers"], created["id"])["talk_time"] == {
        "interviewer": 0.0,
        "candidate": 4.0,
        "unknown": 2.0,
    }


def test_with_one_unlabelled_microphone_a_question_with_a_suggestion_counts_as_answered(app, client, auth):
    user = auth.register()
    created = client.post("/api/interviews", headers=user["headers"], json={}).get_json()
    add_line(app, created["id"], "u-1", "unknown", 0.0, "Why Globex?", is_question=True, answer="Scale.")
    add_line(app, created["id"], "u-2", "unknown", 9.0, "Any questions for us?", is_question=True)

    body = review(client, user["headers"], created["id"])
    assert [(q["utterance_id"], q["answered"]) for q in body["questions"]] == [("u-1", True), ("u-2", False)]
    assert body["unanswered"] == ["u-2"]


def test_the_extractive_summary_takes_its_sentences_from_the_interview(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])

    summary = review(client, user["headers"], interview_id)["summary"]
    lines = summary.splitlines()
    assert lines[0] == "2 questions in 36 s (1 left unanswered); the candidate spoke 67% of the time."
    assert lines[1] == "Asked: Why do you want to work at Globex? / How big was your last team?"
    assert lines[2] == "The candidate said: I like that Globex ships small changes every day."


@pytest.fixture
def app_config(app_config: dict[str, Any], request) -> dict[str, Any]:
    if "fake_openai" not in request.fixturenames:
        return app_config
    return {**app_config, **openai_settings(request.getfixturevalue("fake_openai"))}


def summary_requests(fake_openai) -> list:
    return [r for r in fake_openai.requests if r.path == "/v1/chat/completions"]


def test_a_configured_model_writes_the_summary_once_until_the_timeline_changes(
    app, client, auth, fake_openai
):
    fake_openai.set_answer("The interviewer asked about Globex and team size; the second went unanswered.")
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])

    first = review(client, user["headers"], interview_id)["summary"]
    assert first == "The interviewer asked about Globex and team size; the second went unanswered."
    (request,) = summary_requests(fake_openai)
    transcript = request.json["messages"][-1]["content"]
    assert transcript.splitlines()[:2] == [
        "Interviewer: Why do you want to work at Globex?",
        "Candidate: I like that Globex ships small changes every day.",
    ]
    assert request.json.get("stream") in (None, False)

    # stored: reading the review again asks the model nothing
    assert review(client, user["headers"], interview_id)["summary"] == first
    assert len(summary_requests(fake_openai)) == 1

    # a new line makes it stale: the next review asks again
    fake_openai.set_answer("Two questions, both answered.")
    with app.app_context():
        interviews.record_utterance(
            user["user"]["id"],
            interview_id,
            utterance_id="u-4",
            speaker="candidate",
            offset_s=40.0,
            duration_s=5.0,
            text="A team of four.",
        )
    assert review(client, user["headers"], interview_id)["summary"] == "Two questions, both answered."
    assert len(summary_requests(fake_openai)) == 2


def test_when_the_model_fails_the_summary_is_extractive_and_the_model_is_asked_again_later(
    app, client, auth, fake_openai
):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])
    fake_openai.set_fault("500", count=1)

    summary = review(client, user["headers"], interview_id)["summary"]
    assert summary.startswith("2 questions in 36 s (1 left unanswered)")

    fake_openai.set_answer("Written by the model.")
    assert review(client, user["headers"], interview_id)["summary"] == "Written by the model."
