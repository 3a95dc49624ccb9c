"""Two sources on one socket: the interviewer's questions are answered, the candidate's speech is
only transcribed and kept in the interview's timeline (where follow-ups find it); bad sources get
clear protocol errors; clients without sources are served as before."""

from __future__ import annotations

import json
import threading
import time

import numpy as np
import pytest
import requests

from copilot.jobs import pipeline
from copilot.language.answers.base import Answer, AnswerStream
from tests.support.ws_client import load_wav

pytestmark = pytest.mark.slow

INTERVIEWER, CANDIDATE = 0, 1  # indexes into the "sources" of the start message
FRAME_S = 0.1


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(16000 * seconds), np.float32)


def track(*parts: str | float) -> np.ndarray:
    """A recording: fixture names and seconds of silence, in order."""
    return np.concatenate([silence(p) if isinstance(p, int | float) else load_wav(p) for p in parts])


def stream_sources(client, tracks: dict[int, np.ndarray], *, realtime: float = 0.0) -> None:
    """Send each source's track in 100 ms binary frames, interleaved as a browser would, each
    frame prefixed with its source's index."""
    length = max(len(samples) for samples in tracks.values())
    step = int(16000 * FRAME_S)
    for start in range(0, length, step):
        for index, samples in tracks.items():
            chunk = samples[start : start + step]
            if len(chunk):
                client.send_binary(bytes([index]) + chunk.astype("<f4").tobytes())
        if realtime:
            time.sleep(FRAME_S / realtime)


class RecordingBackend:
    """Answers every question with ``text`` (or a numbered line) and keeps what each answer saw."""

    name = "offline"

    def __init__(self, text: str | None = None) -> None:
        self.text = text
        self.calls: list[tuple[str, tuple[tuple[str, str], ...]]] = []
        self.lock = threading.Lock()

    def respond(self, question, context, language):
        with self.lock:
            self.calls.append((question, context.history))
            text = self.text or f"Answer number {len(self.calls)}, grounded in the CV."
        pieces = [word + " " for word in text.split()]
        return AnswerStream(iter(pieces), lambda joined: Answer(joined, language=language or "en"))


@pytest.fixture
def backend(monkeypatch):
    recording = RecordingBackend()
    monkeypatch.setattr(pipeline, "get_answer_backend", lambda config: recording)
    return recording


def started(live, user, **start) -> tuple:
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en", **start})
    return client, client.wait_for("started")


def interview(live, user, interview_id: str) -> dict:
    response = requests.get(
        f"{live.base_url}/api/interviews/{interview_id}", headers=user["headers"], timeout=10
    )
    assert response.status_code == 200, response.text
    return response.json()


