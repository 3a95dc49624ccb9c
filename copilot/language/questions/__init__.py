"""Question detection: is an utterance a question to the candidate, and which words ask it."""

from copilot.language.questions.detector import Detection, detect_question
from copilot.language.questions.tokens import normalise_question

__all__ = ["Detection", "detect_question", "normalise_question"]
