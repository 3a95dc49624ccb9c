"""No password, token, JWT secret or API key in the logs, at LOG_LEVEL=DEBUG, from a real gunicorn
web process started the way ``make run`` and boot.sh start it (access log on stdout): register,
login (failing and succeeding), refresh, password change, an upload, the live socket (its token
travels in the query string) and logout; then everything it wrote is searched."""

from __future__ import annotations

import time
import uuid

import pytest
import requests

from tests.conftest import TEST_SECRET
from tests.jobs.helpers import SHORT_QUESTION, clip_bytes
from tests.support.fake_openai import fake_openai_server
from tests.support.processes import GunicornProcess, sqlite_web_env
from tests.support.ws_client import SocketClient

pytestmark = pytest.mark.slow


@pytest.fixture
def gunicorn(tmp_path):
    with fake_openai_server() as fake:
        env = sqlite_web_env(tmp_path, fake, LOG_LEVEL="DEBUG")
        # The access log and gunicorn's own debug lines too: everything a server would write.
        process = GunicornProcess(env, tmp_path, extra=("--access-logfile", "-", "--log-level", "debug"))
        process.start()
        try:
            yield {"url": process.url, "log": process.log_path, "proc": process.proc, "api_key": fake.api_key}
        finally:
            process.kill()


def _secret_parts(token: str) -> list[str]:
    """The whole token and its signature (the part that makes it usable)."""
    return [token, token.rsplit(".", 1)[-1]]


def test_no_secret_or_token_reaches_the_logs(gunicorn):
    url = gunicorn["url"]
    email = f"logs-{uuid.uuid4().hex[:8]}@example.com"
    first, second, wrong = "first Pa55word !x", "second Pa55word !y", "wrong Pa55word !z"
    secrets = [first, second, wrong, TEST_SECRET, gunicorn["api_key"]]

    registered = requests.post(
        f"{url}/api/auth/register", json={"email": email, "password": first}, timeout=10
    )
    assert registered.status_code == 201
    failed = requests.post(f"{url}/api/auth/login", json={"email": email, "password": wrong}, timeout=10)
    assert failed.status_code == 401
    unknown = requests.post(
        f"{url}/api/auth/login", json={"email": "x" + email, "password": wrong}, timeout=10
    )
    assert unknown.status_code == 401
    logged_in = requests.post(
        f"{url}/api/auth/login", json={"email": email, "password": first}, timeout=10
    ).json()
    refreshed = requests.post(
        f"{url}/api/auth/refresh",
        headers={"Authorization": f"Bearer {logged_in['refresh_token']}"},
        timeout=10,
    ).json()
    changed = requests.post(
        f"{url}/api/auth/password",
        headers={"Authorization": f"Bearer {refreshed['access_token']}"},
        json={"current_password": first, "new_password": second},
        timeout=10,
    ).json()
    headers = {"Authorization": f"Bearer {changed['access_token']}"}
    bad_change = requests.post(
        f"{url}/api/auth/password",
        headers=headers,
        json={"current_password": wrong, "new_password": second},
        timeout=10,
    )
    assert bad_change.status_code == 401
    stale = requests.get(
        f"{url}/api/auth/me", headers={"Authorization": f"Bearer {logged_in['access_token']}"}, timeout=10
    )
    assert stale.status_code == 401  # a revoked token is refused (and must not be logged either)

    upload = requests.post(
        f"{url}/api/process_audio?wait=30",
        headers=headers,
        files={"audio": ("q.wav", clip_bytes(SHORT_QUESTION), "audio/wav")},
        data={"language": "en"},
        timeout=60,
    )
    assert upload.status_code == 200, upload.text

    socket_client = SocketClient(
        url.replace("http://", "ws://") + f"/ws/audio?token={changed['access_token']}"
    )
    try:
        socket_client.wait_for("ready", timeout=10)
        socket_client.send({"type": "ping", "t": 1})
        socket_client.wait_for("pong", timeout=10)
    finally:
        socket_client.close()
    refused = SocketClient(url.replace("http://", "ws://") + f"/ws/audio?token={logged_in['access_token']}")
    refused.closed.wait(10)
    refused.close()
    # A proxy that drops the Upgrade header turns the socket into a plain GET with the token in
    # its query string: the access log must not keep it.
    plain = requests.get(f"{url}/ws/audio?token={changed['access_token']}", timeout=10)
    assert plain.status_code >= 400

    logout = requests.post(
        f"{url}/api/auth/logout",
        headers=headers,
        json={"refresh_token": changed["refresh_token"]},
        timeout=10,
    )
    assert logout.status_code == 200
    time.sleep(0.5)  # let the access log lines reach the file

    for body in (registered.json(), logged_in, refreshed, changed):
        for key in ("access_token", "refresh_token"):
            if key in body:
                secrets.extend(_secret_parts(body[key]))
    log = gunicorn["log"].read_text(errors="replace")
    assert "/api/auth/register" in log and "/ws/audio" in log  # the access log and app log were captured
    assert '"level": "DEBUG"' in log or "DEBUG" in log
    leaked = sorted({secret[:12] + "..." for secret in secrets if secret in log})
    assert not leaked, f"found in the logs: {leaked}"
    assert "Bearer " not in log
