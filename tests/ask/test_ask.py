"""POST /api/ask: typed questions through the same detector and answer backend as jobs."""

from __future__ import annotations

import pytest

from tests.conftest import row_counts
from tests.jobs.helpers import history_rows, mentions_cv_fact, save_context


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("thanks, that's great. so tell me about a time you worked with Kafka", "en"),
        ("why do you want to work for us", "auto"),
        ("Opowiedz mi o swoim doświadczeniu z Pythonem", "pl"),
        ("jakie są twoje mocne strony", "auto"),
    ],
)
def test_a_question_is_answered_from_the_cv_and_saved(app, client, auth, text, language):
    headers = auth.headers()
    save_context(client, headers, language="auto")

    response = client.post("/api/ask", headers=headers, json={"text": text, "language": language})

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["is_question"] is True
    assert body["question"] and body["answer"]
    assert mentions_cv_fact(body["answer"]), body["answer"]
    rows = history_rows(app)
    assert [row.id for row in rows] == [body["history_id"]]
    assert rows[0].answer == body["answer"]
    if language == "pl" or text.startswith("jakie"):
        assert body["language"] == "pl"


@pytest.mark.parametrize(
    "text", ["Great, thank you, that was very helpful.", "Dziękuję, to była bardzo ciekawa rozmowa."]
)
def test_a_statement_is_not_answered(app, client, auth, text):
    headers = auth.headers()
    save_context(client, headers)

    body = client.post("/api/ask", headers=headers, json={"text": text}).get_json()

    assert body["is_question"] is False
    assert body["answer"] is None and body["history_id"] is None
    assert history_rows(app) == []


def test_answer_false_only_detects_and_save_false_writes_nothing(app, client, auth):
    headers = auth.headers()
    save_context(client, headers)
    text = "how do you handle tight deadlines"

    detected = client.post("/api/ask", headers=headers, json={"text": text, "answer": False}).get_json()
    assert detected["is_question"] is True and detected["question"]
    assert detected["answer"] is None and detected["history_id"] is None

    unsaved = client.post("/api/ask", headers=headers, json={"text": text, "save": False}).get_json()
    assert unsaved["answer"] and unsaved["history_id"] is None
    assert history_rows(app) == []


def test_invalid_requests_are_refused(app, client, auth):
    owner = auth.headers()
    foreign_context = save_context(client, owner)["id"]
    headers = auth.headers()
    before = row_counts(app)
    bad_bodies = [
        {"text": "why us", "context_id": foreign_context},
        {"text": "why us", "context_id": 999999},
        {"text": 42},
        {"text": ["why us"]},
        {"text": ""},
        {"text": "   "},
        {"text": "why us", "save": "maybe"},
        {"text": "why us", "answer": "no thanks"},
        {"text": "why us", "language": "polish"},
        {"text": "why us", "context_id": "abc"},
        {"text": "x" * 5001},
        {"text": "why us", "extra": 1},
        {},
    ]
    for body in bad_bodies:
        response = client.post("/api/ask", headers=headers, json=body)
        assert response.status_code == 422, (body, response.get_json())
        assert response.get_json()["error"]["code"] == "validation_error", body
    assert client.post("/api/ask", headers=headers, data="why", content_type="text/plain").status_code == 415
    assert client.post("/api/ask", json={"text": "why us"}).status_code == 401
    assert row_counts(app) == before
