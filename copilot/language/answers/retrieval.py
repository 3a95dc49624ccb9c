"""CV and job-description retrieval for the offline answer composer.

Splits free text pasted from PDFs into facts (bullets, lines, sentences), normalises English and
Polish words for matching and ranks the facts against a query with BM25.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from copilot.language.text import fold, word_set

# Truncating words to a prefix is a crude stemmer, but it folds most Polish inflection
# (doświadczenie/doświadczeniem, zespół/zespołem) and English suffixes (manage/managed/management)
# without shipping a dictionary.
STEM_LENGTH = 6

STOPWORDS = word_set(
    """
    a an the and or but if then than so of to in on at by for from with without into onto over under
    about as is are was were be been being am do does did doing have has had having i me my mine
    myself you your yours we our us they them their he she his her it its this that these those
    there here what which who whom whose when where why how can could would should will shall may
    might must not no yes very just also too more most such only own same some any all each both few
    other again further once up down out off per via etc e g ie eg
    tell please describe give example share something anything would like think see talk
    i ja ty on ona ono my wy oni one mnie mi mna ciebie cie tobie sie siebie nas nam was wam ich im
    jego jej go mu moj moja moje moi mojego mojej moim twoj twoja twoje twoim twojej pana pani panu
    pan panstwa wasz wasza wasze nasz nasza nasze swoj swoja swoje swoim swojej
    i oraz a ale lub albo czy ze zeby bo poniewaz wiec jesli jezeli gdy kiedy jak jaki jaka jakie
    jakim jakiej jakich co czego czym kto kogo komu gdzie dlaczego czemu ile ktory ktora ktore
    ktorym ktorej ktorych w we z ze na do od o u po przy przez dla bez pod nad przed za miedzy
    jest sa byl byla bylo byli byc bede moze mozna jestem jestes ten ta to te tego tej tym tych
    tam tu tutaj juz jeszcze tez takze tylko bardzo sie nie tak
    prosze opowiedz opisz powiedz podaj przyklad pan pani
    """
)

_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*\-–—>]+|\(?\d{1,2}[.)])\s+")
_TOKEN = re.compile(r"[a-z0-9]+(?:\+\+|#)?")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"(])")
_CONTACT = re.compile(r"@|https?://|www\.|linkedin|github\.com|\+?\d[\d\s()-]{7,}\d", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NUMBER = re.compile(r"\d")
_SECTION_WORDS = {
    "summary": (
        "summary profile about objective podsumowanie profil o mnie cel zawodowy "
        "professional summary career objective"
    ),
    "experience": (
        "experience work experience employment employment history professional experience career "
        "doswiadczenie doswiadczenie zawodowe przebieg kariery historia zatrudnienia praca projects "
        "projekty"
    ),
    "skills": (
        "skills technical skills key skills competences competencies technologies tools "
        "umiejetnosci kompetencje technologie narzedzia umiejetnosci techniczne"
    ),
    "education": "education studies wyksztalcenie edukacja studia certifications certyfikaty kursy courses",
    "languages": "languages jezyki jezyki obce",
    "other": "interests hobby zainteresowania references referencje achievements osiagniecia",
}
_HEADINGS = {phrase: section for section, words in _SECTION_WORDS.items() for phrase in words.split()} | {
    " ".join(pair): section
    for section, words in _SECTION_WORDS.items()
    for pair in zip(words.split(), words.split()[1:], strict=False)
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a normalised word to its matching key."""
    if word.isdigit():
        return word
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LENGTH]


def tokenize(text: str) -> list[str]:
    """Lowercase, strip diacritics, drop stopwords and stem; the same for queries and documents."""
    words = _TOKEN.findall(fold(text))
    return [stem(word) for word in words if word not in STOPWORDS]


@dataclass(frozen=True)
class Fact:
    """One retrievable piece of the CV or job description."""

    text: str
    source: str  # "cv" or "jd"
    section: str  # summary, experience, skills, education, languages, other or "" when unknown
    header: str = ""  # the job/role line a bullet belongs to, when the CV has one
    order: int = 0  # position in the document; earlier usually means more recent
    is_header: bool = False  # the role line itself ("Nurse, St. Mary's Hospital, 2018–2022")
    tokens: tuple[str, ...] = field(default=(), compare=False, repr=False)  # tokenize(text), kept

    @property
    def has_number(self) -> bool:
        return bool(_NUMBER.search(self.text))


def _heading_section(line: str) -> str | None:
    """Return the section a heading line opens, or None when the line is content."""
    bare = fold(line).strip(" :#*=_-–—|")
    if not bare or len(bare) > 40:
        return None
    if bare in _HEADINGS:
        return _HEADINGS[bare]
    if line.rstrip().endswith(":") and len(bare.split()) <= 3 and not _NUMBER.search(bare):
        return "other"
    return None


def _split_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def _merge_wrapped_lines(lines: Iterable[str]) -> list[tuple[str, bool]]:
    """Rejoin lines that a PDF copy broke mid-sentence; returns (text, was_bullet) pairs."""
    merged: list[tuple[str, bool]] = []
    for raw in lines:
        line = raw.strip()
        if _CONTACT.search(line) and len(line.split()) <= 8:
            # Contact details are not facts worth quoting, and the name line above them
            # must not swallow them as a "wrapped" continuation.
            line = ""
        if not line:
            merged.append(("", False))
            continue
        bullet = bool(_BULLET.match(raw))
        if bullet:
            line = _BULLET.sub("", raw).strip()
        continues = (
            not bullet
            and merged
            and merged[-1][0]
            and line[0].islower()
            and not merged[-1][0].endswith((".", "!", "?", ":"))
        )
        if continues:
            previous, was_bullet = merged[-1]
            merged[-1] = (f"{previous} {line}", was_bullet)
        else:
            merged.append((line, bullet))
    return [(text, bullet) for text, bullet in merged if text]


