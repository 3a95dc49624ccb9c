"""The offline answer backend: grounded interview answers without a language model.

The question is split into its parts and typed; each part gets a plan (CV facts chosen by meaning,
knowledge topics, job-description lines) worded by the composer in the question's language. The
answer is streamed word by word; its talking points come with the finished ``Answer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from copilot.language.answers.about_me import STAY_INSTEAD
from copilot.language.answers.base import Answer, AnswerContext, AnswerStream
from copilot.language.answers.compose import compose
from copilot.language.answers.personal import personal_kind
from copilot.language.answers.plan import Plan, build_plan
from copilot.language.answers.voice import Voice
from copilot.language.cv.parser import language_of
from copilot.language.questions.parts import QuestionPart, split_parts
from copilot.language.text import fold

_WORDS = re.compile(r"\S+\s*")
PART_WORDS = 150  # the words a turn of several questions shares between its answers
PART_MIN_WORDS = 45  # the least one of them keeps
# A lowercase word with a Polish letter: "Kraków" in an English question is a name, not Polish.
_CLEAR_POLISH = re.compile(r"(?<![\w])[a-ząćęłńóśźż]*[ąćęłńóśźż][a-ząćęłńóśźż]*")


def answer_language(question: str, requested: str | None) -> str:
    """The question's own language when it shows one; the caller's (speech-to-text's) otherwise."""
    if _CLEAR_POLISH.search(question):
        return "pl"
    detected = language_of(question)
    requested = (requested or "").lower()[:2]
    if len(question.split()) < 4 and requested in ("en", "pl"):
        return requested  # "a dlaczego" / "why?" say little on their own
    return detected


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A second half that only asks for an example or a reason of the first ("... and can you give an
# example?", "... and why it worked", "... i dlaczego?").
_SAME_ASK = re.compile(
    r"^\W*(?:and |so |or )?(?:(?:can|could) you |please )?(?:give|share|tell) (?:me |us )?(?:an |a |one )?"
    r"(?:example|instance)|^\W*(?:and |i |a )?(?:why|dlaczego|czemu)\b(?:\W*$|\s+(?:it|that|this|so|to|tak|to)\b[^?]{0,30}\W*$)|"
    r"^\W*(?:for example|na przyklad|np)\b|^\W*(?:i |a )?(?:podaj|poda pan|poda pani|prosze podac)\w* (?:jakis |konkretny )?przyklad"
)
# Later parts of a follow-up that are questions of their own, answered as such.
_OWN_QUESTIONS = frozenset(
    {
        "salary",
        "availability",
        "motivation",
        "why_leave",
        "weaknesses",
        "strengths",
        "introduction",
        "closing",
    }
)


def _shared_length(plans: list[Plan], answers: list[Answer]) -> list[Answer]:
    """Several questions in one turn share one answer's length: the longest parts give way first,
    so a short second answer leaves its words to a technical first one."""
    answers = list(answers)
    for index in sorted(range(len(answers)), key=lambda i: -len(answers[i].text.split())):
        others = sum(len(a.text.split()) for i, a in enumerate(answers) if i != index)
        allowed = max(PART_MIN_WORDS, PART_WORDS - others)
        if len(answers[index].text.split()) > allowed:
            answers[index] = compose(plans[index], allowed)
    return answers


class OfflineAnswerBackend:
    """Grounded answers from the CV, job description, knowledge base and the interview so far."""

    name = "offline"

    def compose(self, question: str, context: AnswerContext, language: str | None = None) -> Answer:
        """The whole answer to ``question``; every part of a two-part question is answered."""
        spoken_language = answer_language(
            question, language if language in ("en", "pl") else context.language
        )
        parts = split_parts(question)
        if len(parts) > 1 and personal_kind(question) == "career_break":
            parts = [
                QuestionPart(question, "other")
            ]  # "how do you feel about coming back, and what kept you sharp?"
        if (
            len(parts) > 1
            and any(p.type == "introduction" for p in parts)
            and all(p.type in ("introduction", "other") for p in parts)
        ):
            # "give me the quick version: where you are now, what a week looks like, and how you got into it"
            parts = [QuestionPart(question, "introduction")]
        if len(parts) > 1:
            # "Proszę, niech Pan siada. Kawy, wody? … niech Pan powie parę słów o sobie": the offer is no part
            parts = [p for p in parts if not _small_talk(p) and not _aside(p)] or parts
        merged = (
            len(parts) > 1
            and parts[0].type == "follow_up"
            and not {p.type for p in parts[1:]} & _OWN_QUESTIONS
        )
        if merged:
            # "And the outcome? How were things with him afterwards?": one follow-up about one story
            parts = [QuestionPart(question, "follow_up")]
        elif len(parts) == 2 and _SAME_ASK.search(fold(parts[1].text)):
            # "What role do you take in a team — and can you give an example?": one question, asked twice
            parts, merged = [QuestionPart(question, parts[0].type)], True
        elif len(parts) == 2 and parts[0].type == "why_leave" and STAY_INSTEAD.search(fold(parts[1].text)):
            # "Why leave, and why not wait for a promotion there?": one answer about leaving
            parts, merged = [QuestionPart(question, "why_leave")], True
        answers: list[Answer] = []
        plans = []
        for part in parts:
            # Each later part hears the earlier ones, so it does not tell the same CV line again.
            heard = replace(
                context,
                history=(*context.history, *((p.text, a.text) for p, a in zip(parts, answers, strict=False))),
            )
            plan = build_plan(
                part.text, heard, spoken_language, part.type if len(parts) > 1 or merged else None
            )
            plans.append(plan)
            answers.append(compose(plan))
        if len(answers) == 1:
            return answers[0]
        answers = _shared_length(plans, answers)
        voice = Voice(spoken_language, fold(question))
        texts = [answers[0].text]
        for extra in answers[1:]:
            said = {fold(sentence) for text in texts for sentence in _SENTENCE_END.split(text)}
            kept = [sentence for sentence in _SENTENCE_END.split(extra.text) if fold(sentence) not in said]
            if not kept:
                continue  # "money and notice ... and when could you start?": the notice was answered already
            extra = replace(extra, text=" ".join(kept))
            join = voice.say("part_join")
            keeps_capital = re.match(r"I\b|[A-ZĄĆĘŁŃÓŚŹŻ]{2}|[A-Z][a-z]*[A-Z]", extra.text)
            texts.append(join + (extra.text if keeps_capital else extra.text[:1].lower() + extra.text[1:]))
        points = list(dict.fromkeys(point for answer in answers for point in answer.points[:2]))
        return Answer(
            text=" ".join(texts),
            points=tuple(points[:4]),
            type="+".join(answer.type for answer in answers),
            language=spoken_language,
            facts=tuple(fact for answer in answers for fact in answer.facts),
            topics=tuple(topic for answer in answers for topic in answer.topics),
        )

    def respond(self, question: str, context: AnswerContext, language: str | None = None) -> AnswerStream:
        answer = self.compose(question, context, language)
        return AnswerStream(iter(_WORDS.findall(answer.text)), lambda _text: answer)

    def stream(self, question: str, context: AnswerContext, language: str | None = None) -> Iterator[str]:
        """The answer word by word, each word with the spacing that follows it."""
        yield from self.respond(question, context, language)


def _small_talk(part: QuestionPart) -> bool:
    last = re.split(r"(?<=[.!?])\s+", part.text.strip())[-1]
    return part.type == "other" and personal_kind(last) == "small_talk"


def _aside(part: QuestionPart) -> bool:
    """ "Great, thanks Rhys. Priya, anything else from you?": a colleague asked by name, beside the real
    question to the candidate."""
    if part.type != "other" or personal_kind(part.text):
        return False
    last = re.split(r"(?<=[.!?])\s+", part.text.strip())[-1]
    named = re.match(r"([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+),\s", last)
    return bool(named) and fold(named.group(1)) not in _INTERJECTIONS


_INTERJECTIONS = frozenset(
    [
        "great",
        "okay",
        "ok",
        "so",
        "right",
        "well",
        "thanks",
        "good",
        "perfect",
        "lovely",
        "brilliant",
        "dobrze",
        "dobra",
        "super",
        "swietnie",
        "dziekuje",
    ]
)
