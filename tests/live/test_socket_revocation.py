"""Revoked tokens lose their sockets; message sizes and the number of sockets per user are capped.

Real sockets on a real server; the cross-process case runs two app instances (two web processes)
on one database with a throw-away Redis between them.
"""

from __future__ import annotations

import io
import json
import time
import wave

import numpy as np
import pytest
import requests
import websocket
from sqlalchemy import update

from copilot import create_app
from copilot.extensions import db
from copilot.models import User
from tests.conftest import base_config
from tests.support.live_server import serve_app
from tests.support.processes import RedisServer
from tests.support.ws_client import SocketClient, load_wav

POLICY_VIOLATION = 1008
MESSAGE_TOO_BIG = 1009


def _assert_revoked(client: SocketClient, within: float = 2.0) -> None:
    began = time.monotonic()
    error = client.wait_for("error", timeout=within + 1, code="token_revoked")
    assert error["message"]
    assert client.closed.wait(within)
    assert client.close_code == POLICY_VIOLATION
    assert time.monotonic() - began <= within + 0.5


def _jobs(live, user) -> list[dict]:
    return requests.get(f"{live.base_url}/api/jobs", headers=user["headers"], timeout=10).json()["jobs"]


def test_logout_closes_the_socket_of_that_token_only(live):
    user = live.register()
    other_token = requests.post(
        f"{live.base_url}/api/auth/refresh",
        headers={"Authorization": f"Bearer {user['refresh']}"},
        timeout=10,
    ).json()["access_token"]
    doomed, kept = live.connect(user["token"]), live.connect(other_token)
    doomed.wait_for("ready")
    kept.wait_for("ready")
    assert requests.post(f"{live.base_url}/api/auth/logout", headers=user["headers"], timeout=10).ok
    _assert_revoked(doomed)
    # The same user's other token keeps its socket.
    kept.send({"type": "ping", "t": 1})
    assert kept.wait_for("pong", timeout=5)["t"] == 1
    assert not kept.closed.is_set()


def test_password_change_closes_older_sockets_which_see_nothing_of_the_new_session(live):
    user = live.register()
    old = live.connect(user["token"])
    old.wait_for("ready")
    changed = requests.post(
        f"{live.base_url}/api/auth/password",
        headers=user["headers"],
        json={"current_password": "long enough pass", "new_password": "a brand new secret"},
        timeout=10,
    )
    assert changed.status_code == 200
    _assert_revoked(old)
    fresh_headers = {"Authorization": f"Bearer {changed.json()['access_token']}"}
    fresh = live.connect(changed.json()["access_token"])
    fresh.wait_for("ready")
    seen_by_old = len(old.events)
    speech = load_wav("en_why_our_company.wav")
    wav = (np.clip(speech, -1, 1) * 32767).astype("<i2").tobytes()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(16000)
        handle.writeframes(wav)
    accepted = requests.post(
        f"{live.base_url}/api/process_audio",
        headers=fresh_headers,
        files={"audio": ("q.wav", buffer.getvalue(), "audio/wav")},
        timeout=30,
    )
    assert accepted.status_code == 202
    fresh.wait_for("job", timeout=60, job_id=accepted.json()["job_id"], status="done")
    assert len(old.events) == seen_by_old  # the revoked socket heard nothing of it


