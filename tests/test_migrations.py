"""``flask db upgrade`` from an empty database, on SQLite and PostgreSQL, gives exactly the models' schema."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from copilot.config import normalize_database_url
from copilot.extensions import db

ROOT = Path(__file__).resolve().parent.parent
FLASK = str(Path(sys.executable).with_name("flask"))
SECRET = "m" * 48
CLEARED = (
    "DATABASE_URL",
    "USE_DATABASE",
    "REDIS_URL",
    "CELERY_BROKER_URL",
    "APP_ENV",
    "FLASK_ENV",
    "JWT_SECRET_KEY",
    "OPENAI_API_KEY",
    "INSTANCE_PATH",
)


def flask_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in CLEARED}
    environ.update({"FLASK_APP": "copilot.cli:create_cli_app", "LOG_LEVEL": "WARNING", **env})
    return subprocess.run(
        [FLASK, *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120, check=False
    )


def head_revision() -> str:
    from alembic.config import Config

    config = Config(str(ROOT / "migrations" / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    return ScriptDirectory.from_config(config).get_current_head()


def assert_schema_matches_models(url: str) -> None:
    import copilot.models  # noqa: F401  (registers every table on db.metadata)

    engine = create_engine(normalize_database_url(url))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, db.metadata) == []
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert {t.name for t in db.metadata.sorted_tables} <= tables
    assert {"users", "interview_contexts", "interview_history", "jobs"} <= tables


def test_upgrade_from_empty_on_sqlite(tmp_path):
    instance = tmp_path / "instance"
    result = flask_cli("db", "upgrade", INSTANCE_PATH=str(instance))
    assert result.returncode == 0, result.stderr
    database = instance / "copilot.db"
    assert database.exists()  # the embedded default: a file in the instance folder
    assert_schema_matches_models(f"sqlite:///{database}")


@pytest.mark.postgres
def test_upgrade_from_empty_on_postgresql(tmp_path, pg_database_factory):
    url = pg_database_factory()
    env = {"DATABASE_URL": url, "INSTANCE_PATH": str(tmp_path / "instance"), "JWT_SECRET_KEY": SECRET}
    result = flask_cli("db", "upgrade", **env)
    assert result.returncode == 0, result.stderr
    assert_schema_matches_models(url)

    downgraded = flask_cli("db", "downgrade", "base", **env)
    assert downgraded.returncode == 0, downgraded.stderr
    engine = create_engine(normalize_database_url(url))
    try:
        with engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrading_to_interview_records_keeps_existing_rows_on_sqlite(tmp_path):
    """0003 copies interview_history on SQLite (a new foreign key) but must not copy jobs: a copy
    would drop the audio rows that cascade from it."""
    import sqlite3

    instance = tmp_path / "instance"
    result = flask_cli("db", "upgrade", "0002", INSTANCE_PATH=str(instance))
    assert result.returncode == 0, result.stderr
    database = instance / "copilot.db"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute(
            "INSERT INTO users VALUES ('u1', 'a@example.com', 'x', 'A', 1, 0, '2025-01-01', '2025-01-01')"
        )
        connection.execute(
            "INSERT INTO jobs (id, user_id, kind, status, progress, language, attempts, max_attempts,"
            " stage_timings, created_at, updated_at) VALUES ('j1', 'u1', 'upload', 'queued', 0, 'auto',"
            " 0, 3, '{}', '2025-01-01', '2025-01-01')"
        )
        connection.execute("INSERT INTO job_audio VALUES ('j1', 16000, x'00000000', '2025-01-01')")
        connection.execute(
            "INSERT INTO interview_history (user_id, job_id, question, answer, transcript, language,"
            " created_at) VALUES ('u1', 'j1', 'Why?', 'Because.', '', 'en', '2025-01-01')"
        )

    result = flask_cli("db", "upgrade", INSTANCE_PATH=str(instance))
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT job_id FROM job_audio").fetchall() == [("j1",)]
        assert connection.execute("SELECT forced, interview_id, speaker FROM jobs").fetchall() == [
            (0, None, None)
        ]
        assert connection.execute("SELECT question, interview_id FROM interview_history").fetchall() == [
            ("Why?", None)
        ]
    assert_schema_matches_models(f"sqlite:///{database}")
