"""Typed questions: the same detection and answering as a job, synchronously."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from copilot.backends import get_answer_backend
from copilot.context import grounding
from copilot.context import service as contexts
from copilot.history import service as history
from copilot.history.details import AnswerDetails
from copilot.language.questions import detect_question


@dataclass(frozen=True)
class AskResult:
    is_question: bool
    question: str | None
    answer: str | None
    history_id: int | None
    language: str
    kind: str
    confidence: float
    points: tuple[str, ...] = ()
    question_type: str | None = None
    unsupported: tuple[str, ...] = ()


def ask(
    user_id: str,
    text: str,
    *,
    language: str | None = None,
    context_id: int | None = None,
    save: bool = True,
    answer: bool = True,
) -> AskResult:
    context = contexts.requested_context(user_id, context_id)
    detection = detect_question(text, grounding.language_hint(language, context))
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
    grounded_in = grounding.answer_context(user_id, context, session_id=None)
    stream = backend.respond(question, grounded_in, detection.language)
    reply = "".join(stream).strip()
    details = AnswerDetails.of(stream.answer)
    history_id = None
    if save and reply:
        history_id = history.add_entry(
            user_id,
            question,
            reply,
            transcript=text,
            language=detection.language,
            context_id=context.id if context else None,
            details=details,
        )
    return AskResult(
        True,
        question,
        reply,
        history_id,
        detection.language,
        detection.kind,
        detection.confidence,
        details.points,
        details.question_type,
        details.unsupported,
    )
