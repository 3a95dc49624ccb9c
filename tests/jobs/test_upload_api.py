"""POST /api/process_audio and /api/jobs over HTTP, on SQLite and PostgreSQL, with real speech
decoded by ffmpeg and transcribed by the offline backend in the embedded executor."""

from __future__ import annotations

import json
import subprocess

import numpy as np
import pytest
from imageio_ffmpeg import get_ffmpeg_exe

from tests.conftest import AuthActions, row_counts
from tests.jobs.helpers import (
    SHORT_QUESTION,
    STATEMENT,
    WER_LIMIT,
    audio_row_count,
    clip_bytes,
    clip_path,
    history_rows,
    mentions_cv_fact,
    poll_job,
    read_wav,
    samples_at,
    save_context,
    upload_clip,
    upload_file,
    wav_bytes,
)
from tests.support.wer import wer

QUESTION_TEXT = "Why do you want to work at our company?"


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True)[:300])
    assert response.is_json
    error = response.get_json()["error"]
    assert error["message"]
    if code is not None:
        assert error["code"] == code, error
    return error


def test_upload_is_queued_then_polled_to_done(app, client, auth):
    headers = auth.headers()
    save_context(client, headers)

    # The client's filename and type say nothing true: the server sniffs the container itself.
    response = upload_file(client, headers, clip_bytes(SHORT_QUESTION), "recording.mp3")

    assert response.status_code == 202, response.get_json()
    accepted = response.get_json()
    assert set(accepted) == {"job_id", "status", "status_url"}
    assert accepted["status"] == "queued"
    assert accepted["status_url"] == f"/api/jobs/{accepted['job_id']}"
    job = poll_job(client, headers, accepted["job_id"])
    assert job["status"] == "done", job
    assert job["audio"]["format"] == "wav"
    assert wer(QUESTION_TEXT, job["result"]["transcript"]) <= WER_LIMIT, job["result"]
    assert job["result"]["question"]
    assert mentions_cv_fact(job["result"]["answer"]), job["result"]["answer"]
    assert job["progress"] == 1.0 and job["attempts"] == 1 and job["error"] is None
    assert set(job["stage_timings"]) >= {"transcribe", "detect", "answer", "first_delta", "total"}
    assert audio_row_count(app) == 0


def test_an_upload_without_a_context_id_is_filed_under_the_active_context(client, auth):
    headers = auth.headers()
    active = save_context(client, headers)["id"]

    accepted = upload_file(client, headers, clip_bytes(SHORT_QUESTION)).get_json()

    assert client.get(accepted["status_url"], headers=headers).get_json()["context_id"] == active
    job = poll_job(client, headers, accepted["job_id"])
    assert job["status"] == "done" and job["context_id"] == active
    (entry,) = client.get("/api/history", headers=headers).get_json()["history"]
    assert entry["id"] == job["result"]["history_id"] and entry["context_id"] == active


def test_wait_returns_the_old_guide_result_shape(app, client, auth):
    headers = auth.headers()
    save_context(client, headers)

    response = upload_clip(client, headers, "en_python_kafka.wav", wait=30)

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert {"success", "job_id", "transcript", "question", "answer", "timestamp"} <= set(body)
    assert body["success"] is True
    assert wer("What experience do you have with Python and Kafka?", body["transcript"]) <= WER_LIMIT
    assert body["question"].lower().startswith("what experience")
    assert mentions_cv_fact(body["answer"])
    assert body["timestamp"].startswith("20")
    history = history_rows(app, body["job_id"])
    assert len(history) == 1 and history[0].answer == body["answer"]
    listed = client.get("/api/history", headers=headers).get_json()["history"]
    assert [entry["question"] for entry in listed] == [body["question"]]


@pytest.mark.parametrize("rate", [16000, 48000])
def test_json_float_samples_are_resampled_and_transcribed(client, auth, rate):
    headers = auth.headers()
    save_context(client, headers)

    response = client.post(
        "/api/process_audio?wait=30",
        headers=headers,
        json={"audio": list(samples_at(SHORT_QUESTION, rate)), "sampleRate": rate, "language": "en"},
    )

    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert wer(QUESTION_TEXT, body["transcript"]) <= WER_LIMIT, body
    assert body["question"] and mentions_cv_fact(body["answer"])
    job = client.get(f"/api/jobs/{body['job_id']}", headers=headers).get_json()
    assert job["audio"]["sample_rate"] == rate
    assert job["audio"]["format"] == "pcm"


