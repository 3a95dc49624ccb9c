"""Upload pipeline: per-stage times, end of audio → first answer delta / → done, p50/p95, in the
embedded mode and with a Celery worker; STT real-time factor; overhead against direct calls.

"End of audio" is the moment the whole recording exists: just before the upload request.
The overhead ratio compares, clip by clip and alternating, the pipeline's end-of-audio → done
with the same backend calls made directly in this process (decode, transcribe, detect, answer).
"""

from __future__ import annotations

import time
from typing import Any

from bench.common import (
    FIXTURES,
    WORK,
    app_config,
    celery_worker,
    drop_pg_database,
    fmt,
    fresh_pg_database,
    make_app,
    p50,
    percentile,
    questions,
    register,
    served,
    table,
    timed_upload,
    worker_env,
)
from tests.support.ws_client import SocketClient

ROUNDS = 3


def _upload_and_time(
    base_url: str, user: dict[str, Any], socket: SocketClient, clip: dict[str, Any]
) -> dict[str, float]:
    return timed_upload(base_url, user, socket, (FIXTURES / clip["file"]).read_bytes(), clip["language"])


def _direct(clip: dict[str, Any], config: dict[str, Any]) -> float:
    """The same work with no web, queue, database or events in between."""
    from bench.common import CV
    from copilot.backends import get_answer_backend, get_transcriber
    from copilot.language.answers.base import AnswerContext
    from copilot.language.questions import detect_question
    from copilot.speech import audio

    t0 = time.monotonic()
    with open(FIXTURES / clip["file"], "rb") as handle:
        decoded = audio.decode_file(handle, max_seconds=300)
    transcript = get_transcriber(config).transcribe(decoded.samples, clip["language"])
    detection = detect_question(transcript.text, clip["language"])
    if detection.is_question:
        context = AnswerContext(cv=CV, company="Globex", position="Senior Backend Engineer")
        "".join(get_answer_backend(config).stream(detection.question, context, detection.language))
    return time.monotonic() - t0


def _run_mode(
    base_url: str, config: dict[str, Any], label: str, clips: list[dict[str, Any]]
) -> dict[str, Any]:
    user = register(base_url)
    socket = SocketClient(base_url.replace("http://", "ws://") + f"/ws/audio?token={user['token']}")
    socket.wait_for("ready")
    try:
        _upload_and_time(base_url, user, socket, clips[0])  # warm-up: model loads
        samples: list[dict[str, float]] = []
        ratios: list[float] = []
        for _ in range(ROUNDS):
            for clip in clips:
                measured = _upload_and_time(base_url, user, socket, clip)
                samples.append(measured | {"language": clip["language"]})
                direct = _direct(clip, config)
                ratios.append(measured["done"] / direct)
        return {"label": label, "samples": samples, "ratios": ratios}
    finally:
        socket.close()


def _rows(result: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for language in ("en", "pl"):
        group = [s for s in result["samples"] if s["language"] == language]
        if not group:
            continue
        row = [result["label"], language, len(group)]
        for key in ("accepted", "transcribe", "detect", "answer", "first_delta", "done"):
            values = [s[key] for s in group if s[key] == s[key]]
            row.append(f"{fmt(p50(values))} / {fmt(percentile(values, 0.95))}")
        rtf = [s["transcribe"] / s["duration"] for s in group if s["duration"]]
        row.append(fmt(p50(rtf), 2))
        rows.append(row)
    return rows


def run() -> str:
    WORK.mkdir(parents=True, exist_ok=True)
    clips = questions()
    results = []

    instance = WORK / "pipeline-embedded"
    instance.mkdir(parents=True, exist_ok=True)
    db_file = instance / "bench.db"
    db_file.unlink(missing_ok=True)
    config = app_config(f"sqlite:///{db_file}", instance)
    app = make_app(config)
    with served(app) as base_url:
        results.append(_run_mode(base_url, app.config, "embedded (SQLite)", clips))
    app.extensions["copilot_queue"].shutdown(wait=True)

    database = fresh_pg_database()
    broker = "redis://127.0.0.1:6379/13"
    instance = WORK / "pipeline-celery"
    instance.mkdir(parents=True, exist_ok=True)
    try:
        import redis

        redis.Redis.from_url(broker).flushdb()
        config = app_config(database, instance, CELERY_BROKER_URL=broker, REDIS_URL=broker)
        app = make_app(config)
        with celery_worker(worker_env(database, broker, instance), concurrency=1), served(app) as base_url:
            results.append(_run_mode(base_url, app.config, "Celery worker (PostgreSQL + Redis)", clips))
        app.extensions["copilot_events"].close()
    finally:
        drop_pg_database(database)

    headers = [
        "mode",
        "lang",
        "n",
        "accept (s)",
        "transcribe",
        "detect",
        "answer",
        "end of audio → 1st delta",
        "→ done",
        "STT RTF p50",
    ]
    rows = [row for result in results for row in _rows(result)]
    ratio_rows = [
        [r["label"], len(r["ratios"]), fmt(p50(r["ratios"]), 2), fmt(percentile(r["ratios"], 0.95), 2)]
        for r in results
    ]
    answered = sum(s["answered"] for r in results for s in r["samples"])
    total = sum(len(r["samples"]) for r in results)
    return "\n\n".join(
        [
            "## Upload pipeline (`bench/pipeline.py`)",
            f"Spoken fixtures ({len(clips)} questions, EN piper voice + PL espeak-ng), {ROUNDS} rounds each after one "
            "warm-up, offline backends. Times in seconds, p50 / p95. `accept` = the upload request (decode + "
            "validate + store + enqueue). Stage times come from the job's `stage_timings`.",
            table(headers, rows),
            "Overhead ratio = pipeline end of audio → done ÷ the same backend calls made directly "
            "(decode, transcribe, detect, answer), measured alternately, clip by clip:",
            table(["mode", "n", "ratio p50", "ratio p95"], ratio_rows),
            f"Answered: {answered} of {total} question clips.",
        ]
    )


if __name__ == "__main__":
    print(run())
