"""Confused or redirected tokens, and one user reaching for another user's data by id.

Runs on SQLite and PostgreSQL (the ``client`` fixture). The plain bad-token cases (alg:none,
tampered, expired, revoked, deleted user) are in tests/auth/test_auth.py.
"""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt as pyjwt
import pytest

from tests.conftest import TEST_SECRET, row_counts
from tests.jobs.helpers import SHORT_QUESTION, clip_bytes, samples_at, upload_file
from tests.support.api import assert_error, bearer
from tests.support.tokens import access_claims, b64url, hand_signed


class _KeyServer:
    """Where a ``jku`` header points: records whether the server ever fetched a key from it."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                body = json.dumps(
                    {"keys": [{"kty": "oct", "kid": "evil", "k": b64url(b"attacker")}]}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/jwks.json"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def user(auth) -> dict:
    return auth.register()


def test_the_control_token_is_accepted(client, user):
    """Built the same way as the bad ones below, with only the one broken part left out."""
    token = hand_signed(
        {"alg": "HS256", "typ": "JWT"}, access_claims(user["user"]["id"]), TEST_SECRET.encode()
    )
    assert client.get("/api/auth/me", headers=bearer(token)).status_code == 200


@pytest.mark.parametrize(
    "header, digest",
    [
        ({"alg": "RS256", "typ": "JWT"}, hashlib.sha256),  # HMAC with the secret, labelled RSA
        ({"alg": "ES256", "typ": "JWT"}, hashlib.sha256),
        ({"alg": "PS256", "typ": "JWT"}, hashlib.sha256),
        ({"alg": "HS512", "typ": "JWT"}, hashlib.sha512),  # the right secret, an algorithm not allowed
        ({"alg": "HS384", "typ": "JWT"}, hashlib.sha384),
        ({"alg": "hs256", "typ": "JWT"}, hashlib.sha256),
    ],
    ids=["RS256", "ES256", "PS256", "HS512", "HS384", "lowercase"],
)
def test_algorithm_confusion_tokens_are_refused(app, client, user, header, digest):
    before = row_counts(app)
    token = hand_signed(header, access_claims(user["user"]["id"]), TEST_SECRET.encode(), digest)
    for url in ("/api/auth/me", "/api/history", "/api/context"):
        assert_error(client.get(url, headers=bearer(token)), 401)
    assert_error(client.delete("/api/auth/me", headers=bearer(token)), 401)
    assert row_counts(app) == before


@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
def test_pyjwt_made_hs512_and_hs384_tokens_with_the_secret_are_refused(client, user):
    for algorithm in ("HS512", "HS384"):
        token = pyjwt.encode(access_claims(user["user"]["id"]), TEST_SECRET, algorithm=algorithm)
        assert_error(client.get("/api/auth/me", headers=bearer(token)), 401, "invalid_token")


def test_kid_and_jku_headers_pointing_elsewhere_are_not_followed(client, user):
    keys = _KeyServer()
    try:
        claims = access_claims(user["user"]["id"])
        forged = [
            hand_signed({"alg": "HS256", "typ": "JWT", "jku": keys.url, "kid": "evil"}, claims, b"attacker"),
            hand_signed({"alg": "HS256", "typ": "JWT", "x5u": keys.url}, claims, b"attacker"),
            hand_signed({"alg": "HS256", "typ": "JWT", "kid": "../../../../dev/null"}, claims, b""),
            hand_signed({"alg": "HS256", "typ": "JWT", "kid": "' OR '1'='1"}, claims, b"attacker"),
            hand_signed(
                {"alg": "HS256", "typ": "JWT", "jwk": {"kty": "oct", "k": b64url(b"attacker")}},
                claims,
                b"attacker",
            ),
        ]
        for token in forged:
            assert_error(client.get("/api/auth/me", headers=bearer(token)), 401, "invalid_token")
        assert keys.hits == []
        # The headers are ignored, not trusted: signed with the real secret the token still works.
        honest = hand_signed(
            {"alg": "HS256", "typ": "JWT", "jku": keys.url, "kid": "x"}, claims, TEST_SECRET.encode()
        )
        assert client.get("/api/auth/me", headers=bearer(honest)).status_code == 200
        assert keys.hits == []
    finally:
        keys.close()


def _a_finished_job_with_history(client, headers) -> dict:
    response = upload_file(
        client, headers, clip_bytes(SHORT_QUESTION), SHORT_QUESTION, wait=30, language="en"
    )
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.slow
def test_a_user_never_reads_or_deletes_another_users_job_context_or_history(app, client, auth):
    owner, intruder = auth.register()["headers"], auth.register()["headers"]
    context = client.post(
        "/api/context", headers=owner, json={"cv": "Owner's secret CV", "company": "Owner Inc"}
    ).get_json()
    done = _a_finished_job_with_history(client, owner)
    job_id, history_id, context_id = done["job_id"], done["history_id"], context["id"]
    assert history_id is not None
    before = row_counts(app)

    attempts = [
        client.get(f"/api/jobs/{job_id}", headers=intruder),
        client.delete(f"/api/history/{history_id}", headers=intruder),
        client.get(f"/api/contexts/{context_id}", headers=intruder),
        client.delete(f"/api/contexts/{context_id}", headers=intruder),
        client.put(f"/api/contexts/{context_id}", headers=intruder, json={"cv": "mine now"}),
    ]
    for response in attempts:
        error = assert_error(response, 404, "not_found")
        assert "Owner" not in json.dumps(error) and job_id not in error["message"]
    # There is no way to delete a job by id at all, for anyone.
    assert client.delete(f"/api/jobs/{job_id}", headers=intruder).status_code == 405
    assert client.delete(f"/api/jobs/{job_id}", headers=owner).status_code == 405

    # Lists and exports of the intruder show nothing of the owner's.
    assert client.get("/api/jobs", headers=intruder).get_json()["jobs"] == []
    assert client.get("/api/history", headers=intruder).get_json()["history"] == []
    assert client.get("/api/contexts", headers=intruder).get_json()["contexts"] == []
    exported = client.get("/api/history/export?format=json", headers=intruder).get_data(as_text=True)
    assert done["question"] not in exported
    # Clearing "all" history clears only the intruder's own.
    assert client.delete("/api/history", headers=intruder).status_code == 200

    assert row_counts(app) == before
    assert client.get(f"/api/jobs/{job_id}", headers=owner).get_json()["status"] == "done"
    assert [e["id"] for e in client.get("/api/history", headers=owner).get_json()["history"]] == [history_id]
    assert client.get(f"/api/contexts/{context_id}", headers=owner).get_json()["cv"] == "Owner's secret CV"


def test_another_users_context_id_is_refused_by_ask_and_process_audio(app, client, auth):
    owner, intruder = auth.register()["headers"], auth.register()["headers"]
    context_id = client.post("/api/context", headers=owner, json={"cv": "Owner's CV"}).get_json()["id"]
    before = row_counts(app)

    ask = client.post(
        "/api/ask", headers=intruder, json={"text": "Why do you want this job?", "context_id": context_id}
    )
    assert "context_id" in assert_error(ask, 422)["fields"]
    as_file = upload_file(client, intruder, clip_bytes(SHORT_QUESTION), context_id=str(context_id))
    assert "context_id" in assert_error(as_file, 422)["fields"]
    in_query = client.post(
        f"/api/process_audio?context_id={context_id}",
        headers=intruder,
        json={"audio": list(samples_at(SHORT_QUESTION, 16000)), "sampleRate": 16000},
    )
    assert "context_id" in assert_error(in_query, 422)["fields"]
    in_body = client.post(
        "/api/process_audio",
        headers=intruder,
        json={
            "audio": list(samples_at(SHORT_QUESTION, 16000)),
            "sampleRate": 16000,
            "context_id": context_id,
        },
    )
    assert "context_id" in assert_error(in_body, 422)["fields"]
    assert row_counts(app) == before
