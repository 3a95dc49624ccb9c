"""The knowledge base: every topic well formed in both languages, and questions find their topic."""

from __future__ import annotations

import re

import pytest

from copilot.language.knowledge import find_topics, load_topics


def test_the_base_covers_at_least_150_topics_in_english_and_polish() -> None:
    topics = load_topics()
    assert len(topics) >= 150
    assert len({topic.id for topic in topics}) == len(topics)
    for topic in topics:
        assert topic.phrases, topic.id
        for language in ("en", "pl"):
            points = topic.points[language]
            assert 3 <= len(points) <= 5, topic.id
            assert topic.title[language], topic.id
            for point in points:
                assert not re.search(r"[\[\]{}]", point), (topic.id, point)
        assert len(topic.points["en"]) == len(topic.points["pl"]), topic.id
    domains = {topic.domain for topic in topics}
    assert {
        "programming",
        "databases",
        "system_design",
        "devops",
        "data",
        "product",
        "behavioural",
    } <= domains


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What's the difference between a process and a thread?", "process-vs-thread"),
        ("czym się różni proces od wątku", "process-vs-thread"),
        ("Czym się różni INNER JOIN od LEFT JOIN?", "sql-joins"),
        ("how would you design a rate limiter", "design-rate-limiter"),
        ("Explain the CAP theorem", "cap-theorem"),
        ("what is a p-value", "p-value-significance"),
        ("jak zapobiegasz przeuczeniu modelu", "overfitting-regularisation"),
        ("so what does the GIL actually do in python", "python-gil"),
    ],
)
def test_a_question_finds_its_topic_in_either_language(question: str, topic: str) -> None:
    assert find_topics(question)[0].topic.id == topic


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about yourself.",
        "Why do you want to join us?",
        "I see you worked somewhere that used PostgreSQL and Redis a lot, how did you like the people there?",
    ],
)
def test_questions_without_a_subject_or_with_a_passing_mention_find_nothing(question: str) -> None:
    assert find_topics(question) == []
