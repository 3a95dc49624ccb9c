"""Questions and what was said back, read off a timeline (follow-ups and the review share it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from copilot.models import InterviewUtterance


@dataclass
class Turn:
    """A question of the interviewer, the answer suggested for it, and the candidate's lines that
    followed it up to the next question."""

    utterance_id: str
    question: str
    offset_s: float
    suggested_answer: str | None
    candidate_lines: list[str] = field(default_factory=list)

    @property
    def candidate_said(self) -> str:
        return " ".join(line for line in self.candidate_lines if line).strip()

    @property
    def said_back(self) -> str:
        """What the conversation went on with: the candidate's words win over the suggestion."""
        return self.candidate_said or (self.suggested_answer or "")


def is_asked(line: InterviewUtterance) -> bool:
    """A question someone asked the candidate: a line flagged as a question the candidate did
    not say themselves (a line the user relabelled as theirs stops being one)."""
    return bool(line.is_question) and line.speaker != "candidate"


def conversation_turns(lines: Iterable[InterviewUtterance]) -> list[Turn]:
    """The questions in order, each with the candidate's lines up to the next question. The
    interviewer's short remarks in between ("mhm", "go on") don't end a turn."""
    found: list[Turn] = []
    for line in lines:
        if is_asked(line):
            found.append(Turn(line.utterance_id, line.text, line.offset_s, line.answer))
        elif line.speaker == "candidate" and found:
            found[-1].candidate_lines.append(line.text.strip())
    return found
