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


def _login(client, email: str, password: str, address: str):
    return client.post(
        "/api/auth/login", json={"email": email, "password": password}, environ_base={"REMOTE_ADDR": address}
    )


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_guessing_is_throttled_per_account_and_address_without_locking_the_owner_out(client):
    email = _email()
    register = client.post(
        "/api/auth/register",
        json={"email": email, "password": "long enough"},
        environ_base={"REMOTE_ADDR": "10.9.9.9"},
    )
    assert register.status_code == 201
    # The attacker's address: two failures, then 429 for this account from there.
    attempts = [_login(client, email.upper(), "wrong password", "10.0.0.1") for _ in range(3)]
    assert [r.status_code for r in attempts] == [401, 401, 429]
    assert int(attempts[2].headers["Retry-After"]) > 0
    # The owner, from their own address, still gets in with the right password.
    assert _login(client, email, "long enough", "10.0.0.2").status_code == 200
    # Successful logins are not counted: the owner can log in again and again.
    assert [_login(client, email, "long enough", "10.0.0.3").status_code for _ in range(3)] == [200] * 3


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_another_account_from_the_same_address_is_not_affected(client):
    email, other = _email(), _email()
    for address, account in (("10.1.0.1", email), ("10.1.0.2", other)):
        client.post(
            "/api/auth/register",
            json={"email": account, "password": "long enough"},
            environ_base={"REMOTE_ADDR": address},
        )
    assert [_login(client, email, "nope", "10.1.1.1").status_code for _ in range(3)] == [401, 401, 429]
    assert _login(client, other, "long enough", "10.1.1.1").status_code == 200


@pytest.fixture
def slow_config(app_config):
    return {
        **app_config,
        "RATELIMIT_AUTH": "100 per minute",
        "RATELIMIT_LOGIN_ACCOUNT": "100 per minute",
        "LOGIN_SLOWDOWN_AFTER": 2,
        "LOGIN_SLOWDOWN_MAX_SECONDS": 0.6,
    }


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_many_failures_from_many_addresses_slow_the_account_down_but_never_refuse_its_owner(slow_config):
    import time

    from copilot import create_app
    from copilot.extensions import db

    app = create_app(slow_config)
    with app.app_context():
        db.create_all()
    client = app.test_client()
    email = _email()
    assert (
        client.post("/api/auth/register", json={"email": email, "password": "long enough"}).status_code == 201
    )
    for i in range(5):
        assert _login(client, email, "wrong password", f"10.2.0.{i}").status_code == 401
    began = time.monotonic()
    owner = _login(client, email, "long enough", "10.2.1.1")
    assert owner.status_code == 200
    assert time.monotonic() - began >= 0.5  # slowed down (capped at 0.6 s), not refused
    # The success cleared the count: the next login is immediate again.
    began = time.monotonic()
    assert _login(client, email, "long enough", "10.2.1.1").status_code == 200
    assert time.monotonic() - began < 0.4


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_retry_after_is_sent_only_with_a_refusal(client):
    email = _email()
    created = client.post("/api/auth/register", json={"email": email, "password": "long enough"})
    logged_in = client.post("/api/auth/login", json={"email": email, "password": "long enough"})
    for response in (created, logged_in):
        assert response.status_code in (200, 201)
        assert "X-RateLimit-Remaining" in response.headers
        assert "Retry-After" not in response.headers
    for _ in range(2):  # failures count, successes do not
        client.post("/api/auth/login", json={"email": email, "password": "wrong password"})
    refused = client.post("/api/auth/login", json={"email": email, "password": "long enough"})
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
