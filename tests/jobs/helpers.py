"""Helpers shared by the audio-job tests: fixture clips, format conversion, uploads, polling."""

from __future__ import annotations

import io
import json
import subprocess
import time
import wave
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from imageio_ffmpeg import get_ffmpeg_exe

from copilot.extensions import db
from copilot.models import InterviewHistory, Job, JobAudio
from copilot.speech.audio import encode_wav

AUDIO_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "audio"
MANIFEST = json.loads((AUDIO_DIR / "manifest.json").read_text(encoding="utf-8"))
CLIPS = {clip["file"]: clip for clip in MANIFEST["clips"]}
SHORT_QUESTION = "en_why_our_company.wav"
STATEMENT = "en_statement_thanks.wav"
WER_LIMIT = 0.35

CV = (
    "Anna Nowak, senior Python developer.\n"
    "2019-2024: backend engineer at Allegro, where I built Kafka pipelines in Python that process "
    "2 million events a day.\n"
    "At Allegro I led a team of 4 engineers and handled a difficult stakeholder from the finance "
    "department by agreeing weekly demos.\n"
    "2016-2019: developer at Comarch, building REST APIs in Django under tight deadlines.\n"
)
CV_FACTS = ("Allegro", "Comarch", "Kafka", "2 million", "Django", "4 engineers")
COMPANY = "Globex"
POSITION = "Senior Backend Engineer"

# ffmpeg arguments per upload format; the file extension is what ffmpeg picks the muxer from.
FORMATS = {
    "mp3": ["-c:a", "libmp3lame", "-b:a", "64k"],
    "ogg": ["-c:a", "libopus", "-b:a", "32k"],
    "webm": ["-c:a", "libopus", "-b:a", "32k"],
    "m4a": ["-c:a", "aac", "-b:a", "64k"],
    "flac": ["-c:a", "flac"],
}
# What the server names the container it sniffed.
SNIFFED = {"wav": "wav", "mp3": "mp3", "ogg": "ogg", "webm": "webm", "m4a": "mp4", "flac": "flac"}


def clip_path(name: str) -> Path:
    return AUDIO_DIR / name


def clip_bytes(name: str) -> bytes:
    return clip_path(name).read_bytes()


def convert(name: str, fmt: str, out_dir: Path) -> Path:
    """The fixture clip re-encoded by the ffmpeg of the imageio-ffmpeg wheel."""
    target = out_dir / f"{Path(name).stem}.{fmt}"
    if not target.exists():
        command = [get_ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-i", str(clip_path(name))]
        subprocess.run([*command, *FORMATS[fmt], str(target)], check=True, timeout=60)
    return target


def read_wav(name: str) -> tuple[np.ndarray, int]:
    with wave.open(str(clip_path(name)), "rb") as wav:
        assert wav.getsampwidth() == 2 and wav.getnchannels() == 1
        frames = wav.readframes(wav.getnframes())
        return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0, wav.getframerate()


@cache
def samples_at(name: str, rate: int) -> tuple[float, ...]:
    """The clip's samples resampled (linear interpolation) to ``rate``, rounded for a compact body."""
    samples, source_rate = read_wav(name)
    if rate != source_rate:
        positions = np.arange(int(len(samples) * rate / source_rate)) * (source_rate / rate)
        samples = np.interp(positions, np.arange(len(samples)), samples)
    return tuple(round(float(value), 5) for value in samples)


def wav_bytes(samples: np.ndarray, rate: int = 16000) -> bytes:
    return encode_wav(samples, rate)


def upload_file(
    client,
    headers: dict,
    data: bytes,
    filename: str = "clip.wav",
    *,
    wait: float | None = None,
    **fields: Any,
):
    query = f"?wait={wait}" if wait is not None else ""
    form = {"audio": (io.BytesIO(data), filename), **fields}
    return client.post(
        f"/api/process_audio{query}", headers=headers, data=form, content_type="multipart/form-data"
    )


def upload_clip(client, headers: dict, name: str, *, wait: float | None = None, **fields: Any):
    return upload_file(client, headers, clip_bytes(name), name, wait=wait, **fields)


def poll_job(client, headers: dict, job_id: str, timeout: float = 60.0) -> dict:
    """GET /api/jobs/<id> until the job ends; returns its last JSON."""
    deadline = time.monotonic() + timeout
    while True:
        response = client.get(f"/api/jobs/{job_id}", headers=headers)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        if body["status"] in ("done", "failed"):
            return body
        assert time.monotonic() < deadline, f"job still {body['status']} after {timeout}s: {body}"
        time.sleep(0.05)


def save_context(client, headers: dict, **overrides: Any) -> dict:
    body = {"cv": CV, "company": COMPANY, "position": POSITION, "language": "en", **overrides}
    response = client.post("/api/context", headers=headers, json=body)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def mentions_cv_fact(answer: str) -> bool:
    return any(fact.lower() in answer.lower() for fact in CV_FACTS)


def drain(subscription, *, until_job_ends: str, timeout: float = 30.0) -> list[dict]:
    """Events of one subscription until the given job's final ``job`` event (done or failed)."""
    events: list[dict] = []
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        event = subscription.get(timeout=remaining)
        if event is None:
            break
        events.append(event)
        if (
            event.get("job_id") == until_job_ends
            and event["type"] == "job"
            and event.get("status") in ("done", "failed")
        ):
            return events
    raise AssertionError(f"no final job event within {timeout}s; got {[e['type'] for e in events]}")


def job_row(app, job_id: str) -> Job:
    with app.app_context():
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job


def history_rows(app, job_id: str | None = None) -> list[InterviewHistory]:
    with app.app_context():
        query = db.select(InterviewHistory)
        if job_id is not None:
            query = query.where(InterviewHistory.job_id == job_id)
        rows = list(db.session.scalars(query))
        for row in rows:
            db.session.expunge(row)
        return rows


def audio_row_count(app) -> int:
    with app.app_context():
        return db.session.scalar(db.select(db.func.count()).select_from(JobAudio))
