"""What the benchmarks share: servers started here, users, fixture clips, percentiles, tables."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
import uuid
import wave
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import requests

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "audio"
WORK = ROOT / "bench" / ".work"
SECRET = "bench-secret-" + "x" * 40
CV = (
    "Anna Nowak, senior Python developer.\n"
    "2019-2024: backend engineer at Allegro, where I built Kafka pipelines in Python that process "
    "2 million events a day.\n"
    "At Allegro I led a team of 4 engineers and handled a difficult stakeholder from finance by agreeing weekly demos.\n"
    "2016-2019: developer at Comarch, building REST APIs in Django under tight deadlines.\n"
    "Doświadczenie: Python, Kafka, PostgreSQL, Kubernetes. Języki: polski, angielski.\n"
)

sys.path.insert(0, str(ROOT))


def manifest() -> list[dict[str, Any]]:
    return json.loads((FIXTURES / "manifest.json").read_text())["clips"]


def questions(language: str | None = None) -> list[dict[str, Any]]:
    return [c for c in manifest() if c["is_question"] and (language is None or c["language"] == language)]


def load_wav(name: str) -> np.ndarray:
    with wave.open(str(FIXTURES / name)) as handle:
        return np.frombuffer(handle.readframes(handle.getnframes()), "<i2").astype(np.float32) / 32768


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = (len(ordered) - 1) * q
    low, high = int(index), min(int(index) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (index - low)


def p50(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt(value: float, digits: int = 3) -> str:
    return "–" if value != value else f"{value:.{digits}f}"


def table(headers: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    load = os.getloadavg()
    return (
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"load before run {load[0]:.2f}"
    )


def app_config(db_uri: str, instance: Path, **overrides: Any) -> dict[str, Any]:
    config = {
        "APP_ENV": "testing",
        "INSTANCE_PATH": str(instance),
        "SQLALCHEMY_DATABASE_URI": db_uri,
        "JWT_SECRET_KEY": SECRET,
        "BCRYPT_LOG_ROUNDS": 4,
        "RATELIMIT_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": None,
        "REDIS_URL": None,
        "STT_BACKEND": "offline",
        "ANSWER_BACKEND": "offline",
        "LIVE_MAX_AHEAD_SECONDS": 5.0,
    }
    config.update(overrides)
    return config


@contextmanager
def served(app) -> Iterator[str]:
    from tests.support.live_server import serve_app

    with serve_app(app) as url:
        yield url


def make_app(config: dict[str, Any]):
    from tests.support.apps import build_app

    return build_app(config)


def register(base_url: str, *, cv: str = CV, language: str = "auto") -> dict[str, Any]:
    from tests.support.live_server import register_with_context

    context = {"cv": cv, "company": "Globex", "position": "Senior Backend Engineer", "language": language}
    return register_with_context(base_url, password="benchmark password", context=context, prefix="bench")


def fresh_pg_database() -> str:
    import psycopg2

    name = f"copilot_bench_{uuid.uuid4().hex[:8]}"
    conn = psycopg2.connect("host=127.0.0.1 port=5432 user=postgres dbname=test")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    return f"postgresql://postgres@127.0.0.1:5432/{name}"


def drop_pg_database(url: str) -> None:
    import psycopg2

    name = url.rsplit("/", 1)[1]
    conn = psycopg2.connect("host=127.0.0.1 port=5432 user=postgres dbname=test")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    conn.close()


@contextmanager
def celery_worker(
    env: dict[str, str], concurrency: int = 1, pool: str = "prefork"
) -> Iterator[subprocess.Popen]:
    """A real Celery worker process on the project's worker module."""
    WORK.mkdir(parents=True, exist_ok=True)
    log = open(WORK / f"worker-{uuid.uuid4().hex[:6]}.log", "w")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "worker",
            "worker",
            f"--pool={pool}",
            f"--concurrency={concurrency}",
            "--loglevel=WARNING",
            "-Q",
            "copilot",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        time.sleep(3)
        if process.poll() is not None:
            raise RuntimeError(f"celery worker exited: {Path(log.name).read_text()[-2000:]}")
        yield process
    finally:
        import signal

        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except Exception:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def worker_env(database_url: str, broker: str, instance: Path, **extra: str) -> dict[str, str]:
    return {
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker,
        "REDIS_URL": broker,
        "JWT_SECRET_KEY": SECRET,
        "INSTANCE_PATH": str(instance),
        "LOG_LEVEL": "WARNING",
        "STT_BACKEND": "offline",
        "ANSWER_BACKEND": "offline",
        **extra,
    }


def timed_upload(
    base_url: str, user: dict[str, Any], socket: Any, data: bytes, language: str
) -> dict[str, Any]:
    """Upload a recording and time it from the end of the audio (just before the request) to the
    first answer delta and to done, as the user's open socket sees them; plus its stage times."""
    start_index = len(socket.events)
    t0 = time.monotonic()
    response = requests.post(
        f"{base_url}/api/process_audio",
        headers=user["headers"],
        files={"audio": ("clip.wav", data, "audio/wav")},
        data={"language": language},
        timeout=60,
    )
    accepted = time.monotonic() - t0
    response.raise_for_status()
    job_id = response.json()["job_id"]
    socket.wait_for("job", job_id=job_id, status="done", timeout=120)
    first_delta = done = None
    for event, at in zip(socket.events[start_index:], socket.arrivals[start_index:], strict=False):
        if event.get("job_id") != job_id:
            continue
        if event["type"] == "answer_delta" and first_delta is None:
            first_delta = at - t0
        if event["type"] == "job" and event.get("status") == "done":
            done = at - t0
    job = requests.get(f"{base_url}/api/jobs/{job_id}", headers=user["headers"], timeout=30).json()
    timings = job["stage_timings"]
    result = job["result"] or {}
    return {
        "accepted": accepted,
        "first_delta": first_delta if first_delta is not None else float("nan"),
        "done": done if done is not None else float("nan"),
        "transcribe": timings.get("transcribe", float("nan")),
        "detect": timings.get("detect", float("nan")),
        "answer": timings.get("answer", float("nan")),
        "duration": job["audio"]["duration_s"],
        "answered": bool(result.get("answer")),
        "transcript": result.get("transcript") or "",
        "language": result.get("language"),
    }
