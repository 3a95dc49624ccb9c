"""Every failure is the one JSON error shape with the right status, and changes nothing."""

from __future__ import annotations

import json
import logging

from tests.conftest import row_counts
from tests.support.api import assert_error


def test_unknown_routes_are_json_404(client):
    for url in ("/nope", "/api/unknown", "/api/auth/nope", "/api/contexts/abc", "/api/history/1/x"):
        error = assert_error(client.get(url), 404, "not_found")
        assert "<" not in error["message"]


def test_wrong_method_is_json_405_with_allow(client):
    response = client.delete("/api/health")
    assert_error(response, 405, "method_not_allowed")
    assert "GET" in response.headers["Allow"]
    assert_error(client.get("/api/auth/register"), 405)
    assert_error(client.put("/api/auth/login", json={}), 405)


def test_body_over_the_size_limit_is_json_413(app, make_app):
    small = make_app(MAX_CONTENT_LENGTH=1024).test_client()
    before = row_counts(app)
    body = {"email": "big@example.com", "password": "long enough", "full_name": "x" * 2000}
    assert_error(small.post("/api/auth/register", json=body), 413, "payload_too_large")
    assert row_counts(app) == before
    # the same request under the limit is accepted
    body["full_name"] = "x" * 100
    assert small.post("/api/auth/register", json=body).status_code == 201


def test_wrong_content_type_is_json_415(app, client, auth):
    headers = auth.headers()
    before = row_counts(app)
    cases = [
        client.post("/api/auth/register", data="email=a@b.co", content_type="text/plain"),
        client.post("/api/auth/register", data={"email": "form@example.com", "password": "long enough"}),
        client.post("/api/auth/login", data={"email": "form@example.com", "password": "long enough"}),
        client.post("/api/context", headers=headers, data="cv=hello", content_type="text/plain"),
        client.post("/api/contexts", headers=headers, data="<cv/>", content_type="application/xml"),
    ]
    for response in cases:
        error = assert_error(response, 415, "unsupported_media_type")
        assert "application/json" in error["message"]
    assert row_counts(app) == before


def test_malformed_json_is_400(app, client):
    before = row_counts(app)
    for raw in ('{"email": "a@b.co", ', "{'single': 'quotes'}", "nul", "\xff\xfe"):
        response = client.post("/api/auth/register", data=raw, content_type="application/json")
        assert_error(response, 400, "malformed_json")
    assert row_counts(app) == before


def test_json_that_is_not_an_object_is_refused(app, client, auth):
    headers = auth.headers()
    before = row_counts(app)
    for body in ([{"email": "a@b.co", "password": "long enough"}], "a string", 42, None, True):
        for url, extra in (("/api/auth/register", {}), ("/api/context", headers), ("/api/contexts", headers)):
            response = client.post(url, headers=extra, data=json.dumps(body), content_type="application/json")
            assert response.status_code in {400, 422}, (url, body, response.status_code)
            assert_error(response, response.status_code)
    assert row_counts(app) == before


def test_unexpected_exception_is_a_json_500_without_the_traceback(app, caplog):
    def explode():
        raise RuntimeError("database password is hunter2")

    app.add_url_rule("/api/test-explode", "test_explode", explode)
    client = app.test_client()
    with caplog.at_level(logging.ERROR):
        response = client.get("/api/test-explode")
    error = assert_error(response, 500, "internal_error")
    text = response.get_data(as_text=True)
    assert "hunter2" not in text
    assert "Traceback" not in text
    assert "RuntimeError" not in text

    logged = [r for r in caplog.records if r.levelno >= logging.ERROR and r.exc_info]
    assert logged, "the 500 was not logged with its exception"
    assert "Traceback" in caplog.text
    assert "hunter2" in caplog.text
    assert "explode" in caplog.text
    assert error["message"]


def test_bad_input_changes_nothing_in_the_database(app, client, auth):
    user = auth.register("owner@example.com")
    headers = user["headers"]
    context = client.post("/api/contexts", headers=headers, json={"name": "ctx", "cv": "CV"}).get_json()
    before = row_counts(app)
    bad = [
        client.post("/api/auth/register", json={"email": "bad", "password": "long enough"}),
        client.post("/api/auth/register", json={"email": "new@example.com", "password": "short"}),
        client.post("/api/auth/register", json={"email": "OWNER@example.com", "password": "long enough"}),
        client.post(
            "/api/auth/register", json={"email": "new@example.com", "password": "long enough", "x": 1}
        ),
        client.post("/api/auth/login", json={"email": "owner@example.com", "password": "wrong password"}),
        client.post(
            "/api/auth/password",
            headers=headers,
            json={"current_password": "nope", "new_password": "long enough"},
        ),
        client.post("/api/context", headers=headers, json={"cv": "x" * (50 * 1024 + 1)}),
        client.post("/api/contexts", headers=headers, json={"company": "c" * 201}),
        client.patch(f"/api/contexts/{context['id']}", headers=headers, json={"language": "english"}),
        client.post("/api/contexts", headers=headers, json={"name": "x" * 101}),
        client.delete("/api/contexts/999999", headers=headers),
        client.delete("/api/history/999999", headers=headers),
        client.post("/api/context", json={"cv": "no token"}),
    ]
    for response in bad:
        assert 400 <= response.status_code < 500
        assert_error(response, response.status_code)
    assert row_counts(app) == before
    body = client.get(f"/api/contexts/{context['id']}", headers=headers).get_json()
    assert (body["cv"], body["language"], body["name"]) == ("CV", "auto", "ctx")


def test_validation_errors_for_unnamed_form_fields_are_json(client, auth):
    """A multipart part without a name reaches the schema as a field named None."""
    headers = auth.headers()
    body = (
        b"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n"
        b'--b\r\nContent-Disposition: form-data; name="language"\r\n\r\nklingon\r\n'
        b'--b\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n\r\nRIFF\r\n--b--\r\n'
    )
    response = client.post(
        "/api/process_audio", headers=headers, data=body, content_type="multipart/form-data; boundary=b"
    )
    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_error"
    assert set(error["fields"]) == {"_unnamed", "language"}
