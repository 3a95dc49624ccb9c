"""Bad tokens, bad frames, floods and vanishing clients leave the server healthy."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import numpy as np
import pytest
import requests
from flask_jwt_extended import create_access_token

from tests.support.ws_client import load_wav

POLICY_VIOLATION = 1008


def _assert_unauthorized(client) -> None:
    error = client.wait_for("error", timeout=10)
    assert error["code"] == "unauthorized"
    assert client.closed.wait(5)
    assert client.close_code == POLICY_VIOLATION


@pytest.mark.parametrize("token", ["not-a-token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", ""])
def test_bad_tokens_are_refused_with_policy_violation(live, token):
    _assert_unauthorized(live.connect(token))


def test_expired_refresh_and_revoked_tokens_are_refused(live, live_app):
    user = live.register()
    with live_app.app_context():
        me = requests.get(f"{live.base_url}/api/auth/me", headers=user["headers"], timeout=10).json()
        expired = create_access_token(
            identity=me["id"], additional_claims={"ver": 0}, expires_delta=timedelta(seconds=-5)
        )
    _assert_unauthorized(live.connect(expired))
    _assert_unauthorized(live.connect(user["refresh"]))
    assert requests.post(f"{live.base_url}/api/auth/logout", headers=user["headers"], timeout=10).ok
    _assert_unauthorized(live.connect(user["token"]))


def test_auth_message_as_first_frame(live):
    user = live.register()
    client = live.connect()
    client.send({"type": "auth", "token": user["token"]})
    assert client.wait_for("ready")["user_id"]


@pytest.mark.parametrize("live_app", [{"LIVE_AUTH_TIMEOUT_SECONDS": 0.5}], indirect=True)
def test_no_auth_within_the_timeout_closes(live):
    _assert_unauthorized(live.connect())


def test_bad_frames_get_errors_and_the_socket_stays_open(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send_binary(np.zeros(160, "<f4").tobytes())  # audio before start
    client.wait_for("error", code="not_started")
    client.send({"type": "start", "sampleRate": 16000})
    client.wait_for("started")
    bad = [
        ("text", "this is not json", "bad_message"),
        ("text", json.dumps(["a", "list"]), "bad_message"),
        ("text", json.dumps({"type": "dance"}), "unknown_type"),
        ("text", json.dumps({"type": "audio", "data": ["loud", 0.1]}), "invalid_audio"),
        ("text", json.dumps({"type": "audio", "data": [0.1, 7.0]}), "invalid_samples"),
        ("text", json.dumps({"type": "start", "sampleRate": 7999}), "invalid_sample_rate"),
        ("text", json.dumps({"type": "start", "sampleRate": 16000, "context_id": 999999}), "invalid_context"),
        ("binary", np.array([0.1, np.nan], "<f4").tobytes(), "invalid_samples"),
        ("binary", np.array([0.1, np.inf], "<f4").tobytes(), "invalid_samples"),
        ("binary", b"\x00\x01\x02", "invalid_audio"),
        ("binary", b"\x00" * (256 * 1024 + 4), "frame_too_large"),
    ]
    for kind, payload, code in bad:
        if kind == "text":
            client.ws.send(payload)
        else:
            client.send_binary(payload)
        assert client.wait_for("error", code=code, timeout=10)
    client.send({"type": "ping", "t": 42})
    assert client.wait_for("pong")["t"] == 42
    assert not client.closed.is_set()
    assert requests.get(f"{live.base_url}/api/health", timeout=10).status_code == 200


@pytest.mark.parametrize("live_app", [{"LIVE_MAX_AHEAD_SECONDS": 2.0}], indirect=True)
def test_a_client_flooding_faster_than_real_time_is_closed(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000})
    client.stream(np.zeros(16000 * 6, np.float32), frame_s=0.5)
    assert client.wait_for("error", code="flooding", timeout=10)
    assert client.closed.wait(5)
    assert client.close_code == POLICY_VIOLATION


def test_client_vanishing_mid_utterance_leaves_a_finished_job(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    speech = load_wav("en_why_our_company.wav")
    client.stream(np.concatenate([np.zeros(4800, np.float32), speech]))
    client.ws.sock.close()  # no close frame: the network just went away
    deadline = time.monotonic() + 90
    jobs = []
    while time.monotonic() < deadline:
        jobs = requests.get(f"{live.base_url}/api/jobs", headers=user["headers"], timeout=10).json()["jobs"]
        if jobs and jobs[0]["status"] in ("done", "failed"):
            break
        time.sleep(0.3)
    assert len(jobs) == 1 and jobs[0]["kind"] == "live"
    assert jobs[0]["status"] == "done", jobs[0]
    assert requests.get(f"{live.base_url}/api/health", timeout=10).status_code == 200
    # The answer a vanished client missed is in the history.
    assert jobs[0]["result"]["history_id"] is not None


@pytest.mark.parametrize(
    "live_app",
    [{"SQLALCHEMY_ENGINE_OPTIONS": {"pool_size": 2, "max_overflow": 0, "pool_timeout": 3}}],
    indirect=True,
)
def test_open_sockets_do_not_hold_database_connections(live):
    """Sockets live for hours: more of them than the pool has connections must all work."""
    user = live.register()
    clients = [live.connect(user["token"]) for _ in range(6)]
    for client in clients:
        client.wait_for("ready", timeout=10)
        client.send({"type": "start", "sampleRate": 16000})
    for client in clients:
        assert client.wait_for("started", timeout=10)["context_id"] is not None
    assert (
        requests.get(f"{live.base_url}/api/history", headers=user["headers"], timeout=10).status_code == 200
    )
