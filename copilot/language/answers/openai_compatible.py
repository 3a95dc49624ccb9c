"""Grounded interview answers from any OpenAI-compatible chat completions endpoint, streamed."""

from __future__ import annotations

from collections.abc import Iterator

import openai

from copilot.exceptions import BackendError, TransientBackendError
from copilot.language.answers.base import Answer, AnswerContext, AnswerStream
from copilot.language.answers.grounding import check, grounded_points
from copilot.language.answers.offline import answer_language
from copilot.language.answers.plan import Plan, build_plan
from copilot.language.cv.spoken import first_person
from copilot.language.openai_client import create_openai_client, translate_openai_error
from copilot.language.text import language_code

DEFAULT_CV_BUDGET_CHARS = 24_000
DEFAULT_JOB_DESCRIPTION_BUDGET_CHARS = 8_000
DEFAULT_PREFERENCES_BUDGET_CHARS = 4_000
_BACKEND = "answer backend"

LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polish",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "uk": "Ukrainian",
    "cs": "Czech",
}

_RULES = """\
You help a job candidate during a live interview. Write the answer the candidate will say next.
Rules:
- Answer as the candidate, in the first person, as natural spoken language.
- {language_rule}
- 3 to 6 sentences. Be concrete: name the project, the technology and the result.
- Use only facts from the candidate's CV below, preferring the facts listed as most relevant. Do not \
invent employers, job titles, dates, numbers or achievements; if the CV does not cover the question, \
answer from general skills without claiming experience the CV does not show.
- For a technical question, give the real answer first (the key points below are correct), then link it \
to the candidate's experience in one sentence if a fact fits.
- Connect the answer to the position and the company when it fits.
- For safety, safeguarding, legal or ethical questions, state the correct procedure first, plainly.
- No headings, lists or preamble; do not repeat the question.
- Each user message is a question from the interviewer; earlier turns are the conversation so far."""


def truncate_text(text: str, budget_chars: int, *, label: str = "text") -> str:
    """Cut ``text`` to at most ``budget_chars``, at a paragraph, line or sentence end when one is near.

    The head is kept because CVs and job descriptions put the summary and the most recent,
    most relevant experience first.
    """
    text = text.strip()
    if len(text) <= budget_chars:
        return text
    marker = f"\n[... {label} truncated ...]"
    room = max(budget_chars - len(marker), 0)
    head = text[:room]
    # Only back off to a boundary within the last fifth, so a single huge paragraph still fills the budget.
    floor = room * 4 // 5
    for boundary in ("\n\n", "\n", ". "):
        cut = head.rfind(boundary, floor)
        if cut != -1:
            head = head[: cut + (1 if boundary == ". " else 0)]
            break
    return (head.rstrip() + marker)[:budget_chars]


def language_instruction(language: str | None) -> str:
    code = language_code(language)
    if code is None:
        return "Answer in the language the question is asked in."
    return f"Answer in {LANGUAGE_NAMES.get(code, code)}."


