"""The engines' one text toolkit: folding, words, language codes and language detection."""

from __future__ import annotations

import pytest

from copilot.language.text import (
    POLISH_LETTERS,
    detect_language,
    fold,
    language_code,
    strip_diacritics,
    words,
)


def test_the_whole_polish_alphabet_folds_in_both_cases() -> None:
    assert set(POLISH_LETTERS) == set("ąćęłńóśźż")
    assert strip_diacritics("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż") == "ACELNOSZZ acelnoszz"
    assert fold("Zespół Ósmy, Łódź") == "zespol osmy, lodz"
    assert fold("Café Müller") == "cafe muller"


def test_words_are_folded_with_dropped_apostrophes_put_back() -> None:
    assert words("Im sure YOURE right, don’t worry: 5,000 users") == [
        "i'm",
        "sure",
        "you're",
        "right",
        "don't",
        "worry",
        "5,000",
        "users",
    ]
    assert words("Pracowałeś w zespole?") == ["pracowales", "w", "zespole"]


@pytest.mark.parametrize(
    ("value", "code"),
    [("pl-PL", "pl"), ("EN_gb", "en"), (" pl ", "pl"), ("auto", None), ("", None), (None, None)],
)
def test_language_codes(value: str | None, code: str | None) -> None:
    assert language_code(value) == code


def test_a_word_with_o_acute_alone_is_polish() -> None:
    # "ó" is a Polish letter too; these words are in no list and have no other Polish letter.
    assert detect_language("Góra, próg") == "pl"
    assert detect_language("Gora, prog") == "en"


def test_a_hint_wins_and_english_is_the_fallback() -> None:
    assert detect_language("tell me about yourself", "pl-PL") == "pl"
    assert detect_language("opowiedz o sobie", "auto") == "pl"
    assert detect_language("") == "en"
    assert detect_language("Kubernetes Kafka") == "en"
