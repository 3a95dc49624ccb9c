"""Cross-origin access only for ``CORS_ORIGINS``, and the security headers on every kind of
response: API answers, errors, pages, static files and the docs."""

from __future__ import annotations

import pytest

from tests.conftest import base_config
from tests.support.apps import running_app

ALLOWED = "https://app.example.com"
OTHER = "https://evil.example.net"


@pytest.fixture
def cors_app(tmp_path):
    config = base_config(
        tmp_path,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'cors.db'}",
        CORS_ORIGINS=[ALLOWED, "http://localhost:3000"],
    )
    with running_app(config) as app:
        yield app


def _preflight(client, path: str, origin: str, method: str = "POST"):
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )


def test_an_allowed_origin_gets_cors_headers_on_preflight_and_requests(cors_app):
    client = cors_app.test_client()
    preflight = _preflight(client, "/api/auth/login", ALLOWED)
    assert preflight.status_code in (200, 204)
    assert preflight.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "authorization" in preflight.headers["Access-Control-Allow-Headers"].lower()
    assert "Access-Control-Allow-Credentials" not in preflight.headers

    response = client.get("/api/health", headers={"Origin": ALLOWED})
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "Origin" in response.headers.get("Vary", "")
    # Errors carry it too, so the browser lets the page read the JSON error.
    unauthorized = client.get("/api/auth/me", headers={"Origin": ALLOWED})
    assert unauthorized.status_code == 401
    assert unauthorized.headers["Access-Control-Allow-Origin"] == ALLOWED


@pytest.mark.parametrize(
    "origin", [OTHER, "https://app.example.com.evil.net", "null", "http://app.example.com"]
)
def test_other_origins_get_no_cors_headers(cors_app, origin):
    client = cors_app.test_client()
    preflight = _preflight(client, "/api/auth/login", origin)
    assert "Access-Control-Allow-Origin" not in preflight.headers
    response = client.get("/api/health", headers={"Origin": origin})
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_covers_only_the_api(cors_app):
    client = cors_app.test_client()
    assert "Access-Control-Allow-Origin" not in client.get("/login", headers={"Origin": ALLOWED}).headers
    assert (
        "Access-Control-Allow-Origin" not in client.get("/openapi.json", headers={"Origin": ALLOWED}).headers
    )


def test_without_cors_origins_no_origin_is_allowed(client):
    preflight = _preflight(client, "/api/auth/login", ALLOWED)
    assert "Access-Control-Allow-Origin" not in preflight.headers
    assert "Access-Control-Allow-Origin" not in client.get("/api/health", headers={"Origin": ALLOWED}).headers


def _assert_security_headers(response) -> None:
    policy = response.headers.get("Content-Security-Policy", "")
    directives = {}
    for directive in policy.split(";"):
        name, _, value = directive.strip().partition(" ")
        if name:
            directives[name] = value
    where = f"{response.request.path if hasattr(response, 'request') else ''} {response.status_code}"
    assert directives.get("default-src") == "'self'", where
    assert directives.get("frame-ancestors") == "'none'", where
    assert directives.get("object-src") == "'none'", where
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, where
    assert response.headers["X-Content-Type-Options"] == "nosniff", where
    assert response.headers["X-Frame-Options"] == "DENY", where
    assert response.headers["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin"), where


def test_security_headers_on_api_pages_errors_and_static_files(cors_app):
    client = cors_app.test_client()
    token = client.post(
        "/api/auth/register", json={"email": "headers@example.com", "password": "long enough pass"}
    ).get_json()["access_token"]
    responses = [
        client.get("/api/health"),
        client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}),
        client.get("/api/auth/me"),  # 401
        client.post("/api/auth/login", json={"email": 1}),  # 422
        client.post("/api/auth/login", data="{", content_type="application/json"),  # 400
        client.get("/api/nothing-here"),  # 404
        client.delete("/api/health"),  # 405
        client.get("/openapi.json"),
        client.get("/docs"),
        client.get("/login"),
        client.get("/"),
        client.get("/live"),
        client.get("/static/css/app.css"),
        _preflight(client, "/api/auth/login", ALLOWED),
    ]
    for response in responses:
        _assert_security_headers(response)
    assert responses[0].headers.get("Strict-Transport-Security") is None  # plain HTTP behind a proxy


def test_no_server_version_or_stack_details_leak_in_api_errors(cors_app):
    client = cors_app.test_client()
    response = client.post("/api/auth/login", data="{", content_type="application/json")
    assert "Traceback" not in response.get_data(as_text=True)
    assert response.get_json()["error"]["code"] == "malformed_json"