_TYPE_GUIDANCE = {
    "introduction": "A short career summary: current role, two results from the facts, why this role is next.",
    "motivation": "Why this role and company: name what the job description asks for and the fact that matches it.",
    "why_leave": "Positive and forward-looking: what the candidate wants next (from the job description), never criticism.",
    "strengths": "Two strengths, each proven by one fact.",
    "weaknesses": "One real, non-critical weakness or a skill the job asks for that the CV lacks, and what is being done about it.",
    "failure": "One real setback from the facts and what changed afterwards; if none fits, describe how mistakes are handled without inventing a story.",
    "conflict": "One situation from the facts where views differed, how it was resolved, and the outcome.",
    "incident": "One incident from the facts: what broke, the first actions, the fix, what changed; if none fits, say how an incident would be handled.",
    "technical": "The correct answer in plain words first, then one link to the candidate's experience.",
    "system_design": "Requirements, main components, scaling and failure handling, briefly; then one link to experience.",
    "experience": "Yes or no honestly, with the fact that proves it or the closest related experience.",
    "salary": "Use the range in the job description if there is one; otherwise ask for their budget; never invent a number.",
    "closing": "Two or three thoughtful questions for the interviewer about the role and team.",
    "follow_up": "Continue the story of the previous answer: its result, details or reasons, using the same fact.",
    "achievement": "One achievement from the facts as a short story: the situation, what the candidate did, the measured result.",
    "leadership": "One example from the facts of leading or mentoring people: what was done and what changed for them.",
    "collaboration": "One example from the facts of working across people or teams, and how agreement was reached.",
    "pressure": "How priorities are set under pressure, shown with one example from the facts.",
    "challenge": "The hardest problem from the facts: why it was hard, the approach, the result.",
    "learning": "How the candidate learns, shown with something they actually learned according to the CV.",
    "future": "Where the candidate wants to grow, tied to this role; ambitious but credible.",
    "work_style": "How the candidate likes to work, with one concrete example.",
    "availability": "When the candidate can start: the notice period if the CV or context says it, otherwise a promise to confirm.",
    "behavioural": "One situation from the facts, told briefly: situation, action, result.",
    "curveball": "A light, concrete answer that shows how the candidate thinks, tied back to their work in one sentence.",
    "objection": "Meet the doubt head-on: what carries over from the facts, what in the role is the same work, how the gap closes.",
    "other": "Answer the question directly first; then support it with the most relevant fact if one fits.",
}


def _relevant_sections(plan: Plan) -> list[str]:
    """The facts, knowledge and job lines the answer should rest on, ranked for this question."""
    sections = []
    facts = [ranked.fact for ranked in plan.facts if ranked.fits][:5]
    if facts:
        lines = "\n".join(f"- {first_person(fact, plan.language)}" for fact in facts)
        sections.append(f"Most relevant facts for this question (from the CV):\n{lines}")
    points = [point for topic in plan.topics[:2] for point in topic.points_in(plan.language)[:4]]
    if points:
        sections.append("Key points on the subject:\n" + "\n".join(f"- {point}" for point in points))
    if plan.duties:
        sections.append("What the role is about:\n" + "\n".join(f"- {duty}" for duty in plan.duties[:3]))
    guidance = _TYPE_GUIDANCE.get(plan.type)
    if guidance:
        sections.append(f"This is a {plan.type.replace('_', ' ')} question. {guidance}")
    return sections


def build_system_prompt(
    context: AnswerContext,
    language: str | None,
    *,
    cv_budget_chars: int = DEFAULT_CV_BUDGET_CHARS,
    job_description_budget_chars: int = DEFAULT_JOB_DESCRIPTION_BUDGET_CHARS,
    plan: Plan | None = None,
) -> str:
    sections = [_RULES.format(language_rule=language_instruction(language))]
    facts = [
        ("Candidate", context.full_name),
        ("Position applied for", context.position),
        ("Company", context.company),
    ]
    sections.extend(f"{name}: {value.strip()}" for name, value in facts if value.strip())
    if context.job_description.strip():
        description = truncate_text(
            context.job_description, job_description_budget_chars, label="job description"
        )
        sections.append(f"Job description:\n{description}")
    if context.cv.strip():
        sections.append(f"Candidate's CV:\n{truncate_text(context.cv, cv_budget_chars, label='CV')}")
    else:
        sections.append("No CV was provided: keep the answer general and claim no specific experience.")
    if plan is not None:
        sections.extend(_relevant_sections(plan))
    if context.system_prompt.strip():
        # Appended last and labelled so the user's own prompt shapes tone, not the grounding rules.
        preferences = truncate_text(
            context.system_prompt, DEFAULT_PREFERENCES_BUDGET_CHARS, label="preferences"
        )
        sections.append(
            "The candidate's preferences (follow them where they do not conflict with the rules above):\n"
            + preferences
        )
    return "\n\n".join(sections)


