"""Interview records: one per live session (or made by hand for uploads), with a timeline of
utterances written once each, however many processes or task retries write them.

Every write of a timeline line is an upsert keyed by (interview, utterance id): a first insert
that does nothing when the line exists, then an update of only the fields the caller knows. Later
writes fill fields in and never blank them, so the order in which the socket (the transcript) and
the job (the answer) arrive does not matter.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from copilot.exceptions import InvalidInputError, NotFoundError
from copilot.extensions import db
from copilot.interviews.turns import conversation_turns
from copilot.jobs.store import WITHDRAWN
from copilot.models import Interview, InterviewUtterance, Job
from copilot.utils import new_id, utcnow

SPEAKERS = ("interviewer", "candidate", "unknown")
LABELS = ("interviewer", "candidate")


@dataclass(frozen=True)
class InterviewPage:
    items: list[Interview]
    next_cursor: str | None


# -- reading ------------------------------------------------------------------------------------
def get_interview(user_id: str, interview_id: str) -> Interview:
    """The user's interview; someone else's is as unknown as a missing one."""
    interview = db.session.get(Interview, interview_id) if _looks_like_id(interview_id) else None
    if interview is None or interview.user_id != user_id:
        raise NotFoundError("Interview not found.")
    return interview


def _looks_like_id(value: object) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 36


def timeline(interview_id: str) -> list[InterviewUtterance]:
    """The interview's lines in the order they were spoken."""
    query = (
        select(InterviewUtterance)
        .where(InterviewUtterance.interview_id == interview_id)
        .order_by(InterviewUtterance.offset_s, InterviewUtterance.id)
    )
    return list(db.session.scalars(query))


def encode_cursor(interview: Interview) -> str:
    raw = f"{interview.started_at.isoformat()}|{interview.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        stamp, interview_id = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        started_at = datetime.fromisoformat(stamp)
        if not _looks_like_id(interview_id):
            raise ValueError(interview_id)
        if started_at.tzinfo is not None:  # the column holds naive UTC
            started_at = started_at.astimezone(UTC).replace(tzinfo=None)
        return started_at, interview_id
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInputError("Invalid cursor.", fields={"cursor": ["Not a valid cursor."]}) from exc


def list_interviews(user_id: str, *, limit: int = 20, cursor: str | None = None) -> InterviewPage:
    """Newest first (by start), paged like the history: pass ``next_cursor`` back as ``cursor``."""
    query = select(Interview).where(Interview.user_id == user_id)
    if cursor:
        started_at, interview_id = decode_cursor(cursor)
        query = query.where(
            or_(
                Interview.started_at < started_at,
                (Interview.started_at == started_at) & (Interview.id < interview_id),
            )
        )
    query = query.order_by(Interview.started_at.desc(), Interview.id.desc()).limit(limit + 1)
    rows = list(db.session.scalars(query))
    has_more = len(rows) > limit
    rows = rows[:limit]
    return InterviewPage(rows, encode_cursor(rows[-1]) if has_more and rows else None)


def iter_interviews(user_id: str, batch: int = 100) -> Iterator[Interview]:
    """Every interview of the user, newest first, fetched in batches (account export)."""
    cursor = None
    while True:
        page = list_interviews(user_id, limit=batch, cursor=cursor)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def counts(interview_ids: list[str]) -> dict[str, tuple[int, int]]:
    """(lines, questions) per interview, in one query for a whole page. A question is a line
    flagged as one that the candidate did not say (a relabelled line stops counting)."""
    if not interview_ids:
        return {}
    asked = case(
        (InterviewUtterance.is_question.is_(True) & (InterviewUtterance.speaker != "candidate"), 1), else_=0
    )
    rows = db.session.execute(
        select(InterviewUtterance.interview_id, func.count(), func.sum(asked))
        .where(InterviewUtterance.interview_id.in_(interview_ids))
        .group_by(InterviewUtterance.interview_id)
    ).all()
    return {row[0]: (int(row[1]), int(row[2] or 0)) for row in rows}


# -- interviews ---------------------------------------------------------------------------------
def _insert(model: type):
    """The dialect's INSERT, which knows ON CONFLICT (both databases spell it the same way)."""
    dialect = db.session.get_bind().dialect.name
    return (pg_insert if dialect == "postgresql" else sqlite_insert)(model)


