"""Picks and fills the sentence patterns of one language for one answer.

The variant of each pattern is chosen by a stable hash of the question, so the same question gets
the same answer while different questions rarely share a sentence. Polish gender markers
``{g:em|am}`` are resolved from the candidate's gender; without it, variants free of them are used.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from copilot.language.answers import phrases_en, phrases_follow_up, phrases_pl, phrases_situations

_PHRASES = {
    "en": {**phrases_en.PHRASES, **phrases_situations.EN, **phrases_follow_up.EN},
    "pl": {**phrases_pl.PHRASES, **phrases_situations.PL, **phrases_follow_up.PL},
}
_GENDER = re.compile(r"\{g:([^|}]*)\|([^}]*)\}")
# Past forms that give a Polish speaker's gender away, rewritten for a woman.
_PL_FEMININE = re.compile(r"\b(\w+?)(ąłem|łem|łbym)\b")
_PL_CONDITIONAL = re.compile(r"\bbym ((?:się )?\w+ł)\b")
_PL_FEMININE_WORDS = {"sam": "sama", "otwarty": "otwarta", "elastyczny": "elastyczna", "gotowy": "gotowa"}


_POLISH_MALE_NAMES = frozenset(
    [
        "adam",
        "adrian",
        "aleksander",
        "andrzej",
        "antoni",
        "artur",
        "bartek",
        "bartosz",
        "damian",
        "daniel",
        "dariusz",
        "dawid",
        "dominik",
        "filip",
        "grzegorz",
        "hubert",
        "igor",
        "jacek",
        "jakub",
        "jan",
        "janusz",
        "jarek",
        "jerzy",
        "kacper",
        "kamil",
        "karol",
        "konrad",
        "krystian",
        "krzysztof",
        "leszek",
        "lukasz",
        "maciej",
        "marcin",
        "marek",
        "mariusz",
        "mateusz",
        "michal",
        "mikolaj",
        "norbert",
        "oskar",
        "patryk",
        "pawel",
        "piotr",
        "przemek",
        "przemyslaw",
        "radek",
        "rafal",
        "robert",
        "roman",
        "sebastian",
        "slawomir",
        "stanislaw",
        "szymon",
        "tadeusz",
        "tomasz",
        "wiktor",
        "witold",
        "wojciech",
        "zbigniew",
    ]
)


def _stable(seed: str) -> int:
    return int.from_bytes(hashlib.blake2b(seed.encode("utf-8"), digest_size=4).digest(), "big")


def guess_gender(full_name: str, cv_gender: str | None) -> str | None:
    """The CV's own verb forms first; then a Polish first name ending in -a (with the usual exceptions)."""
    if cv_gender:
        return cv_gender
    first = full_name.strip().split()[0].lower() if full_name.strip() else ""
    if not first:
        return None
    if first.endswith("a") and first not in {"kuba", "barnaba", "kosma", "bonawentura", "jarema", "boryna"}:
        return "f"
    if re.search(r"[ąćęłńóśźż]", full_name.lower()) or first in _POLISH_MALE_NAMES:
        return "m"
    return None


def feminine(text: str) -> str:
    """Polish masculine past and adjective forms turned feminine: "nauczyłem się" → "nauczyłam się"."""
    text = re.sub(r"\b(po|przy|wy|od|za)?szedłem\b", lambda m: (m.group(1) or "") + "szłam", text)
    endings = {"ąłem": "ęłam", "łem": "łam", "łbym": "łabym"}
    text = _PL_FEMININE.sub(lambda m: m.group(1) + endings[m.group(2)], text)
    text = _PL_CONDITIONAL.sub(lambda m: f"bym {m.group(1)}a", text)
    for masculine, female in _PL_FEMININE_WORDS.items():
        text = re.sub(rf"\b{masculine}\b", female, text)
    return text


class Voice:
    def __init__(self, language: str, seed: str, gender: str | None = None) -> None:
        self.language = language if language in _PHRASES else "en"
        self.phrases = _PHRASES[self.language]
        self.seed = seed
        self.gender = gender
        self.used: set[str] = set()

    def has(self, key: str) -> bool:
        return key in self.phrases

    def say(self, key: str, **fields: Any) -> str:
        variants = self.phrases[key]
        if self.language == "pl" and self.gender is None:
            # Unknown gender: prefer wording with no gendered past forms when a variant has none.
            neutral = tuple(v for v in variants if not re.search(r"\w(?:łem|łbym)\b|\{g:", v))
            variants = neutral or variants
        choice = variants[_stable(self.seed + "|" + key) % len(variants)]
        text = _GENDER.sub(lambda m: m.group(2) if self.gender == "f" else m.group(1), choice)
        if self.language == "pl" and self.gender == "f":
            text = feminine(text)  # the pattern only: CV lines keep the candidate's own words
        values = dict(fields)
        for name, value in fields.items():
            if isinstance(value, str) and value:
                values[name[:1].upper() + name[1:]] = value[:1].upper() + value[1:]
        return text.format(**values)
