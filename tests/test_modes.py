"""The two modes: data survives a restart on SQLite and PostgreSQL, the in-memory mode loses it,
and production start-up refuses an unsafe JWT secret."""

from __future__ import annotations

import logging
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from copilot import create_app
from copilot.config import ConfigError, load_config, normalize_database_url
from copilot.extensions import db
from tests.conftest import base_config

ROOT = Path(__file__).resolve().parent.parent
CREDENTIALS = {"email": "restart@example.com", "password": "long enough"}


def _build(config: dict, create_tables: bool = True):
    app = create_app(config)
    if create_tables:
        with app.app_context():
            db.create_all()
    return app


def _close(app) -> None:
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


def _restart_keeps_data(config: dict) -> None:
    first = _build(config)
    registered = first.test_client().post("/api/auth/register", json=CREDENTIALS)
    assert registered.status_code == 201
    token = registered.get_json()["access_token"]
    _close(first)

    second = _build(config, create_tables=False)
    try:
        client = second.test_client()
        assert client.post("/api/auth/login", json=CREDENTIALS).status_code == 200
        assert client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    finally:
        _close(second)


def test_restart_keeps_data_in_the_default_sqlite_file(tmp_path):
    config = base_config(tmp_path)  # no database settings: the embedded default
    _restart_keeps_data(config)
    assert (tmp_path / "instance" / "copilot.db").exists()


@pytest.mark.postgres
def test_restart_keeps_data_in_postgresql(tmp_path, pg_database_factory):
    url = pg_database_factory()
    _restart_keeps_data(base_config(tmp_path, DATABASE_URL=url))


def test_in_memory_mode_loses_data_on_restart_and_says_so(tmp_path, caplog):
    config = base_config(tmp_path, USE_DATABASE=False)
    with caplog.at_level(logging.WARNING):
        first = create_app(config)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("lost" in message and "USE_DATABASE" in message for message in warnings), warnings
    assert first.config["DATABASE_MODE"] == "memory"
    client = first.test_client()
    assert client.post("/api/auth/register", json=CREDENTIALS).status_code == 201
    assert client.post("/api/auth/login", json=CREDENTIALS).status_code == 200
    assert not (tmp_path / "instance" / "copilot.db").exists()

    second = create_app(config)
    try:
        response = second.test_client().post("/api/auth/login", json=CREDENTIALS)
        assert response.status_code == 401
    finally:
        _close(first)
        _close(second)


# --- secrets ----------------------------------------------------------------------------------


def _production(tmp_path, secret, **extra) -> dict:
    return base_config(
        tmp_path,
        APP_ENV="production",
        JWT_SECRET_KEY=secret,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'prod.db'}",
        **extra,
    )


@pytest.mark.parametrize(
    ("secret", "message"),
    [
        (None, "JWT_SECRET_KEY is not set"),
        ("", "JWT_SECRET_KEY is not set"),
        ("k" * 31, "31 characters"),
        ("your-secret-key-change-in-production", "well-known default"),
        ("YOUR-SECRET-KEY-CHANGE-IN-PRODUCTION", "well-known default"),
    ],
)
def test_production_refuses_an_unsafe_secret(tmp_path, secret, message):
    with pytest.raises(ConfigError) as refused:
        create_app(_production(tmp_path, secret))
    assert message in str(refused.value)
    assert "JWT_SECRET_KEY" in str(refused.value)
    assert not (tmp_path / "instance" / "jwt_secret").exists()


def test_a_database_url_means_production_rules(tmp_path):
    config = base_config(
        tmp_path, DATABASE_URL="postgresql://postgres@127.0.0.1:5432/test", JWT_SECRET_KEY="short"
    )
    with pytest.raises(ConfigError, match="at least 32"):
        create_app(config)


def test_production_accepts_a_random_32_character_secret(tmp_path):
    secret = secrets.token_hex(16)
    assert len(secret) == 32
    app = _build(_production(tmp_path, secret))
    try:
        assert app.config["JWT_SECRET_KEY"] == secret
        response = app.test_client().post("/api/auth/register", json=CREDENTIALS)
        assert response.status_code == 201
    finally:
        _close(app)


def test_dev_secret_is_generated_once_and_reused(tmp_path):
    config = base_config(tmp_path, JWT_SECRET_KEY=None, APP_ENV="development")
    first = _build(config)
    path = tmp_path / "instance" / "jwt_secret"
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = path.read_text().strip()
    assert len(secret) >= 32
    assert first.config["JWT_SECRET_KEY"] == secret
    token = first.test_client().post("/api/auth/register", json=CREDENTIALS).get_json()["access_token"]
    _close(first)

    second = _build(config, create_tables=False)
    try:
        assert second.config["JWT_SECRET_KEY"] == secret
        me = second.test_client().get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200
    finally:
        _close(second)
    assert path.read_text().strip() == secret


def test_postgres_scheme_is_normalised():
    assert normalize_database_url("postgres://u:p@db:5432/app") == "postgresql+psycopg2://u:p@db:5432/app"
    assert normalize_database_url("postgresql://u@db/app") == "postgresql+psycopg2://u@db/app"
    assert normalize_database_url("sqlite:///x.db") == "sqlite:///x.db"
    settings = load_config({"DATABASE_URL": "postgres://u:p@db/app"})
    assert settings["DATABASE_URL"] == "postgresql+psycopg2://u:p@db/app"


@pytest.mark.postgres
def test_postgres_url_from_heroku_works(tmp_path, pg_database_factory):
    url = pg_database_factory().replace("postgresql://", "postgres://", 1)
    assert url.startswith("postgres://")
    app = _build(base_config(tmp_path, DATABASE_URL=url))
    try:
        assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg2://")
        health = app.test_client().get("/api/health").get_json()
        assert (health["database"], health["database_mode"]) == ("ok", "postgresql")
    finally:
        _close(app)


def test_cli_start_up_with_a_short_secret_fails_with_a_clear_message(tmp_path):
    environ = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "JWT_SECRET_KEY", "FLASK_ENV"}
    }
    environ.update(APP_ENV="production", JWT_SECRET_KEY="k" * 31, INSTANCE_PATH=str(tmp_path / "instance"))
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("flask")),
            "--app",
            "copilot.cli:create_cli_app",
            "users",
            "list",
        ],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "JWT_SECRET_KEY is 31 characters long; it must be at least 32" in output


def _read_dev_secret(instance: str, start, results) -> None:
    from copilot.config import _dev_secret

    start.wait()
    try:
        results.put(_dev_secret(Path(instance)))
    except Exception as exc:  # reported to the test, which fails on it
        results.put(f"error: {exc!r}")


def test_processes_starting_together_agree_on_one_dev_secret(tmp_path):
    """A web process and a worker started at once must not end up with different secrets."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    instance = str(tmp_path / "instance")
    workers = [context.Process(target=_read_dev_secret, args=(instance, start, results)) for _ in range(8)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(30)
    secrets_seen = {results.get(timeout=5) for _ in workers}
    assert len(secrets_seen) == 1, secrets_seen
    assert secrets_seen == {(tmp_path / "instance" / "jwt_secret").read_text().strip()}
    assert [p.name for p in (tmp_path / "instance").iterdir()] == ["jwt_secret"]
