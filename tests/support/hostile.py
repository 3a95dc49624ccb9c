"""Hostile clients for the web tier, loopback only, bounded in count and time: slowloris headers,
slow bodies, clients that never close, idle unauthenticated sockets and one user's many sockets.
Each attack keeps its number of connections open (reconnecting when the server drops one) until
it is stopped. ``probe_health`` measures ``/api/health`` meanwhile. Shared by the tests and
``bench/hostile.py``."""

from __future__ import annotations

import base64
import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import requests


def _address(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return parts.hostname or "127.0.0.1", parts.port or 80


def _upgrade_request(path: str) -> bytes:
    key = base64.b64encode(os.urandom(16)).decode()
    return (
        f"GET {path} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    ).encode()


@dataclass
class Attack:
    """``count`` connections opened by ``opener`` and fed by ``feeder`` every ``interval`` s."""

    name: str
    url: str
    count: int
    opener: Callable[[Attack], socket.socket | None]
    feeder: Callable[[Attack, socket.socket], None] | None = None
    interval: float = 1.0
    opened: int = 0
    sockets: list[socket.socket] = field(default_factory=list)
    born: dict[int, float] = field(default_factory=dict)
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def connect(self, timeout: float = 5.0) -> socket.socket:
        sock = socket.create_connection(_address(self.url), timeout=timeout)
        self.opened += 1
        return sock

    def _run(self) -> None:
        while not self.stop.is_set():
            alive = []
            for sock in self.sockets:
                try:
                    if self.feeder is not None:
                        self.feeder(self, sock)
                    alive.append(sock)
                except OSError:
                    with contextlib.suppress(OSError):
                        sock.close()
            self.sockets = alive
            while len(self.sockets) < self.count and not self.stop.is_set():
                try:
                    sock = self.opener(self)
                except OSError:
                    break
                if sock is not None:
                    self.sockets.append(sock)
            self.stop.wait(self.interval)

    def start(self) -> Attack:
        self.thread = threading.Thread(target=self._run, name=f"attack-{self.name}", daemon=True)
        self.thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join(timeout=10)
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()
        self.sockets = []


def _peer_closed(sock: socket.socket) -> bool:
    """Whether the server closed the connection (reads nothing that is pending)."""
    sock.setblocking(False)
    try:
        data = sock.recv(65536)
        return data == b""
    except BlockingIOError:
        return False
    finally:
        sock.setblocking(True)


def slowloris(url: str, count: int) -> Attack:
    """Request headers one line a second, never finished; every other one a WebSocket upgrade."""

    def opener(attack: Attack) -> socket.socket:
        sock = attack.connect()
        # An upgrade request without the blank line that ends its headers, or a bare request line.
        head = _upgrade_request("/ws/audio")[:-2] if attack.opened % 2 else b"GET /api/health HTTP/1.1\r\n"
        sock.sendall(head)
        return sock

    def feeder(_attack: Attack, sock: socket.socket) -> None:
        if _peer_closed(sock):
            raise OSError("closed by the server")
        sock.sendall(b"X-Slow: 1\r\n")

    return Attack("slowloris", url, count, opener, feeder)


def slow_bodies(url: str, count: int) -> Attack:
    """A login body announced as 10 KB, sent one byte a second."""

    def opener(attack: Attack) -> socket.socket:
        sock = attack.connect()
        sock.sendall(
            b"POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            b"Content-Length: 10000\r\n\r\n{"
        )
        return sock

    def feeder(_attack: Attack, sock: socket.socket) -> None:
        if _peer_closed(sock):
            raise OSError("closed by the server")
        sock.sendall(b" ")

    return Attack("slow-bodies", url, count, opener, feeder)


def never_closing(url: str, count: int) -> Attack:
    """``Connection: close`` requests whose clients never close nor read: a fresh one every
    second while the old ones linger (each kept 10 s)."""

    def opener(attack: Attack) -> socket.socket:
        sock = attack.connect()
        sock.sendall(b"GET /api/ping HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        attack.born[id(sock)] = time.monotonic()
        return sock

    def feeder(attack: Attack, sock: socket.socket) -> None:
        if time.monotonic() - attack.born.get(id(sock), 0) > 10:
            attack.born.pop(id(sock), None)
            raise OSError("recycled")

    return Attack("never-closing", url, count, opener, feeder)


def idle_sockets(url: str, count: int, query: str = "") -> Attack:
    """Completed WebSocket handshakes that then say nothing (no token: unauthenticated)."""

    def opener(attack: Attack) -> socket.socket:
        sock = attack.connect()
        sock.sendall(_upgrade_request(f"/ws/audio{query}"))
        return sock

    def feeder(_attack: Attack, sock: socket.socket) -> None:
        if _peer_closed(sock):
            raise OSError("closed by the server")

    return Attack("idle-sockets", url, count, opener, feeder)


def user_sockets(url: str, count: int, token: str) -> Attack:
    """One user's sockets, authenticated with ``?token=``, all idle."""
    attack = idle_sockets(url, count, f"?token={token}")
    attack.name = "user-sockets"
    return attack


@dataclass
class HealthSample:
    latencies: list[float]
    errors: int
    statuses: dict[int, int]


def probe_health(url: str, seconds: float, every: float = 0.05, timeout: float = 5.0) -> HealthSample:
    """``GET /api/health`` on fresh connections for ``seconds``; latencies in seconds."""
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        began = time.perf_counter()
        try:
            response = requests.get(f"{url}/api/health", timeout=timeout, headers={"Connection": "close"})
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code != 200:
                errors += 1
            else:
                latencies.append(time.perf_counter() - began)
        except requests.RequestException:
            errors += 1
        time.sleep(max(0.0, every - (time.perf_counter() - began)))
    return HealthSample(latencies, errors, statuses)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = (len(ordered) - 1) * q
    low, high = int(index), min(int(index) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (index - low)
