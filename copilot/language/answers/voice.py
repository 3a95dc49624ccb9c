"""Picks and fills the sentence patterns of one language for one answer.

The variant of each pattern is chosen by a stable hash of the question, so the same question gets
the same answer while different questions rarely share a sentence. Polish gender markers
``{g:em|am}`` are resolved from the candidate's gender; without it, variants free of them are used.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from copilot.language.answers import (
    phrases_en,
    phrases_follow_up,
    phrases_personal,
    phrases_pl,
    phrases_scenario,
    phrases_situations,
    phrases_stances,
    phrases_terms,
    phrases_weakness,
)
from copilot.language.cv.polish_places import in_place

# Every sentence pattern the offline composer may say, by language.
PHRASES = {
    "en": {
        **phrases_en.PHRASES,
        **phrases_situations.EN,
        **phrases_stances.EN,
        **phrases_follow_up.EN,
        **phrases_weakness.EN,
        **phrases_personal.EN,
        **phrases_terms.EN,
        **phrases_scenario.EN,
    },
    "pl": {
        **phrases_pl.PHRASES,
        **phrases_situations.PL,
        **phrases_stances.PL,
        **phrases_follow_up.PL,
        **phrases_weakness.PL,
        **phrases_personal.PL,
        **phrases_terms.PL,
        **phrases_scenario.PL,
    },
}
_GENDER = re.compile(r"\{g:([^|}]*)\|([^}]*)\}")
# Past forms that give a Polish speaker's gender away, rewritten for a woman.
_PL_FIRST_PERSON = re.compile(r"\b(\w*?)(szedłem|szedłbym|ąłem|ąłbym|ógłbym|łem|łbym)\b", re.IGNORECASE)
_PL_FIRST_PERSON_FEMININE = {
    "szedłem": "szłam",
    "szedłbym": "szłabym",
    "ąłem": "ęłam",
    "ąłbym": "ęłabym",
    "ógłbym": "ogłabym",
    "łem": "łam",
    "łbym": "łabym",
}
# "bym" (or "gdybym", "żebym"...) and, later in the clause, the past form it goes with: "jak bym do
# niej podszedł", "żebym się tym zajął".
_PL_CONDITIONAL = re.compile(r"\b((?i:gdy|że|a|jak)?bym|(?i:b)ędę)\b([^,.;:!?—()]*?)\b(\w+ł)\b")
_NOT_PAST = frozenset(
    ["zespół", "dział", "udział", "materiał", "kanał", "artykuł", "moduł", "kwartał", "cel"]
)
_NOUNS_IN_LEM = frozenset(
    [
        "zespołem",
        "działem",
        "udziałem",
        "materiałem",
        "kanałem",
        "artykułem",
        "modułem",
        "kwartałem",
        "kołem",
        "stołem",
        "sygnałem",
        "kapitałem",
        "potencjałem",
        "węzłem",
        "posłem",
        "orłem",
        "aniołem",
        "kościołem",
    ]
)
# Adjectives said of oneself after "jestem", "byłem", "czuję się"...: "jestem gotowy" → "jestem gotowa".
_PL_PREDICATIVE = re.compile(
    r"\b((?i:jestem|byłam|byłabym|będę|bywam|czuję się|czułam się|zostałam|zostanę|stałam się))"
    r"((?: (?:bardzo|całkiem|naprawdę|też|również|zawsze|w pełni|dość|raczej|nie|już|dziś|teraz))*) "
    r"(\w+(?:y|ony|any|ty))\b"
)
_PL_FEMININE_WORDS = {
    "otwarty": "otwarta",
    "elastyczny": "elastyczna",
    "gotowy": "gotowa",
    "zadowolony": "zadowolona",
    "pewny": "pewna",
    "pewien": "pewna",
    "przekonany": "przekonana",
    "zainteresowany": "zainteresowana",
    "zmotywowany": "zmotywowana",
    "dumny": "dumna",
    "wdzięczny": "wdzięczna",
    "odpowiedzialny": "odpowiedzialna",
}
# "sam" of the speaker, not "ten sam" / "tak samo".
_PL_SAM = re.compile(r"(?<!\bten )(?<!\btym )(?<!\btego )(?<!\btak )\bsam\b")


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


# How a Polish interviewer addresses the candidate: "Opowie Pani ...", "Co Pan zrobił ...".
# "obok mnie jest pan Tomasz z HR" speaks of someone else: a name after it is no address.
_ADDRESS = re.compile(r"\b(?:((?i:pani))|((?i:pan|pana|panu|panem)))\b(?!\s+[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż])")


def addressed_gender(questions: tuple[str, ...]) -> str | None:
    """The gender the interviewer's form of address shows, from the newest question back."""
    for question in questions:
        match = _ADDRESS.search(question)
        if match:
            return "f" if match.group(1) else "m"
    return None


