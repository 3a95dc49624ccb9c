"""Question/answer history: written once per job, paged newest first, searched, exported, purged."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from copilot.exceptions import InvalidInputError, NotFoundError
from copilot.extensions import db
from copilot.history.details import AnswerDetails
from copilot.models import InterviewHistory
from copilot.schemas import is_row_id
from copilot.utils import utcnow


@dataclass(frozen=True)
class HistoryPage:
    items: list[InterviewHistory]
    next_cursor: str | None


def encode_cursor(entry: InterviewHistory) -> str:
    raw = f"{entry.created_at.isoformat()}|{entry.id}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        stamp, raw_id = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        created_at, entry_id = datetime.fromisoformat(stamp), int(raw_id)
        if not is_row_id(entry_id):
            raise ValueError(raw_id)
        if created_at.tzinfo is not None:  # the column holds naive UTC
            created_at = created_at.astimezone(UTC).replace(tzinfo=None)
        return created_at, entry_id
    except (ValueError, OverflowError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInputError("Invalid cursor.", fields={"cursor": ["Not a valid cursor."]}) from exc


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _search_filter(q: str | None):
    if not q or not q.strip():
        return None
    conditions = []
    for word in q.split():
        pattern = f"%{_escape_like(word.lower())}%"
        conditions.append(
            or_(
                func.lower(InterviewHistory.question).like(pattern, escape="\\"),
                func.lower(InterviewHistory.answer).like(pattern, escape="\\"),
            )
        )
    return and_(*conditions)


def _user_query(user_id: str, q: str | None):
    query = select(InterviewHistory).where(InterviewHistory.user_id == user_id)
    condition = _search_filter(q)
    return query if condition is None else query.where(condition)


def list_history(
    user_id: str, *, limit: int = 50, cursor: str | None = None, q: str | None = None
) -> HistoryPage:
    """Newest first; every word of ``q`` must appear (case-insensitively) in the question or answer."""
    query = _user_query(user_id, q)
    if cursor:
        created_at, entry_id = decode_cursor(cursor)
        query = query.where(
            or_(
                InterviewHistory.created_at < created_at,
                and_(InterviewHistory.created_at == created_at, InterviewHistory.id < entry_id),
            )
        )
    query = query.order_by(InterviewHistory.created_at.desc(), InterviewHistory.id.desc()).limit(limit + 1)
    rows = list(db.session.scalars(query))
    has_more = len(rows) > limit
    rows = rows[:limit]
    return HistoryPage(rows, encode_cursor(rows[-1]) if has_more and rows else None)


def iter_history(user_id: str, q: str | None = None, batch: int = 500) -> Iterator[InterviewHistory]:
    """Every entry, newest first, fetched in batches (exports of long histories stay small in memory)."""
    cursor = None
    while True:
        page = list_history(user_id, limit=batch, cursor=cursor, q=q)
        yield from page.items
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def add_entry(
    user_id: str,
    question: str,
    answer: str,
    *,
    transcript: str = "",
    language: str = "",
    context_id: int | None = None,
    job_id: str | None = None,
    details: AnswerDetails | None = None,
    interview_id: str | None = None,
) -> int:
    """Insert a history row and return its id. With a ``job_id`` the insert is idempotent: a job
    retried after a crash finds its row already there and gets the same id back."""
    values = {
        "user_id": user_id,
        "question": question,
        "answer": answer,
        "transcript": transcript,
        "language": language,
        "context_id": context_id,
        "job_id": job_id,
        "interview_id": interview_id,
        "created_at": utcnow(),
        **(details.history_columns() if details else {}),
    }
    if job_id is None:
        entry = InterviewHistory(**values)
        db.session.add(entry)
        db.session.commit()
        return entry.id
    dialect = db.session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(InterviewHistory).values(**values).on_conflict_do_nothing(index_elements=["job_id"])
    db.session.execute(statement)
    db.session.commit()
    return db.session.scalar(select(InterviewHistory.id).where(InterviewHistory.job_id == job_id))


def recent_pairs(
    user_id: str, *, limit: int = 3, context_id: int | None = None, since: datetime | None = None
) -> list[tuple[str, str]]:
    """The last ``limit`` question/answer pairs, oldest first (for follow-up answers)."""
    query = select(InterviewHistory.question, InterviewHistory.answer).where(
        InterviewHistory.user_id == user_id
    )
    if context_id is not None:
        query = query.where(InterviewHistory.context_id == context_id)
    if since is not None:
        query = query.where(InterviewHistory.created_at >= since)
    query = query.order_by(InterviewHistory.created_at.desc(), InterviewHistory.id.desc()).limit(limit)
    return [(q, a) for q, a in reversed(db.session.execute(query).all())]


def delete_entry(user_id: str, entry_id: int) -> None:
    if not is_row_id(entry_id):
        raise NotFoundError("History entry not found.")
    result = db.session.execute(
        delete(InterviewHistory).where(InterviewHistory.id == entry_id, InterviewHistory.user_id == user_id)
    )
    db.session.commit()
    if not result.rowcount:
        raise NotFoundError("History entry not found.")


def clear_history(user_id: str) -> int:
    result = db.session.execute(delete(InterviewHistory).where(InterviewHistory.user_id == user_id))
    db.session.commit()
    return result.rowcount or 0


def purge_older_than(days: int) -> int:
    cutoff = utcnow() - timedelta(days=days)
    result = db.session.execute(delete(InterviewHistory).where(InterviewHistory.created_at < cutoff))
    db.session.commit()
    return result.rowcount or 0
