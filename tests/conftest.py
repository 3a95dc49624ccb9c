"""Shared fixtures: the app on SQLite and on the real PostgreSQL, clients, and an auth helper.

API tests take the ``app`` fixture and run once per database backend. PostgreSQL is required:
when it cannot be reached the tests fail (they never skip), since CI must prove both backends.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest
from sqlalchemy import text

from copilot import create_app
from copilot.extensions import db
from tests.support.apps import dispose_app

PG_ADMIN_DSN = os.environ.get("TEST_PG_ADMIN_DSN", "host=127.0.0.1 port=5432 user=postgres dbname=test")
PG_URL_TEMPLATE = os.environ.get("TEST_PG_URL_TEMPLATE", "postgresql://postgres@127.0.0.1:5432/{name}")
TEST_SECRET = "test-secret-" + "x" * 40


def base_config(tmp_path: Path, **overrides: Any) -> dict[str, Any]:
    config = {
        "APP_ENV": "testing",
        "TESTING": True,
        "INSTANCE_PATH": str(tmp_path / "instance"),
        "BCRYPT_LOG_ROUNDS": 4,
        "JWT_SECRET_KEY": TEST_SECRET,
        "RATELIMIT_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": None,
        "CELERY_BROKER_URL": None,
        "REDIS_URL": None,
        "OPENAI_API_KEY": None,
        "STT_BACKEND": "offline",
        "ANSWER_BACKEND": "offline",
    }
    config.update(overrides)
    return config


def _pg_admin(sql: str) -> None:
    conn = psycopg2.connect(PG_ADMIN_DSN)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql)
    finally:
        conn.close()


@pytest.fixture(scope="session")
def pg_database_factory() -> Iterator:
    """Creates throw-away PostgreSQL databases for this run and drops them at the end."""
    created: list[str] = []

    def make() -> str:
        name = f"copilot_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        _pg_admin(f'CREATE DATABASE "{name}"')
        created.append(name)
        return PG_URL_TEMPLATE.format(name=name)

    yield make
    for name in created:
        _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_url(pg_database_factory) -> str:
    """One database shared by the API tests of this run; tables are emptied after each test."""
    return pg_database_factory()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_backend(request) -> str:
    return request.param


@pytest.fixture
def database_uri(db_backend: str, tmp_path: Path, request) -> str:
    if db_backend == "postgres":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def app_config(tmp_path: Path, database_uri: str) -> dict[str, Any]:
    return base_config(tmp_path, SQLALCHEMY_DATABASE_URI=database_uri)


@pytest.fixture
def app(app_config: dict[str, Any]):
    application = create_app(app_config)
    with application.app_context():
        db.create_all()
    yield application
    with application.app_context():
        db.session.remove()
        if db.engine.dialect.name == "postgresql":
            tables = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
            with db.engine.begin() as conn:
                conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


class AuthActions:
    """Registers users and hands out their Authorization headers."""

    def __init__(self, client) -> None:
        self.client = client

    def register(self, email: str | None = None, password: str = "correct horse battery", **extra) -> dict:
        email = email or f"user-{uuid.uuid4().hex[:10]}@example.com"
        response = self.client.post(
            "/api/auth/register",
            json={"email": email, "password": password, "full_name": "Test User", **extra},
        )
        assert response.status_code == 201, response.get_json()
        body = response.get_json()
        body["password"] = password
        body["headers"] = {"Authorization": f"Bearer {body['access_token']}"}
        return body

    def headers(self, email: str | None = None) -> dict[str, str]:
        return self.register(email)["headers"]


@pytest.fixture
def auth(client) -> AuthActions:
    return AuthActions(client)


def row_counts(app) -> dict[str, int]:
    """Rows per table: tests of bad input assert that nothing changed."""
    with app.app_context():
        return {
            table.name: db.session.execute(text(f'SELECT COUNT(*) FROM "{table.name}"')).scalar_one()
            for table in db.metadata.sorted_tables
        }


@pytest.fixture
def make_app(app_config: dict[str, Any]) -> Iterator:
    """Builds further app instances on the same database as ``app`` (another web process)."""
    built = []

    def make(**overrides: Any):
        application = create_app({**app_config, **overrides})
        built.append(application)
        return application

    yield make
    for application in built:
        dispose_app(application)


# Tests that use the machine's own Redis server (a shared queue, database indexes chosen by process)
# run on one worker of the parallel run, one after another; everything else is spread over both.
_SHARED_REDIS = (
    "tests/jobs/test_celery_worker.py",
    "tests/jobs/test_events.py",
    "tests/ops/test_ops.py",
    "tests/serving/test_hostile_web.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if (
            item.nodeid.startswith(_SHARED_REDIS)
            or item.get_closest_marker("celery")
            or item.get_closest_marker("redis")
        ):
            item.add_marker(pytest.mark.xdist_group("shared-redis"))
