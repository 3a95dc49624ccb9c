"""Interview contexts: the CV, company, position and preferences answers are grounded in."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, or_, select, update

from copilot.exceptions import InvalidInputError, NotFoundError
from copilot.extensions import db
from copilot.models import InterviewContext
from copilot.schemas import is_row_id

EDITABLE_FIELDS = ("name", "cv", "company", "position", "job_description", "system_prompt", "language")


def list_contexts(user_id: str) -> list[InterviewContext]:
    query = (
        select(InterviewContext)
        .where(InterviewContext.user_id == user_id)
        .order_by(InterviewContext.updated_at.desc(), InterviewContext.id.desc())
    )
    return list(db.session.scalars(query))


def get_context(user_id: str, context_id: int) -> InterviewContext:
    context = db.session.get(InterviewContext, context_id) if is_row_id(context_id) else None
    if context is None or context.user_id != user_id:
        raise NotFoundError("Interview context not found.")
    return context


def get_active_context(user_id: str) -> InterviewContext | None:
    query = select(InterviewContext).where(
        InterviewContext.user_id == user_id, InterviewContext.is_active.is_(True)
    )
    return db.session.scalars(query.limit(1)).first()


def resolve_context(user_id: str, context_id: int | None) -> InterviewContext | None:
    """The context a job or question should use: the one asked for, else the active one."""
    if context_id is not None:
        return get_context(user_id, context_id)
    return get_active_context(user_id)


def requested_context(user_id: str, context_id: int | None) -> InterviewContext | None:
    """``resolve_context`` for a request's ``context_id`` field: an unknown id is invalid input."""
    try:
        return resolve_context(user_id, context_id)
    except NotFoundError as exc:
        raise InvalidInputError(
            "Unknown context.", fields={"context_id": ["No such context for this user."]}
        ) from exc


def _apply(context: InterviewContext, values: dict[str, Any]) -> None:
    for name in EDITABLE_FIELDS:
        if name in values and values[name] is not None:
            setattr(context, name, values[name])


def _make_only_active(user_id: str, context: InterviewContext) -> None:
    # Switching contexts is not an edit: updated_at (the "most recently edited" order) is kept.
    db.session.execute(
        update(InterviewContext)
        .where(
            InterviewContext.user_id == user_id,
            or_(InterviewContext.is_active.is_(True), InterviewContext.id == context.id),
        )
        .values(
            is_active=case((InterviewContext.id == context.id, True), else_=False),
            updated_at=InterviewContext.updated_at,
        )
        .execution_options(synchronize_session="fetch")
    )


def create_context(user_id: str, values: dict[str, Any], *, activate: bool | None = None) -> InterviewContext:
    context = InterviewContext(user_id=user_id, name=values.get("name") or "Interview")
    _apply(context, values)
    db.session.add(context)
    db.session.flush()
    # The first context becomes active by itself: a new user should not need a second step.
    if activate or (activate is None and get_active_context(user_id) is None):
        _make_only_active(user_id, context)
    db.session.commit()
    return context


def update_context(user_id: str, context_id: int, values: dict[str, Any]) -> InterviewContext:
    context = get_context(user_id, context_id)
    _apply(context, values)
    db.session.commit()
    return context


def upsert_active_context(user_id: str, values: dict[str, Any]) -> InterviewContext:
    """The old clients' ``POST /api/context``: update the active context, creating it if needed.
    Fields left out keep their values."""
    context = get_active_context(user_id)
    if context is None:
        return create_context(user_id, {"name": "Default", **values}, activate=True)
    _apply(context, values)
    db.session.commit()
    return context


def activate_context(user_id: str, context_id: int) -> InterviewContext:
    context = get_context(user_id, context_id)
    _make_only_active(user_id, context)
    db.session.commit()
    return context


def delete_context(user_id: str, context_id: int) -> None:
    """Delete a context; when it was the active one, the most recently edited other one takes over."""
    context = get_context(user_id, context_id)
    was_active = context.is_active
    db.session.delete(context)
    db.session.flush()
    if was_active:
        remaining = list_contexts(user_id)
        if remaining:
            remaining[0].is_active = True
    db.session.commit()


def set_cv(user_id: str, context_id: int, text: str) -> InterviewContext:
    return update_context(user_id, context_id, {"cv": text})
