"""Tidy what a decoder emits: Whisper sometimes says a short clip twice ("What is 20 plus 5?
What is 20 plus 5?"), as a second segment or inside one, especially with a short encoder window."""

from __future__ import annotations

import re
import unicodedata

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
# A repeated run shorter than this is speech ("no, no", "bardzo bardzo"), not a decoder echo.
MIN_REPEATED_WORDS = 3


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def _collapse_sentences(text: str) -> str:
    """Drop a sentence that repeats the one before it word for word (punctuation and case aside)."""
    kept: list[str] = []
    previous: list[str] | None = None
    for sentence in _SENTENCE_END.split(text.strip()):
        words = _words(sentence)
        if words and words == previous and len(words) >= MIN_REPEATED_WORDS:
            continue
        kept.append(sentence)
        previous = words or previous
    return " ".join(kept)


def _collapse_whole_repeat(text: str) -> str:
    """A text that is one run of words said two or more times in a row becomes that run once."""
    tokens = list(_WORD.finditer(unicodedata.normalize("NFC", text)))
    words = [match.group(0).casefold() for match in tokens]
    count = len(words)
    for times in range(count // MIN_REPEATED_WORDS, 1, -1):
        if count % times:
            continue
        size = count // times
        if size >= MIN_REPEATED_WORDS and words == words[:size] * times:
            end = tokens[size - 1].end()
            # Keep the first copy with the punctuation that closes it ("...company?").
            closing = re.match(r"[^\w\s]*", text[end:]).group(0)
            return (text[:end] + closing).strip()
    return text


def collapse_repeats(text: str) -> str:
    """The transcript with echoed sentences and whole-text repeats said once."""
    return _collapse_whole_repeat(_collapse_sentences(text)).strip()
