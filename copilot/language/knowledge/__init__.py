"""A curated knowledge base of interview topics (English and Polish) and the search that finds them.

Topics live in ``topics/*.toml`` (see README.md there). A question finds its topic by the phrases
interviewers use for it, matched word by word with a tolerance for Polish and English inflection
("indeksy" finds "indeks", "joins" finds "join"), never by a single everyday word.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from copilot.language.text import fold, word_set

TOPICS_DIR = Path(__file__).resolve().parent / "topics"
LANGUAGES = ("en", "pl")
# Framing words an interviewer wraps around a topic; a match phrase may leave them out.
_IGNORABLE = word_set("""
    a an the of and or vs versus between difference differences do does is are what how why
    w z ze na i a oraz czy czym jest sa do od o miedzy roznica roznice rozni sie jak co
    """)
_WORD = re.compile(r"[a-z0-9][a-z0-9+#./-]*[a-z0-9+#]|[a-z0-9]")


@dataclass(frozen=True)
class Topic:
    id: str
    domain: str
    title: dict[str, str]
    points: dict[str, tuple[str, ...]]
    skills: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]  # folded words of every match phrase, both languages

    def points_in(self, language: str) -> tuple[str, ...]:
        return self.points.get(language) or self.points["en"]

    def title_in(self, language: str) -> str:
        return self.title.get(language) or self.title["en"]


@dataclass(frozen=True)
class TopicMatch:
    topic: Topic
    score: float
    matched: tuple[str, ...]  # the phrase that matched best, as written in the question's words


def terms(text: str) -> list[str]:
    """Folded words that keep the symbols of technical names ("c++", "ci/cd", "node.js")."""
    return _WORD.findall(fold(text).replace("'", ""))


def same_word(phrase_word: str, word: str) -> bool:
    """Equal, or the same stem under inflection (joins/join, indeksy/indeks, wątków/wątek)."""
    if phrase_word == word:
        return True
    if len(phrase_word) < 4 or len(word) < 4:
        return False
    if not -2 <= len(word) - len(phrase_word) <= 4:
        return False
    common = 0
    for a, b in zip(phrase_word, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(4, min(len(phrase_word), len(word)) - 2)


def _load_file(path: Path) -> list[Topic]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    topics = []
    for raw in data.get("topic", []):
        phrases = {
            tuple(w for w in terms(phrase) if w not in _IGNORABLE)
            for language in LANGUAGES
            for phrase in raw["match"].get(language, [])
        }
        topics.append(
            Topic(
                id=raw["id"],
                domain=raw["domain"],
                title={
                    language: raw["title"][language] for language in LANGUAGES if language in raw["title"]
                },
                points={language: tuple(raw["points"][language]) for language in LANGUAGES},
                skills=tuple(raw.get("skills", ())),
                phrases=tuple(sorted(phrase for phrase in phrases if phrase)),
            )
        )
    return topics


@lru_cache(maxsize=1)
def load_topics() -> tuple[Topic, ...]:
    topics: list[Topic] = []
    for path in sorted(TOPICS_DIR.glob("*.toml")):
        topics.extend(_load_file(path))
    return tuple(topics)


class _Question:
    """The question's words, indexed so each phrase word finds its candidates without a full scan."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.by_key: dict[str, list[int]] = {}
        for position, word in enumerate(tokens):
            self.by_key.setdefault(word[:4] if len(word) >= 4 else word, []).append(position)

    def positions(self, phrase_word: str) -> list[int]:
        key = phrase_word[:4] if len(phrase_word) >= 4 else phrase_word
        return [i for i in self.by_key.get(key, ()) if same_word(phrase_word, self.tokens[i])]


def _phrase_score(phrase: tuple[str, ...], question: _Question) -> float:
    """How well a phrase occurs in the question: its word count when all its words are there, close."""
    first = []
    for phrase_word in phrase:
        found = question.positions(phrase_word)
        if not found:
            return 0.0
        first.append(found[0])
    span = max(first) - min(first) + 1
    if span > len(phrase) + 4:
        return 0.0
    # Longer phrases are stronger evidence; a contiguous occurrence a little more.
    return len(phrase) + (0.5 if span == len(phrase) else 0.0)


