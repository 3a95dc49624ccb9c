"""A socket that never authenticates, under gunicorn as in production: it gets ``unauthorized`` and
a 1008 close after LIVE_AUTH_TIMEOUT_SECONDS (5 s, as the README says), and the connection is
over then, even for a client that never answers the close: the server holds nothing afterwards."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time

import pytest
import requests

from tests.support.fake_openai import fake_openai_server
from tests.support.processes import GunicornProcess, sqlite_web_env

pytestmark = pytest.mark.slow

AUTH_TIMEOUT_S = 5.0  # the default, as documented


def _upgrade(port: int) -> socket.socket:
    """A bare WebSocket handshake: no token, no auth message, and no answer to anything later."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=15)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        f"GET /ws/audio HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    return sock


def _frames(stream: bytes) -> list[tuple[int, bytes]]:
    """(opcode, payload) of the unmasked, unfragmented frames a server sends."""
    frames = []
    while len(stream) >= 2:
        opcode, length = stream[0] & 0x0F, stream[1] & 0x7F
        offset = 2
        if length == 126:
            (length,), offset = struct.unpack(">H", stream[2:4]), 4
        frames.append((opcode, stream[offset : offset + length]))
        stream = stream[offset + length :]
    return frames


def test_an_unauthenticated_socket_is_closed_after_five_seconds_and_holds_nothing(tmp_path):
    with fake_openai_server() as fake:
        web = GunicornProcess(sqlite_web_env(tmp_path, fake), tmp_path, threads=4)
        web.start()
        try:
            sock = _upgrade(web.port)
            began = time.monotonic()
            received = b""
            while chunk := sock.recv(4096):
                received += chunk
            ended = time.monotonic() - began
            # The client still holds its end: the server must not wait on it (gunicorn's graceful
            # close would hold its only dispatch thread, and every new request, for 2 s).
            ping_began = time.monotonic()
            assert requests.get(f"{web.url}/api/ping", timeout=10).ok
            ping_s = time.monotonic() - ping_began
            sock.close()
        finally:
            web.kill()

    head, _, stream = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 101"), head
    (text_op, text), (close_op, close) = _frames(stream)
    assert text_op == 0x1 and json.loads(text)["code"] == "unauthorized"
    assert close_op == 0x8 and struct.unpack(">H", close[:2])[0] == 1008
    assert AUTH_TIMEOUT_S - 0.1 <= ended <= AUTH_TIMEOUT_S + 0.8, ended
    assert ping_s < 1.0, ping_s
