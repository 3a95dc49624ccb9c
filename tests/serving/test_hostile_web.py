"""The web tier under hostile connections, with real servers on loopback: gunicorn as ``make run``
starts it (embedded: SQLite, in-process jobs), and the production shape (nginx from
``deploy/nginx`` in front of gunicorn on PostgreSQL and Redis). While 40 slowloris connections
(half of them unfinished WebSocket upgrades), 40 slow bodies, 10 clients that never close, 64 idle
unauthenticated sockets and 34 sockets of one user are held open, ``/api/health`` keeps answering
quickly; the servers' own errors are JSON and no response names its server."""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections.abc import Iterator

import pytest
import requests

from tests.conftest import TEST_SECRET
from tests.support.fake_openai import fake_openai_server
from tests.support.hostile import (
    idle_sockets,
    never_closing,
    percentile,
    probe_health,
    slow_bodies,
    slowloris,
    user_sockets,
)
from tests.support.processes import GunicornProcess, NginxProcess, production_web_env, sqlite_web_env

pytestmark = pytest.mark.slow

REDIS_URL = f"redis://127.0.0.1:6379/{10 + os.getpid() % 6}"


@pytest.fixture(scope="module", params=["embedded", "production"])
def web(request, tmp_path_factory) -> Iterator[dict]:
    tmp = tmp_path_factory.mktemp(request.param)
    settings = {"REQUEST_BODY_IDLE_SECONDS": 3, "LIVE_MAX_SOCKETS_PER_USER": 8}
    with fake_openai_server() as fake:
        if request.param == "embedded":
            gunicorn = GunicornProcess(sqlite_web_env(tmp, fake, **settings), tmp)
            gunicorn.start()
            try:
                yield {"url": gunicorn.url, "shape": "embedded"}
            finally:
                gunicorn.kill()
            return
        pg_url = request.getfixturevalue("pg_database_factory")()
        env = production_web_env(tmp, pg_url, REDIS_URL, TEST_SECRET, fake, **settings)
        gunicorn = GunicornProcess(env, tmp)
        gunicorn.start()
        nginx = NginxProcess(f"127.0.0.1:{gunicorn.port}", tmp)
        try:
            nginx.start()
            yield {"url": nginx.url, "shape": "production"}
        finally:
            nginx.kill()
            gunicorn.kill()


def _token(url: str) -> str:
    response = requests.post(
        f"{url}/api/auth/register",
        json={"email": f"hostile-{uuid.uuid4().hex[:8]}@example.com", "password": "long enough pass"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["access_token"]


def test_health_stays_quick_while_hostile_connections_are_held(web):
    url = web["url"]
    attacks = [
        slowloris(url, 40).start(),
        slow_bodies(url, 40).start(),
        never_closing(url, 10).start(),
        idle_sockets(url, 64).start(),
        user_sockets(url, 34, _token(url)).start(),
    ]
    try:
        time.sleep(3)
        held = {attack.name: len(attack.sockets) for attack in attacks}
        sample = probe_health(url, seconds=8)
    finally:
        for attack in attacks:
            attack.close()
    assert held["slow-bodies"] == 40 and held["idle-sockets"] == 64 and held["user-sockets"] == 34, held
    assert sample.errors == 0, sample.statuses
    assert len(sample.latencies) > 50
    # The benchmark reports the real numbers (target p99 <= 100 ms); this bound only catches a stall.
    assert percentile(sample.latencies, 0.99) < 0.5, sorted(sample.latencies)[-5:]


def _raw(url: str, data: bytes, timeout: float = 15.0) -> tuple[int, dict[str, str], bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
            head, _, body = received.partition(b"\r\n\r\n")
            headers = dict(
                line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if ": " in line
            )
            length = int(headers.get("Content-Length", headers.get("content-length", "-1")))
            if length >= 0 and len(body) >= length:
                break
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:] if ": " in line)}
    return int(lines[0].split()[1]), headers, body


def _assert_json_error(status: int, headers: dict[str, str], body: bytes, expected: int) -> None:
    assert status == expected, body[:300]
    assert headers["content-type"].startswith("application/json"), headers
    error = json.loads(body)["error"]
    assert set(error) == {"code", "message", "fields"} and error["message"]
    assert "server" not in headers, headers


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /api/ping?" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (
            b"GET /api/ping HTTP/1.1\r\nHost: x\r\n"
            + b"".join(b"X-Filler-%d: %s\r\n" % (i, b"y" * 200) for i in range(120))
            + b"\r\n",
            431,
        ),
        (b"GET /api/ping HTTP/1.1\r\nHost: x\r\nCookie: " + b"c" * 9000 + b"\r\n\r\n", 431),
        (
            b"POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 99999999\r\n\r\n",
            413,
        ),
        (b"GARBAGE\r\n\r\n", 400),
    ],
)
def test_the_edge_answers_its_own_errors_in_json(web, request_bytes, status):
    _assert_json_error(*_raw(web["url"], request_bytes), status)


def test_no_response_names_its_server(web):
    for path in ("/api/health", "/api/nope", "/"):
        response = requests.get(f"{web['url']}{path}", timeout=10)
        assert "Server" not in response.headers, (path, response.headers)


def test_a_stalled_body_ends_in_a_json_408_or_a_closed_connection(web):
    request_bytes = (
        b"POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n{"
    )
    began = time.monotonic()
    try:
        status, headers, body = _raw(web["url"], request_bytes, timeout=20)
    except (ConnectionError, OSError, IndexError):
        status = None
    assert time.monotonic() - began < 15
    if web["shape"] == "embedded" or status is not None:  # the app's own body timeout (3 s here)
        _assert_json_error(status, headers, body, 408)
