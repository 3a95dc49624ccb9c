"""The grounding check for answers written by a language model.

Every number and proper name in the answer must appear in something the model was given: the CV,
the job description, the question, the company or position, or the knowledge points. Whatever
cannot be found is reported as unsupported, and the talking points drop the sentences that carry
it, so a glance during the interview never shows an invented figure or employer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from copilot.language.text import fold, word_set

_NUMBER = re.compile(r"(?<![\w.])[$€£]?\d+(?:[.,]\d+)*(?:\s?(?:%|k|m|bn|x)\b|%)?")
_WORD = re.compile(r"[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż][\w+#'’.-]*[\w+#]|[A-Za-zĄĆĘŁŃÓŚŹŻ]")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Capitalised words that are not names: the pronoun, titles of days and months, languages, the CV.
_NOT_NAMES = word_set(
    """
    i i'm i've i'd i'll cv ok okay yes no monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    english polish german french spanish english-speaking styczen luty marzec kwiecien maj czerwiec lipiec
    sierpien wrzesien pazdziernik listopad grudzien poniedzialek wtorek sroda czwartek piatek sobota niedziela
    angielski polski niemiecki pan pani panstwo
    """
)


@dataclass(frozen=True)
class Grounding:
    unsupported: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.unsupported


def _digits(token: str) -> str:
    return re.sub(r"[^\d]", "", token)


def _numbers_in(text: str) -> set[str]:
    return {_digits(match.group()) for match in _NUMBER.finditer(text) if _digits(match.group())}


def claims(answer: str) -> list[str]:
    """Numbers and proper names in the answer, in order of appearance, each once."""
    found: list[str] = []
    for sentence in _SENTENCE.split(answer):
        found += [match.group().strip() for match in _NUMBER.finditer(sentence)]
        found += _names(sentence)
    unique: list[str] = []
    for claim in found:
        if claim and claim not in unique:
            unique.append(claim)
    return unique


def _names(sentence: str) -> list[str]:
    """Capitalised words that are not the sentence's first word, acronyms and CamelCase anywhere."""
    names = []
    words = list(_WORD.finditer(sentence))
    for index, match in enumerate(words):
        word = match.group().strip(".'’-")
        if not word or fold(word) in _NOT_NAMES:
            continue
        special = bool(re.search(r"[A-Z].*[A-Z]|\d|[+#]", word[1:])) or (word.isupper() and len(word) > 1)
        capitalised = word[:1].isupper()
        if special or (capitalised and index > 0):
            names.append(word)
    return names


def check(answer: str, sources: Iterable[str]) -> Grounding:
    """The answer's numbers and names that none of the sources contains."""
    corpus = " ".join(sources)
    folded = fold(corpus)
    numbers = _numbers_in(corpus)
    unsupported = []
    for claim in claims(answer):
        if _NUMBER.fullmatch(claim):
            if _digits(claim) not in numbers:
                unsupported.append(claim)
        elif not _name_in(claim, folded):
            unsupported.append(claim)
    return Grounding(tuple(unsupported))


def _name_in(name: str, folded_corpus: str) -> bool:
    key = fold(name)
    if re.search(rf"(?<![\w]){re.escape(key)}", folded_corpus):
        return True
    # Polish endings on a name the sources spell plainly ("Allegro" / "Allegrze" is rare; "Kafką" → "kafk").
    stem = key[: max(4, len(key) - 2)]
    return len(key) > 4 and bool(re.search(rf"(?<![\w]){re.escape(stem)}", folded_corpus))


def grounded_points(answer: str, unsupported: Iterable[str], limit: int = 4) -> tuple[str, ...]:
    """Talking points from the answer's own sentences, leaving out every sentence with an unsupported claim."""
    bad = [claim for claim in unsupported if claim]
    points = []
    for sentence in _SENTENCE.split(answer.strip()):
        sentence = sentence.strip()
        if len(sentence.split()) < 4 or any(claim in sentence for claim in bad):
            continue
        clause = re.split(r"[;:]\s|\s[—–]\s", sentence, maxsplit=1)[0].rstrip(".!?")
        words = clause.split()
        points.append(" ".join(words[:14]) + ("…" if len(words) > 14 else ""))
        if len(points) == limit:
            break
    return tuple(points)