def test_account_deletion_closes_its_sockets(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    assert requests.delete(f"{live.base_url}/api/auth/me", headers=user["headers"], timeout=10).ok
    _assert_revoked(client)


def test_a_socket_rechecks_its_token_before_creating_a_job(live, live_app):
    """Even when the revocation event is missed, no job is created for a dead token."""
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    # Revoke behind the socket's back: no event on the bus, only the database changes.
    with live_app.app_context():
        db.session.execute(update(User).values(token_version=User.token_version + 1))
        db.session.commit()
    client.stream(np.concatenate([np.zeros(4800, np.float32), load_wav("en_why_our_company.wav")]))
    client.send({"type": "flush"})
    _assert_revoked(client, within=10)
    time.sleep(1)
    with live_app.app_context():
        from copilot.models import Job

        assert db.session.query(Job).count() == 0


def test_revocation_reaches_a_socket_served_by_another_process(tmp_path):
    redis_server = RedisServer(tmp_path)
    redis_server.start()
    database = f"sqlite:///{tmp_path / 'shared.db'}"
    settings = {"SQLALCHEMY_DATABASE_URI": database, "REDIS_URL": redis_server.url}
    settings["CELERY_BROKER_URL"] = redis_server.url
    apps = [create_app(base_config(tmp_path, **settings)) for _ in range(2)]
    with apps[0].app_context():
        db.create_all()
    try:
        with serve_app(apps[0]) as url_a, serve_app(apps[1]) as url_b:
            body = requests.post(
                f"{url_b}/api/auth/register",
                json={"email": "two-hosts@example.com", "password": "long enough pass"},
                timeout=10,
            ).json()
            headers = {"Authorization": f"Bearer {body['access_token']}"}
            client = SocketClient(url_a.replace("http", "ws") + f"/ws/audio?token={body['access_token']}")
            try:
                client.wait_for("ready")
                assert apps[0].extensions["copilot_events"].wait_connected(5)
                assert requests.post(f"{url_b}/api/auth/logout", headers=headers, timeout=10).ok
                _assert_revoked(client)
            finally:
                client.close()
    finally:
        for app in apps:
            app.extensions["copilot_events"].close()
            with app.app_context():
                db.engine.dispose()
        redis_server.stop()


def _raw_socket(live, token: str | None = None) -> websocket.WebSocket:
    url = live.ws_url + (f"?token={token}" if token else "")
    return websocket.create_connection(url, timeout=10)


def _close_code(ws: websocket.WebSocket) -> int | None:
    """Read until the server's close frame; its status code."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            opcode, data = ws.recv_data(control_frame=True)
        except (websocket.WebSocketConnectionClosedException, ConnectionError, OSError):
            return None
        if opcode == websocket.ABNF.OPCODE_CLOSE:
            return int.from_bytes(data[:2], "big") if len(data) >= 2 else None
    return None


def test_a_large_first_frame_is_refused_before_authentication(live):
    ws = _raw_socket(live)
    ws.send(json.dumps({"type": "auth", "token": "x" * 200_000}))
    assert _close_code(ws) == MESSAGE_TOO_BIG


def test_a_huge_message_after_authentication_closes_the_socket_and_nothing_is_echoed(live):
    user = live.register()
    ws = _raw_socket(live, user["token"])
    assert json.loads(ws.recv())["type"] == "ready"
    ws.send(json.dumps({"type": "ping", "t": "x" * 3_000_000}))
    assert _close_code(ws) == MESSAGE_TOO_BIG
    # A ping's payload is echoed only when it is small.
    small = _raw_socket(live, user["token"])
    assert json.loads(small.recv())["type"] == "ready"
    small.send(json.dumps({"type": "ping", "t": "y" * 5000}))
    assert json.loads(small.recv()) == {"type": "pong", "t": None}
    small.close()


@pytest.mark.parametrize("live_app", [{"LIVE_MAX_SOCKETS_PER_USER": 3}], indirect=True)
def test_one_user_may_hold_only_so_many_sockets(live):
    user = live.register()
    clients = [live.connect(user["token"]) for _ in range(3)]
    for client in clients:
        client.wait_for("ready")
    extra = live.connect(user["token"])
    assert extra.wait_for("error", timeout=5)["code"] == "too_many_sockets"
    assert extra.closed.wait(5) and extra.close_code == POLICY_VIOLATION
    # Another user is not affected, and closing one socket frees a place.
    live.connect(live.register()["token"]).wait_for("ready")
    clients[0].close()
    time.sleep(0.5)
    live.connect(user["token"]).wait_for("ready", timeout=5)
