"""Building interview records for the tests: interviews, timeline lines, finished jobs."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy import func, select, update

from copilot.extensions import db
from copilot.interviews import service as interviews
from copilot.jobs import store
from copilot.models import Interview, InterviewUtterance
from copilot.speech.audio import DecodedAudio


def new_interview(app, user_id: str, *, title: str = "", started_at: datetime | None = None) -> str:
    with app.app_context():
        interview_id = interviews.create_interview(user_id, title=title, language="en").id
        if started_at is not None:
            db.session.execute(
                update(Interview).where(Interview.id == interview_id).values(started_at=started_at)
            )
            db.session.commit()
        return interview_id


def add_line(
    app,
    interview_id: str,
    utterance_id: str,
    speaker: str,
    offset_s: float,
    text: str,
    *,
    duration_s: float | None = None,
    is_question: bool = False,
    answer: str | None = None,
    history_id: int | None = None,
) -> None:
    """A line as the live socket and the pipeline leave it (the answer set directly)."""
    with app.app_context():
        db.session.add(
            InterviewUtterance(
                interview_id=interview_id,
                utterance_id=utterance_id,
                speaker=speaker,
                offset_s=offset_s,
                duration_s=duration_s,
                text=text,
                is_question=is_question,
                answer=answer,
                history_id=history_id,
            )
        )
        db.session.commit()


def sample_interview(app, user_id: str, **kwargs: Any) -> str:
    """Two questions: the first answered by the candidate, the second met with silence."""
    interview_id = new_interview(app, user_id, title="Globex, round 1", **kwargs)
    add_line(
        app,
        interview_id,
        "u-1",
        "interviewer",
        2.0,
        "Why do you want to work at Globex?",
        duration_s=4.0,
        is_question=True,
        answer="Globex builds payment systems at the scale I know from Allegro.",
    )
    add_line(
        app,
        interview_id,
        "u-2",
        "candidate",
        7.0,
        "I like that Globex ships small changes every day.",
        duration_s=20.0,
    )
    add_line(
        app,
        interview_id,
        "u-3",
        "interviewer",
        30.0,
        "How big was your last team?",
        duration_s=6.0,
        is_question=True,
        answer="I led four engineers.",
    )
    return interview_id


def make_job(app, user_id: str, interview_id: str | None, **values: Any) -> str:
    """A stored job with one second of audio, its transcript already known."""
    audio = DecodedAudio(
        samples=np.zeros(16000, dtype=np.float32), source_format="pcm", source_rate=16000, duration_s=1.0
    )
    with app.app_context():
        job = store.create_job(user_id, audio, max_attempts=3, interview_id=interview_id, **values)
        return job.id


def line_count(app, interview_id: str | None = None) -> int:
    with app.app_context():
        query = select(func.count()).select_from(InterviewUtterance)
        if interview_id is not None:
            query = query.where(InterviewUtterance.interview_id == interview_id)
        return db.session.scalar(query)


def ago(seconds: float) -> datetime:
    from copilot.utils import utcnow

    return utcnow() - timedelta(seconds=seconds)
