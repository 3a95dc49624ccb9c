"""Hostile traffic, loopback only, bounded in count and time: ``/api/health`` latency while slow,
idle and never-closing connections are held open, in the embedded shape (gunicorn as ``make run``
starts it: SQLite, in-process jobs) and the production shape (nginx from ``deploy/nginx`` in front
of gunicorn on PostgreSQL and Redis); then the memory and time a CV bomb and parallel large JSON
uploads cost the web process.

Speech and answers use the local OpenAI-compatible fake server, so the numbers measure the web
tier, not speech recognition.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import requests

from bench.common import SECRET, drop_pg_database, fmt, fresh_pg_database, table
from tests.support.fake_openai import fake_openai_server
from tests.support.hostile import (
    Attack,
    idle_sockets,
    never_closing,
    percentile,
    probe_health,
    slow_bodies,
    slowloris,
    user_sockets,
)
from tests.support.processes import (
    GunicornProcess,
    NginxProcess,
    production_web_env,
    sqlite_web_env,
)

PROBE_SECONDS = float(os.environ.get("BENCH_HOSTILE_SECONDS", "10"))
REDIS_URL = "redis://127.0.0.1:6379/15"
LOADS: list[tuple[str, Callable[[str, str], list[Attack]]]] = [
    ("none (baseline)", lambda url, token: []),
    ("40 slowloris (half unfinished WebSocket upgrades)", lambda url, token: [slowloris(url, 40)]),
    ("40 slow bodies", lambda url, token: [slow_bodies(url, 40)]),
    ("10 never-closing clients", lambda url, token: [never_closing(url, 10)]),
    ("64 idle unauthenticated sockets", lambda url, token: [idle_sockets(url, 64)]),
    ("34 sockets of one user", lambda url, token: [user_sockets(url, 34, token)]),
    (
        "all of the above at once",
        lambda url, token: [
            slowloris(url, 40),
            slow_bodies(url, 40),
            never_closing(url, 10),
            idle_sockets(url, 64),
            user_sockets(url, 34, token),
        ],
    ),
]


def _worker_pid(master: int) -> int:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return int(children[0])


def _rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextmanager
def embedded(tmp: Path, fake) -> Iterator[dict]:
    gunicorn = GunicornProcess(sqlite_web_env(tmp, fake), tmp)
    gunicorn.start()
    try:
        yield {"url": gunicorn.url, "pid": _worker_pid(gunicorn.proc.pid)}
    finally:
        gunicorn.kill()


@contextmanager
def production(tmp: Path, fake) -> Iterator[dict]:
    pg_url = fresh_pg_database()
    env = production_web_env(tmp, pg_url, REDIS_URL, SECRET, fake)
    gunicorn = GunicornProcess(env, tmp)
    gunicorn.start()
    nginx = NginxProcess(f"127.0.0.1:{gunicorn.port}", tmp)
    try:
        nginx.start()
        yield {"url": nginx.url, "pid": _worker_pid(gunicorn.proc.pid)}
    finally:
        nginx.kill()
        gunicorn.kill()
        drop_pg_database(pg_url)


def _register(url: str) -> dict:
    body = requests.post(
        f"{url}/api/auth/register",
        json={"email": f"bench-{uuid.uuid4().hex[:8]}@example.com", "password": "benchmark password"},
        timeout=30,
    ).json()
    return {"token": body["access_token"], "headers": {"Authorization": f"Bearer {body['access_token']}"}}


def health_under_load(server: dict, shape: str) -> list[list[str]]:
    rows = []
    token = _register(server["url"])["token"]
    for name, build in LOADS:
        attacks = [attack.start() for attack in build(server["url"], token)]
        try:
            time.sleep(3 if attacks else 0)
            held = sum(len(attack.sockets) for attack in attacks)
            sample = probe_health(server["url"], PROBE_SECONDS)
        finally:
            for attack in attacks:
                attack.close()
        opened = sum(attack.opened for attack in attacks)
        rows.append(
            [
                shape,
                name,
                str(held),
                str(opened),
                str(len(sample.latencies)),
                fmt(percentile(sample.latencies, 0.5) * 1000, 1),
                fmt(percentile(sample.latencies, 0.99) * 1000, 1),
                str(sample.errors),
            ]
        )
        time.sleep(1)
    return rows


def _docx_bomb() -> bytes:
    from tests.context.test_cv_bombs import docx_with_xml

    return docx_with_xml(40 * 1024 * 1024)


def _pdf_pages() -> bytes:
    from tests.context.test_cv_bombs import pdf_sharing_one_stream

    return pdf_sharing_one_stream(2000)


def _pdf_stream() -> bytes:
    from tests.context.test_cv_bombs import pdf_with_inflating_stream

    return pdf_with_inflating_stream(60)


def cv_bombs(server: dict, shape: str) -> list[list[str]]:
    user = _register(server["url"])
    context = requests.post(
        f"{server['url']}/api/contexts", headers=user["headers"], json={"name": "CV"}, timeout=30
    ).json()
    rows = []
    for name, build in (
        ("DOCX, 40 MB of XML", _docx_bomb),
        ("PDF, 2,000 pages sharing one stream", _pdf_pages),
        ("PDF, one stream inflating to 60 MB", _pdf_stream),
    ):
        data = build()
        before = _rss_mb(server["pid"], "VmHWM")
        began = time.perf_counter()
        response = requests.post(
            f"{server['url']}/api/contexts/{context['id']}/cv",
            headers=user["headers"],
            files={"file": ("cv.bin", data)},
            timeout=60,
        )
        elapsed = time.perf_counter() - began
        after = _rss_mb(server["pid"], "VmHWM")
        code = response.json().get("error", {}).get("code", "-")
        rows.append(
            [shape, name, f"{len(data) // 1024} KB", f"{response.status_code} {code}", fmt(elapsed, 2),
             fmt(after - before, 1), fmt(after, 0)]
        )  # fmt: skip
    return rows


def _json_body(seconds: int = 150, rate: int = 16000) -> bytes:
    rng = np.random.default_rng(1)
    samples = np.sin(np.arange(seconds * rate) * 2 * np.pi * 220 / rate) * 0.3 + rng.normal(
        0, 0.01, seconds * rate
    )
    numbers = ",".join(f"{value:.6f}" for value in samples)
    return f'{{"audio": [{numbers}], "sampleRate": {rate}, "language": "en"}}'.encode()


def large_json(server: dict, shape: str, body: bytes, parallel: int = 8) -> list[str]:
    user = _register(server["url"])
    headers = {**user["headers"], "Content-Type": "application/json"}
    before = _rss_mb(server["pid"], "VmHWM")
    statuses: list[int] = []
    health: list = []

    def upload() -> None:
        response = requests.post(
            f"{server['url']}/api/process_audio", headers=headers, data=body, timeout=300
        )
        statuses.append(response.status_code)

    threads = [threading.Thread(target=upload) for _ in range(parallel)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    prober = threading.Thread(target=lambda: health.append(probe_health(server["url"], 8)))
    prober.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    prober.join()
    after = _rss_mb(server["pid"], "VmHWM")
    sample = health[0]
    return [
        shape,
        f"{parallel} × {len(body) / 2**20:.0f} MB",
        " ".join(f"{status}×{statuses.count(status)}" for status in sorted(set(statuses))),
        fmt(elapsed, 1),
        fmt(after - before, 0),
        fmt(after, 0),
        fmt(percentile(sample.latencies, 0.99) * 1000, 1),
        str(sample.errors),
    ]


def run() -> str:
    health_rows, bomb_rows, json_rows = [], [], []
    body = _json_body()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as work, fake_openai_server() as fake:
        for shape, start in (("embedded", embedded), ("production (nginx + PostgreSQL + Redis)", production)):
            tmp = Path(work) / shape.split()[0]
            tmp.mkdir()
            with start(tmp, fake) as server:
                health_rows += health_under_load(server, shape)
                bomb_rows += cv_bombs(server, shape)
                json_rows.append(large_json(server, shape, body))
    return "\n\n".join(
        [
            "## Hostile traffic (`bench/hostile.py`)",
            f"gunicorn as `make run` and production start it (one gevent worker); `/api/health` probed on a "
            f"fresh connection every 50 ms for {PROBE_SECONDS:g} s while the connections are held (re-opened "
            "when the server drops one: `opened` counts them all). Loopback, the same 2 cores for clients "
            "and servers; target p99 ≤ 100 ms, no errors.",
            table(
                ["shape", "held open", "held", "opened", "probes", "p50 ms", "p99 ms", "errors"], health_rows
            ),
            "CV bombs: upload time and the growth of the gunicorn worker's peak RSS (VmHWM); the parsing "
            "runs in a child process with its own limits.",
            table(
                ["shape", "document", "size", "answer", "seconds", "peak RSS growth MB", "peak RSS MB"],
                bomb_rows,
            ),
            "Large JSON sample uploads (the old guide's client), in parallel: the worker's peak RSS growth "
            "and `/api/health` meanwhile.",
            table(
                [
                    "shape",
                    "uploads",
                    "answers",
                    "seconds",
                    "peak RSS growth MB",
                    "peak RSS MB",
                    "health p99 ms",
                    "errors",
                ],
                json_rows,
            ),
        ]
    )


if __name__ == "__main__":
    print(run())