def _full_scale_recording(rate: int) -> list[float]:
    """The question as an ordinary recording at ``rate``: resampled by ffmpeg, normalised so its
    loudest sample is full scale, stored as 16-bit PCM and sent as ``x / 32768`` floats (the
    README's recipe). Resampling such a clip to 16 kHz rings past ±1."""
    out = subprocess.run(
        [
            get_ffmpeg_exe(),
            "-nostdin",
            "-loglevel",
            "error",
            "-i",
            str(clip_path(SHORT_QUESTION)),
            "-ar",
            str(rate),
            "-f",
            "f32le",
            "-",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    samples = np.frombuffer(out, "<f4")
    pcm = np.round(samples / np.abs(samples).max() * 32767).astype(np.int16)
    return [int(value) / 32768 for value in pcm]


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_a_full_scale_json_recording_is_accepted_at_any_common_rate(client, auth, rate):
    headers = auth.headers()
    save_context(client, headers)
    samples = _full_scale_recording(rate)
    assert max(abs(value) for value in samples) >= 0.9999

    response = client.post(
        "/api/process_audio?wait=30", headers=headers, json={"audio": samples, "sampleRate": rate}
    )

    assert response.status_code == 200, response.get_json()
    assert wer(QUESTION_TEXT, response.get_json()["transcript"]) <= WER_LIMIT


def _json_cases() -> list[tuple[str, str | dict, int, str | None]]:
    speech = list(samples_at(SHORT_QUESTION, 8000))
    too_long = speech * 8  # about 20 s, over MAX_AUDIO_SECONDS=12
    head = json.dumps(speech[:2000])[1:-1]
    return [
        ("too long", {"audio": too_long, "sampleRate": 8000}, 422, "audio_too_long"),
        ("silent", {"audio": [0.0] * 16000, "sampleRate": 16000}, 422, "silent_audio"),
        ("empty", {"audio": [], "sampleRate": 16000}, 422, "empty_audio"),
        ("NaN token", f'{{"audio": [{head}, NaN, 0.1], "sampleRate": 16000}}', 422, "invalid_samples"),
        ("Infinity token", f'{{"audio": [{head}, Infinity], "sampleRate": 16000}}', 422, "invalid_samples"),
        ("NaN string", {"audio": [*speech[:2000], "NaN"], "sampleRate": 16000}, 422, None),
        ("text items", {"audio": ["a", "b"], "sampleRate": 16000}, 422, None),
        ("nested lists", {"audio": [[0.1, 0.2]], "sampleRate": 16000}, 422, None),
        ("null item", {"audio": [*speech[:2000], None], "sampleRate": 16000}, 422, None),
        ("out of range", {"audio": [*speech[:2000], 1.5], "sampleRate": 16000}, 422, "invalid_samples"),
        ("int16 values", {"audio": [1200, -3000, 250] * 3000, "sampleRate": 16000}, 422, "invalid_samples"),
        ("bools", {"audio": [True, False] * 4000, "sampleRate": 16000}, 422, None),
        ("audio not a list", {"audio": "0.1,0.2", "sampleRate": 16000}, 422, None),
        ("rate 7999", {"audio": speech, "sampleRate": 7999}, 422, "invalid_sample_rate"),
        ("rate 48001", {"audio": speech, "sampleRate": 48001}, 422, "invalid_sample_rate"),
        ("rate text", {"audio": speech, "sampleRate": "abc"}, 422, None),
        ("rate bool", {"audio": speech, "sampleRate": True}, 422, None),
        ("rate fraction", {"audio": speech, "sampleRate": 16000.5}, 422, None),
        ("rate missing", {"audio": speech}, 422, "validation_error"),
        ("unknown field", {"audio": speech, "sampleRate": 16000, "colour": "red"}, 422, "validation_error"),
        ("bad language", {"audio": speech, "sampleRate": 16000, "language": "english"}, 422, None),
        ("unknown context", {"audio": speech, "sampleRate": 8000, "context_id": 987654}, 422, None),
        ("body is a list", "[0.1, 0.2]", 422, None),
    ]


def test_rejected_json_bodies_write_nothing(app, client, auth):
    headers = auth.headers()
    before = row_counts(app)
    for name, body, status, code in _json_cases():
        if isinstance(body, str):
            response = client.post(
                "/api/process_audio", headers=headers, data=body, content_type="application/json"
            )
        else:
            response = client.post("/api/process_audio", headers=headers, json=body)
        try:
            assert_error(response, status, code)
        except AssertionError as exc:
            raise AssertionError(f"case {name!r}: {exc}") from exc
    assert row_counts(app) == before


def test_rejected_files_write_nothing(app, client, auth):
    headers = auth.headers()
    speech, rate = read_wav(SHORT_QUESTION)
    wav = clip_bytes(SHORT_QUESTION)
    rng = np.random.default_rng(7)
    cases = [
        ("oversize body", rng.bytes(2 * 1024 * 1024 + 10), 413, "payload_too_large"),
        ("too long", wav_bytes(np.concatenate([speech] * 8), rate), 422, "audio_too_long"),
        ("silent", wav_bytes(np.zeros(16000, dtype=np.float32)), 422, "silent_audio"),
        ("empty file", b"", 422, None),
        ("random bytes", rng.bytes(20000), 415, "unsupported_media_type"),
        ("text file", b"hello, this is not audio at all\n" * 50, 415, "unsupported_media_type"),
        ("wav header only", wav[:44], 422, "corrupt_audio"),
        ("truncated wav header", wav[:30], 422, "corrupt_audio"),
        (
            "mp3 magic then garbage",
            b"ID3\x04\x00\x00\x00\x00\x00\x00" + rng.bytes(5000),
            422,
            "corrupt_audio",
        ),
    ]
    before = row_counts(app)
    for name, data, status, code in cases:
        response = upload_file(client, headers, data, "clip.wav")
        try:
            error = assert_error(response, status, code)
            if name == "empty file":
                assert error["code"] in {"empty_audio", "validation_error"}, error
        except AssertionError as exc:
            raise AssertionError(f"case {name!r}: {exc}") from exc

    no_file = client.post(
        "/api/process_audio", headers=headers, data={"language": "en"}, content_type="multipart/form-data"
    )
    assert "audio" in assert_error(no_file, 422)["fields"]
    wrong_field = client.post(
        "/api/process_audio",
        headers=headers,
        data={"file": (__import__("io").BytesIO(wav), "a.wav")},
        content_type="multipart/form-data",
    )
    assert_error(wrong_field, 422)
    assert_error(upload_file(client, headers, wav, context_id="987654"), 422)
    assert_error(upload_file(client, headers, wav, language="klingon"), 422)
    assert_error(upload_file(client, headers, wav, unexpected="1"), 422)
    plain = client.post("/api/process_audio", headers=headers, data=wav, content_type="text/plain")
    assert_error(plain, 415, "unsupported_media_type")
    octets = client.post("/api/process_audio", headers=headers, data=wav, content_type="audio/wav")
    assert_error(octets, 415, "unsupported_media_type")
    assert_error(upload_file(client, headers, wav, wait=31), 422)
    assert_error(upload_file(client, {}, wav), 401)
    assert row_counts(app) == before


def test_another_users_context_is_refused(app, client, auth):
    owner = auth.headers()
    context_id = save_context(client, owner)["id"]
    intruder = auth.headers()
    before = row_counts(app)

    response = upload_clip(client, intruder, SHORT_QUESTION, context_id=str(context_id))

    assert_error(response, 422)
    assert row_counts(app) == before


def test_list_jobs_filters_and_only_the_owner_sees_a_job(app, client, auth):
    headers = auth.headers()
    save_context(client, headers)
    question = upload_clip(client, headers, SHORT_QUESTION, wait=30).get_json()
    statement = upload_clip(client, headers, STATEMENT, wait=30).get_json()
    assert question["question"] and statement["question"] is None

    done = client.get("/api/jobs?status=done", headers=headers).get_json()["jobs"]
    assert [job["job_id"] for job in done] == [statement["job_id"], question["job_id"]]
    limited = client.get("/api/jobs?status=done&limit=1", headers=headers).get_json()["jobs"]
    assert [job["job_id"] for job in limited] == [statement["job_id"]]
    assert client.get("/api/jobs?status=failed", headers=headers).get_json()["jobs"] == []
    assert_error(client.get("/api/jobs?status=bogus", headers=headers), 422)
    assert_error(client.get("/api/jobs?limit=0", headers=headers), 422)

    other = auth.headers()
    assert_error(client.get(f"/api/jobs/{question['job_id']}", headers=other), 404)
    assert client.get("/api/jobs", headers=other).get_json()["jobs"] == []
    assert_error(client.get("/api/jobs/not-a-job", headers=headers), 404)


def test_speech_without_a_question_ends_done_without_history(app, client, auth):
    headers = auth.headers()
    save_context(client, headers)

    accepted = upload_clip(client, headers, STATEMENT, language="en").get_json()
    job = poll_job(client, headers, accepted["job_id"])

    assert job["status"] == "done"
    assert job["result"]["question"] is None and job["result"]["answer"] is None
    assert job["result"]["history_id"] is None
    assert wer("Great, thank you, that was very helpful.", job["result"]["transcript"]) <= WER_LIMIT
    assert history_rows(app) == []
    assert audio_row_count(app) == 0
    assert set(job["stage_timings"]) >= {"transcribe", "detect", "total"}


def test_wait_for_a_failing_job_returns_the_json_error(app, make_app, fake_openai):
    failing = make_app(
        STT_BACKEND="openai",
        ANSWER_BACKEND="openai",
        OPENAI_BASE_URL=fake_openai.base_url,
        OPENAI_API_KEY="sk-wrong-key",
    )
    client = failing.test_client()
    from tests.conftest import AuthActions

    headers = AuthActions(client).headers()
    try:
        response = upload_clip(client, headers, SHORT_QUESTION, wait=30)
    finally:
        failing.extensions["copilot_queue"].shutdown(wait=True)

    error = assert_error(response, 502, "backend_auth")
    assert response.headers["X-Job-ID"]
    job = client.get(f"/api/jobs/{response.headers['X-Job-ID']}", headers=headers).get_json()
    assert job["status"] == "failed" and job["attempts"] == 1
    assert job["error"] == {"code": "backend_auth", "message": error["message"]}
    assert len(fake_openai.requests) == 1
    assert history_rows(app) == [] and audio_row_count(app) == 0


@pytest.mark.slow
@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_a_large_json_samples_upload_costs_a_few_times_its_size_not_thirteen(app, make_app):
    """23 MB of JSON floats: streamed into a float32 array (no Python float per sample)."""
    import tracemalloc

    speech = np.asarray(samples_at(SHORT_QUESTION, 16000))
    rate, seconds = 16000, 150
    samples = np.resize(speech, seconds * rate) * 0.9 + 0.001
    numbers = ",".join(f"{value:.6f}" for value in samples)
    body = f'{{"audio": [{numbers}], "sampleRate": {rate}}}'.encode()
    assert 20 * 1024 * 1024 < len(body) < 25 * 1024 * 1024
    # A broker nobody listens on: the job is committed and stays queued (nothing transcribes it).
    big = make_app(
        MAX_AUDIO_SECONDS=300,
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,
        CELERY_BROKER_URL="redis://127.0.0.1:9/0",
        REDIS_URL="redis://127.0.0.1:9/0",
    )
    client = big.test_client()
    headers = AuthActions(client).headers()
    tracemalloc.start()
    try:
        response = client.post(
            "/api/process_audio", headers=headers, data=body, content_type="application/json"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert response.status_code == 202, response.get_json()
    assert peak < 4 * len(body), f"peak {peak / 2**20:.0f} MB for a {len(body) / 2**20:.0f} MB body"
    big.extensions["copilot_events"].close()
