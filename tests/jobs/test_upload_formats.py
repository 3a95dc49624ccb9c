"""Compressed upload formats, made at test time from a spoken fixture with the wheel's ffmpeg.

Decoding does not depend on the database, so these run on SQLite only.
"""

from __future__ import annotations

import pytest

from tests.jobs.helpers import (
    FORMATS,
    SHORT_QUESTION,
    SNIFFED,
    WER_LIMIT,
    audio_row_count,
    convert,
    mentions_cv_fact,
    poll_job,
    read_wav,
    save_context,
    upload_file,
)
from tests.support.wer import wer


@pytest.fixture
def db_backend() -> str:
    return "sqlite"


@pytest.fixture(scope="module")
def encoded_clips(tmp_path_factory) -> dict:
    out_dir = tmp_path_factory.mktemp("formats")
    return {fmt: convert(SHORT_QUESTION, fmt, out_dir) for fmt in FORMATS}


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_compressed_upload_is_decoded_transcribed_and_answered(app, client, auth, encoded_clips, fmt):
    headers = auth.headers()
    save_context(client, headers)

    # A misleading filename: the container is sniffed from the bytes.
    response = upload_file(client, headers, encoded_clips[fmt].read_bytes(), "recording.wav")

    assert response.status_code == 202, response.get_json()
    assert response.get_json()["status"] == "queued"
    job = poll_job(client, headers, response.get_json()["job_id"])
    assert job["status"] == "done", job
    assert job["audio"]["format"] == SNIFFED[fmt]
    assert job["audio"]["duration_s"] == pytest.approx(len(read_wav(SHORT_QUESTION)[0]) / 16000, abs=0.1)
    assert wer("Why do you want to work at our company?", job["result"]["transcript"]) <= WER_LIMIT, job
    assert mentions_cv_fact(job["result"]["answer"]), job["result"]["answer"]
    assert audio_row_count(app) == 0
