"""A Polish CV summary said in the first person: "Analityczka danych z 5-letnim doświadczeniem" →
"jestem analityczką danych z 5-letnim doświadczeniem" (the whole title in the instrumental);
"Uprawnienia budowlane ..." → "mam uprawnienia budowlane ..."."""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.cv.polish import ADJECTIVE_A, OPENING_ADVERBIAL, agrees, is_first_person, lower_noun
from copilot.language.cv.polish_nouns import ACTION_NOUNS
from copilot.language.text import fold, word_set

_EN_TITLE_WORDS = word_set(
    "senior junior lead principal staff data software backend frontend full-stack fullstack product project "
    "marketing sales qa devops cloud mobile web ux ui business head chief team"
)
# What a person has rather than is: "Uprawnienia budowlane ...", "Prawo jazdy kat. B".
_HELD_THINGS = word_set(
    "uprawnienia uprawnienie prawo certyfikat certyfikaty doswiadczenie znajomosc wyksztalcenie licencja licencje"
)
_SUMMARY_STOPS = word_set("z ze w we od i oraz dla ds na po")
_GENITIVE_ENDS = ("ów", "ych", "ich", "ym", "im", "em", "om", "ach", "ami")


def instrumental(word: str, adjective: bool) -> str:
    """One word of a title in the instrumental: "inżynier" → "inżynierem", "starszy" → "starszym"."""
    lower = word.lower() if not re.search(r"[A-Z].*[A-Z]|\d", word) else word
    if lower.endswith("a"):
        return lower[:-1] + "ą"
    if lower.endswith("y") or (adjective and lower.endswith("i")):
        return lower + "m"  # also a noun that is an adjective: "księgowy" → "księgowym"
    if lower.endswith("iec"):
        return lower[:-3] + "cem"  # "handlowiec" → "handlowcem"
    if lower.endswith(("k", "g")):
        return lower + "iem"
    if lower[-1:].isalpha() and lower[-1] not in "aeiouyąęó":
        return lower + "em"
    return lower


def _apposition(word: str, previous: str) -> bool:
    """A second noun of the title in the nominative: "inżynier mechanik", not "kierownik budowy"."""
    lower = word.lower()
    return (
        word.isalpha()
        and len(word) > 3
        and previous[-1:].lower() not in "aeiouyąęó"
        and lower[-1] not in "aeiouyąęó"
        and not lower.endswith(_GENITIVE_ENDS)
        and fold(lower) not in _SUMMARY_STOPS
    )


def _postposed(word: str) -> bool:
    """An adjective after the title's noun: "radca prawny", "księgowa główna", not "kierownik budowy"."""
    lower = word.lower()
    if not lower.isalpha() or fold(lower[:-1] + "a") in ACTION_NOUNS:
        return False
    return lower.endswith(("ny", "ski", "cki", "owy", "na", "ska", "cka", "owa", "ący", "ąca"))


def pl_summary(text: str) -> str:
    """ "Analityczka danych z 5-letnim doświadczeniem" → "jestem analityczką danych z 5-letnim..."."""
    words = text.split()
    if not words:
        return text
    first = words[0]
    if is_first_person(first) or any(is_first_person(w) for w in words[1:3]):
        return lower_first(text)  # "Dobrze czuję się w pracy operacyjnej"
    if re.fullmatch(r"\d+\+?", first) and len(words) > 1 and fold(words[1]) in ("lat", "lata", "rok", "roku"):
        return "mam za sobą " + text  # "9 lat na budowach" → "mam za sobą 9 lat na budowach"
    if fold(first) in ("w", "we") and len(words) > 1 and fold(words[1]) == "trakcie":
        return "jestem " + lower_first(text)
    if not first[:1].isupper() or not first.isalpha() or fold(first) in OPENING_ADVERBIAL:
        return lower_first(text)
    if fold(first) in _EN_TITLE_WORDS:
        return "jestem " + text
    if fold(first) in _HELD_THINGS:
        return "mam " + lower_noun(
            text
        )  # "Uprawnienia budowlane do kierowania ..." → "mam uprawnienia budowlane ..."
    out: list[str] = []
    rest_from = len(words)
    noun = ""
    for index, word in enumerate(words):
        bare = word.strip(",")
        comma = "," if word.endswith(",") else ""
        if not bare.isalpha() or (index and fold(bare) in _SUMMARY_STOPS):
            rest_from = index
            break
        if noun:
            # the title goes on: "inżynier mechanik", "radca prawny specjalizujący się ..."
            apposition = _apposition(bare, noun) and noun == words[index - 1].strip(",")
            if not (apposition or _postposed(bare)) or words[index - 1].endswith(","):
                rest_from = index
                break
            out.append(instrumental(bare, _postposed(bare)) + comma)
            rest_from = index + 1
            continue
        adjective = bare.lower().endswith(("y", "i", *ADJECTIVE_A)) and index + 1 < len(words)
        adjective = adjective and agrees(bare, words[index + 1])
        out.append(instrumental(bare, adjective) + comma)
        if not adjective:
            noun = bare
            rest_from = index + 1
            if comma:
                break
    result = " ".join(out + words[rest_from:])
    result = re.sub(
        r"(, (?:wcześniej|obecnie|a wcześniej) )(?!(?:w|we|na|od|po|przy|jako|ds)\b)(\w{4,})\b",
        lambda m: m.group(1) + instrumental(m.group(2), False),
        result,
    )
    return "jestem " + result
