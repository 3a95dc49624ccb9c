"""PostgreSQL going away under a running app: a TCP proxy between the app and the server is
stopped (new connections refused, open ones cut) and started again on the same port. While it is
down the API answers 503 ``database_unavailable`` and health is 503 ``unhealthy``; once it is back
the same app instance works again without a restart (pool pre-ping replaces the dead connections)."""

from __future__ import annotations

import time
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest import base_config
from tests.support.api import assert_error
from tests.support.apps import running_app
from tests.support.processes import TcpProxy

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxied(pg_database_factory, tmp_path):
    url = urlsplit(pg_database_factory())
    proxy = TcpProxy((url.hostname, url.port or 5432))
    proxy.start()
    through_proxy = urlunsplit(url._replace(netloc=f"{url.username}@127.0.0.1:{proxy.port}"))
    try:
        with running_app(base_config(tmp_path, SQLALCHEMY_DATABASE_URI=through_proxy)) as app:
            yield app, proxy
    finally:
        proxy.stop()


def test_database_down_gives_503_and_the_same_app_recovers_when_it_is_back(proxied):
    app, proxy = proxied
    assert app.config["SQLALCHEMY_ENGINE_OPTIONS"]["pool_pre_ping"] is True
    client = app.test_client()
    credentials = {"email": "pg-down@example.com", "password": "long enough pass"}
    tokens = client.post("/api/auth/register", json=credentials).get_json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert (
        client.post("/api/ask", headers=headers, json={"text": "Why do you want to join us?"}).status_code
        == 200
    )
    # Several pooled connections are open (and will be cut), not just one.
    assert client.get("/api/history", headers=headers).status_code == 200
    assert proxy.accepted >= 1

    proxy.stop()
    began = time.monotonic()
    health = client.get("/api/health")
    assert health.status_code == 503
    assert (health.get_json()["status"], health.get_json()["database"]) == ("unhealthy", "unavailable")
    down = [
        client.post("/api/auth/login", json=credentials),
        client.post("/api/auth/register", json={"email": "new@example.com", "password": "long enough pass"}),
        client.get("/api/history", headers=headers),
        client.get("/api/auth/me", headers=headers),
        client.get("/api/jobs", headers=headers),
        client.post("/api/context", headers=headers, json={"cv": "x"}),
        client.post("/api/ask", headers=headers, json={"text": "Why this company?"}),
    ]
    for response in down:
        error = assert_error(response, 503, "database_unavailable")
        assert "127.0.0.1" not in error["message"] and "psycopg2" not in error["message"]
    assert time.monotonic() - began < 15, "requests hung on the dead database"

    proxy.start()
    health = client.get("/api/health")
    assert health.status_code == 200, health.get_json()
    assert health.get_json()["database"] == "ok"
    login = client.post("/api/auth/login", json=credentials)
    assert login.status_code == 200, login.get_json()
    fresh = {"Authorization": f"Bearer {login.get_json()['access_token']}"}
    history = client.get("/api/history", headers=fresh)
    assert history.status_code == 200
    assert len(history.get_json()["history"]) == 1
    assert client.get("/api/history", headers=headers).status_code == 200  # old tokens still good
    assert client.post("/api/context", headers=fresh, json={"cv": "back"}).status_code == 200
