"""Typed questions: the same detection and answering as a job, synchronously."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from copilot.exceptions import InvalidInputError, NotFoundError
from copilot.language.questions import detect_question
from copilot.services import contexts, history
from copilot.services.backends import get_answer_backend
from copilot.services.pipeline import build_answer_context


@dataclass(frozen=True)
class AskResult:
    is_question: bool
    question: str | None
    answer: str | None
    history_id: int | None
    language: str
    kind: str
    confidence: float


def ask(
    user_id: str,
    text: str,
    *,
    language: str | None = None,
    context_id: int | None = None,
    save: bool = True,
    answer: bool = True,
) -> AskResult:
    try:
        context = contexts.resolve_context(user_id, context_id)
    except NotFoundError as exc:
        raise InvalidInputError(
            "Unknown context.", fields={"context_id": ["No such context for this user."]}
        ) from exc
    hint = None if not language or language == "auto" else language
    if hint is None and context is not None and context.language not in ("", "auto"):
        hint = context.language
    detection = detect_question(text, hint)
    if not detection.is_question or not answer:
        return AskResult(
            detection.is_question,
            detection.question,
            None,
            None,
            detection.language,
            detection.kind,
            detection.confidence,
        )
    question = detection.question or text.strip()
    backend = get_answer_backend(current_app.config)
    grounding = build_answer_context(user_id, context, session_id=None)
    reply = "".join(backend.stream(question, grounding, detection.language)).strip()
    history_id = None
    if save and reply:
        history_id = history.add_entry(
            user_id,
            question,
            reply,
            transcript=text,
            language=detection.language,
            context_id=context.id if context else None,
        )
    return AskResult(
        True, question, reply, history_id, detection.language, detection.kind, detection.confidence
    )
