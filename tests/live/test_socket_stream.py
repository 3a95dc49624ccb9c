"""Streaming speech over /ws/audio: transcripts, the detected question and a streamed answer."""

from __future__ import annotations

import time

import numpy as np
import pytest
import requests

from tests.support.wer import wer as word_error_rate
from tests.support.ws_client import load_wav, manifest

pytestmark = pytest.mark.slow


def _speech(name: str, before: float = 0.3, after: float = 1.0) -> np.ndarray:
    silence = np.zeros(int(16000 * before), np.float32), np.zeros(int(16000 * after), np.float32)
    return np.concatenate([silence[0], load_wav(name), silence[1]])


def test_binary_stream_gives_partials_transcript_question_streamed_answer_and_history(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    client.wait_for("started")
    # Half real-time speed gives the partial transcription time to land while speech goes on.
    client.stream(_speech("en_difficult_stakeholder.wav"), realtime=0.5)

    answer = client.wait_for("answer", timeout=90)
    utterance = answer["utterance_id"]
    final = client.wait_for("transcription", final=True, utterance_id=utterance)
    spoken = manifest()["en_difficult_stakeholder.wav"]["text"]
    assert word_error_rate(spoken, final["text"]) <= 0.35, final["text"]
    partials = [e for e in client.of_type("transcription") if e["final"] is False]
    assert partials, client.types()
    assert all(p["utterance_id"] == utterance for p in partials)

    question = client.wait_for("question_detected", utterance_id=utterance)
    assert "stakeholder" in question["question"].lower()
    deltas = [e["delta"] for e in client.of_type("answer_delta") if e["utterance_id"] == utterance]
    assert len(deltas) >= 2
    assert "".join(deltas).strip() == answer["answer"]
    # The order a listener sees: what was said, then the question, then the answer.
    types = client.types()
    assert types.index("question_detected") < types.index("answer_delta") < types.index("answer")

    entries = live.history(user)
    assert [e["id"] for e in entries] == [answer["history_id"]]
    assert entries[0]["question"] == question["question"]


def test_old_guide_json_frames_without_start_message(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.stream(_speech("en_python_kafka.wav"), binary=False)
    answer = client.wait_for("answer", timeout=90)
    assert "Kafka" in answer["answer"] or "Allegro" in answer["answer"]
    question = client.wait_for("question_detected")
    assert "python" in question["question"].lower()


def test_sixteen_bit_frames_at_48k(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 48000, "language": "en", "format": "s16le"})
    client.wait_for("started")
    speech = _speech("en_why_our_company.wav")
    upsampled = np.interp(np.arange(len(speech) * 3) / 3, np.arange(len(speech)), speech).astype(np.float32)
    client.stream(upsampled, rate=48000, fmt="s16le")
    question = client.wait_for("question_detected", timeout=90)
    assert "company" in question["question"].lower()
    client.wait_for("answer", timeout=60)


def test_flush_ends_the_utterance_without_waiting_for_silence(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    client.stream(_speech("en_tight_deadlines.wav", after=0.0))
    client.send({"type": "flush"})
    job = client.wait_for("job", status="queued", timeout=30)
    assert job["reason"] == "flush"
    answer = client.wait_for("answer", timeout=90)
    assert answer["utterance_id"] == job["utterance_id"]
    assert "deadline" in client.wait_for("question_detected")["question"].lower()


def test_a_statement_is_transcribed_but_not_answered(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    client.stream(_speech("en_statement_thanks.wav"))
    client.wait_for("job", status="done", timeout=90)
    assert client.wait_for("transcription", final=True)["text"]
    assert client.of_type("question_detected") == []
    assert client.of_type("answer") == []
    assert live.history(user) == []


def test_upload_events_reach_every_socket_of_the_user_and_no_one_else(live):
    owner, stranger = live.register(), live.register()
    first, second = live.connect(owner["token"]), live.connect(owner["token"])
    other = live.connect(stranger["token"])
    for client in (first, second, other):
        client.wait_for("ready")

    with open(live_fixture("en_why_our_company.wav"), "rb") as handle:
        response = requests.post(
            f"{live.base_url}/api/process_audio",
            headers=owner["headers"],
            files={"audio": ("question.wav", handle, "audio/wav")},
            timeout=30,
        )
    assert response.status_code == 202
    job_id = response.json()["job_id"]
    for client in (first, second):
        done = client.wait_for("job", job_id=job_id, status="done", timeout=90)
        assert done["answer"]
        assert client.wait_for("answer", job_id=job_id)["answer"] == done["answer"]
    time.sleep(0.5)
    assert other.types() == ["ready"]


def live_fixture(name: str):
    from tests.support.ws_client import FIXTURES

    return FIXTURES / name
