"""Unit tests for the word-error-rate helper used by the transcription tests."""

import pytest

from tests.support.wer import edit_distance, normalise, wer


def test_identical_text_ignoring_case_and_punctuation_is_zero() -> None:
    assert wer("Why do you want to work here?", "why do you want to work here") == 0.0


def test_one_substitution_in_four_words() -> None:
    assert wer("tell me about Kafka", "tell me about Python") == pytest.approx(0.25)


def test_insertions_and_deletions_count() -> None:
    assert edit_distance(["a", "b", "c"], ["a", "c"]) == 1
    assert edit_distance(["a", "c"], ["a", "b", "c", "d"]) == 2
    assert wer("a b", "a b x y z") == pytest.approx(1.5)


def test_polish_diacritics_matter_unless_stripped() -> None:
    reference = "Opowiedz mi o swoim doświadczeniu, Łukasz."
    hypothesis = "opowiedz mi o swoim doswiadczeniu lukasz"
    assert wer(reference, hypothesis) == pytest.approx(2 / 6)
    assert wer(reference, hypothesis, strip_diacritics=True) == 0.0


def test_apostrophes_keep_words_whole_and_hyphens_split() -> None:
    assert normalise("Don't stop: well-known!") == ["dont", "stop", "well", "known"]


def test_empty_reference() -> None:
    assert wer("", "") == 0.0
    assert wer("...", "hello there") == 2.0
