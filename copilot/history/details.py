"""What an answer carries besides its text, as stored with a job and a history row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from copilot.language.answers.base import Answer


@dataclass(frozen=True)
class AnswerDetails:
    """The talking points, the question's type and the grounding check's flags of one answer."""

    points: tuple[str, ...] = ()
    question_type: str | None = None
    unsupported: tuple[str, ...] = ()

    @classmethod
    def of(cls, answer: Answer | None) -> AnswerDetails:
        if answer is None:
            return cls()
        return cls(tuple(answer.points), answer.type, tuple(answer.unsupported))

    def history_columns(self) -> dict[str, Any]:
        return {
            "points": list(self.points),
            "question_type": self.question_type,
            "unsupported": list(self.unsupported),
        }

    def job_columns(self) -> dict[str, Any]:
        return {
            "answer_points": list(self.points),
            "question_type": self.question_type,
            "unsupported": list(self.unsupported),
        }

    def fields(self) -> dict[str, Any]:
        """As clients see them: in job results, socket messages and the ask response."""
        return {
            "points": list(self.points),
            "question_type": self.question_type,
            "unsupported": list(self.unsupported),
        }
