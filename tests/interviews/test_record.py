"""Writing the record: a live session's interview opened once, lines written once however often
(or from however many threads) they are written, later writes filling and never blanking, the
answer of a finished job filed under its line, and a withdrawn answer taken off it."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select, update

from copilot.exceptions import InvalidInputError, NotFoundError
from copilot.extensions import db
from copilot.history import service as history
from copilot.interviews import service as interviews
from copilot.jobs import store
from copilot.models import Interview, InterviewUtterance, Job
from tests.interviews.helpers import line_count, make_job, new_interview

SESSION = "5e55104e-0000-4000-8000-000000000001"


def lines(app, interview_id: str) -> list[InterviewUtterance]:
    with app.app_context():
        found = db.session.scalars(
            select(InterviewUtterance).where(InterviewUtterance.interview_id == interview_id)
        ).all()
        db.session.expunge_all()
        return list(found)


def in_threads(app, count: int, work) -> list[BaseException]:
    """Run ``work()`` in ``count`` threads at once, each with its own app context and session."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run() -> None:
        with app.app_context():
            try:
                barrier.wait(timeout=10)
                work()
            except BaseException as exc:
                errors.append(exc)
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_a_session_opens_one_interview_even_from_racing_processes(app, auth):
    user_id = auth.register()["user"]["id"]
    errors = in_threads(
        app, 4, lambda: interviews.open_for_session(user_id, SESSION, context_id=None, language="en")
    )
    assert errors == []
    with app.app_context():
        rows = db.session.scalars(select(Interview).where(Interview.session_id == SESSION)).all()
        assert len(rows) == 1
        again = interviews.open_for_session(user_id, SESSION, context_id=None, language="pl")
        assert again.id == rows[0].id and again.language == "en"


def test_another_users_session_id_does_not_open_their_interview(app, auth):
    owner, other = auth.register()["user"]["id"], auth.register()["user"]["id"]
    with app.app_context():
        interviews.open_for_session(owner, SESSION, context_id=None, language=None)
        with pytest.raises(NotFoundError):
            interviews.open_for_session(other, SESSION, context_id=None, language=None)
        assert interviews.recent_turns(other, SESSION, limit=3) == []


def test_ending_a_session_keeps_the_first_end(app, auth):
    user_id = auth.register()["user"]["id"]
    with app.app_context():
        interview = interviews.open_for_session(user_id, SESSION, context_id=None, language=None)
        assert interview.ended_at is None
        interviews.end_session(user_id, SESSION)
        ended = db.session.get(Interview, interview.id, populate_existing=True).ended_at
        assert ended is not None
        interviews.end_session(user_id, SESSION)
        assert db.session.get(Interview, interview.id, populate_existing=True).ended_at == ended


