"""Live sockets in any language and answering at the pause: partials with "auto", the session's
language detected from the audio (not forced by the context), an early answer kept or withdrawn."""

from __future__ import annotations

import numpy as np
import pytest
import requests

from copilot.speech import audio
from tests.support.polish import POLISH, polish_clip
from tests.support.wer import wer
from tests.support.ws_client import load_wav, manifest

pytestmark = pytest.mark.slow


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(int(16000 * seconds), np.float32)


def _polish(file: str) -> np.ndarray:
    with (POLISH / file).open("rb") as handle:
        return audio.decode_file(handle, max_seconds=60).samples


def test_partials_arrive_with_auto_and_say_the_language(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "auto"})
    client.wait_for("started")
    speech = np.concatenate([_silence(0.3), load_wav("en_difficult_stakeholder.wav"), _silence(1.0)])
    client.stream(speech, realtime=0.5)

    answer = client.wait_for("answer", timeout=90)
    partials = [e for e in client.of_type("transcription") if e["final"] is False]
    assert partials, client.types()
    assert all(p["utterance_id"] == answer["utterance_id"] and p["language"] == "en" for p in partials)
    final = client.wait_for("transcription", final=True, utterance_id=answer["utterance_id"])
    assert final["language"] == "en"


def test_a_polish_question_under_an_english_context_is_heard_as_polish(live):
    user = live.register()
    requests.post(
        f"{live.base_url}/api/context", headers=user["headers"], json={"language": "en"}, timeout=10
    ).raise_for_status()
    clip = polish_clip("pl_female24k_neon_jaka_jest_pogoda_w_seattle.wav")
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "auto"})
    client.stream(np.concatenate([_silence(0.3), _polish(clip["file"]), _silence(1.0)]), realtime=0.5)

    final = client.wait_for("transcription", final=True, timeout=90)
    assert final["language"] == "pl"
    assert wer(clip["reference"], final["text"]) <= 0.5, final["text"]
    question = client.wait_for("question_detected", timeout=30)
    assert question["language"] == "pl"


# A long closing silence, so the pause before the speaker goes on leaves the early answer time to
# start even on a busy machine.
@pytest.mark.parametrize("live_app", [{"LIVE_SILENCE_MS": 3000}], indirect=True)
def test_an_early_answer_is_withdrawn_when_the_speaker_goes_on(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    # A complete question, a pause shorter than the silence that ends an utterance (the clips
    # carry 0.25 s of silence at each end: 2 s in all), then more.
    stream = np.concatenate(
        [
            _silence(0.3),
            load_wav("en_why_our_company.wav"),
            _silence(1.5),
            load_wav("en_python_kafka.wav"),
            _silence(3.5),
        ]
    )
    client.stream(stream, realtime=1.0)

    withdrawn = client.wait_for("answer_withdrawn", timeout=60)
    utterance = withdrawn["utterance_id"]
    early_job = client.wait_for("job", job_id=withdrawn["job_id"], status="queued")
    assert early_job["reason"] == "pause"
    # The whole utterance, answered at its own final pause (or after the silence).
    answer = next(
        event
        for event in _wait_all(client, "answer", 2, timeout=60)
        if event["utterance_id"] == utterance and event["job_id"] != withdrawn["job_id"]
    )
    final_job = client.wait_for("job", job_id=answer["job_id"], status="queued")
    assert final_job["reason"] in ("pause", "silence")
    final = client.wait_for("transcription", final=True, job_id=final_job["job_id"])
    assert "company" in final["text"].lower() and "python" in final["text"].lower()
    # Only the whole utterance is kept: the withdrawn answer left no history.
    assert [entry["id"] for entry in live.history(user)] == [answer["history_id"]]
    job = requests.get(
        f"{live.base_url}/api/jobs/{withdrawn['job_id']}", headers=user["headers"], timeout=10
    ).json()
    assert job["error"]["code"] == "withdrawn"


# The utterance would end after 1.5 s of silence; the question is answered well before.
@pytest.mark.parametrize("live_app", [{"LIVE_SILENCE_MS": 1500}], indirect=True)
def test_a_complete_question_is_answered_at_the_pause(live):
    user = live.register()
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "sampleRate": 16000, "language": "en"})
    client.stream(
        np.concatenate([_silence(0.3), load_wav("en_why_our_company.wav"), _silence(1.5)]), realtime=1.0
    )

    answer = client.wait_for("answer", timeout=60)
    jobs = [e for e in client.of_type("job") if e["status"] == "queued"]
    assert [job["reason"] for job in jobs] == ["pause"], jobs  # one job, filed at the pause
    assert client.of_type("answer_withdrawn") == []
    spoken = manifest()["en_why_our_company.wav"]["text"]
    assert wer(spoken, client.wait_for("transcription", final=True)["text"]) <= 0.2
    assert [entry["id"] for entry in live.history(user)] == [answer["history_id"]]


def _wait_all(client, event_type: str, count: int, timeout: float) -> list[dict]:
    import time

    deadline = time.monotonic() + timeout
    while len(client.of_type(event_type)) < count and time.monotonic() < deadline:
        time.sleep(0.1)
    events = client.of_type(event_type)
    assert len(events) >= count, client.types()
    return events
