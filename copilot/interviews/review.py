"""The review of an interview: who talked how long, each question with the suggested answer beside
what the candidate said, the questions left unanswered, and a short summary.

The summary is extractive (sentences picked from the interview itself) unless an OpenAI-compatible
backend answers questions: then the model writes it, and any failure of the model falls back to
the extractive one. Only a model's summary is stored (recomputing the extractive one costs
nothing, and a stored fallback would hide the model's summary after a passing outage); any new or
relabelled line clears it.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from copilot.interviews import service
from copilot.interviews.turns import Turn, conversation_turns
from copilot.language.text import fold, words
from copilot.models import Interview, InterviewUtterance

log = logging.getLogger(__name__)

# Lines without a measured duration (typed in, or from a client that did not send one) are
# timed at an ordinary speaking rate.
WORDS_PER_SECOND = 2.5
SUMMARY_QUESTIONS = 3
SUMMARY_CANDIDATE_SENTENCES = 2
# The model reads the start of a long interview, not all of it: a summary needs no more, and the
# request stays well inside any context window.
SUMMARY_PROMPT_CHARS = 12_000
SUMMARY_MAX_TOKENS = 300
SUMMARY_TIMEOUT_SECONDS = 20.0
SPEAKER_NAMES = {"interviewer": "Interviewer", "candidate": "Candidate", "unknown": "Unknown speaker"}


def spoken_seconds(line: InterviewUtterance) -> float:
    if line.duration_s is not None:
        return max(0.0, float(line.duration_s))
    return len(words(line.text or "")) / WORDS_PER_SECOND


def talk_time(lines: Sequence[InterviewUtterance]) -> dict[str, float]:
    """Seconds of speech per speaker (every speaker present, zero when silent)."""
    totals = dict.fromkeys(service.SPEAKERS, 0.0)
    for line in lines:
        totals[line.speaker if line.speaker in totals else "unknown"] += spoken_seconds(line)
    return {speaker: round(seconds, 1) for speaker, seconds in totals.items()}


def question_rows(lines: Sequence[InterviewUtterance], turns: Sequence[Turn]) -> list[dict[str, Any]]:
    """Each question with the suggested answer and what the candidate said after it.

    Answered: the candidate said something before the next question. When the record holds no
    candidate speech at all (one microphone nobody labelled), nothing tells whether they spoke,
    so a question counts as answered when an answer was suggested for it."""
    candidate_heard = any(line.speaker == "candidate" for line in lines)
    rows = []
    for turn in turns:
        said = turn.candidate_said
        answered = bool(said) if candidate_heard else bool(turn.suggested_answer)
        rows.append(
            {
                "utterance_id": turn.utterance_id,
                "question": turn.question,
                "suggested_answer": turn.suggested_answer,
                "candidate_said": said or None,
                "answered": answered,
            }
        )
    return rows


# -- the extractive summary ---------------------------------------------------------------------
def _content_words(text: str) -> list[str]:
    """Words that carry meaning: short ones are mostly function words, in English and Polish."""
    return [fold(word) for word in words(text) if len(word) >= 4]


def _sentences(text: str) -> list[str]:
    pieces, current = [], []
    for char in text:
        current.append(char)
        if char in ".!?":
            pieces.append("".join(current).strip())
            current = []
    pieces.append("".join(current).strip())
    return [piece for piece in pieces if len(words(piece)) >= 3]


def _pick(sentences: list[str], frequency: Counter, count: int) -> list[str]:
    """The ``count`` sentences whose words recur most across the interview, in spoken order."""

    def score(sentence: str) -> float:
        terms = _content_words(sentence)
        return sum(frequency[term] for term in terms) / (len(terms) or 1)

    ranked = sorted(range(len(sentences)), key=lambda index: (-score(sentences[index]), index))
    return [sentences[index] for index in sorted(ranked[:count])]


def _duration_text(lines: Sequence[InterviewUtterance]) -> str:
    seconds = max((line.offset_s + spoken_seconds(line) for line in lines), default=0.0)
    return f"{round(seconds / 60)} min" if seconds >= 90 else f"{round(seconds)} s"


def extractive_summary(
    lines: Sequence[InterviewUtterance], questions: Sequence[dict[str, Any]], talk: Mapping[str, float]
) -> str:
    """A few sentences taken from the interview itself: its size, the questions and the
    candidate's sentences whose words come back most often."""
    if not lines:
        return ""
    frequency = Counter(term for line in lines for term in _content_words(line.text or ""))
    unanswered = sum(1 for row in questions if not row["answered"])
    spoken = sum(talk.values()) or 1.0
    parts = [
        f"{len(questions)} question{'s' if len(questions) != 1 else ''} in {_duration_text(lines)}"
        f" ({unanswered} left unanswered); the candidate spoke {round(100 * talk['candidate'] / spoken)}%"
        " of the time."
    ]
    asked = _pick([row["question"] for row in questions if row["question"]], frequency, SUMMARY_QUESTIONS)
    if asked:
        parts.append("Asked: " + " / ".join(asked))
    said = [s for line in lines if line.speaker == "candidate" for s in _sentences(line.text or "")]
    said = _pick(said, frequency, SUMMARY_CANDIDATE_SENTENCES)
    if said:
        parts.append("The candidate said: " + " ".join(said))
    return "\n".join(parts)