def find_topics(question: str, limit: int = 2, *, by_content: bool = False) -> list[TopicMatch]:
    """The topics a question is about, best first (an empty list when none fits).

    Match phrases decide first; when none matches, the question's content words are looked up in
    each topic's title and points, and a topic that clearly shares the most of them is taken."""
    tokens = terms(question)
    if not tokens:
        return []
    found = _by_phrases(tokens, limit)
    return found or (_by_content(tokens) if by_content else [])


def _by_phrases(tokens: list[str], limit: int) -> list[TopicMatch]:
    question = _Question(tokens)
    matches = []
    for topic in load_topics():
        scored = sorted(((_phrase_score(p, question), p) for p in topic.phrases), reverse=True)
        best, phrase = scored[0] if scored else (0.0, ())
        if best <= 0:
            continue
        extra = sum(0.25 for score, _ in scored[1:] if score > 0)
        matches.append(TopicMatch(topic, best + extra, phrase))
    matches.sort(key=lambda m: -m.score)
    if not matches:
        return []
    top = matches[0].score
    # A second topic only when it is nearly as strong ("X vs Y" names two topics).
    return [m for m in matches[:limit] if m.score >= top * 0.75]


_GENERIC = frozenset(
    [
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "who",
        "do",
        "does",
        "did",
        "you",
        "your",
        "yours",
        "we",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "can",
        "could",
        "would",
        "should",
        "will",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "from",
        "about",
        "tell",
        "me",
        "us",
        "explain",
        "describe",
        "give",
        "example",
        "work",
        "working",
        "use",
        "using",
        "used",
        "make",
        "made",
        "get",
        "good",
        "best",
        "way",
        "ways",
        "thing",
        "things",
        "someone",
        "something",
        "team",
        "jak",
        "co",
        "czy",
        "dlaczego",
        "kiedy",
        "gdzie",
        "ktory",
        "ktora",
        "ktore",
        "ty",
        "twoj",
        "twoja",
        "twoje",
        "sie",
        "jest",
        "sa",
        "byl",
        "byla",
        "bylo",
        "w",
        "z",
        "na",
        "do",
        "dla",
        "o",
        "od",
        "po",
        "przy",
        "oraz",
        "i",
        "a",
        "ze",
        "mi",
        "nam",
        "opowiedz",
        "powiedz",
        "wyjasnij",
        "prosze",
        "pan",
        "pani",
    ]
)


@lru_cache(maxsize=1)
def _content_index() -> tuple[dict[str, dict[int, str]], dict[str, float]]:
    """Topic words by their first four letters (so inflected forms meet), and each word's IDF."""
    by_prefix: dict[str, dict[int, str]] = {}
    frequency: dict[str, int] = {}
    topics = load_topics()
    for position, topic in enumerate(topics):
        text = " ".join(
            [
                *topic.title.values(),
                *(" ".join(p) for p in topic.phrases),
                *topic.points["en"][:3],
                *topic.points["pl"][:3],
            ]
        )
        for word in {w for w in terms(text) if len(w) > 4 and w not in _GENERIC}:
            by_prefix.setdefault(word[:4], {})[position] = word
            frequency[word] = frequency.get(word, 0) + 1
    return by_prefix, {word: math.log(1 + len(topics) / count) for word, count in frequency.items()}


def _by_content(tokens: list[str]) -> list[TopicMatch]:
    asked = [w for w in dict.fromkeys(tokens) if len(w) > 4 and w not in _GENERIC]
    if len(asked) < 2:
        return []
    by_prefix, idf = _content_index()
    weights: dict[int, list[float]] = {}
    for word in asked:
        for position, candidate in by_prefix.get(word[:4], {}).items():
            if same_word(word, candidate):
                weights.setdefault(position, []).append(idf[candidate])
    scored = sorted(((sum(w), len(w), p) for p, w in weights.items() if len(w) >= 2), reverse=True)
    if not scored:
        return []
    best, runner_up = scored[0], scored[1][0] if len(scored) > 1 else 0.0
    if best[0] < 6.0 or best[0] < 1.3 * runner_up:
        return []
    return [TopicMatch(load_topics()[best[2]], best[0] / 4, ())]


def topic_by_id(topic_id: str) -> Topic | None:
    return next((topic for topic in load_topics() if topic.id == topic_id), None)
