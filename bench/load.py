"""Load: HTTP throughput and latency under gunicorn, the job queue under a burst of 1 000 uploads
with 1 and 2 Celery workers, and a soak of live sockets with the processes' memory watched.

Production-like: PostgreSQL, and Redis for Celery. HTTP load comes from wrk (Debian package)
on loopback, beside the bare ``/api/ping`` route on the same server for the ratio.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests

from bench.common import (
    ROOT,
    SECRET,
    WORK,
    celery_worker,
    drop_pg_database,
    fmt,
    fresh_pg_database,
    load_wav,
    p50,
    percentile,
    register,
    table,
    worker_env,
)
from copilot.speech.audio import encode_wav
from tests.support.fake_openai import fake_openai_server
from tests.support.ws_client import SocketClient

CONCURRENCY = (8, 32, 128)
HTTP_SECONDS = int(os.environ.get("BENCH_HTTP_SECONDS", "10"))
BURST_JOBS = int(os.environ.get("BENCH_BURST_JOBS", "1000"))
SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "600"))
SOAK_SOCKETS = 8


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Gunicorn:
    """``gunicorn wsgi:app`` as the Makefile and Procfile run it, in its own process group."""

    def __init__(self, env: dict[str, str], workers: int = 2, threads: int = 32) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(WORK / f"gunicorn-{self.port}.log", "w")  # noqa: SIM115 - closed in stop()
        flask_env = {**os.environ, **env, "FLASK_APP": "copilot.cli:create_cli_app"}
        subprocess.run(
            [sys.executable, "-m", "flask", "db", "upgrade"],
            cwd=ROOT,
            env=flask_env,
            check=True,
            capture_output=True,
        )
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--worker-class",
                "gthread",
                "--workers",
                str(workers),
                "--threads",
                str(threads),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--timeout",
                "120",
                "wsgi:app",
            ],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/api/ping", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.3)
        else:
            raise RuntimeError(
                "gunicorn did not start: " + (WORK / f"gunicorn-{self.port}.log").read_text()[-2000:]
            )
        time.sleep(3)  # let each worker load its speech model before measuring

    def pids(self) -> list[int]:
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout
        return [self.process.pid] + [int(p) for p in children.split()]

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        total += int(match.group(1)) if match else 0
    return total / 1024


def _wrk(url: str, connections: int, headers: dict[str, str], script: Path | None = None) -> dict[str, float]:
    command = [
        "wrk",
        "-t",
        "2",
        "-c",
        str(connections),
        "-d",
        f"{HTTP_SECONDS}s",
        "--latency",
        "--timeout",
        "10s",
    ]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))

    def latency(label: str) -> float:
        match = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", output)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": rps,
        "p50": latency("50"),
        "p99": latency("99"),
        "non2xx": int(errors.group(1)) if errors else 0,
    }


def http_load() -> str:
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is needed for the HTTP load benchmark: apt-get install wrk")
    database = fresh_pg_database()
    instance = WORK / "load-http"
    instance.mkdir(parents=True, exist_ok=True)
    env = {
        "DATABASE_URL": database,
        "JWT_SECRET_KEY": SECRET,
        "INSTANCE_PATH": str(instance),
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLED": "false",
        "BCRYPT_LOG_ROUNDS": "4",
    }
    server = Gunicorn(env)
    try:
        user = register(server.url)
        for i in range(60):
            requests.post(
                f"{server.url}/api/ask",
                headers=user["headers"],
                json={"text": f"Why do you want to work with Kafka at Globex, take {i}?"},
                timeout=30,
            )
        ask_script = WORK / "ask.lua"
        ask_script.write_text(
            'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
            'wrk.body = \'{"text": "so tell me about a time you worked with kafka", "save": false}\'\n'
        )
        auth = {"Authorization": user["headers"]["Authorization"]}
        rows = []
        ratios = []
        for connections in CONCURRENCY:
            bare = _wrk(server.url + "/api/ping", connections, {})
            history = _wrk(server.url + "/api/history?limit=20", connections, auth)
            ask = _wrk(server.url + "/api/ask", connections, auth, ask_script)
            for name, result in (
                ("GET /api/ping (bare)", bare),
                ("GET /api/history", history),
                ("POST /api/ask", ask),
            ):
                rows.append(
                    [
                        connections,
                        name,
                        f"{result['rps']:.0f}",
                        fmt(result["p50"], 1),
                        fmt(result["p99"], 1),
                        result["non2xx"],
                    ]
                )
            ratios.append(
                [connections, fmt(history["rps"] / bare["rps"], 2), fmt(ask["rps"] / bare["rps"], 2)]
            )
    finally:
        server.stop()
        drop_pg_database(database)
    return "\n\n".join(
        [
            "### HTTP under gunicorn (2 gthread workers × 32 threads, PostgreSQL)",
            f"wrk, 2 threads, {HTTP_SECONDS} s per cell, on the same 2 cores as the server. History: 20 of 60 "
            "entries per page, authenticated. Ask: offline detection + grounded answer, not saved. Latency in ms.",
            table(["clients", "route", "req/s", "p50 ms", "p99 ms", "non-2xx"], rows),
            table(["clients", "history ÷ bare", "ask ÷ bare"], ratios),
        ]
    )


def _tone_wav(seconds: float = 0.6) -> bytes:
    t = np.arange(int(16000 * seconds)) / 16000
    samples = (0.3 * np.sin(2 * np.pi * 220 * t) * np.hanning(len(t))).astype(np.float32)
    return encode_wav(samples)


def job_burst() -> str:
    from copilot import create_app
    from copilot.extensions import db
    from copilot.models import InterviewHistory, Job

    rows = []
    for workers in (1, 2):
        database = fresh_pg_database()
        broker = "redis://127.0.0.1:6379/12"
        instance = WORK / f"load-burst-{workers}"
        instance.mkdir(parents=True, exist_ok=True)
        import redis

        redis.Redis.from_url(broker).flushdb()
        with fake_openai_server() as fake:
            fake.set_transcripts(["Why do you want to work at Globex?"] * (BURST_JOBS + 10))
            fake.set_answer(
                "I want to build reliable data pipelines at Globex with the Kafka experience from my CV."
            )
            remote = {
                "OPENAI_BASE_URL": fake.base_url,
                "OPENAI_API_KEY": fake.api_key,
                "STT_BACKEND": "openai",
                "ANSWER_BACKEND": "openai",
            }
            app = create_app(
                {
                    "APP_ENV": "testing",
                    "INSTANCE_PATH": str(instance),
                    "SQLALCHEMY_DATABASE_URI": database,
                    "JWT_SECRET_KEY": SECRET,
                    "BCRYPT_LOG_ROUNDS": 4,
                    "RATELIMIT_ENABLED": False,
                    "LOG_LEVEL": "WARNING",
                    "CELERY_BROKER_URL": broker,
                    "REDIS_URL": broker,
                    **remote,
                }
            )
            with app.app_context():
                db.create_all()
            client = app.test_client()
            token = client.post(
                "/api/auth/register",
                json={"email": "burst@example.com", "password": "long enough", "full_name": "B"},
            ).get_json()["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            wav = _tone_wav()
            env = worker_env(database, broker, instance, **{k: str(v) for k, v in remote.items()})
            with celery_worker(env, concurrency=workers, pool="threads"):
                # One idle round first: enqueue → start with nothing ahead in the queue.
                idle = []
                for _ in range(10):
                    response = client.post(
                        "/api/process_audio?wait=10",
                        headers=headers,
                        data={"audio": (io.BytesIO(wav), "a.wav")},
                        content_type="multipart/form-data",
                    )
                    idle.append(response.get_json()["job_id"])

                def upload(_: int, app=app, headers=headers, wav=wav) -> str:
                    response = app.test_client().post(
                        "/api/process_audio",
                        headers=headers,
                        data={"audio": (io.BytesIO(wav), "a.wav")},
                        content_type="multipart/form-data",
                    )
                    return response.get_json()["job_id"]

                began = time.monotonic()
                with ThreadPoolExecutor(max_workers=8) as pool:
                    burst = list(pool.map(upload, range(BURST_JOBS)))
                enqueued_in = time.monotonic() - began
                deadline = time.monotonic() + 1800
                with app.app_context():
                    while time.monotonic() < deadline:
                        db.session.rollback()
                        left = db.session.query(Job).filter(Job.status.notin_(("done", "failed"))).count()
                        if left == 0:
                            break
                        time.sleep(0.5)
                    total_s = time.monotonic() - began
                    jobs = {job.id: job for job in db.session.query(Job).all()}
                    history_by_job: dict[str, int] = {}
                    for (job_id,) in db.session.query(InterviewHistory.job_id).all():
                        history_by_job[job_id] = history_by_job.get(job_id, 0) + 1
            app.extensions["copilot_events"].close()
        done = [jobs[j] for j in burst if jobs[j].status == "done"]
        lost = [j for j in burst if jobs[j].status != "done"]
        duplicated = [j for j, count in history_by_job.items() if count > 1]
        missing_history = [j for j in burst if history_by_job.get(j, 0) != 1]
        idle_overhead = [(jobs[j].started_at - jobs[j].enqueued_at).total_seconds() * 1000 for j in idle]
        burst_wait = [
            (jobs[j].started_at - jobs[j].enqueued_at).total_seconds() for j in burst if jobs[j].started_at
        ]
        rows.append(
            [
                workers,
                BURST_JOBS,
                len(done),
                len(lost),
                len(duplicated) + len(missing_history) - len(lost),
                f"{len(done) / total_s:.1f}",
                f"{enqueued_in:.1f}",
                fmt(p50(idle_overhead), 1),
                fmt(percentile(idle_overhead, 0.95), 1),
                fmt(p50(burst_wait), 1),
            ]
        )
        drop_pg_database(database)
    return "\n\n".join(
        [
            f"### Job queue: {BURST_JOBS} uploads at once",
            "Uploads through the API (8 client threads, 0.6 s wav each), a real Celery worker (threads pool, "
            "concurrency = workers) on Redis, PostgreSQL, and the OpenAI-compatible backends served by the local "
            "fake server, so the numbers measure the queue, not speech recognition. `enqueue→start` is a job's "
            "`started_at − enqueued_at` when the worker is idle (10 jobs one at a time before the burst); "
            "`queue wait` is the same inside the burst.",
            table(
                [
                    "workers",
                    "jobs",
                    "done",
                    "lost",
                    "duplicated history",
                    "jobs/s",
                    "enqueue s",
                    "enqueue→start p50 ms",
                    "p95 ms",
                    "burst queue wait p50 s",
                ],
                rows,
            ),
        ]
    )


def soak() -> str:
    instance = WORK / "load-soak"
    shutil.rmtree(instance, ignore_errors=True)
    instance.mkdir(parents=True, exist_ok=True)
    env = {
        "INSTANCE_PATH": str(instance),
        "JWT_SECRET_KEY": SECRET,
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLED": "false",
        "BCRYPT_LOG_ROUNDS": "4",
        "LIVE_PARTIALS": "false",
    }
    server = Gunicorn(env, workers=1, threads=32)
    clips = [load_wav("en_why_our_company.wav"), load_wav("en_tight_deadlines.wav")]
    samples_mb: list[tuple[float, float]] = []
    sent = answered = 0
    lock = threading.Lock()
    stop = threading.Event()

    def client(index: int) -> None:
        nonlocal sent, answered
        user = register(server.url)
        socket = SocketClient(
            server.url.replace("http://", "ws://") + f"/ws/audio?token={user['token']}", timeout=120
        )
        socket.wait_for("ready", timeout=60)
        socket.send({"type": "start", "sampleRate": 16000, "language": "en"})
        began = time.monotonic()
        position = 0.0
        count = 0
        time.sleep(index * 0.6)
        while not stop.is_set():
            stream = np.concatenate(
                [np.zeros(8000, np.float32), clips[count % 2], np.zeros(24000, np.float32)]
            )
            for start in range(0, len(stream), 1600):
                socket.send_binary(stream[start : start + 1600].astype("<f4").tobytes())
                position += 0.1
                delay = began + position + index * 0.6 - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            count += 1
        time.sleep(20)
        with lock:
            sent += count
            answered += len(socket.of_type("answer"))
        socket.close()

    try:
        threads = [threading.Thread(target=client, args=(i,)) for i in range(SOAK_SOCKETS)]
        for thread in threads:
            thread.start()
        began = time.monotonic()
        while time.monotonic() - began < SOAK_SECONDS:
            samples_mb.append((time.monotonic() - began, rss_mb(server.pids())))
            time.sleep(10)
        stop.set()
        for thread in threads:
            thread.join(timeout=120)
        samples_mb.append((time.monotonic() - began, rss_mb(server.pids())))
    finally:
        server.stop()
    first_minute = [mb for t, mb in samples_mb if 60 <= t < 120] or [samples_mb[0][1]]
    last_minute = [mb for t, mb in samples_mb if t >= samples_mb[-1][0] - 60]
    times = np.array([t for t, _ in samples_mb if t >= 60])
    values = np.array([mb for t, mb in samples_mb if t >= 60])
    slope = float(np.polyfit(times / 60, values, 1)[0]) if len(times) > 2 else float("nan")
    return "\n\n".join(
        [
            f"### Soak: {SOAK_SOCKETS} live sockets for {SOAK_SECONDS / 60:.0f} min",
            "gunicorn (1 gthread worker, embedded executor — the web process is also the job worker), each socket "
            "streaming spoken questions in real time, back to back. Memory is the RSS of the gunicorn master + worker.",
            table(
                [
                    "utterances sent",
                    "answered",
                    "RSS 2nd minute MB",
                    "RSS last minute MB",
                    "trend after minute 1 MB/min",
                ],
                [[sent, answered, fmt(p50(first_minute), 0), fmt(p50(last_minute), 0), fmt(slope, 2)]],
            ),
        ]
    )


def fuzz() -> str:
    examples = os.environ.get("BENCH_FUZZ_EXAMPLES", "60")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/security/test_fuzz_openapi.py",
        ],
        cwd=ROOT,
        env={**os.environ, "FUZZ_MAX_EXAMPLES": examples},
        capture_output=True,
        text=True,
    )
    summary_path = ROOT / "test-artifacts" / "fuzz-summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    last = (result.stdout.strip().splitlines() or ["no output"])[-1]
    codes = ", ".join(f"{code}: {count}" for code, count in summary.get("status_codes", {}).items())
    return "\n\n".join(
        [
            "### Fuzzing the API from its OpenAPI document",
            f"schemathesis (`tests/security/test_fuzz_openapi.py`), up to {examples} examples per operation "
            "and mode (valid and invalid data), checks: no 5xx, every error in the JSON shape, responses "
            "match the schema.",
            table(
                ["requests", "operations", "seconds", "status codes", "failing operations", "pytest"],
                [
                    [
                        summary.get("requests", "–"),
                        summary.get("operations", "–"),
                        summary.get("seconds", "–"),
                        codes,
                        summary.get("failures", "–"),
                        last,
                    ]
                ],
            ),
        ]
    )


def run() -> str:
    WORK.mkdir(parents=True, exist_ok=True)
    parts = ["## Load (`bench/load.py`)"]
    for section in (http_load, job_burst, soak, fuzz):
        began = time.monotonic()
        print(f"  load: {section.__name__} ...", file=sys.stderr, flush=True)
        parts.append(section())
        print(f"  load: {section.__name__} took {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    return "\n\n".join(parts)


if __name__ == "__main__":
    names = sys.argv[1:] or ["http_load", "job_burst", "soak", "fuzz"]
    print("\n\n".join(globals()[name]() for name in names))