# -- the model's summary ------------------------------------------------------------------------
def _transcript(lines: Sequence[InterviewUtterance]) -> str:
    text = "\n".join(f"{SPEAKER_NAMES.get(line.speaker, 'Unknown speaker')}: {line.text}" for line in lines)
    return text if len(text) <= SUMMARY_PROMPT_CHARS else text[:SUMMARY_PROMPT_CHARS] + "\n[…]"


def llm_summary(lines: Sequence[InterviewUtterance], config: Mapping[str, Any]) -> str:
    """The summary written by the configured OpenAI-compatible model (raises on any failure)."""
    from copilot.language.openai_client import create_openai_client

    client = create_openai_client(
        base_url=config["OPENAI_BASE_URL"],
        api_key=config["OPENAI_API_KEY"] or "",
        timeout_s=min(float(config["OPENAI_TIMEOUT_SECONDS"]), SUMMARY_TIMEOUT_SECONDS),
        max_retries=0,
    )
    messages = [
        {
            "role": "system",
            "content": (
                "You review a job interview for the candidate. In 3 to 5 plain sentences, in the "
                "language of the conversation, say what the interviewer asked about, how the "
                "candidate answered, and what was left unanswered. No headings, no lists."
            ),
        },
        {"role": "user", "content": _transcript(lines)},
    ]
    try:
        response = client.chat.completions.create(
            model=config["ANSWER_MODEL"], messages=messages, max_tokens=SUMMARY_MAX_TOKENS, temperature=0.2
        )
    finally:
        client.close()
    text = (response.choices[0].message.content or "").strip() if response.choices else ""
    if not text:
        raise ValueError("the model returned an empty summary")
    return text


def summary_for(
    interview: Interview,
    lines: Sequence[InterviewUtterance],
    questions: Sequence[dict[str, Any]],
    talk: Mapping[str, float],
    config: Mapping[str, Any],
    *,
    use_model: bool = True,
) -> str:
    if interview.summary:
        return interview.summary
    if use_model and lines and config.get("ANSWER_BACKEND") == "openai":
        try:
            summary = llm_summary(lines, config)
        except Exception as exc:  # any failure of the model: the offline summary still helps
            log.warning("interview summary by the model failed (%s); using the extractive one", exc)
        else:
            service.store_summary(interview.id, summary)
            return summary
    return extractive_summary(lines, questions, talk)


def build_review(
    interview: Interview,
    lines: Sequence[InterviewUtterance],
    config: Mapping[str, Any],
    *,
    use_model: bool = True,
) -> dict[str, Any]:
    """The review as the API shows it (``use_model=False``: never call the model, e.g. for a
    whole account's export)."""
    talk = talk_time(lines)
    questions = question_rows(lines, conversation_turns(lines))
    return {
        "talk_time": talk,
        "questions": questions,
        "unanswered": [row["utterance_id"] for row in questions if not row["answered"]],
        "summary": summary_for(interview, lines, questions, talk, config, use_model=use_model),
    }
