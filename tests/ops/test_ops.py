"""Operations: health with its dependencies, Prometheus metrics, OpenAPI and docs, request ids, headers."""

from __future__ import annotations

import io
import json
import logging
import re
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import base_config
from tests.support.api import assert_error
from tests.support.apps import build_app, dispose_app

UNREACHABLE_DB = "postgresql+psycopg2://postgres@127.0.0.1:1/x"


@pytest.fixture
def sqlite_app(tmp_path: Path):
    """An app on its own SQLite file, with config overrides (for dependency settings)."""
    built = []

    def make(**overrides):
        overrides.setdefault("SQLALCHEMY_DATABASE_URI", f"sqlite:///{tmp_path / 'ops.db'}")
        config = base_config(tmp_path, **overrides)
        application = build_app(
            config, create_tables=config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
        )
        built.append(application)
        return application

    yield make
    for application in built:
        dispose_app(application)


# --- health -----------------------------------------------------------------------------------


def test_health_in_the_embedded_mode(client, db_backend):
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "healthy"
    assert body["database"] == "ok"
    assert body["broker"] == "embedded"
    assert body["database_mode"] == ("postgresql" if db_backend == "postgres" else "sqlite")


def test_health_with_the_broker_down_is_503(sqlite_app):
    client = sqlite_app(CELERY_BROKER_URL="redis://127.0.0.1:1/0").test_client()
    response = client.get("/api/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unhealthy"
    assert body["broker"] == "unavailable"
    assert body["database"] == "ok"


@pytest.mark.redis
def test_health_with_the_real_redis_broker(sqlite_app):
    client = sqlite_app(CELERY_BROKER_URL="redis://127.0.0.1:6379/0").test_client()
    response = client.get("/api/health")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["status"], body["broker"], body["database"]) == ("healthy", "ok", "ok")


