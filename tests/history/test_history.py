"""Question/answer history: the service that writes rows, paging, search, deletion, exports."""

from __future__ import annotations

import base64
import csv
import io
import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from copilot.extensions import db
from copilot.history import service as history
from copilot.models import InterviewHistory
from tests.conftest import row_counts
from tests.support.api import assert_error


def add(app, user_id: str, question: str, answer: str = "An answer.", **kwargs) -> int:
    with app.app_context():
        return history.add_entry(user_id, question, answer, **kwargs)


def set_created_at(app, entry_id: int, when: datetime) -> None:
    with app.app_context():
        db.session.execute(
            update(InterviewHistory).where(InterviewHistory.id == entry_id).values(created_at=when)
        )
        db.session.commit()


def page(client, headers, **params) -> dict:
    response = client.get("/api/history", headers=headers, query_string=params)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["success"] is True
    return body


def ids(body: dict) -> list[int]:
    return [entry["id"] for entry in body["history"]]


def test_entries_come_back_newest_first_in_the_old_shape(app, client, auth):
    user = auth.register()
    first = add(app, user["user"]["id"], "Tell me about yourself?", "I build APIs.", language="en")
    second = add(
        app, user["user"]["id"], "Why this company?", "Its mission.", transcript="so why this company"
    )
    set_created_at(app, first, datetime(2024, 1, 1, 10, 0, 0))
    set_created_at(app, second, datetime(2024, 1, 2, 10, 0, 0))

    body = page(client, user["headers"])
    assert body["next_cursor"] is None
    assert ids(body) == [second, first]
    newest = body["history"][0]
    assert {"id", "question", "answer", "timestamp"} <= set(newest)
    assert newest["question"] == "Why this company?"
    assert newest["answer"] == "Its mission."
    assert newest["transcript"] == "so why this company"
    assert datetime.fromisoformat(newest["timestamp"]) == datetime.fromisoformat("2024-01-02T10:00:00+00:00")
    assert body["history"][1]["language"] == "en"


def test_cursor_paging_returns_every_entry_once_even_with_equal_timestamps(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    entry_ids = [add(app, user_id, f"Question {n}?") for n in range(7)]
    base = datetime(2024, 5, 1, 12, 0, 0)
    later, day = base + timedelta(seconds=1), timedelta(days=1)
    # three share one timestamp and two another, so ties straddle the page boundaries
    stamps = [base, base, base, later, later, base - day, base + day]
    for entry_id, stamp in zip(entry_ids, stamps, strict=True):
        set_created_at(app, entry_id, stamp)
    expected = [e for _, e in sorted(zip(stamps, entry_ids, strict=True), reverse=True)]

    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 3} | ({"cursor": cursor} if cursor else {})
        body = page(client, user["headers"], **params)
        pages += 1
        assert len(body["history"]) <= 3
        seen += ids(body)
        cursor = body["next_cursor"]
        if cursor is None:
            break
        assert pages < 10, "paging does not end"
    assert seen == expected
    assert pages == 3

    # a page that ends exactly at the last entry says there is nothing more
    assert page(client, user["headers"], limit=7)["next_cursor"] is None
    assert ids(page(client, user["headers"], limit=6)) == expected[:6]


