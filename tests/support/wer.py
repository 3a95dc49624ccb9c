"""Word error rate for checking transcripts against the fixtures' known text."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into base + combining mark.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def normalise(text: str, *, strip_diacritics: bool = False) -> list[str]:
    """Lower-case words with punctuation removed; optionally "doświadczeniu" -> "doswiadczeniu"."""
    text = unicodedata.normalize("NFC", text).lower()
    if strip_diacritics:
        decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Hyphens and apostrophes split or join words differently between transcribers; dropping
    # all punctuation (not replacing it with a space) keeps "don't" one word.
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category.startswith("P") or category.startswith("S"):
            kept.append(" " if ch in "-/–—" else "")
        else:
            kept.append(ch)
    return "".join(kept).split()


def edit_distance(reference: list[str], hypothesis: list[str]) -> int:
    """Word-level Levenshtein distance (substitutions, insertions and deletions cost 1)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, start=1):
        current = [i]
        for j, hyp_word in enumerate(hypothesis, start=1):
            current.append(
                min(
                    previous[j] + 1,  # deletion
                    current[j - 1] + 1,  # insertion
                    previous[j - 1] + (ref_word != hyp_word),  # substitution or match
                )
            )
        previous = current
    return previous[-1]


def wer(reference: str, hypothesis: str, *, strip_diacritics: bool = False) -> float:
    """Word error rate of ``hypothesis`` against ``reference`` (0.0 is perfect; can exceed 1.0)."""
    ref_words = normalise(reference, strip_diacritics=strip_diacritics)
    hyp_words = normalise(hypothesis, strip_diacritics=strip_diacritics)
    if not ref_words:
        return 0.0 if not hyp_words else float(len(hyp_words))
    return edit_distance(ref_words, hyp_words) / len(ref_words)