def test_database_down_gives_503_everywhere(sqlite_app):
    client = sqlite_app(SQLALCHEMY_DATABASE_URI=UNREACHABLE_DB).test_client()
    response = client.get("/api/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unhealthy"
    assert body["database"] == "unavailable"

    login = client.post("/api/auth/login", json={"email": "a@example.com", "password": "long enough"})
    error = assert_error(login, 503, "database_unavailable")
    assert "127.0.0.1" not in error["message"]
    register = client.post("/api/auth/register", json={"email": "a@example.com", "password": "long enough"})
    assert_error(register, 503, "database_unavailable")


# --- metrics ----------------------------------------------------------------------------------


def _samples(client) -> dict[tuple[str, frozenset], float]:
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    values = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            values[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return values


def _delta(before: dict, after: dict, name: str, **labels: str) -> float:
    key = (name, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


def test_metrics_count_requests_by_route_rule_and_errors(client, auth):
    headers = auth.headers()
    before = _samples(client)
    for context_id in (11, 12, 13):  # three ids, one route label
        client.get(f"/api/contexts/{context_id}", headers=headers)
    client.get("/api/health")
    client.get("/no/such/page")
    after = _samples(client)

    rule = "/api/contexts/<int:context_id>"
    assert _delta(before, after, "request_count_total", method="GET", endpoint=rule, status="404") == 3
    assert _delta(before, after, "error_count_total", error_type="not_found", endpoint=rule) == 3
    assert (
        _delta(before, after, "request_count_total", method="GET", endpoint="/api/health", status="200") == 1
    )
    assert _delta(before, after, "request_count_total", method="GET", endpoint="unmatched", status="404") == 1
    assert not any("/api/contexts/11" in str(labels) for _, labels in after)
    text = client.get("/metrics").get_data(as_text=True)
    for family in (
        "request_latency_seconds",
        "job_duration_seconds",
        "job_stage_duration_seconds",
        "live_sockets",
    ):
        assert f"# TYPE {family} " in text


def test_metrics_count_validation_and_auth_errors(client):
    before = _samples(client)
    client.post("/api/auth/register", json={"email": "bad"})
    client.get("/api/auth/me")
    after = _samples(client)
    assert (
        _delta(
            before, after, "error_count_total", error_type="validation_error", endpoint="/api/auth/register"
        )
        == 1
    )
    assert _delta(before, after, "error_count_total", error_type="unauthorized", endpoint="/api/auth/me") == 1


# --- OpenAPI and docs -------------------------------------------------------------------------


def _resolve(spec: dict, ref: str) -> dict:
    assert ref.startswith("#/"), ref
    node = spec
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _refs(node) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in _refs(value)]
    return []


def test_openapi_document_describes_the_api(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] and spec["info"]["version"]
    for ref in _refs(spec):
        _resolve(spec, ref)  # every reference points at something

    paths = spec["paths"]
    expected = {
        "/api/auth/register": {"post"},
        "/api/auth/login": {"post"},
        "/api/auth/me": {"get", "delete"},
        "/api/auth/refresh": {"post"},
        "/api/auth/logout": {"post"},
        "/api/auth/password": {"post"},
        "/api/context": {"get", "post"},
        "/api/contexts": {"get", "post"},
        "/api/contexts/{context_id}": {"get", "put", "patch", "delete"},
        "/api/contexts/{context_id}/activate": {"post"},
        "/api/contexts/{context_id}/cv": {"post"},
        "/api/history": {"get", "delete"},
        "/api/history/{entry_id}": {"delete"},
        "/api/history/export": {"get"},
        "/api/health": {"get"},
    }
    for path, methods in expected.items():
        assert path in paths, path
        assert methods <= set(paths[path]), (path, set(paths[path]))

    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert {"bearerAuth": []} in paths["/api/auth/me"]["get"]["security"]
    assert {"bearerAuth": []} in paths["/api/history"]["get"]["security"]
    assert not paths["/api/auth/login"]["post"].get("security")

    register = paths["/api/auth/register"]["post"]
    body = register["requestBody"]["content"]["application/json"]["schema"]
    body = _resolve(spec, body["$ref"]) if "$ref" in body else body
    assert {"email", "password"} <= set(body["required"])
    assert body["properties"]["email"]["format"] == "email"
    assert body["properties"]["password"]["minLength"] == 8
    token = register["responses"]["201"]["content"]["application/json"]["schema"]
    token = _resolve(spec, token["$ref"]) if "$ref" in token else token
    assert {"access_token", "refresh_token", "token_type", "expires_in", "user"} <= set(token["properties"])

    history_params = {p["name"] for p in paths["/api/history"]["get"]["parameters"]}
    assert {"limit", "cursor", "q"} <= history_params
    context_body = paths["/api/context"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    context_body = _resolve(spec, context_body["$ref"]) if "$ref" in context_body else context_body
    assert {"cv", "company", "position", "system_prompt", "job_description", "language"} <= set(
        context_body["properties"]
    )
    assert context_body["properties"]["company"]["maxLength"] == 200
    cv_upload = paths["/api/contexts/{context_id}/cv"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in cv_upload


def test_docs_page_loads_only_local_assets(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+", html.replace("<!doctype html>", "")), html
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(asset.endswith(".js") for asset in assets)
    assert any(asset.endswith(".css") for asset in assets)
    for asset in assets:
        assert asset.startswith("/"), asset
        loaded = client.get(asset)
        assert loaded.status_code == 200, asset
        assert loaded.get_data()
    spec_url = re.search(r'data-spec-url="([^"]+)"', html).group(1)
    assert client.get(spec_url).get_json()["openapi"].startswith("3.")


# --- request ids, logs, headers ---------------------------------------------------------------


def test_every_response_has_a_request_id(client):
    first = client.get("/api/health").headers["X-Request-ID"]
    second = client.get("/nope").headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first)
    assert first != second
    assert client.get("/api/health", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    injected = client.get("/api/health", headers={"X-Request-ID": "bad id; <script>"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", injected)


def test_log_lines_carry_the_request_id(sqlite_app):
    app = sqlite_app(LOG_LEVEL="INFO", LOG_FORMAT="json")
    installed = [h for h in logging.getLogger().handlers if getattr(h, "_copilot", False)]
    assert len(installed) == 1
    stream = io.StringIO()
    capture = logging.StreamHandler(stream)
    capture.setFormatter(installed[0].formatter)
    for log_filter in installed[0].filters:
        capture.addFilter(log_filter)
    logging.getLogger().addHandler(capture)
    try:
        response = app.test_client().post(
            "/api/auth/register", json={"email": "logged@example.com", "password": "long enough"}
        )
    finally:
        logging.getLogger().removeHandler(capture)
    assert response.status_code == 201
    request_id = response.headers["X-Request-ID"]
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    registered = [line for line in lines if line["message"] == "user registered"]
    assert registered, lines
    assert registered[0]["request_id"] == request_id
    assert registered[0]["level"] == "INFO"
    assert "timestamp" in registered[0]


def test_security_headers(client):
    for response in (client.get("/api/health"), client.get("/nope"), client.get("/docs")):
        policy = response.headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
        assert directives["default-src"] == "'self'"
        assert "unsafe-inline" not in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
