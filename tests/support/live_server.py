"""A real HTTP + WebSocket server for an app, on a free loopback port, in a background thread."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import requests
from flask import Flask
from werkzeug.serving import make_server


@contextmanager
def serve_app(app: Flask) -> Iterator[str]:
    """Serve ``app`` (threaded, so sockets and requests run side by side); yields the base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)


def register_over_http(base_url: str, *, password: str, prefix: str = "user") -> dict:
    """A new account made over HTTP: the register answer (tokens, user), its email, and shortcuts
    ``token``, ``refresh`` and ``headers``."""
    email = f"{prefix}-{uuid.uuid4().hex[:10]}@example.com"
    response = requests.post(
        f"{base_url}/api/auth/register",
        json={"email": email, "password": password, "full_name": "Anna Nowak"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    user = response.json()
    user.update(
        email=email,
        token=user["access_token"],
        refresh=user["refresh_token"],
        headers={"Authorization": f"Bearer {user['access_token']}"},
    )
    return user


def register_with_context(base_url: str, *, password: str, context: dict, prefix: str = "user") -> dict:
    """``register_over_http`` with the account's active context saved."""
    user = register_over_http(base_url, password=password, prefix=prefix)
    saved = requests.post(f"{base_url}/api/context", headers=user["headers"], json=context, timeout=30)
    assert saved.status_code == 200, saved.text
    return user
