"""Fuzz the API from its own OpenAPI document with schemathesis: no 5xx, every error in the one
JSON shape, and responses that match the documented schema.

``FUZZ_MAX_EXAMPLES`` bounds the examples per operation and generation mode (10 in ``make test``;
the benchmark run raises it). The number of requests tried goes to test-artifacts/fuzz-summary.json.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import base_config
from tests.support.apps import running_app
from tests.support.fake_openai import fake_openai_server

ROOT = Path(__file__).resolve().parents[2]
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "10"))
SUMMARY = ROOT / "test-artifacts" / "fuzz-summary.json"
# These change the caller's own credentials; each of their cases gets a fresh account.
CREDENTIAL_CHANGERS = {
    ("DELETE", "/api/auth/me"),
    ("POST", "/api/auth/password"),
    ("POST", "/api/auth/logout"),
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def json_error_shape(ctx, response, case) -> bool | None:
    """Every 4xx/5xx answer is ``{"error": {"code", "message", "fields"}}`` as JSON."""
    if response.status_code < 400:
        return None
    headers = {name.lower(): value for name, value in response.headers.items()}
    content_type = headers.get("content-type", [""])
    content_type = content_type[0] if isinstance(content_type, list) else content_type
    assert content_type.startswith("application/json"), f"error with Content-Type {content_type!r}"
    body = json.loads(response.content)
    assert isinstance(body, dict) and set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"code", "message", "fields"}, error
    assert isinstance(error["code"], str) and error["code"], error
    assert isinstance(error["message"], str) and error["message"], error
    assert isinstance(error["fields"], dict), error
    return True


@pytest.fixture
def fuzz_app(tmp_path):
    with fake_openai_server() as fake:
        config = base_config(
            tmp_path,
            SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'fuzz.db'}",
            STT_BACKEND="openai",
            ANSWER_BACKEND="openai",
            OPENAI_BASE_URL=fake.base_url,
            OPENAI_API_KEY=fake.api_key,
            OPENAI_TIMEOUT_SECONDS=5.0,
            MAX_AUDIO_SECONDS=10.0,
            MAX_CONTENT_LENGTH=512 * 1024,
        )
        with running_app(config) as app:
            yield app


def _register(client, kind: str = "access_token") -> dict[str, str]:
    response = client.post(
        "/api/auth/register",
        json={"email": f"fuzz-{uuid.uuid4().hex[:12]}@example.com", "password": "fuzzing password"},
    )
    assert response.status_code == 201, response.get_json()
    return {"Authorization": f"Bearer {response.get_json()[kind]}"}


def _fuzzer(operation, mode: GenerationMode, call):
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case) -> None:
        call(case)

    return run


@pytest.mark.slow
def test_the_api_survives_fuzzing_from_its_own_openapi_document(fuzz_app):
    client = fuzz_app.test_client()
    spec = client.get("/openapi.json").get_json()
    schema = schemathesis.openapi.from_wsgi("/openapi.json", fuzz_app)
    shared = _register(client)
    refresh = _register(client, "refresh_token")
    # Something for the id-taking routes to find: a context and a history entry.
    client.post(
        "/api/context", headers=shared, json={"cv": "Python developer at Allegro", "company": "Globex"}
    )
    client.post("/api/ask", headers=shared, json={"text": "Why do you want to work here?", "language": "en"})

    counts: dict[str, int] = {}
    statuses: dict[str, int] = {}
    by_operation: dict[str, dict[str, int]] = {}
    failures: list[str] = []
    began = time.monotonic()

    def _call(case, secured: bool) -> None:
        headers = {}
        if secured:
            key = (case.method.upper(), case.path)
            headers = _register(client) if key in CREDENTIAL_CHANGERS else shared
            if key == ("POST", "/api/auth/refresh"):
                headers = refresh
        response = case.call(headers=headers)
        key = f"{case.method.upper()} {case.path}"
        counts[key] = counts.get(key, 0) + 1
        statuses[str(response.status_code)] = statuses.get(str(response.status_code), 0) + 1
        by_operation.setdefault(key, {}).setdefault(str(response.status_code), 0)
        by_operation[key][str(response.status_code)] += 1
        case.validate_response(response, checks=CHECKS, additional_checks=[json_error_shape])

    for result in schema.get_all_operations():
        operation = result.ok()
        key = f"{operation.method.upper()} {operation.path}"
        secured = bool(spec["paths"][operation.path][operation.method.lower()].get("security"))
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            run = _fuzzer(operation, mode, lambda case, secured=secured: _call(case, secured))
            try:
                run()
            except Unsatisfiable:  # no parameters and no body: nothing to make invalid
                continue
            except Exception as exc:  # keep going: report every operation that fails
                failures.append(f"{key} [{mode.value}]: {exc}"[:3000])

    total = sum(counts.values())
    summary = {
        "requests": total,
        "operations": len(counts),
        "max_examples_per_operation_and_mode": MAX_EXAMPLES,
        "seconds": round(time.monotonic() - began, 1),
        "status_codes": dict(sorted(statuses.items())),
        "per_operation": dict(sorted(counts.items())),
        "status_codes_per_operation": dict(sorted(by_operation.items())),
        "failures": len(failures),
    }
    SUMMARY.parent.mkdir(exist_ok=True)
    SUMMARY.write_text(json.dumps(summary, indent=2) + "\n")
    print(f"\nfuzz: {total} requests over {len(counts)} operations in {summary['seconds']} s")
    assert not failures, "\n\n".join(failures)
    documented = {
        f"{m.upper()} {path}" for path, ops in spec["paths"].items() for m in ops if m != "parameters"
    }
    assert set(counts) == documented
    assert not [status for status in statuses if status.startswith("5") and status != "503"]
