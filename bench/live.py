"""Live sockets: N concurrent clients (1, 4, 16, 32) each streaming speech in real time.

For each utterance: end of speech (the last speech frame sent) → first ``answer_delta``, and
the share of utterances answered. Each client is its own user, so every socket sees only its
own events. Embedded mode, offline backends.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np

from bench.common import WORK, app_config, fmt, load_wav, make_app, p50, percentile, register, served, table
from tests.support.ws_client import SocketClient

CLIPS = ["en_why_our_company.wav", "en_python_kafka.wav", "en_tight_deadlines.wav"]
LEVELS = (1, 4, 16, 32)
FRAME_S = 0.1


def voice_ends_at(samples: np.ndarray) -> float:
    """Seconds into the clip where the voice stops: the end of its last 30 ms frame louder than
    5 % of the loudest frame (recordings carry their own trailing silence)."""
    frame = 480
    rms = np.sqrt(np.mean(samples[: len(samples) // frame * frame].reshape(-1, frame) ** 2, axis=1))
    voiced = np.nonzero(rms > 0.05 * rms.max())[0]
    return float((voiced[-1] + 1) * frame / 16000)


def stream_session(
    base_url: str,
    user: dict[str, Any],
    out: list[dict[str, Any]],
    offset: float = 0.0,
    *,
    clips: list[np.ndarray] | None = None,
    language: str = "en",
) -> None:
    """One socket streams ``clips`` (16 kHz; the English fixtures by default) like a microphone and
    appends, per clip, the latency from the end of its voice to the first delta of an answer that
    was kept, whether it was answered, and the session's withdrawn answers and extra utterances."""
    clips = clips if clips is not None else [load_wav(name) for name in CLIPS]
    time.sleep(offset)  # clients don't start in lock step
    socket = SocketClient(
        base_url.replace("http://", "ws://") + f"/ws/audio?token={user['token']}", timeout=120
    )
    try:
        socket.wait_for("ready", timeout=60)
        socket.send({"type": "start", "sampleRate": 16000, "language": language})
        ends: list[float] = []
        began = time.monotonic()
        sent_s = 0.0
        step = int(16000 * FRAME_S)
        for clip in clips:
            speech_end_at = sent_s + 0.5 + voice_ends_at(clip)
            stream = np.concatenate(
                [np.zeros(8000, np.float32), clip, np.zeros(int(16000 * 1.5), np.float32)]
            )
            # Like a microphone: a frame leaves when the last of its audio has been "recorded",
            # so the voice really stops at began + speech_end_at, by the clock.
            ends.append(began + speech_end_at)
            for start in range(0, len(stream), step):
                chunk = stream[start : start + step]
                sent_s += len(chunk) / 16000
                delay = began + sent_s - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                socket.send_binary(chunk.astype("<f4").tobytes())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _settled(socket) < len(clips):
            time.sleep(0.2)
        withdrawn = {e["job_id"] for e in socket.of_type("answer_withdrawn")}
        first_delta: dict[str, float] = {}
        order: list[str] = []
        languages: dict[str, str] = {}
        jobs: dict[str, int] = {}
        for event, at in zip(socket.events, socket.arrivals, strict=False):
            utterance = event.get("utterance_id")
            if (
                event["type"] == "job"
                and event.get("status") == "queued"
                and event.get("job_id") not in withdrawn
            ):
                if utterance not in order:
                    order.append(utterance)
                jobs[utterance] = jobs.get(utterance, 0) + 1
            if event["type"] == "transcription" and event.get("final") and event.get("language"):
                languages[utterance] = event["language"]
            if event["type"] == "answer_delta" and event.get("job_id") not in withdrawn:
                first_delta.setdefault(utterance, at)
        for index, end in enumerate(ends):
            utterance = order[index] if index < len(order) else None
            at = first_delta.get(utterance) if utterance else None
            out.append(
                {
                    "latency": (at - end) if at else None,
                    "answered": at is not None,
                    "language": languages.get(utterance),
                }
            )
        out.append({"withdrawn": len(withdrawn), "extra_utterances": max(0, len(order) - len(clips))})
    finally:
        socket.close()


def _settled(socket: SocketClient) -> int:
    """Utterances whose job has ended (answered or not), withdrawn ones aside."""
    withdrawn = {e["job_id"] for e in socket.of_type("answer_withdrawn")}
    return sum(
        1
        for e in socket.of_type("job")
        if e.get("status") in ("done", "failed") and e["job_id"] not in withdrawn
    )


def utterance_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in results if "latency" in r]


def measure_sockets(level: int, **app_overrides: Any) -> list[dict[str, Any]]:
    """``level`` sockets at once on a fresh embedded app, each streaming the English clips."""
    instance = WORK / f"live-{level}"
    instance.mkdir(parents=True, exist_ok=True)
    db_file = instance / "bench.db"
    db_file.unlink(missing_ok=True)
    app = make_app(app_config(f"sqlite:///{db_file}", instance, EMBEDDED_WORKERS=2, **app_overrides))
    results: list[dict[str, Any]] = []
    with served(app) as base_url:
        warm = register(base_url)
        stream_session(base_url, warm, [])  # loads the models
        users = [register(base_url) for _ in range(level)]
        threads = [
            threading.Thread(target=stream_session, args=(base_url, user, results, (i * 0.37) % 2.0))
            for i, user in enumerate(users)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    app.extensions["copilot_queue"].shutdown(wait=True)
    return results


def socket_rows(levels: tuple[int, ...] = LEVELS) -> list[list[Any]]:
    rows = []
    for level in levels:
        results = utterance_rows(measure_sockets(level))
        latencies = [r["latency"] for r in results if r["latency"] is not None]
        total = level * len(CLIPS)
        answered = sum(r["answered"] for r in results)
        rows.append(
            [
                level,
                total,
                f"{answered} ({answered / total:.0%})",
                total - answered,
                fmt(p50(latencies), 2),
                fmt(percentile(latencies, 0.95), 2),
            ]
        )
    return rows


SOCKET_HEADERS = ["sockets", "utterances", "answered", "lost", "latency p50", "latency p95"]


def run() -> str:
    return "\n\n".join(
        [
            "## Live sockets (`bench/live.py`)",
            f"Each client streams {len(CLIPS)} spoken questions in real time (100 ms float32 frames, 0.5 s "
            "silence before, 1.5 s after each); embedded mode, offline backends; one user per socket. "
            "Latency = end of speech (the moment the last voiced 30 ms of the "
            "clip was sent, not the end of the file's trailing silence) → first `answer_delta` of an answer "
            "that was kept, in seconds.",
            table(SOCKET_HEADERS, socket_rows()),
        ]
    )


if __name__ == "__main__":
    print(run())
