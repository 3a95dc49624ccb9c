"""Real speech end to end through the offline backends in the embedded executor: transcript
close to the spoken text, the question found, an answer grounded in the CV, events in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot import create_app
from copilot.extensions import db
from tests.conftest import AuthActions, base_config
from tests.jobs.conftest import FAST_JOB_SETTINGS, stop_jobs
from tests.jobs.helpers import (
    CLIPS,
    WER_LIMIT,
    drain,
    history_rows,
    mentions_cv_fact,
    save_context,
    upload_clip,
    upload_file,
)
from tests.support.polish import POLISH, polish_clip
from tests.support.wer import wer

EN_QUESTIONS = [name for name, clip in CLIPS.items() if clip["language"] == "en" and clip["is_question"]]
PL_CLIPS = ["pl_doswiadczenie_python.wav", "pl_dlaczego_firma.wav", "pl_stwierdzenie_dziekuje.wav"]


@pytest.fixture(scope="module")
def offline_runs(tmp_path_factory) -> dict:
    """Each clip uploaded once, one after the other, with the events its job published."""
    tmp_path: Path = tmp_path_factory.mktemp("offline")
    app = create_app(
        base_config(
            tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'jobs.db'}", **FAST_JOB_SETTINGS
        )
    )
    with app.app_context():
        db.create_all()
    client = app.test_client()
    user = AuthActions(client).register()
    headers = user["headers"]
    save_context(client, headers, language="auto")
    bus = app.extensions["copilot_events"]
    runs = {}
    try:
        with bus.subscribe(user["user"]["id"]) as subscription:
            for name in [*EN_QUESTIONS, "en_statement_thanks.wav", *PL_CLIPS]:
                language = CLIPS[name]["language"]
                response = upload_clip(client, headers, name, language=language)
                assert response.status_code == 202, response.get_json()
                job_id = response.get_json()["job_id"]
                events = drain(subscription, until_job_ends=job_id, timeout=90)
                job = client.get(f"/api/jobs/{job_id}", headers=headers).get_json()
                runs[name] = {"job": job, "events": events}
        yield {"app": app, "runs": runs}
    finally:
        stop_jobs(app)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.mark.slow
@pytest.mark.parametrize("name", EN_QUESTIONS)
def test_english_question_is_transcribed_detected_and_answered_from_the_cv(offline_runs, name):
    job = offline_runs["runs"][name]["job"]
    clip = CLIPS[name]

    assert job["status"] == "done", job
    result = job["result"]
    assert wer(clip["text"], result["transcript"]) <= WER_LIMIT, (clip["text"], result["transcript"])
    assert result["question"], result
    assert mentions_cv_fact(result["answer"]), result["answer"]
    assert job["detected_language"] == "en"
    assert set(job["stage_timings"]) >= {"transcribe", "detect", "answer", "first_delta", "total"}
    assert all(seconds >= 0 for seconds in job["stage_timings"].values())
    history = history_rows(offline_runs["app"], job["job_id"])
    assert len(history) == 1
    assert (history[0].question, history[0].answer) == (result["question"], result["answer"])


def test_a_question_after_a_preamble_is_extracted(offline_runs):
    result = offline_runs["runs"]["en_preamble_last_project.wav"]["job"]["result"]
    assert "walk me through your last project" in result["question"].lower()
    assert "fintech" not in result["question"].lower()


def test_events_are_published_in_stage_order(offline_runs):
    run = offline_runs["runs"]["en_why_our_company.wav"]
    events = [event for event in run["events"] if event["job_id"] == run["job"]["job_id"]]
    kinds = [(event["type"], event.get("status")) for event in events]

    deltas = [event for event in events if event["type"] == "answer_delta"]
    first_delta = kinds.index(("answer_delta", None))
    expected_head = [
        ("job", "transcribing"),
        ("transcription", None),
        ("job", "detecting"),
        ("question_detected", None),
        ("job", "answering"),
    ]
    assert kinds[:first_delta] == expected_head
    assert kinds[first_delta + len(deltas) :] == [("answer", None), ("job", "done")]
    assert len(deltas) >= 2
    answer = events[-2]
    assert (
        "".join(event["delta"] for event in deltas).strip()
        == answer["answer"]
        == run["job"]["result"]["answer"]
    )
    assert answer["history_id"] == run["job"]["result"]["history_id"]
    assert events[1]["text"] == run["job"]["result"]["transcript"] and events[1]["final"] is True
    assert events[3]["question"] == run["job"]["result"]["question"]
    assert all(event["kind"] == "upload" and event["utterance_id"] == event["job_id"] for event in events)


def test_a_statement_ends_done_without_question_events(offline_runs):
    run = offline_runs["runs"]["en_statement_thanks.wav"]
    kinds = [(event["type"], event.get("status")) for event in run["events"]]
    assert kinds == [("job", "transcribing"), ("transcription", None), ("job", "detecting"), ("job", "done")]
    assert run["job"]["result"]["question"] is None
    assert history_rows(offline_runs["app"], run["job"]["job_id"]) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", PL_CLIPS)
def test_polish_upload_runs_the_multilingual_model(offline_runs, name):
    job = offline_runs["runs"][name]["job"]
    assert job["status"] == "done", job
    assert job["language"] == "pl"
    assert job["detected_language"] == "pl"
    assert job["result"]["transcript"].strip()
    assert "transcribe" in job["stage_timings"]


@pytest.mark.slow
def test_a_polish_question_under_an_english_context_comes_back_polish(client, auth):
    headers = auth.headers()
    save_context(client, headers, language="en")
    clip = polish_clip("pl_male24k_neon_jaka_jest_populacja_ukrainy.wav")

    response = upload_file(client, headers, (POLISH / clip["file"]).read_bytes(), "pytanie.wav", wait=30)

    assert response.status_code == 200, response.get_json()
    result = response.get_json()
    assert result["language"] == "pl"
    assert wer(clip["reference"], result["transcript"]) <= WER_LIMIT, result["transcript"]
    assert result["question"] and "populacja" in result["question"].lower()
    # Answered in Polish, though the context says English.
    assert any(word in result["answer"].lower().split() for word in ("w", "i", "na", "się", "jest", "mnie"))
    job = client.get(f"/api/jobs/{result['job_id']}", headers=headers).get_json()
    assert job["language"] == "auto" and job["detected_language"] == "pl"
    assert job["result"]["language"] == "pl"


@pytest.mark.xfail(
    strict=True,
    reason="the multilingual Whisper base hears the espeak-ng 'Opowiedz' as 'Opomniec', so this Polish "
    "prompt is not recognised as a question; real Polish speech needs real recordings to judge",
)
def test_polish_imperative_prompt_is_transcribed_and_detected(offline_runs):
    clip = CLIPS["pl_doswiadczenie_python.wav"]
    result = offline_runs["runs"]["pl_doswiadczenie_python.wav"]["job"]["result"]
    assert wer(clip["text"], result["transcript"], strip_diacritics=True) <= WER_LIMIT
    assert result["question"]


def test_the_embedded_executor_is_fair_between_users(make_app, app, fake_openai):
    """One worker, one user's five jobs queued first: another user's clip is next, not last."""
    from tests.conftest import AuthActions
    from tests.jobs.helpers import SHORT_QUESTION, job_row, poll_job, upload_clip

    fair = make_app(
        EMBEDDED_WORKERS=1,
        STT_BACKEND="openai",
        ANSWER_BACKEND="openai",
        OPENAI_BASE_URL=fake_openai.base_url,
        OPENAI_API_KEY=fake_openai.api_key,
    )
    fake_openai.set_chunk_delay(0.05)
    client = fair.test_client()
    busy_user, other_user = AuthActions(client).register(), AuthActions(client).register()
    busy = [
        upload_clip(client, busy_user["headers"], SHORT_QUESTION, language="en").get_json()["job_id"]
        for _ in range(5)
    ]
    clip = upload_clip(client, other_user["headers"], SHORT_QUESTION, language="en").get_json()["job_id"]
    for job_id in [*busy, clip]:
        assert (
            poll_job(client, busy_user["headers"] if job_id in busy else other_user["headers"], job_id)[
                "status"
            ]
            == "done"
        )
    finished = {job_id: job_row(fair, job_id).finished_at for job_id in [*busy, clip]}
    assert sum(1 for job_id in busy if finished[job_id] > finished[clip]) >= 3, finished
    fair.extensions["copilot_queue"].shutdown(wait=True)