def _looks_like_role_header(line: str) -> bool:
    """A job line ("Backend Engineer | Allegro | 2019–2023"): short, not a sentence, dated or split."""
    if len(line) > 100 or line.endswith("."):
        return False
    return bool(_YEAR.search(line)) or (bool(re.search(r"\s[|@–—-]\s", line)) and len(line.split()) <= 10)


def segment(text: str, source: str) -> list[Fact]:
    """Split a CV or job description into facts, remembering the section and role of each."""
    facts: list[Fact] = []
    section = ""
    header = ""
    for line, bullet in _merge_wrapped_lines(text.splitlines()):
        heading = _heading_section(line)
        if heading is not None:
            section, header = heading, ""
            continue
        is_header = not bullet and section in ("experience", "") and _looks_like_role_header(line)
        if is_header:
            header = line.strip(" :")
        for sentence in _split_sentences(line) if len(line) > 160 else [line]:
            tokens = tuple(tokenize(sentence))
            if len(tokens) < 2:
                continue
            own_header = "" if is_header else header
            facts.append(Fact(sentence, source, section, own_header, len(facts), is_header, tokens))
    return facts


class BM25:
    """Okapi BM25 with Lucene's IDF, the default scoring of ``bm25s``.

    Written out over numpy because indexing a 50 KB CV with ``bm25s`` took ~90 ms, most of it
    bookkeeping for corpora far larger than one CV; postings per token keep scoring to a few
    vector additions.
    """

    def __init__(self, corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.size = len(corpus)
        lengths = np.array([len(doc) for doc in corpus], dtype=float)
        average = float(lengths.mean()) if self.size else 1.0
        length_norm = k1 * (1 - b + b * lengths / (average or 1.0))
        frequencies: dict[str, dict[int, int]] = {}
        for position, doc in enumerate(corpus):
            for token, count in Counter(doc).items():
                frequencies.setdefault(token, {})[position] = count
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for token, docs in frequencies.items():
            ids = np.fromiter(docs.keys(), dtype=np.intp, count=len(docs))
            tf = np.fromiter(docs.values(), dtype=float, count=len(docs))
            idf = math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))
            # Lucene drops the constant (k1 + 1) factor; it does not change the ranking.
            self._postings[token] = (ids, idf * tf / (tf + length_norm[ids]))

    def documents_with(self, token: str) -> list[int]:
        posting = self._postings.get(token)
        return [] if posting is None else [int(position) for position in posting[0]]

    def scores(self, query_tokens: Iterable[str]) -> np.ndarray:
        """Score of every document; each distinct query token counts once."""
        total = np.zeros(self.size)
        for token in set(query_tokens):
            posting = self._postings.get(token)
            if posting is not None:
                total[posting[0]] += posting[1]
        return total


class FactIndex:
    """BM25 over the facts of one CV + job description."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        header_tokens = {header: tokenize(header) for header in {fact.header for fact in facts}}
        # The role line joins each bullet's tokens so "Kafka at Allegro" finds bullets under Allegro.
        corpus = [[*fact.tokens, *header_tokens[fact.header]] for fact in facts]
        self._bm25 = BM25(corpus)
        self._tokens = [frozenset(tokens) for tokens in corpus]
        self.from_cv = np.array([fact.source == "cv" for fact in facts], dtype=bool)
        self.has_number = np.array([fact.has_number for fact in facts], dtype=float)
        self.is_header = np.array([fact.is_header for fact in facts], dtype=float)
        self.order = np.arange(len(facts), dtype=float)
        self.sections = np.array([fact.section for fact in facts], dtype=object)
        self.token_count = np.array([len(fact.tokens) for fact in facts], dtype=int)
        self.cv_top_tokens = _most_common(list(fact.tokens) for fact in facts if fact.source == "cv")
        self.jd_top_tokens = _most_common(list(fact.tokens) for fact in facts if fact.source == "jd")

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every fact for the query (zeros when nothing matches)."""
        return self._bm25.scores(query_tokens)

    def contains_any(self, index: int, tokens: Iterable[str]) -> bool:
        """Whether the fact mentions any of the (already stemmed) tokens."""
        return not self._tokens[index].isdisjoint(tokens)

    def surface_form(self, token: str) -> str | None:
        """The word as the CV spells it ("Kubernetes" for the query's "Kubernetesem"), if present."""
        # Only the facts that contain the token are read, so this stays cheap on a 50 KB CV.
        for position in self._bm25.documents_with(token):
            fact = self.facts[position]
            if fact.source != "cv":
                continue
            for word in re.findall(r"[\w+#]+(?:\.[\w+#]+)*", fact.text):
                if token in tokenize(word):
                    return word
        return None


def _most_common(token_lists: Iterable[list[str]], limit: int = 40) -> list[str]:
    counts = Counter(token for tokens in token_lists for token in tokens)
    return [token for token, _ in counts.most_common(limit)]


@lru_cache(maxsize=16)
def build_index(cv: str, job_description: str) -> FactIndex:
    """Index a CV and job description; cached because a session asks many questions of one CV."""
    return FactIndex(segment(cv, "cv") + segment(job_description, "jd"))