def test_a_new_entry_does_not_shift_the_pages_already_being_read(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    for n in range(4):
        set_created_at(app, add(app, user_id, f"Q{n}?"), datetime(2024, 1, 1) + timedelta(minutes=n))
    first = page(client, user["headers"], limit=2)
    add(app, user_id, "Newest?")
    second = page(client, user["headers"], limit=2, cursor=first["next_cursor"])
    assert [e["question"] for e in first["history"] + second["history"]] == ["Q3?", "Q2?", "Q1?", "Q0?"]


def test_invalid_cursor_and_limits_are_refused(client, auth):
    headers = auth.headers()
    bad_cursors = [
        "@@@",
        "not-a-cursor",
        base64.urlsafe_b64encode(b"2024-01-01T00:00:00|abc").decode(),
        base64.urlsafe_b64encode(b"yesterday|1").decode(),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        base64.urlsafe_b64encode(b"2024-01-01T00:00:00|99999999999999999999").decode(),
        base64.urlsafe_b64encode(b"2024-01-01T00:00:00|-5").decode(),
        "x" * 201,
    ]
    for cursor in bad_cursors:
        error = assert_error(
            client.get("/api/history", headers=headers, query_string={"cursor": cursor}), 422
        )
        assert "cursor" in error["fields"], cursor
    for limit in (0, -1, 201, "ten"):
        error = assert_error(client.get("/api/history", headers=headers, query_string={"limit": limit}), 422)
        assert "limit" in error["fields"], limit
    for limit in (1, 200):
        assert client.get("/api/history", headers=headers, query_string={"limit": limit}).status_code == 200


def test_search_covers_question_and_answer_ignoring_case(app, client, auth):
    user = auth.register()
    user_id = user["user"]["id"]
    turtle = add(app, user_id, "Jakie zwierzę lubisz?", "Mój ulubiony to żółw błotny.")
    kafka = add(app, user_id, "Have you used KAFKA?", "Yes, for event streaming.")
    percent = add(app, user_id, "Are you 100% sure?", "Yes.")
    plain = add(app, user_id, "Are you 1000 sure?", "Maybe.")
    snake = add(app, user_id, "What is snake_case?", "A naming style.")
    camel = add(app, user_id, "What is snakeXcase?", "Nothing.")
    add(app, user_id, "Unrelated?", "Nope.")

    def search(q: str) -> set[int]:
        return set(ids(page(client, user["headers"], q=q)))

    assert search("ŻÓŁW") == {turtle}
    assert search("żółw") == {turtle}
    assert search("ZWIERZĘ") == {turtle}
    assert search("kafka") == {kafka}
    assert search("STREAMING") == {kafka}
    assert search("100%") == {percent}
    assert search("%") == {percent}
    assert search("e_c") == {snake}
    assert search("_") == {snake}
    assert search("snake") == {snake, camel}
    assert search("1000") == {plain}
    assert search("are sure") == {percent, plain}  # every word must appear
    assert search("nothing-matches-this") == set()
    assert len(search("  ")) == 7  # a blank query is no filter


def test_delete_one_entry(app, client, auth):
    owner = auth.register()
    other = auth.register()
    mine = add(app, owner["user"]["id"], "Mine?")
    theirs = add(app, other["user"]["id"], "Theirs?")

    assert_error(client.delete(f"/api/history/{theirs}", headers=owner["headers"]), 404, "not_found")
    for missing in (999999, 2**63, 10**20):
        assert_error(client.delete(f"/api/history/{missing}", headers=owner["headers"]), 404, "not_found")
    assert ids(page(client, other["headers"])) == [theirs]

    response = client.delete(f"/api/history/{mine}", headers=owner["headers"])
    assert response.status_code == 200
    assert response.get_json()["success"] is True
    assert ids(page(client, owner["headers"])) == []
    assert_error(client.delete(f"/api/history/{mine}", headers=owner["headers"]), 404)


def test_delete_all_removes_only_the_callers_entries(app, client, auth):
    owner = auth.register()
    other = auth.register()
    for n in range(3):
        add(app, owner["user"]["id"], f"Owner {n}?")
    kept = add(app, other["user"]["id"], "Other?")

    response = client.delete("/api/history", headers=owner["headers"])
    assert response.status_code == 200
    assert response.get_json() == {"success": True, "deleted": 3}
    assert page(client, owner["headers"])["history"] == []
    assert ids(page(client, other["headers"])) == [kept]
    assert client.delete("/api/history", headers=owner["headers"]).get_json() == {
        "success": True,
        "deleted": 0,
    }


def test_add_entry_is_idempotent_per_job(app, auth):
    user_id = auth.register()["user"]["id"]
    first = add(app, user_id, "Retried?", "first try", job_id="job-1")
    again = add(app, user_id, "Retried?", "second try", job_id="job-1")
    other = add(app, user_id, "Another job?", job_id="job-2")
    no_job_1 = add(app, user_id, "Typed?")
    no_job_2 = add(app, user_id, "Typed?")
    assert first == again
    assert len({first, other, no_job_1, no_job_2}) == 4
    with app.app_context():
        rows = db.session.scalars(select(InterviewHistory).where(InterviewHistory.job_id == "job-1")).all()
        assert [(r.id, r.answer) for r in rows] == [(first, "first try")]
        assert db.session.scalar(select(func.count()).select_from(InterviewHistory)) == 4


def test_recent_pairs_gives_the_latest_oldest_first(app, auth):
    user_id = auth.register()["user"]["id"]
    for n in range(5):
        set_created_at(app, add(app, user_id, f"Q{n}", f"A{n}"), datetime(2024, 1, 1) + timedelta(hours=n))
    with app.app_context():
        assert history.recent_pairs(user_id, limit=3) == [("Q2", "A2"), ("Q3", "A3"), ("Q4", "A4")]


# --- export -----------------------------------------------------------------------------------

TRICKY = [
    ("Zażółć gęślą jaźń — dlaczego Łódź?", 'Bo tak, a "cytat" też, oraz przecinek, tu.'),
    ('What does "done" mean, exactly?', "Line one\nLine two\r\nLine three"),
    ("Plain question?", "Comma, semicolon; tab\there"),
]


def _fill(app, user_id: str) -> list[int]:
    entry_ids = []
    for n, (question, answer) in enumerate(TRICKY):
        entry_id = add(app, user_id, question, answer, language="pl")
        set_created_at(app, entry_id, datetime(2024, 3, 1) + timedelta(minutes=n))
        entry_ids.append(entry_id)
    return entry_ids


def export(client, headers, fmt: str):
    response = client.get("/api/history/export", headers=headers, query_string={"format": fmt})
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'.{fmt}"' in disposition
    return response


@pytest.mark.parametrize(
    ("fmt", "content_type"),
    [
        ("json", "application/json"),
        ("csv", "text/csv; charset=utf-8"),
        ("md", "text/markdown; charset=utf-8"),
    ],
)
def test_export_content_type_names_its_charset_once(client, auth, fmt, content_type):
    assert export(client, auth.headers(), fmt).headers["Content-Type"] == content_type


def _export_of_tricky_entries(app, client, auth, fmt: str):
    """The export of one user's tricky entries, with another user's entry in the database too
    (it must never show); returns the response and the exported entries' ids."""
    owner, other = auth.register(), auth.register()
    add(app, other["user"]["id"], "Other user's secret?", "hidden")
    entry_ids = _fill(app, owner["user"]["id"])
    response = export(client, owner["headers"], fmt)
    assert "hidden" not in response.get_data(as_text=True)
    return response, entry_ids


def test_export_json_parses_back(app, client, auth):
    response, entry_ids = _export_of_tricky_entries(app, client, auth, "json")
    assert response.mimetype == "application/json"
    rows = json.loads(response.get_data(as_text=True))
    assert [row["id"] for row in rows] == entry_ids[::-1]
    assert [(row["question"], row["answer"]) for row in rows] == TRICKY[::-1]


def test_export_csv_parses_back(app, client, auth):
    response, _ = _export_of_tricky_entries(app, client, auth, "csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data().decode("utf-8"), newline="")))
    assert [(row["question"], row["answer"]) for row in rows] == TRICKY[::-1]
    assert {row["language"] for row in rows} == {"pl"}


def test_export_markdown_has_each_question_as_a_heading(app, client, auth):
    response, _ = _export_of_tricky_entries(app, client, auth, "md")
    assert response.mimetype == "text/markdown"
    text = response.get_data().decode("utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == [question for question, _ in TRICKY[::-1]]
    for _, answer in TRICKY:
        assert answer.split("\n")[0] in text


def test_export_of_an_empty_history_and_a_search(app, client, auth):
    user = auth.register()
    assert json.loads(export(client, user["headers"], "json").get_data(as_text=True)) == []
    csv_rows = list(
        csv.DictReader(io.StringIO(export(client, user["headers"], "csv").get_data(as_text=True)))
    )
    assert csv_rows == []
    _fill(app, user["user"]["id"])
    response = client.get(
        "/api/history/export", headers=user["headers"], query_string={"format": "json", "q": "ŁÓDŹ"}
    )
    assert [row["question"] for row in json.loads(response.get_data(as_text=True))] == [TRICKY[0][0]]


def test_export_defaults_to_json_and_refuses_unknown_formats(client, auth):
    headers = auth.headers()
    response = client.get("/api/history/export", headers=headers)
    assert response.status_code == 200
    assert json.loads(response.get_data(as_text=True)) == []
    for fmt in ("xml", "pdf", "", "JSON"):
        error = assert_error(
            client.get("/api/history/export", headers=headers, query_string={"format": fmt}), 422
        )
        assert "format" in error["fields"], fmt


def test_bad_history_requests_change_nothing(app, client, auth):
    owner = auth.register()
    other = auth.register()
    add(app, owner["user"]["id"], "Kept?")
    theirs = add(app, other["user"]["id"], "Also kept?")
    before = row_counts(app)
    assert_error(client.delete(f"/api/history/{theirs}", headers=owner["headers"]), 404)
    assert_error(client.delete("/api/history/not-a-number", headers=owner["headers"]), 404)
    assert_error(client.delete("/api/history"), 401)
    assert_error(client.get("/api/history?limit=0", headers=owner["headers"]), 422)
    assert row_counts(app) == before