def test_a_line_written_twice_is_one_line_filled_in_never_blanked(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    with app.app_context():
        interviews.record_utterance(
            user_id,
            interview_id,
            utterance_id="u-1",
            speaker="interviewer",
            offset_s=3.5,
            duration_s=None,
            text="Tell me about",
            is_question=True,
        )
        line = interviews.record_utterance(
            user_id,
            interview_id,
            utterance_id="u-1",
            speaker="unknown",
            offset_s=9.0,
            duration_s=2.5,
            text="",
            job_id="job-1",
        )
        assert (line.speaker, line.offset_s, line.text) == ("interviewer", 3.5, "Tell me about")
        assert (line.duration_s, line.job_id, line.is_question) == (2.5, "job-1", True)
        line = interviews.record_utterance(
            user_id,
            interview_id,
            utterance_id="u-1",
            speaker="interviewer",
            offset_s=3.5,
            duration_s=None,
            text="Tell me about your last project",
        )
        assert line.text == "Tell me about your last project" and line.duration_s == 2.5
    assert line_count(app, interview_id) == 1


def test_recording_checks_the_owner_and_the_speaker(app, auth):
    owner, other = auth.register()["user"]["id"], auth.register()["user"]["id"]
    interview_id = new_interview(app, owner)
    line = {"utterance_id": "u-1", "offset_s": 0.0, "duration_s": None, "text": "Hi"}
    with app.app_context():
        with pytest.raises(NotFoundError):
            interviews.record_utterance(other, interview_id, speaker="candidate", **line)
        with pytest.raises(InvalidInputError):
            interviews.record_utterance(owner, interview_id, speaker="narrator", **line)
    assert line_count(app) == 0


def finished(app, job_id: str, **values) -> Job:
    """The job as the pipeline leaves it when it calls attach_answer (transcript known)."""
    with app.app_context():
        db.session.execute(update(Job).where(Job.id == job_id).values(**values))
        db.session.commit()
        job = db.session.get(Job, job_id)
        db.session.expunge(job)
        return job


def test_attaching_the_answer_twice_writes_one_line(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    job_id = make_job(app, user_id, interview_id, speaker="interviewer", utterance_id="u-7")
    job = finished(app, job_id, transcript="So why Globex?")
    with app.app_context():
        entry = history.add_entry(user_id, "Why Globex?", "Scale.", job_id=job_id, interview_id=interview_id)
        interviews.attach_answer(job, history_id=None, question="Why Globex?", answer=None)
        # the retried run gets further: the answer and its history row
        interviews.attach_answer(job, history_id=entry, question="Why Globex?", answer="Scale.")
        interviews.attach_answer(job, history_id=entry, question="Why Globex?", answer="Scale.")

    (line,) = lines(app, interview_id)
    assert (line.utterance_id, line.speaker, line.text) == ("u-7", "interviewer", "So why Globex?")
    assert (line.is_question, line.answer, line.history_id, line.job_id) == (True, "Scale.", entry, job_id)
    assert line.duration_s == 1.0


def test_racing_runs_of_one_job_write_one_line(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    job = finished(app, make_job(app, user_id, interview_id), transcript="Why Globex?")

    errors = in_threads(
        app, 4, lambda: interviews.attach_answer(job, history_id=None, question="Why?", answer="A")
    )
    assert errors == []
    (line,) = lines(app, interview_id)
    assert line.utterance_id == job.id  # an upload has no utterance id: the job's id names its line
    assert line.speaker == "unknown" and line.answer == "A"


def test_the_answer_keeps_the_label_the_user_gave_the_line(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    job = finished(
        app,
        make_job(app, user_id, interview_id, speaker="interviewer", utterance_id="u-1"),
        transcript="I think I would start with the tests",
    )
    with app.app_context():
        interviews.record_utterance(
            user_id,
            interview_id,
            utterance_id="u-1",
            speaker="interviewer",
            offset_s=1.0,
            duration_s=1.0,
            text="I think I would start with the tests",
        )
        interviews.relabel(user_id, interview_id, "u-1", "candidate")
        interviews.attach_answer(job, history_id=None, question=None, answer=None)
    (line,) = lines(app, interview_id)
    assert line.speaker == "candidate" and line.is_question is False


def test_a_withdrawn_answer_leaves_the_line_without_it(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    early = finished(app, make_job(app, user_id, interview_id, utterance_id="u-1"), transcript="Why Globex")
    with app.app_context():
        interviews.attach_answer(early, history_id=None, question="Why Globex?", answer="Early answer.")
        store.withdraw_job(early.id)
    (line,) = lines(app, interview_id)
    assert (line.text, line.answer, line.is_question) == ("Why Globex", None, False)

    # a run of the withdrawn job that finishes afterwards does not put its answer back
    with app.app_context():
        interviews.attach_answer(early, history_id=None, question="Why Globex?", answer="Early answer.")
    (line,) = lines(app, interview_id)
    assert line.answer is None


def test_a_job_of_a_deleted_interview_records_nothing(app, auth):
    user_id = auth.register()["user"]["id"]
    interview_id = new_interview(app, user_id)
    job = finished(app, make_job(app, user_id, interview_id), transcript="Why Globex?")
    with app.app_context():
        interviews.delete_interview(user_id, interview_id)
        interviews.attach_answer(job, history_id=None, question="Why Globex?", answer="Scale.")
    assert line_count(app) == 0