def create_interview(
    user_id: str, *, title: str = "", context_id: int | None = None, language: str = ""
) -> Interview:
    """An interview made by hand (uploads name it); its context is already checked."""
    now = utcnow()
    interview = Interview(
        id=new_id(),
        user_id=user_id,
        context_id=context_id,
        title=title,
        language=language or "",
        started_at=now,
        created_at=now,
        updated_at=now,
    )
    db.session.add(interview)
    db.session.commit()
    return interview


def open_for_session(
    user_id: str, session_id: str, *, context_id: int | None, language: str | None
) -> Interview:
    """The record of a live session, created on the first call. Idempotent across processes: the
    unique session id lets exactly one insert win. A session id already used by another user
    (clients may choose it) is refused rather than shared."""
    now = utcnow()
    values = {
        "id": new_id(),
        "user_id": user_id,
        "context_id": context_id,
        "session_id": session_id,
        "title": "",
        "language": language or "",
        "started_at": now,
        "created_at": now,
        "updated_at": now,
    }
    db.session.execute(
        _insert(Interview).values(**values).on_conflict_do_nothing(index_elements=["session_id"])
    )
    db.session.commit()
    interview = db.session.scalar(select(Interview).where(Interview.session_id == session_id))
    if interview is None or interview.user_id != user_id:
        raise NotFoundError("Interview not found.")
    return interview


