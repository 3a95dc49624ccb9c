"""Tokens of one utterance and the navigation the question rules share (clauses, sentences,
discourse markers), over folded words (see language.text)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from copilot.language.questions.lexicon import LEAD_INS, MARKERS, SENTENCE_OPENERS
from copilot.language.text import WORD_PATTERN, unify_apostrophes, word_key

_TOKEN_RE = re.compile(WORD_PATTERN + r"|[.!?;:…]+|,|\s[-–—]+\s")


@dataclass(frozen=True)
class Token:
    norm: str
    start: int
    end: int
    kind: str  # "w" word, "s" sentence end, "q" question mark, "c" comma / dash

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


def tokenise(text: str) -> list[Token]:
    text = unify_apostrophes(text)
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        if raw[0].isalnum():
            tokens.append(Token(word_key(raw), match.start(), match.end(), "w"))
        elif "?" in raw:
            tokens.append(Token("?", match.start(), match.end(), "q"))
        elif (
            raw.strip() in {",", "-", "–", "—", "--"}
            or raw.strip(" -–—") == ""
            or (
                raw == ":"
                and re.match(r"\s*[a-ząćęłńóśźż]", text[match.end() :])
                and _words_since_end(tokens) > 3
            )
        ):
            # "give me the quick version: where you are now, …": a colon before lowercase goes on (a lead-in
            # such as "Zacznijmy luźno:" still ends where it is)
            tokens.append(Token(",", match.start(), match.end(), "c"))
        else:
            tokens.append(Token(".", match.start(), match.end(), "s"))
    return tokens


def normalise_question(text: str) -> str:
    """Comparison form of a question: lowercase, no punctuation, single spaces."""
    return " ".join(re.findall(r"[^\W_]+(?:'[^\W_]+)*", unify_apostrophes(text).lower()))


def mentions(words: Iterable[str], lexicon: frozenset[str]) -> bool:
    return any(w in lexicon for w in words)


@dataclass
class Cue:
    index: int  # token index where the question text starts
    score: float
    kind: str


class Utterance:
    """One tokenised utterance and the questions every rule asks about a position in it."""

    def __init__(self, tokens: list[Token], source: str) -> None:
        self.source = source
        self.t = tokens
        self.n = len(tokens)
        self.ends_with_qmark = bool(tokens) and tokens[-1].kind == "q"
        # Per token: does its sentence end with "?" (computed once, right to left).
        self.in_question_sentence = [False] * self.n
        qmark = False
        for k in range(self.n - 1, -1, -1):
            if tokens[k].kind == "q":
                qmark = True
            elif tokens[k].kind == "s":
                qmark = False
            self.in_question_sentence[k] = qmark
        # Last token of each lead-in phrase -> its first token.
        self.lead_in_start: dict[int, int] = {}
        for k in range(self.n):
            for phrase in LEAD_INS:
                if self.matches(k, phrase):
                    self.lead_in_start[k + len(phrase) - 1] = k

    def word(self, i: int) -> str:
        return self.t[i].norm if 0 <= i < self.n and self.t[i].is_word else ""

    def words_from(self, i: int, limit: int = 8) -> list[str]:
        """Words from ``i`` up to the next boundary (punctuation)."""
        out = []
        while i < self.n and self.t[i].is_word and len(out) < limit:
            out.append(self.t[i].norm)
            i += 1
        return out

    def clause_end(self, i: int) -> int:
        while i < self.n and self.t[i].is_word:
            i += 1
        return i

    def prev_index(self, i: int) -> int:
        """Index of the first token before ``i`` that is not a discourse marker or a lead-in."""
        j = i - 1
        while j >= 0 and self.t[j].is_word:
            if self.t[j].norm in MARKERS or self._thank_you(j):
                j -= 1
            elif j in self.lead_in_start:
                j = self.lead_in_start[j] - 1
            else:
                break
        return j

    def _thank_you(self, j: int) -> bool:
        return self.t[j].norm == "you" and self.word(j - 1) in {"thank"}

    def at_clause_start(self, i: int, allow_comma: bool = True) -> bool:
        j = self.prev_index(i)
        while j >= 0 and self.t[j].norm in SENTENCE_OPENERS:
            j = self.prev_index(j)
        if j < 0:
            return True
        if self.t[j].is_word:
            return False
        return allow_comma or self.t[j].kind != "c"

    def sentence_has_qmark(self, i: int) -> bool:
        return self.in_question_sentence[i]

    def matches(self, i: int, phrase: Sequence[str]) -> bool:
        return self.word(i) == phrase[0] and all(self.word(i + k) == w for k, w in enumerate(phrase))

    def sentence_words(self, i: int) -> list[str]:
        """Words from ``i`` to the end of its sentence, across commas."""
        out = []
        while i < self.n and self.t[i].kind in {"w", "c"}:
            if self.t[i].is_word:
                out.append(self.t[i].norm)
            i += 1
        return out

    def with_please(self, i: int) -> int:
        # "please describe ..." / "proszę opowiedzieć": the courtesy word belongs to the question.
        return i - 1 if self.word(i - 1) in {"please", "prosze"} else i

    def next_clause_has_cue(self, i: int) -> bool:
        """Whether the clause after the comma that ends ``i``'s clause holds a question of its own
        (answered by the scanner, which knows every rule)."""
        raise NotImplementedError

    def sentence_start(self, i: int) -> int:
        """Where the sentence holding ``i`` starts, leading discourse markers skipped."""
        j = i - 1
        while j >= 0 and self.t[j].kind in {"w", "c"}:
            j -= 1
        j += 1
        while j < i and self.t[j].is_word and self.t[j].norm in MARKERS:
            j += 1
        return j


def _words_since_end(tokens: list[Token]) -> int:
    count = 0
    for token in reversed(tokens):
        if token.kind in {"s", "q"}:
            break
        count += token.kind == "w"
    return count
