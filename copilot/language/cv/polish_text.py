"""Polish CV text before it is spoken: is a line Polish at all (with or without its letters), was it
typed without Polish letters, and its shorthand said in words ("ok 11 pct" → "ok. 11%")."""

from __future__ import annotations

import re

from copilot.language.text import fold, word_set

_POLISH_WORDS = word_set("""
    dla oraz przez przy na do od z ze w we i po pod nad za jako oraz sie się jest byl byla ok tys zl
    obsluga planowanie kontakt koordynacja prowadzenie zarzadzanie wsparcie pomoc nadzor sprzedaz
""")
_POLISH_ENDINGS = re.compile(r"(?:ow|ami|ach|ych|ich|osc|anie|enie|cja|cji|cje|lem|lam|owy|owa|owe|nych)$")
_ENGLISH_WORDS = word_set("the and of for with to in on at by from a an was were my our")


def looks_polish(text: str) -> bool:
    """ "planowanie tras dla 25 ciagnikow": Polish, with or without its letters."""
    words = [fold(w).strip(",.:;()") for w in text.split()]
    if re.search(r"[ąćęłńóśźż]", text, re.I):
        return True
    english = sum(w in _ENGLISH_WORDS for w in words)
    polish = sum(w in _POLISH_WORDS or (len(w) > 4 and bool(_POLISH_ENDINGS.search(w))) for w in words)
    return polish >= 2 and polish > 2 * english


def typed_without_diacritics(text: str) -> bool:
    """ "baza 70 przewoznikow", "odpowiedzialnosc za": Polish typed without its letters."""
    if re.search(r"[ąćęłńóśźż]", text, re.I):
        return False
    return bool(
        re.search(r"\w{3,}ow\b|\w{3,}osc\b|\bsie\b|\bsredni|\bwlasn|\bzlecen|\bgield|\bjezyk", text, re.I)
    )


def expand_pl(text: str) -> str:
    """Polish CV shorthand as it is said: "ok 11 pct" → "ok. 11%", "r/r" → "rok do roku"."""
    text = re.sub(r"\bok\.?\s(?=\d)", "ok. ", text)
    text = re.sub(r"(\d)\s?(?:pct|proc\.?)(?!\w)", r"\1%", text)
    text = re.sub(r"\b(tys|kat)\b(?!\.)", r"\1.", text)
    text = re.sub(r"(?:~|\bca\.?)\s?(?=\d)", "ok. ", text)  # "~15" is said "ok. 15"
    text = re.sub(r"(?<=\w)\s[+&]\s(?=\w)", " i ", text)  # "zestawów własnych + zlecenia"
    return re.sub(r"\br/r\b", "rok do roku", text)
