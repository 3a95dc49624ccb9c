"""A curated knowledge base of interview topics (English and Polish) and the search that finds them.

Topics live in ``topics/*.toml`` (see README.md there). A question finds its topic by the phrases
interviewers use for it, matched word by word with a tolerance for Polish and English inflection
("indeksy" finds "indeks", "joins" finds "join"), never by a single everyday word.
"""

from __future__ import annotations

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
_SMALL = word_set("this that these those to in on at for with by from it its s my our your their he she they")
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


_ENDINGS = frozenset(
    ["ing", "ings", "ers", "ies", "ied", "ach", "ami", "owi", "ach", "ami", "iem", "ach", "ego", "emu", "ymi"]
)


# English derivations that make another word: an agent noun against a verb form ("worker" / "worked",
# "manager" / "managing"), a verb or noun against its -ion noun ("product" / "production").
_OTHER_WORD = re.compile(r"^(\w+)(?:er|or) \1(?:ed|ing)$|^(\w+) \2(?:ion|ions)$")


def same_word(phrase_word: str, word: str) -> bool:
    """Equal, or the same stem under inflection (joins/join, indeksy/indeks, transakcji/transakcja).

    Short words must keep all their letters and gain at most two ("pods" is not "podstawy",
    "redux" not "reduce"); longer ones may change their last letter or two and gain up to four."""
    if phrase_word == word or word == phrase_word + "s":
        return True
    if len(phrase_word) < 4 or len(word) < 4:
        return False
    if _OTHER_WORD.search(phrase_word + " " + word):
        return False  # "worker" is not "worked", "product" not "production"
    extra = len(word) - len(phrase_word)
    common = 0
    for a, b in zip(phrase_word, word, strict=False):
        if a != b:
            break
        common += 1
    if re.search(r"e[kcl]$", phrase_word) and len(phrase_word) >= 5:
        # Polish drops the "e" of -ek/-ec/-el when it inflects: wątek → wątku, wątki, wątkiem.
        stem = phrase_word[:-2] + phrase_word[-1]
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return True
    if len(phrase_word) <= 5:
        # Short words keep all their letters and take only an ending: churn → churning, kurs → kursów.
        return common == len(phrase_word) and (extra <= 2 or word[len(phrase_word) :] in _ENDINGS)
    if len(phrase_word) <= 7:
        return common >= len(phrase_word) - 1 and -1 <= extra <= 4
    return common >= len(phrase_word) - 2 and -1 <= extra <= 4


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


def _keys(phrase_word: str) -> set[str]:
    """Where a phrase word's matches are filed: its first four letters (the whole word if shorter),
    and for Polish -ek/-ec/-el also the form without the fleeting e (wątek → wątk-)."""
    keys = {phrase_word[:4] if len(phrase_word) >= 4 else phrase_word}
    if re.search(r"e[kcl]$", phrase_word) and len(phrase_word) >= 5:
        keys.add((phrase_word[:-2] + phrase_word[-1])[:4])
    return keys


def _question_keys(word: str) -> set[str]:
    keys = {word[:4] if len(word) >= 4 else word}
    if len(word) == 4 and word.endswith("s"):
        keys.add(word[:3])  # "slas" is the plural of the phrase word "sla"
    return keys


