"""Fixtures for the live socket: a real server on a loopback port and registered users."""

from __future__ import annotations

import pytest
import requests

from tests.conftest import base_config
from tests.support.apps import running_app
from tests.support.live_server import register_with_context, serve_app
from tests.support.ws_client import SocketClient

CV = (
    "Experience\n"
    "Backend Engineer, Allegro, 2019-2024: built Kafka pipelines processing 2 million events per day in Python.\n"
    "Led a team of 4 engineers and cut API latency by 40 percent.\n"
    "Skills: Python, Kafka, PostgreSQL, Kubernetes."
)


@pytest.fixture
def live_app(tmp_path, request):
    overrides = {
        "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'live.db'}",
        # Tests stream recordings faster than real time; the flood test sets its own limit.
        "LIVE_MAX_AHEAD_SECONDS": 1000.0,
        **(getattr(request, "param", {}) or {}),
    }
    with running_app(base_config(tmp_path, **overrides)) as app:
        yield app


@pytest.fixture
def server(live_app):
    with serve_app(live_app) as base_url:
        yield base_url


class LiveUsers:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.ws_url = base_url.replace("http://", "ws://") + "/ws/audio"
        self.clients: list[SocketClient] = []

    def register(self, *, cv: str = CV) -> dict:
        context = {"cv": cv, "company": "Spotify", "position": "Backend Engineer"}
        return register_with_context(
            self.base_url, password="long enough pass", context=context, prefix="live"
        )

    def connect(self, token: str | None = None, **query: str) -> SocketClient:
        url = self.ws_url + (f"?token={token}" if token is not None else "")
        client = SocketClient(url)
        self.clients.append(client)
        return client

    def history(self, user: dict) -> list[dict]:
        return requests.get(f"{self.base_url}/api/history", headers=user["headers"], timeout=10).json()[
            "history"
        ]


@pytest.fixture
def live(server):
    users = LiveUsers(server)
    yield users
    for client in users.clients:
        client.close()