def guess_gender(full_name: str, cv_gender: str | None, questions: tuple[str, ...] = ()) -> str | None:
    """The CV's own verb forms first; then how the interviewer addresses the candidate ("Pani");
    then a Polish first name ending in -a (with the usual exceptions)."""
    if cv_gender:
        return cv_gender
    addressed = addressed_gender(questions)
    if addressed:
        return addressed
    first = full_name.strip().split()[0].lower() if full_name.strip() else ""
    if not first:
        return None
    if first.endswith("a") and first not in {"kuba", "barnaba", "kosma", "bonawentura", "jarema", "boryna"}:
        return "f"
    if re.search(r"[ąćęłńóśźż]", full_name.lower()) or first in _POLISH_MALE_NAMES:
        return "m"
    return None


def _feminine_past(word: str) -> str:
    """A masculine past form after "bym" for a woman: "podszedł" → "podeszła", "zajął" → "zajęła"."""
    if word in _NOT_PAST:
        return word
    if word.endswith("szedł"):
        prefix = word[:-5]
        return prefix + ("e" if prefix and prefix[-1] not in "aeiouy" else "") + "szła"
    if word.endswith("ął"):
        return word[:-2] + "ęła"
    if word.endswith(("ógł", "ósł")):
        return word[:-3] + "o" + word[-2] + "ła"  # "mógł" → "mogła", "wzrósł" → "wzrosła"
    return word + "a"


def _feminine_first_person(match: re.Match[str]) -> str:
    stem, ending = match.group(1), match.group(2)
    if match.group(0).lower() in _NOUNS_IN_LEM:
        return match.group(0)  # "z zespołem", "z działem": nouns, not verbs
    if ending.lower().startswith("szed"):
        stem += "e" if stem and stem[-1] not in "aeiouy" else ""
    female = _PL_FIRST_PERSON_FEMININE[ending.lower()]
    return stem + (female[:1].upper() + female[1:] if ending[:1].isupper() else female)


def feminine(text: str) -> str:
    """Polish masculine past and adjective forms turned feminine: "nauczyłem się" → "nauczyłam się",
    "jak bym do niej podszedł" → "jak bym do niej podeszła", "jestem gotowy" → "jestem gotowa"."""
    text = _PL_FIRST_PERSON.sub(_feminine_first_person, text)
    text = _PL_CONDITIONAL.sub(lambda m: m.group(1) + m.group(2) + _feminine_past(m.group(3)), text)
    text = _PL_PREDICATIVE.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)[:-1]}a", text)
    for masculine, female in _PL_FEMININE_WORDS.items():
        text = re.sub(rf"\b{masculine}\b", female, text)
    return _PL_SAM.sub("sama", text)


def is_gendered(text: str) -> bool:
    """Whether a Polish sentence says the speaker's gender (its feminine version differs)."""
    return bool(re.search(r"\{g:", text)) or feminine(text) != text


class Voice:
    def __init__(self, language: str, seed: str, gender: str | None = None) -> None:
        self.language = language if language in PHRASES else "en"
        self.phrases = PHRASES[self.language]
        self.seed = seed
        self.gender = gender
        self.used: set[str] = set()

    def has(self, key: str) -> bool:
        return key in self.phrases

    def say(self, key: str, **fields: Any) -> str:
        variants = self.phrases[key]
        if self.language == "pl" and self.gender is None:
            # Unknown gender: prefer wording with no gendered past forms when a variant has none.
            neutral = tuple(v for v in variants if not is_gendered(v))
            variants = neutral or variants
        choice = variants[_stable(self.seed + "|" + key) % len(variants)]
        text = _GENDER.sub(lambda m: m.group(2) if self.gender == "f" else m.group(1), choice)
        if self.language == "pl" and self.gender == "f":
            text = feminine(text)  # the pattern only: CV lines keep the candidate's own words
        if self.language == "pl":
            # "w firmie {company}" with a hospital or a school: "w Szpitalu Wojewódzkim" instead.
            for name, value in fields.items():
                if isinstance(value, str) and value and in_place(value) != f"w firmie {value}":
                    text = text.replace(
                        f"w firmie {{{name}}}", in_place(value).replace("{", "{{").replace("}", "}}")
                    )
        values = dict(fields)
        for name, value in fields.items():
            if isinstance(value, str) and value:
                values[name[:1].upper() + name[1:]] = value[:1].upper() + value[1:]
        return text.format(**values)
