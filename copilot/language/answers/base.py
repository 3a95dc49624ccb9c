"""The answer interface every backend implements, and the context it is grounded in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


@dataclass(frozen=True)
class Answer:
    """A finished answer: the spoken text, the same content as talking points, and what it rests on."""

    text: str
    points: tuple[str, ...] = ()
    type: str = "other"  # the question type (copilot.language.questions.types.QUESTION_TYPES)
    language: str = "en"
    facts: tuple[str, ...] = ()  # the CV lines the answer draws on
    topics: tuple[str, ...] = ()  # knowledge topic ids
    unsupported: tuple[str, ...] = ()  # numbers and names the grounding check could not find in any source


class AnswerStream:
    """The deltas of an answer as they are produced; ``answer`` is set once they are all read."""

    def __init__(self, deltas: Iterator[str], finish: Callable[[str], Answer]) -> None:
        self._deltas = deltas
        self._finish = finish
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        pieces: list[str] = []
        for delta in self._deltas:
            pieces.append(delta)
            yield delta
        self.answer = self._finish("".join(pieces).strip())


class AnswerBackend(Protocol):
    name: str

    def respond(self, question: str, context: AnswerContext, language: str) -> AnswerStream:
        """The answer as a stream of deltas, with the finished ``Answer`` (points included) at the end."""
        ...

    def stream(self, question: str, context: AnswerContext, language: str) -> Iterator[str]:
        """Yield the answer in pieces (deltas) as they are produced; joined they form the answer.

        ``language`` is the language to answer in ("en", "pl", ...). Raises TransientBackendError
        for failures worth retrying and BackendError otherwise.
        """
        ...
