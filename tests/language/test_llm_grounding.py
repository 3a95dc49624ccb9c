"""The language-model answer backend against a real llama.cpp server running a tiny model.

SmolLM2-135M invents employers and figures freely, which is what the grounding check is for:
every number and proper name the model says must be found in the CV, the job description, the
question or the knowledge points, or it is flagged and kept out of the talking points.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from copilot.language.answers.base import AnswerContext
from copilot.language.answers.grounding import check, claims
from copilot.language.answers.openai_compatible import OpenAIAnswerBackend, build_messages
from tests.support.processes import LlamaServer

pytestmark = [pytest.mark.llm, pytest.mark.slow]

CONTEXT = AnswerContext(
    cv=(
        "Jan Kowalski\nSenior Backend Engineer | Allegro | 2020 – present\n"
        "- Led a team of 4 engineers migrating the payments service to Kubernetes.\n"
        "- Reduced p95 API latency from 800 ms to 120 ms by introducing Redis caching.\n"
        "Backend Developer | Comarch | 2017 – 2020\n- Built REST APIs in Django for a billing platform.\n"
    ),
    company="Acme Payments",
    position="Senior Python Engineer",
    job_description="- Build event-driven services with Kafka and Python.\n- Own the reliability of our payment APIs.",
    full_name="Jan Kowalski",
)
QUESTIONS = (
    "Tell me about the project you are most proud of.",
    "What is the difference between a process and a thread?",
)


@pytest.fixture(scope="module")
def llama(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    server = LlamaServer(Path(tmp_path_factory.mktemp("llama")))
    server.start(timeout=120)
    yield server
    server.kill()


@pytest.fixture(scope="module")
def backend(llama: LlamaServer) -> Iterator[OpenAIAnswerBackend]:
    answers = OpenAIAnswerBackend(
        base_url=llama.base_url,
        api_key="unused",
        model="smollm2",
        temperature=0.0,
        timeout_s=240,
        max_tokens=150,
    )
    yield answers
    answers.close()


def _sources(question: str, topics_points: list[str]) -> list[str]:
    return [
        CONTEXT.cv,
        CONTEXT.job_description,
        CONTEXT.company,
        CONTEXT.position,
        CONTEXT.full_name,
        question,
    ]


def test_the_prompt_carries_the_ranked_facts_knowledge_and_the_job() -> None:
    system = build_messages(QUESTIONS[1], CONTEXT, "en", history_turns=3)[0]["content"]
    assert "Key points on the subject:" in system and re.search(r"memory", system, re.I)
    proud = build_messages(QUESTIONS[0], CONTEXT, "en", history_turns=3)[0]["content"]
    assert "Most relevant facts for this question" in proud and "800 ms to 120 ms" in proud
    assert "What the role is about:" in proud and "event-driven services" in proud


def test_streamed_answers_are_checked_and_invented_claims_never_reach_the_points(backend) -> None:
    flagged = []
    for question in QUESTIONS:
        stream = backend.respond(question, CONTEXT, "en")
        deltas = list(stream)
        answer = stream.answer
        assert answer is not None and answer.text and len(deltas) > 3
        assert "".join(deltas).strip() == answer.text
        # Every claim the check flags is really absent from what the model was given...
        given = f"{CONTEXT.cv} {CONTEXT.job_description} {question}"
        for claim in answer.unsupported:
            assert claim in claims(answer.text)
            digits = re.sub(r"\D", "", claim)
            if digits:
                assert not re.search(rf"(?<!\d){digits}(?!\d)", re.sub(r"(?<=\d)[ ,.](?=\d)", "", given))
            else:
                assert claim.lower() not in given.lower()
        # ...and a second, independent check of the answer finds nothing more than it flagged.
        knowledge = [p for topic_id in answer.topics for p in _points_of(topic_id)]
        assert set(check(answer.text, [*_sources(question, knowledge), *knowledge]).unsupported) <= set(
            answer.unsupported
        )
        for point in answer.points:
            assert not any(claim in point for claim in answer.unsupported)
        flagged += answer.unsupported
    # The tiny model does invent: the check has caught at least one made-up name or number.
    assert flagged


def _points_of(topic_id: str) -> list[str]:
    from copilot.language.knowledge import topic_by_id

    topic = topic_by_id(topic_id)
    return [p for points in topic.points.values() for p in points] if topic else []