def settle(client, seconds: float = 1.0) -> None:
    """Let stragglers arrive: no job may still be on its way."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        queued = {e["job_id"] for e in client.of_type("job") if e["status"] == "queued"}
        ended = {e["job_id"] for e in client.of_type("job") if e["status"] in ("done", "failed")}
        if queued <= ended:
            break
        time.sleep(0.2)
    time.sleep(seconds)


def test_only_the_interviewer_is_answered_and_the_candidate_informs_the_follow_up(live, backend):
    user = live.register()
    client, start = started(live, user, sources=["interviewer", "candidate"])
    assert start["sources"] == ["interviewer", "candidate"] and start["interview_id"]
    # The interviewer asks, the candidate replies (with a question of their own, which is never
    # answered), the interviewer follows up.
    interviewer = track(0.3, "en_why_our_company.wav", 5.5, 4.0, "en_python_kafka.wav", 1.5)
    candidate = track(3.3, "en_tight_deadlines.wav", 9.0)
    stream_sources(client, {INTERVIEWER: interviewer, CANDIDATE: candidate}, realtime=1.5)

    answers = [client.wait_for("answer", timeout=90)]
    deadline = time.monotonic() + 90
    while len(client.of_type("answer")) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    settle(client)
    answers = client.of_type("answer")
    assert len(answers) == 2, client.types()
    questions = [a["question"].lower() for a in answers]
    assert "company" in questions[0] and "python" in questions[1]

    finals = [e for e in client.of_type("transcription") if e["final"]]
    said = [e for e in finals if e["speaker"] == "candidate"]
    assert len(said) == 1 and "deadline" in said[0]["text"].lower()
    assert "job_id" not in said[0]  # kept, never a job
    asked = [e for e in finals if e["speaker"] == "interviewer"]
    assert {e["utterance_id"] for e in asked} == {a["utterance_id"] for a in answers}
    assert all("deadline" not in e["question"].lower() for e in client.of_type("question_detected"))
    # No partials of the candidate (they are optional; finals come after the interviewer's).
    assert all(e["speaker"] != "candidate" for e in client.of_type("transcription") if not e["final"])

    # The follow-up saw what the candidate actually said after the first question.
    follow_up_history = backend.calls[1][1]
    assert any("deadline" in said_back.lower() for _question, said_back in follow_up_history)

    client.send({"type": "stop"})
    client.wait_for("stopped")
    record = interview(live, user, start["interview_id"])
    speakers = [(line["speaker"], line["text"].lower()) for line in record["timeline"]]
    assert [speaker for speaker, _ in speakers] == ["interviewer", "candidate", "interviewer"]
    assert "deadline" in speakers[1][1]
    offsets = [line["offset_s"] for line in record["timeline"]]
    assert offsets == sorted(offsets) and 2.0 < offsets[1] < 6.0
    assert record["ended_at"]


def test_json_audio_frames_name_their_source(live, backend):
    user = live.register()
    client, _ = started(live, user, sources=["candidate", "interviewer"])
    speech = track(0.3, "en_python_kafka.wav", 1.0)
    step = 1600
    for begin in range(0, len(speech), step):
        chunk = [round(float(v), 5) for v in speech[begin : begin + step]]
        client.send({"type": "audio", "source": "interviewer", "data": chunk})
    answer = client.wait_for("answer", timeout=90)
    final = client.wait_for("transcription", final=True, utterance_id=answer["utterance_id"])
    assert final["speaker"] == "interviewer"


@pytest.mark.parametrize(
    "sources",
    [["boss"], [], ["interviewer", "interviewer"], "interviewer", ["interviewer", "candidate", "x"], [1]],
)
def test_bad_sources_are_refused(live, sources):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "sources": sources})
    error = client.wait_for("error")
    assert error["code"] == "invalid_sources" and "interviewer" in error["message"]
    assert client.of_type("started") == []


def test_bad_source_bytes_and_unknown_sources_get_errors_and_the_socket_stays_open(live):
    user = live.register()
    client, _ = started(live, user, sources=["interviewer"])
    frame = np.zeros(160, "<f4").tobytes()
    client.send_binary(bytes([1]) + frame)  # only index 0 exists
    client.send_binary(bytes([7]) + frame)
    client.send({"type": "audio", "data": [0.0] * 160})  # no source
    client.send({"type": "audio", "source": "candidate", "data": [0.0] * 160})  # not started with it
    client.send_binary(b"")
    deadline = time.monotonic() + 10
    while len(client.of_type("error")) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    codes = [e["code"] for e in client.of_type("error")]
    assert codes == ["invalid_source"] * 4 + ["invalid_audio"], codes
    assert "0-0" in client.of_type("error")[0]["message"]
    client.send({"type": "ping", "t": 1})
    assert client.wait_for("pong")["t"] == 1
    assert not client.closed.is_set()


def test_old_clients_get_one_stream_of_unknown_speakers(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.stream(track(0.3, "en_why_our_company.wav", 1.0), binary=False)  # no start message
    answer = client.wait_for("answer", timeout=90)
    start = client.wait_for("started")
    assert start["sources"] == [] and start["interview_id"]
    final = client.wait_for("transcription", final=True, utterance_id=answer["utterance_id"])
    assert final["speaker"] == "unknown"
    assert all(e["speaker"] == "unknown" for e in client.of_type("transcription"))
    # Binary frames carry no source byte without sources: the first byte is audio.
    client.send({"type": "start", "sampleRate": 16000, "language": "en", "format": "s16le"})
    client.wait_for("started", sources=[])
    client.send_binary(json.dumps("odd").encode()[:2])  # two bytes: one 16-bit sample
    time.sleep(0.3)
    assert client.of_type("error") == []