class _Question:
    """The question's words, indexed so each phrase word finds its candidates without a full scan."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.long = len([t for t in tokens if t not in _IGNORABLE and len(t) > 2]) > 9
        # each word's place counting only words that carry meaning: "trust relationship between this
        # workstation and the primary domain" keeps its phrase words close
        self.place = []
        counted = 0
        for word in tokens:
            self.place.append(counted)
            counted += word not in _IGNORABLE and word not in _SMALL
        self.by_key: dict[str, list[int]] = {}
        for position, word in enumerate(tokens):
            for key in _question_keys(word):
                self.by_key.setdefault(key, []).append(position)

    def positions(self, phrase_word: str) -> list[int]:
        found = {i for key in _keys(phrase_word) for i in self.by_key.get(key, ())}
        return sorted(i for i in found if same_word(phrase_word, self.tokens[i]))


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, list[tuple[int, tuple[str, ...]]]]:
    """Every (topic, phrase) filed under the keys of the phrase's first word: a question only ever
    scores the phrases that can start in it."""
    index: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for position, topic in enumerate(load_topics()):
        for phrase in topic.phrases:
            for key in _keys(phrase[0]):
                index.setdefault(key, []).append((position, phrase))
    return index


def _phrase_score(phrase: tuple[str, ...], question: _Question) -> float:
    """How well a phrase occurs in the question: its word count when all its words are there, close."""
    first = []
    for phrase_word in phrase:
        found = question.positions(phrase_word)
        if not found:
            return 0.0
        first.append(found[0])
    span = question.place[max(first)] - question.place[min(first)] + 1
    side_by_side = max(first) - min(first) + 1 == len(phrase)
    # in a long question, words a clause apart ("night's backups actually worked") are no phrase
    if span > len(phrase) + (2 if question.long else 4):
        return 0.0
    # Longer phrases are stronger evidence; a contiguous occurrence a little more.
    return len(phrase) + (0.5 if side_by_side else 0.0)


@lru_cache(maxsize=512)
def find_topics(question: str, limit: int = 2) -> list[TopicMatch]:
    """The topics a question is about, best first (an empty list when none fits). A lone word
    ("postgres") decides only in a short question; in a long one it is usually just context."""
    tokens = terms(question)
    if not tokens:
        return []
    # "lock-out tag-out" is "lock out tag out" as well
    tokens += [part for token in tokens if "-" in token for part in token.split("-") if part]
    acronyms = frozenset(fold(word) for word in _ACRONYM.findall(question))
    names = frozenset(fold(word) for word in _NAME_INSIDE.findall(question))
    return _by_phrases(tokens, limit, acronyms | names | _asked_words(question))


# "…, what are the specific accessibility things you check for?": the words right after the last
# "what"/"which" of the last sentence are what is asked about, however long the turn before it
# ("how" is followed by the way of doing it, whose object is often only context).
_ASKING = re.compile(
    r"\b(?:what|which|jaki|jakie|jakich|jaka|czym|ktory|ktore|ktorych|ktora)\b((?:\W+[\w'-]+){1,4})"
)


def _asked_words(question: str) -> frozenset[str]:
    last = fold(re.split(r"(?<=[.!?])\s+", question.strip())[-1])
    found = list(_ASKING.finditer(last))
    return frozenset(terms(found[-1].group(1))) if found else frozenset()


# "If I say Kerberoasting, what is it?": a capitalised word inside a sentence names the subject too.
_NAME_INSIDE = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{5,}\b")
# "WDT", "OTIF", "CMR": a name written in capitals is the subject even inside a long question.
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,5}(?![\w-])")


def _by_phrases(tokens: list[str], limit: int, acronyms: frozenset[str] = frozenset()) -> list[TopicMatch]:
    question = _Question(tokens)
    candidates: dict[int, set[tuple[str, ...]]] = {}
    index = _phrase_index()
    for key in question.by_key:
        for position, phrase in index.get(key, ()):
            candidates.setdefault(position, set()).add(phrase)
    topics = load_topics()
    matches = []
    for position, phrases in candidates.items():
        scored = sorted(((_phrase_score(p, question), p) for p in phrases), reverse=True)
        best, phrase = scored[0]
        named = len(phrase) == 1 and any(same_word(phrase[0], word) for word in acronyms)
        if best <= 0 or (len(phrase) == 1 and question.long and not named):
            continue
        extra = sum(0.25 for score, _ in scored[1:] if score > 0)
        if len(phrase) == 1 and phrase[0] in acronyms:
            extra += 1.0  # the name the question spells out in capitals
        matches.append(TopicMatch(topics[position], best + extra, phrase))
    matches.sort(key=lambda m: (-m.score, m.topic.id))
    if not matches:
        return []
    top = matches[0].score
    # A second topic only when it is nearly as strong ("X vs Y" names two topics).
    return [m for m in matches[:limit] if m.score >= top * 0.75]


def topic_by_id(topic_id: str) -> Topic | None:
    return next((topic for topic in load_topics() if topic.id == topic_id), None)
