"""The interview endpoints: listing with cursor paging, the detail with its timeline and review,
exports, renaming, relabelling, deletion, and who may see what."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from copilot.extensions import db
from copilot.history import service as history
from copilot.models import Interview, InterviewHistory, InterviewUtterance
from tests.conftest import row_counts
from tests.interviews.helpers import add_line, line_count, new_interview, sample_interview
from tests.support.api import assert_error


def test_create_then_list_and_get(client, auth):
    user = auth.register()
    created = client.post(
        "/api/interviews", headers=user["headers"], json={"title": " Globex ", "language": "en"}
    )
    assert created.status_code == 201, created.get_json()
    item = created.get_json()
    assert item["title"] == "Globex"
    assert item["language"] == "en"
    assert item["utterance_count"] == 0 and item["question_count"] == 0
    assert item["ended_at"] is None
    assert datetime.fromisoformat(item["started_at"]).tzinfo is not None

    listed = client.get("/api/interviews", headers=user["headers"]).get_json()
    assert listed == {"items": [item], "next_cursor": None}

    detail = client.get(f"/api/interviews/{item['id']}", headers=user["headers"]).get_json()
    assert detail["timeline"] == []
    assert detail["review"]["questions"] == [] and detail["review"]["unanswered"] == []
    assert detail["review"]["talk_time"] == {"interviewer": 0.0, "candidate": 0.0, "unknown": 0.0}


def test_creating_with_a_context_of_someone_else_is_refused(client, auth):
    owner, other = auth.register(), auth.register()
    context = client.post("/api/contexts", headers=owner["headers"], json={"name": "Mine"}).get_json()
    response = client.post("/api/interviews", headers=other["headers"], json={"context_id": context["id"]})
    assert_error(response, 422, "validation_error")
    assert client.get("/api/interviews", headers=other["headers"]).get_json()["items"] == []


def test_the_detail_shows_the_timeline_and_its_review(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])

    body = client.get(f"/api/interviews/{interview_id}", headers=user["headers"]).get_json()
    assert body["utterance_count"] == 3 and body["question_count"] == 2
    assert [(line["utterance_id"], line["speaker"]) for line in body["timeline"]] == [
        ("u-1", "interviewer"),
        ("u-2", "candidate"),
        ("u-3", "interviewer"),
    ]
    first = body["timeline"][0]
    assert first["is_question"] is True
    assert first["answer"].startswith("Globex builds payment systems")
    assert first["offset_s"] == 2.0 and first["duration_s"] == 4.0

    review = body["review"]
    assert review["talk_time"] == {"interviewer": 10.0, "candidate": 20.0, "unknown": 0.0}
    assert [q["utterance_id"] for q in review["questions"]] == ["u-1", "u-3"]
    answered, silent = review["questions"]
    assert answered["candidate_said"] == "I like that Globex ships small changes every day."
    assert answered["suggested_answer"].startswith("Globex builds payment systems")
    assert answered["answered"] is True
    assert silent["candidate_said"] is None and silent["answered"] is False
    assert review["unanswered"] == ["u-3"]
    assert "2 questions" in review["summary"]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "", None),
        ("get", "/export?format=md", None),
        ("get", "/export?format=json", None),
        ("delete", "", None),
        ("patch", "", {"title": "Mine now"}),
        ("patch", "/utterances/u-1", {"speaker": "candidate"}),
    ],
)
def test_another_user_gets_404_and_changes_nothing(app, client, auth, method, path, body):
    owner, stranger = auth.register(), auth.register()
    interview_id = sample_interview(app, owner["user"]["id"])
    before = row_counts(app)

    response = getattr(client, method)(
        f"/api/interviews/{interview_id}{path}", headers=stranger["headers"], json=body
    )
    assert_error(response, 404, "not_found")

    assert row_counts(app) == before
    own = client.get(f"/api/interviews/{interview_id}", headers=owner["headers"]).get_json()
    assert own["title"] == "Globex, round 1"
    assert own["timeline"][0]["speaker"] == "interviewer"
    assert client.get("/api/interviews", headers=stranger["headers"]).get_json()["items"] == []


def test_unknown_ids_are_404(client, auth):
    headers = auth.headers()
    for path in ("/api/interviews/0f1e2d3c-0000-4000-8000-000000000000", "/api/interviews/" + "x" * 300):
        assert_error(client.get(path, headers=headers), 404, "not_found")


def test_cursor_paging_returns_every_interview_once_newest_first(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    base = datetime(2025, 3, 1, 9, 0, 0)
    # ties on the start time straddle the page boundaries
    starts = [base, base, base, base + timedelta(hours=1), base - timedelta(days=1)]
    ids = [new_interview(app, user_id, title=f"#{n}", started_at=when) for n, when in enumerate(starts)]
    expected = [i for _, i in sorted(zip(starts, ids, strict=True), reverse=True)]

    seen, cursor, pages = [], None, 0
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/interviews", headers=user["headers"], query_string=params).get_json()
        seen += [item["id"] for item in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
    assert pages == 3


def test_a_bad_cursor_or_limit_is_422(client, auth):
    headers = auth.headers()
    assert_error(client.get("/api/interviews?cursor=not-a-cursor", headers=headers), 422)
    assert_error(client.get("/api/interviews?limit=0", headers=headers), 422)


def test_markdown_export_reads_as_the_interview(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])

    response = client.get(f"/api/interviews/{interview_id}/export?format=md", headers=user["headers"])
    assert response.status_code == 200
    assert response.mimetype == "text/markdown"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.headers["Content-Disposition"].endswith('.md"')
    text = response.get_data(as_text=True)
    assert text.startswith("# Globex, round 1\n")
    assert "## Summary" in text
    assert "| Interviewer | 00:10 | 33% |" in text and "| Candidate | 00:20 | 67% |" in text
    assert "### 1. Why do you want to work at Globex?\n" in text
    assert "**Candidate said:** I like that Globex ships small changes every day." in text
    assert "### 2. How big was your last team? (unanswered)" in text
    assert "- `00:07` **Candidate:** I like that Globex ships small changes every day." in text
    assert text.index("## Questions") < text.index("## Timeline")


def test_json_export_is_the_detail_as_a_file(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])

    response = client.get(f"/api/interviews/{interview_id}/export?format=json", headers=user["headers"])
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert response.headers["Content-Disposition"].endswith('.json"')
    exported = json.loads(response.get_data(as_text=True))
    detail = client.get(f"/api/interviews/{interview_id}", headers=user["headers"]).get_json()
    assert exported == detail
    assert_error(
        client.get(f"/api/interviews/{interview_id}/export?format=csv", headers=user["headers"]), 422
    )


def test_relabelling_a_line_changes_the_review(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])
    url = f"/api/interviews/{interview_id}/utterances/u-3"

    response = client.patch(url, headers=user["headers"], json={"speaker": "candidate"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["speaker"] == "candidate"

    body = client.get(f"/api/interviews/{interview_id}", headers=user["headers"]).get_json()
    assert body["timeline"][2]["speaker"] == "candidate"
    # the line is the candidate's now: not a question asked, and it is what they said after u-1
    assert body["question_count"] == 1
    assert body["review"]["unanswered"] == []
    assert body["review"]["questions"][0]["candidate_said"].endswith("How big was your last team?")
    assert body["review"]["talk_time"]["candidate"] == 26.0

    assert_error(client.patch(url, headers=user["headers"], json={"speaker": "robot"}), 422)
    missing = f"/api/interviews/{interview_id}/utterances/nope"
    assert_error(client.patch(missing, headers=user["headers"], json={"speaker": "candidate"}), 404)


def test_renaming(app, client, auth):
    user = auth.register()
    interview_id = sample_interview(app, user["user"]["id"])
    response = client.patch(
        f"/api/interviews/{interview_id}", headers=user["headers"], json={"title": "Final"}
    )
    assert response.status_code == 200 and response.get_json()["title"] == "Final"
    assert client.get("/api/interviews", headers=user["headers"]).get_json()["items"][0]["title"] == "Final"
    assert_error(client.patch(f"/api/interviews/{interview_id}", headers=user["headers"], json={}), 422)


def test_deleting_an_interview_keeps_its_history_rows(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    interview_id = new_interview(app, user_id)
    with app.app_context():
        entry_id = history.add_entry(user_id, "Why Globex?", "Scale.", interview_id=interview_id)
    add_line(
        app, interview_id, "u-1", "interviewer", 1.0, "Why Globex?", is_question=True, history_id=entry_id
    )
    kept = new_interview(app, user_id)
    add_line(app, kept, "u-1", "candidate", 1.0, "Hello.")

    listed = client.get("/api/history", headers=user["headers"]).get_json()["history"]
    assert [(entry["id"], entry["interview_id"]) for entry in listed] == [(entry_id, interview_id)]

    response = client.delete(f"/api/interviews/{interview_id}", headers=user["headers"])
    assert response.status_code == 204 and response.get_data() == b""

    assert_error(client.get(f"/api/interviews/{interview_id}", headers=user["headers"]), 404)
    assert_error(client.delete(f"/api/interviews/{interview_id}", headers=user["headers"]), 404)
    listed = client.get("/api/history", headers=user["headers"]).get_json()["history"]
    assert [(entry["id"], entry["interview_id"]) for entry in listed] == [(entry_id, None)]
    assert line_count(app, interview_id) == 0
    assert line_count(app, kept) == 1


def test_account_deletion_removes_interviews_and_their_timelines(app, client, auth):
    leaving, staying = auth.register(), auth.register()
    sample_interview(app, leaving["user"]["id"])
    kept = sample_interview(app, staying["user"]["id"])

    assert client.delete("/api/auth/me", headers=leaving["headers"]).status_code == 200

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Interview)) == 1
        remaining = db.session.scalars(select(InterviewUtterance.interview_id).distinct()).all()
        assert remaining == [kept]
        assert db.session.scalar(select(func.count()).select_from(InterviewHistory)) == 0
    assert client.get(f"/api/interviews/{kept}", headers=staying["headers"]).status_code == 200


def test_account_export_includes_interviews_with_their_timelines(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    interview_id = sample_interview(app, user_id)
    with app.app_context():
        history.add_entry(user_id, "Why Globex?", "Scale.", interview_id=interview_id)
    other = auth.register()
    sample_interview(app, other["user"]["id"])

    response = client.get("/api/auth/me/export", headers=user["headers"])
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    body = json.loads(response.get_data(as_text=True))
    assert body["user"]["email"] == user["user"]["email"]
    assert [entry["interview_id"] for entry in body["history"]] == [interview_id]
    assert [item["id"] for item in body["interviews"]] == [interview_id]
    exported = body["interviews"][0]
    assert [line["text"] for line in exported["timeline"]] == [
        "Why do you want to work at Globex?",
        "I like that Globex ships small changes every day.",
        "How big was your last team?",
    ]
    assert exported["review"]["unanswered"] == ["u-3"]
    assert_error(client.get("/api/auth/me/export"), 401)
