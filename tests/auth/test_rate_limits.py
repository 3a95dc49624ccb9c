"""Login and register are rate-limited per IP and per account, with a JSON 429 and Retry-After."""

from __future__ import annotations

import uuid

import pytest

from tests.support.api import assert_error


@pytest.fixture
def app_config(app_config):
    return {
        **app_config,
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": "memory://",
        "RATELIMIT_AUTH": "4 per minute",
        "RATELIMIT_LOGIN_ACCOUNT": "2 per minute",
    }


def _email() -> str:
    return f"limit-{uuid.uuid4().hex[:10]}@example.com"


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_register_is_limited_per_ip(client):
    statuses = [
        client.post("/api/auth/register", json={"email": _email(), "password": "long enough"}).status_code
        for _ in range(5)
    ]
    assert statuses[:4] == [201] * 4
    limited = client.post("/api/auth/register", json={"email": _email(), "password": "long enough"})
    error = assert_error(limited, 429, "rate_limited")
    assert error["message"]
    assert int(limited.headers["Retry-After"]) > 0


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_login_is_limited_per_account_from_any_address(client):
    email = _email()
    assert (
        client.post("/api/auth/register", json={"email": email, "password": "long enough"}).status_code == 201
    )
    attempts = [
        client.post(
            "/api/auth/login",
            json={"email": email.upper(), "password": "wrong password"},
            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
        )
        for i in range(3)
    ]
    assert [r.status_code for r in attempts] == [401, 401, 429]
    assert int(attempts[2].headers["Retry-After"]) > 0
    # Another account from the same address is not affected.
    other = _email()
    client.post(
        "/api/auth/register",
        json={"email": other, "password": "long enough"},
        environ_base={"REMOTE_ADDR": "10.0.1.1"},
    )
    ok = client.post(
        "/api/auth/login",
        json={"email": other, "password": "long enough"},
        environ_base={"REMOTE_ADDR": "10.0.1.2"},
    )
    assert ok.status_code == 200


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_retry_after_is_sent_only_with_a_refusal(client):
    email = _email()
    created = client.post("/api/auth/register", json={"email": email, "password": "long enough"})
    logged_in = client.post("/api/auth/login", json={"email": email, "password": "long enough"})
    for response in (created, logged_in):
        assert response.status_code in (200, 201)
        assert "X-RateLimit-Remaining" in response.headers
        assert "Retry-After" not in response.headers
    client.post("/api/auth/login", json={"email": email, "password": "wrong password"})
    refused = client.post("/api/auth/login", json={"email": email, "password": "long enough"})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
