"""Inputs that used to give 500s or unbounded state: overflowing cursors, NUL characters on
PostgreSQL, thousands of nested brackets (before authentication, under the rate limiter),
invented HTTP methods in /metrics, and tokens missing their expiry or version claim."""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta

import pytest
from flask_jwt_extended import create_access_token

from tests.support.api import assert_error, bearer


def _cursor(stamp: str, entry_id: int = 1) -> str:
    return base64.urlsafe_b64encode(f"{stamp}|{entry_id}".encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "stamp",
    [
        "9999-12-31T23:59:59.999999",
        "9999-12-31T20:00:00-14:00",
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59+00:00",
    ],
)
def test_extreme_cursor_dates_are_a_validation_error_or_an_empty_page(client, auth, stamp):
    response = client.get("/api/history", headers=auth.headers(), query_string={"cursor": _cursor(stamp)})
    if response.status_code == 200:
        assert response.get_json()["history"] == []
    else:
        assert_error(response, 422, "validation_error")


def test_nul_characters_are_refused_not_a_server_error(client, auth):
    headers = auth.headers()
    assert_error(client.get("/api/history", headers=headers, query_string={"q": "a\x00b"}), 422)
    assert_error(client.post("/api/context", headers=headers, json={"company": "Glo\x00bex"}), 422)
    response = client.post(
        "/api/auth/register",
        json={"email": "nul@example.com", "password": "long enough", "full_name": "A\x00"},
    )
    assert assert_error(response, 422)["fields"]["full_name"]


NESTED = "[" * 5000 + "]" * 5000


@pytest.mark.parametrize("path", ["/api/auth/login", "/api/auth/register"])
def test_deeply_nested_json_is_malformed_not_a_crash(client, path):
    response = client.post(path, data=NESTED, content_type="application/json")
    assert_error(response, 400, "malformed_json")
    nested_object = '{"email": ' + NESTED + ', "password": "x"}'
    assert_error(client.post(path, data=nested_object, content_type="application/json"), 400)


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_nested_json_still_counts_against_the_rate_limit(app_config):
    from copilot import create_app
    from copilot.extensions import db

    app = create_app(
        {
            **app_config,
            "RATELIMIT_ENABLED": True,
            "RATELIMIT_STORAGE_URI": "memory://",
            "RATELIMIT_AUTH": "3 per minute",
        }
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    statuses = [
        client.post("/api/auth/login", data=NESTED, content_type="application/json").status_code
        for _ in range(4)
    ]
    assert statuses == [400, 400, 400, 429]


def test_a_large_json_body_on_a_small_route_is_413(client, auth):
    body = '{"company": "' + "x" * (1100 * 1024) + '"}'
    response = client.post("/api/context", headers=auth.headers(), data=body, content_type="application/json")
    assert_error(response, 413, "payload_too_large")


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_invented_methods_share_one_metrics_label(client):
    def series() -> int:
        text = client.get("/metrics").get_data(as_text=True)
        return sum(1 for line in text.splitlines() if line.startswith("request_count_total{"))

    client.open("/api/ping", method="BREW")
    before = series()
    for _ in range(50):
        client.open("/api/ping", method=f"X{uuid.uuid4().hex[:8].upper()}")
    assert series() <= before + 1
    assert 'method="other"' in client.get("/metrics").get_data(as_text=True)


def _user_id(client, headers) -> str:
    return client.get("/api/auth/me", headers=headers).get_json()["id"]


def test_tokens_without_expiry_or_version_are_refused(app, client, auth):
    headers = auth.headers()
    user_id = _user_id(client, headers)
    with app.app_context():
        no_version = create_access_token(identity=user_id)
        no_expiry = create_access_token(identity=user_id, additional_claims={"ver": 0}, expires_delta=False)
        good = create_access_token(
            identity=user_id, additional_claims={"ver": 0}, expires_delta=timedelta(minutes=5)
        )
    assert_error(client.get("/api/auth/me", headers=bearer(no_version)), 401)
    assert_error(client.get("/api/auth/me", headers=bearer(no_expiry)), 401)
    assert client.get("/api/auth/me", headers=bearer(good)).status_code == 200
