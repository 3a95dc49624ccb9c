"""What an answer is grounded in: the interview context, the user's name and the interview so far;
and which language to assume for a question. Shared by jobs (uploads, live utterances) and /api/ask."""

from __future__ import annotations

from datetime import timedelta

from copilot.extensions import db
from copilot.history import service as history
from copilot.interviews import service as interviews
from copilot.jobs import store
from copilot.language.answers.base import AnswerContext
from copilot.language.text import language_code
from copilot.models import InterviewContext, User
from copilot.utils import utcnow

FOLLOW_UP_WINDOW = timedelta(minutes=60)
FOLLOW_UP_TURNS = 3


def language_hint(requested: str | None, context: InterviewContext | None) -> str | None:
    """The language asked for, else the context's; None means: detect it."""
    return language_code(requested) or (language_code(context.language) if context else None)


def follow_up_turns(
    user_id: str, context: InterviewContext | None, *, session_id: str | None, interview_id: str | None
) -> list[tuple[str, str]]:
    """The turns a follow-up sees. From the interview record when there is one (the job's, else
    the live session's): each question with what the candidate really said after it, or the
    suggested answer when the record holds nothing of theirs. Without a record: the last answered
    jobs of the live session; without a session (uploads, typed questions), the user's recent
    pairs of the same context."""
    recorded: list[tuple[str, str]] = []
    if interview_id:
        recorded = interviews.interview_turns(interview_id, limit=FOLLOW_UP_TURNS)
    elif session_id:
        recorded = interviews.recent_turns(user_id, session_id, limit=FOLLOW_UP_TURNS)
    if recorded:
        return recorded
    if session_id:
        return store.session_pairs(user_id, session_id, limit=FOLLOW_UP_TURNS)
    return history.recent_pairs(
        user_id,
        limit=FOLLOW_UP_TURNS,
        context_id=context.id if context else None,
        since=utcnow() - FOLLOW_UP_WINDOW,
    )


def answer_context(
    user_id: str,
    context: InterviewContext | None,
    *,
    session_id: str | None,
    interview_id: str | None = None,
) -> AnswerContext:
    """What an answer is grounded in; follow-ups see ``follow_up_turns``."""
    user = db.session.get(User, user_id)
    pairs = follow_up_turns(user_id, context, session_id=session_id, interview_id=interview_id)
    return AnswerContext(
        cv=context.cv if context else "",
        company=context.company if context else "",
        position=context.position if context else "",
        job_description=context.job_description if context else "",
        system_prompt=context.system_prompt if context else "",
        language=context.language if context else "auto",
        full_name=user.full_name if user else "",
        history=tuple(pairs),
    )