def end_session(user_id: str, session_id: str) -> None:
    """Mark the session's interview ended (the first end counts; later calls change nothing)."""
    db.session.execute(
        update(Interview)
        .where(Interview.session_id == session_id, Interview.user_id == user_id, Interview.ended_at.is_(None))
        .values(ended_at=utcnow(), updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def find_for_session(user_id: str, session_id: str) -> Interview | None:
    return db.session.scalar(
        select(Interview).where(Interview.session_id == session_id, Interview.user_id == user_id)
    )


def rename(user_id: str, interview_id: str, title: str) -> Interview:
    interview = get_interview(user_id, interview_id)
    interview.title = title
    db.session.commit()
    return interview


def delete_interview(user_id: str, interview_id: str) -> None:
    """The interview and its timeline go; history rows stay (their link becomes NULL)."""
    interview = get_interview(user_id, interview_id)
    db.session.execute(delete(Interview).where(Interview.id == interview.id))
    db.session.commit()


def store_summary(interview_id: str, summary: str | None) -> None:
    db.session.execute(
        update(Interview)
        .where(Interview.id == interview_id)
        .values(summary=summary)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


# -- the timeline -------------------------------------------------------------------------------
def _upsert_line(interview_id: str, utterance_id: str, inserted: dict[str, Any], filled: dict[str, Any]):
    """Insert the line unless it exists, then set ``filled`` on it; one transaction, not
    committed. Both statements are safe to race: the insert loses quietly, the update is a write
    of known values. A new line or new facts make the stored summary stale, so it goes."""
    db.session.execute(
        _insert(InterviewUtterance)
        .values(interview_id=interview_id, utterance_id=utterance_id, created_at=utcnow(), **inserted)
        .on_conflict_do_nothing(index_elements=["interview_id", "utterance_id"])
    )
    if filled:
        db.session.execute(
            update(InterviewUtterance)
            .where(
                InterviewUtterance.interview_id == interview_id,
                InterviewUtterance.utterance_id == utterance_id,
            )
            .values(**filled)
            .execution_options(synchronize_session=False)
        )
    db.session.execute(
        update(Interview)
        .where(Interview.id == interview_id)
        .values(summary=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


def _line(interview_id: str, utterance_id: str) -> InterviewUtterance:
    return db.session.scalars(
        select(InterviewUtterance)
        .where(
            InterviewUtterance.interview_id == interview_id,
            InterviewUtterance.utterance_id == utterance_id,
        )
        .execution_options(populate_existing=True)
    ).one()


def record_utterance(
    user_id: str,
    interview_id: str,
    *,
    utterance_id: str,
    speaker: str,
    offset_s: float,
    duration_s: float | None,
    text: str,
    is_question: bool = False,
    job_id: str | None = None,
) -> InterviewUtterance:
    """Write a line of the timeline (a transcript heard live). A second write of the same line
    fills what it knows: non-empty text, a known speaker, a duration, a job; a question stays one."""
    interview = get_interview(user_id, interview_id)
    if speaker not in SPEAKERS:
        raise InvalidInputError("Unknown speaker.", fields={"speaker": [f"One of {', '.join(SPEAKERS)}."]})
    inserted = {
        "speaker": speaker,
        "offset_s": max(0.0, float(offset_s)),
        "duration_s": duration_s,
        "text": text or "",
        "is_question": bool(is_question),
        "job_id": job_id,
    }
    filled = {
        key: value
        for key, value in (
            ("text", text or None),
            ("speaker", None if speaker == "unknown" else speaker),
            ("duration_s", duration_s),
            ("job_id", job_id),
            ("is_question", True if is_question else None),
        )
        if value is not None
    }
    _upsert_line(interview.id, utterance_id, inserted, filled)
    db.session.commit()
    return _line(interview.id, utterance_id)


def attach_answer(
    job: Job,
    *,
    history_id: int | None,
    question: str | None = None,
    answer: str | None = None,
) -> None:
    """Record the line of a finished job filed under an interview: its transcript, whether it was
    a question, the answer suggested and the history row. Called before the job's end is written,
    so a retried run writes the same line again (an upsert: still one line). ``question`` and
    ``answer`` are the run's results (the job row does not hold them yet)."""
    if not job.interview_id:
        return
    interview = db.session.get(Interview, job.interview_id)
    if interview is None or interview.user_id != job.user_id:
        return  # deleted while the job ran: nothing to file it under
    if db.session.scalar(select(Job.error_code).where(Job.id == job.id)) == WITHDRAWN:
        return  # an answer taken back (the speaker went on): the whole utterance is filed instead
    text = (job.transcript or "").strip() or (question or "")
    if not text:
        return
    asked = question is not None
    duration = job.audio_duration_s
    heard_at = job.created_at - interview.started_at
    inserted = {
        "speaker": job.speaker or "unknown",
        # The job is created when the utterance ends: it began about its duration earlier.
        "offset_s": max(0.0, heard_at.total_seconds() - (duration or 0.0)),
        "duration_s": duration,
        "text": text,
        "is_question": asked,
        "answer": answer,
        "job_id": job.id,
        "history_id": history_id,
    }
    # The speaker is not filled: a label the user gave the line meanwhile wins.
    filled = {"text": text, "job_id": job.id}
    if asked:
        filled["is_question"] = True
    if answer is not None:
        filled["answer"] = answer
    if history_id is not None:
        filled["history_id"] = history_id
    _upsert_line(interview.id, job.utterance_id or job.id, inserted, filled)
    db.session.commit()


def forget_answer(job_id: str) -> None:
    """An answer taken back (jobs/store.py: withdraw_job): the line keeps its text, not the answer.
    Not committed: part of the withdrawal's transaction."""
    db.session.execute(
        update(InterviewUtterance)
        .where(InterviewUtterance.job_id == job_id)
        .values(answer=None, history_id=None, is_question=False)
        .execution_options(synchronize_session=False)
    )


def relabel(user_id: str, interview_id: str, utterance_id: str, speaker: str) -> InterviewUtterance:
    """The user says who spoke a line; the label stays (later writes never change a speaker)."""
    if speaker not in LABELS:
        raise InvalidInputError("Unknown speaker.", fields={"speaker": [f"One of {', '.join(LABELS)}."]})
    interview = get_interview(user_id, interview_id)
    result = db.session.execute(
        update(InterviewUtterance)
        .where(
            InterviewUtterance.interview_id == interview.id,
            InterviewUtterance.utterance_id == utterance_id,
        )
        .values(speaker=speaker)
        .execution_options(synchronize_session=False)
    )
    if not result.rowcount:
        db.session.rollback()
        raise NotFoundError("Utterance not found.")
    store_summary(interview.id, None)  # the stored summary was written about other speakers
    return _line(interview.id, utterance_id)


# -- follow-ups ---------------------------------------------------------------------------------
def interview_turns(interview_id: str, *, limit: int) -> list[tuple[str, str]]:
    """The last ``limit`` questions of the interview with what was said back, oldest first: what
    the candidate really said when the record has it, else the answer suggested."""
    pairs = [(turn.question, turn.said_back) for turn in conversation_turns(timeline(interview_id))]
    pairs = [(question, said) for question, said in pairs if said]
    return pairs[-limit:] if limit > 0 else []


def recent_turns(user_id: str, session_id: str, *, limit: int) -> list[tuple[str, str]]:
    """``interview_turns`` of a live session's record (empty when the session has none)."""
    interview = find_for_session(user_id, session_id)
    return interview_turns(interview.id, limit=limit) if interview else []
