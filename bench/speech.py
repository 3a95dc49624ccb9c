"""Speech in every language, against the targets of the speech work (one run, side by side):

* what ``language: auto`` costs against a fixed language, for uploads and live sockets;
* Polish: upload end of audio → first delta and live end of speech → first delta, p50/p95;
* word error rates: Polish on the natural-sounding set beside the repository, English on the
  fixtures (and the espeak-ng Polish fixtures, for the record);
* live sockets 1/4/16/32 (``bench/live.py``'s measurement);
* endpointing: English, one socket, end of speech → first delta with answers started at the
  short pause against waiting for the full silence, and the false starts that costs.

Variants are measured alternately, clip by clip, so load from elsewhere hits both alike.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import (
    FIXTURES,
    WORK,
    app_config,
    fmt,
    make_app,
    manifest,
    p50,
    percentile,
    register,
    served,
    table,
    timed_upload,
)
from bench.live import CLIPS, SOCKET_HEADERS, socket_rows, stream_session, utterance_rows
from copilot.speech import audio
from tests.support.polish import POLISH, polish_clips
from tests.support.wer import wer
from tests.support.ws_client import SocketClient

ROUNDS = 2
# Live Polish: every other utterance of the set (both voices, questions and commands).
LIVE_POLISH = slice(0, None, 2)


def _decode(path: Path) -> np.ndarray:
    with path.open("rb") as handle:
        return audio.decode_file(handle, max_seconds=60).samples


def _app(name: str, **overrides: Any):
    instance = WORK / f"speech-{name}"
    instance.mkdir(parents=True, exist_ok=True)
    db_file = instance / "bench.db"
    db_file.unlink(missing_ok=True)
    return make_app(app_config(f"sqlite:///{db_file}", instance, EMBEDDED_WORKERS=2, **overrides))


def _p(values: list[float]) -> str:
    values = [v for v in values if v == v]
    return f"{fmt(p50(values), 2)} / {fmt(percentile(values, 0.95), 2)}"


# -- uploads -----------------------------------------------------------------------------------


def _uploads(base_url: str) -> dict[str, list[dict[str, Any]]]:
    """Every clip uploaded with its language fixed and with auto, alternately."""
    english = [c for c in manifest() if c["language"] == "en"]
    espeak = [c for c in manifest() if c["language"] == "pl"]
    polish = polish_clips()
    user = register(base_url, language="auto")
    socket = SocketClient(base_url.replace("http://", "ws://") + f"/ws/audio?token={user['token']}")
    socket.wait_for("ready")
    runs: dict[str, list[dict[str, Any]]] = {}
    try:
        timed_upload(base_url, user, socket, (FIXTURES / english[0]["file"]).read_bytes(), "auto")  # warm-up
        work = [("en", FIXTURES / c["file"], c["text"]) for c in english] * ROUNDS
        work += [("pl", POLISH / c["file"], c["reference"]) for c in polish]
        work += [("pl-espeak", FIXTURES / c["file"], c["text"]) for c in espeak]
        for index, (group, path, reference) in enumerate(work):
            fixed = "pl" if group.startswith("pl") else "en"
            order = (fixed, "auto") if index % 2 == 0 else ("auto", fixed)
            for language in order:
                measured = timed_upload(base_url, user, socket, path.read_bytes(), language)
                measured["wer"] = wer(reference, measured["transcript"])
                measured["expected"] = fixed
                runs.setdefault(f"{group}:{'auto' if language == 'auto' else 'fixed'}", []).append(measured)
    finally:
        socket.close()
    return runs


def _upload_tables(runs: dict[str, list[dict[str, Any]]]) -> tuple[list[list[Any]], list[list[Any]]]:
    latency_rows, wer_rows = [], []
    for group, label, target in (
        ("en", "English (fixtures, 3-6 s)", None),
        ("pl", "Polish (natural-sounding set, 1.7-5.8 s)", 1.0),
        ("pl-espeak", "Polish (espeak-ng fixtures)", None),
    ):
        fixed, auto = runs[f"{group}:fixed"], runs[f"{group}:auto"]
        # Pairs where both runs were answered (commands in the Polish set are not questions).
        ratio = [
            a["first_delta"] / f["first_delta"]
            for a, f in zip(auto, fixed, strict=True)
            if a["first_delta"] == a["first_delta"] and f["first_delta"] == f["first_delta"]
        ]
        right = sum(a["language"] == a["expected"] for a in auto)
        latency_rows.append(
            [
                label,
                len(fixed),
                _p([r["first_delta"] for r in fixed]),
                _p([r["first_delta"] for r in auto]),
                fmt(p50(ratio), 2),
                f"{right}/{len(auto)}",
                _p([r["transcribe"] for r in fixed]),
                "≤ 1.0 s p50 (fixed)" if target else "–",
            ]
        )
        wer_rows.append(
            [
                label,
                len(fixed),
                fmt(statistics.mean(r["wer"] for r in fixed), 3),
                fmt(statistics.mean(r["wer"] for r in auto), 3),
            ]
        )
    return latency_rows, wer_rows


# -- live --------------------------------------------------------------------------------------


def _live_language(base_url: str) -> dict[str, list[dict[str, Any]]]:
    """One socket at a time streams a session of clips; fixed language and auto alternate."""
    english = [_decode(FIXTURES / name) for name in CLIPS]
    polish = [_decode(POLISH / c["file"]) for c in polish_clips()[LIVE_POLISH]]
    sessions = [("en", english)] * (ROUNDS + 1) + [
        ("pl", polish[i : i + 5]) for i in range(0, len(polish), 5)
    ]
    runs: dict[str, list[dict[str, Any]]] = {}
    stream_session(base_url, register(base_url), [], clips=english[:1])  # warm-up
    for index, (language, clips) in enumerate(sessions):
        order = (language, "auto") if index % 2 == 0 else ("auto", language)
        for chosen in order:
            out: list[dict[str, Any]] = []
            stream_session(base_url, register(base_url), out, clips=clips, language=chosen)
            key = f"{language}:{'auto' if chosen == 'auto' else 'fixed'}"
            runs.setdefault(key, []).extend(utterance_rows(out))
    return runs


def _live_rows(runs: dict[str, list[dict[str, Any]]]) -> list[list[Any]]:
    rows = []
    for language, label, target in (("en", "English", "≤ 0.5 s p50"), ("pl", "Polish", "≤ 1.5 s p50")):
        fixed, auto = runs[f"{language}:fixed"], runs[f"{language}:auto"]
        fixed_latency = [r["latency"] for r in fixed if r["latency"] is not None]
        auto_latency = [r["latency"] for r in auto if r["latency"] is not None]
        heard = sum(r["language"] == language for r in auto)
        rows.append(
            [
                label,
                len(fixed),
                f"{sum(r['answered'] for r in fixed)} / {sum(r['answered'] for r in auto)}",
                _p(fixed_latency),
                _p(auto_latency),
                fmt(p50(auto_latency) / p50(fixed_latency), 2) if fixed_latency and auto_latency else "–",
                f"{heard}/{len(auto)}",
                target,
            ]
        )
    return rows


def _endpointing() -> list[list[Any]]:
    """English, one socket: answers started at the ~250 ms pause against the full silence."""
    results: dict[bool, list[dict[str, Any]]] = {True: [], False: []}
    apps = {early: _app(f"endpoint-{early}", LIVE_EARLY_ANSWER=early) for early in (True, False)}
    with served(apps[True]) as with_early, served(apps[False]) as without:
        urls = {True: with_early, False: without}
        for early in (True, False):
            stream_session(urls[early], register(urls[early]), [])  # warm-up
        for index in range(ROUNDS + 2):
            for early in (True, False) if index % 2 == 0 else (False, True):
                stream_session(urls[early], register(urls[early]), results[early])
    for app in apps.values():
        app.extensions["copilot_queue"].shutdown(wait=True)
    rows = []
    for early, label in ((True, "answer at the pause (default)"), (False, "wait for 600 ms of silence")):
        utterances = utterance_rows(results[early])
        latencies = [r["latency"] for r in utterances if r["latency"] is not None]
        sessions = [r for r in results[early] if "withdrawn" in r]
        rows.append(
            [
                label,
                len(utterances),
                _p(latencies),
                sum(r["withdrawn"] for r in sessions),
                sum(r["extra_utterances"] for r in sessions),
                "≤ 0.5 s p50" if early else "–",
            ]
        )
    return rows


def run() -> str:
    began = time.monotonic()
    app = _app("main")
    with served(app) as base_url:
        runs = _uploads(base_url)
        print(f"  uploads done at {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
        live = _live_language(base_url)
        print(f"  live languages done at {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    app.extensions["copilot_queue"].shutdown(wait=True)
    endpointing = _endpointing()
    print(f"  endpointing done at {time.monotonic() - began:.0f}s", file=sys.stderr, flush=True)
    sockets = socket_rows()
    latency_rows, wer_rows = _upload_tables(runs)
    return "\n\n".join(
        [
            "## Speech in every language (`bench/speech.py`)",
            "Embedded mode, offline backends (faster-whisper int8: tiny.en for English, multilingual base "
            "for Polish), 2 cores shared with whatever else runs. Seconds, p50 / p95. Fixed and auto "
            "alternate clip by clip. Polish: the 40 natural-sounding utterances of `../shared/speech/pl` "
            "(BSD-3). Auto = `language: auto` with the context's language `auto`.",
            "### Uploads: end of audio → first answer delta, fixed language vs auto",
            table(
                [
                    "clips",
                    "n",
                    "fixed",
                    "auto",
                    "auto ÷ fixed p50 (target ≤ 1.2)",
                    "auto heard right",
                    "transcribe (fixed)",
                    "target",
                ],
                latency_rows,
            ),
            "### Live, one socket: end of speech → first answer delta, fixed language vs auto",
            "Each session streams its clips like a microphone (0.5 s before, 1.5 s after each); auto detects "
            "the session's language once.",
            table(
                [
                    "language",
                    "utterances",
                    "answered fixed / auto",
                    "fixed",
                    "auto",
                    "auto ÷ fixed p50 (target ≤ 1.2)",
                    "auto heard right",
                    "target",
                ],
                _live_rows(live),
            ),
            "### Word error rate (uploads; lower is better)",
            table(["clips", "n", "WER fixed language", "WER auto"], wer_rows),
            "### Live sockets: end of speech → first delta (target at 16: p50 ≤ 1.5 s, p95 ≤ 3 s, none lost)",
            table(SOCKET_HEADERS, sockets),
            "### Endpointing: English, one socket (target p50 ≤ 0.5 s; false starts no more than splits)",
            "False starts = answers withdrawn because the speaker went on; splits = utterances beyond one per "
            "spoken question.",
            table(
                ["mode", "utterances", "end of speech → first delta", "false starts", "splits", "target"],
                endpointing,
            ),
        ]
    )


if __name__ == "__main__":
    print(run())
