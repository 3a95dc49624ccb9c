"""The answer interface every backend implements, and the context it is grounded in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class AnswerContext:
    """What an answer may draw on: the user's saved interview context and recent Q/A pairs."""

    cv: str = ""
    company: str = ""
    position: str = ""
    job_description: str = ""
    system_prompt: str = ""
    language: str = "auto"  # the context's preferred language, "auto" when unset
    full_name: str = ""
    history: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # oldest first (question, answer)


class AnswerBackend(Protocol):
    name: str

    def stream(self, question: str, context: AnswerContext, language: str) -> Iterator[str]:
        """Yield the answer in pieces (deltas) as they are produced; joined they form the answer.

        ``language`` is the language to answer in ("en", "pl", ...). Raises TransientBackendError
        for failures worth retrying and BackendError otherwise.
        """
        ...