def build_messages(
    question: str,
    context: AnswerContext,
    language: str | None,
    history_turns: int,
    *,
    cv_budget_chars: int = DEFAULT_CV_BUDGET_CHARS,
) -> list[dict[str, str]]:
    """The chat messages for one question: grounding system prompt, recent Q/A turns, the question."""
    if language_code(language) is None:
        language = context.language
    plan = build_plan(question, context, answer_language(question, language_code(language)))
    system = build_system_prompt(context, language, cv_budget_chars=cv_budget_chars, plan=plan)
    messages = [{"role": "system", "content": system}]
    recent = context.history[-history_turns:] if history_turns > 0 else ()
    for past_question, past_answer in recent:
        messages.append({"role": "user", "content": past_question})
        messages.append({"role": "assistant", "content": past_answer})
    messages.append({"role": "user", "content": question.strip()})
    return messages


class OpenAIAnswerBackend:
    """AnswerBackend that streams chat completion deltas as they arrive."""

    name = "openai"

    def __init__(
        self,
        *,
        base_url: str | None,
        api_key: str,
        model: str = "gpt-4o-mini",
        timeout_s: float = 30.0,
        max_retries: int = 0,
        temperature: float = 0.4,
        history_turns: int = 3,
        cv_budget_chars: int = DEFAULT_CV_BUDGET_CHARS,
        max_tokens: int = 400,
    ) -> None:
        self.max_tokens = max_tokens  # a spoken answer is 40-120 words; a runaway model stops here
        self.model = model
        self.temperature = temperature
        self.history_turns = history_turns
        self.cv_budget_chars = cv_budget_chars
        # Retries belong to the job runner (Celery autoretry with backoff), hence max_retries=0.
        self._client = create_openai_client(
            base_url=base_url, api_key=api_key, timeout_s=timeout_s, max_retries=max_retries
        )

    def respond(self, question: str, context: AnswerContext, language: str) -> AnswerStream:
        """Stream the model's answer; when it ends, check every number and name against the sources."""
        spoken = answer_language(question, language_code(language))
        plan = build_plan(question, context, spoken)

        def finish(text: str) -> Answer:
            sources = [
                context.cv,
                context.job_description,
                context.company,
                context.position,
                context.full_name,
                context.system_prompt,
                question,
                *(
                    point
                    for topic in plan.topics
                    for language_points in topic.points.values()
                    for point in language_points
                ),
            ]
            grounding = check(text, sources)
            return Answer(
                text=text,
                points=grounded_points(text, grounding.unsupported),
                type=plan.type,
                language=spoken,
                facts=tuple(ranked.fact.text for ranked in plan.facts if ranked.fits)[:3],
                topics=tuple(topic.id for topic in plan.topics),
                unsupported=grounding.unsupported,
            )

        return AnswerStream(self.stream(question, context, spoken), finish)

    def stream(self, question: str, context: AnswerContext, language: str) -> Iterator[str]:
        messages = build_messages(
            question, context, language, self.history_turns, cv_budget_chars=self.cv_budget_chars
        )
        try:
            chunks = self._client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=self.temperature,
                max_tokens=self.max_tokens,
                stream=True,
            )
        except openai.OpenAIError as exc:
            raise translate_openai_error(exc, backend=_BACKEND) from exc
        finish_reason = None
        # ``with`` closes the HTTP response when the consumer stops early, freeing the connection.
        with chunks:
            try:
                for chunk in chunks:
                    if not chunk.choices:
                        continue  # usage-only chunks some servers send at the end
                    choice = chunk.choices[0]
                    if choice.delta is not None and choice.delta.content:
                        yield choice.delta.content
                    if choice.finish_reason:
                        finish_reason = choice.finish_reason
            except openai.APITimeoutError as exc:
                raise translate_openai_error(exc, backend=_BACKEND) from exc
            except openai.APIConnectionError as exc:
                raise TransientBackendError(
                    "the answer stream was cut off midway", code="backend_stream_dropped"
                ) from exc
            except openai.OpenAIError as exc:
                raise translate_openai_error(exc, backend=_BACKEND) from exc
        if finish_reason is None:
            # A body that ends cleanly but without a finish_reason is a truncated answer too.
            raise TransientBackendError(
                "the answer stream ended without finishing", code="backend_stream_dropped"
            )
        if finish_reason == "content_filter":
            raise BackendError(
                "the answer backend withheld the answer (content filter)", code="backend_rejected"
            )

    def close(self) -> None:
        self._client.close()
