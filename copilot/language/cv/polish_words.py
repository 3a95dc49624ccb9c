"""A Polish noun phrase read in English word order: "tras dla 25 ciągników" → "routes for 25 trucks",
"koszty paliwa" → "fuel costs", "portfel 8 stałych klientów" → "a portfolio of 8 regular clients",
"liczba awarii spadła o 25%" → "the number of breakdowns fell by 25%". Words come from ``polish_lexicon``;
a phrase with a word it does not know is not read at all (None), so the caller can quote it instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.cv.polish_lexicon import (
    COMPARATIVES,
    EXTRA_NOUNS,
    INFINITIVES,
    MASS_PHRASES,
    MONTH_FORMS,
    NUMBER_WORDS,
    OF_HEADS,
    PHRASE_NOUNS,
    PHRASES,
    POLISH_ENDING,
    PREPOSITIONS,
    RESULT_VERBS,
    SMALL_WORDS,
    Noun,
    adjective,
    english_plural,
    noun,
)
from copilot.language.text import fold


@dataclass
class _Unit:
    kind: str  # noun, adj, name, num, prep, word, verb, comp
    text: str
    plural: bool | None = False  # None: the form could be either ("agencji", "trasy")
    noun: Noun | None = None
    raw: str = ""


def _unit(words: list[str], index: int) -> tuple[_Unit, int] | None:
    """The word at ``index`` (or a phrase starting there) as one unit, and how many words it took."""
    word = words[index].strip(",;:")
    folded = fold(word)
    for size in (3, 2, 1):
        phrase = " ".join(fold(w).strip(",;:") for w in words[index : index + size])
        if len(words) >= index + size and phrase in PHRASES:
            english = PHRASES[phrase]
            kind = "prep" if english == "within" else "noun" if english in PHRASE_NOUNS else "word"
            plural_english = english if english in MASS_PHRASES else english_plural(english)
            return _Unit(kind, english, noun=Noun(english, plural_english)), size
    experience = re.match(r"(\d+)-letni", folded)
    if experience and index + 1 < len(words) and fold(words[index + 1]).startswith(("doswiadcz", "staz")):
        years = experience.group(1)
        english = f"{years} year{'s' if years != '1' else ''} of experience"
        return _Unit("noun", english, noun=Noun(english, english)), 2
    if folded in EXTRA_NOUNS:
        english = EXTRA_NOUNS[folded]
        return _Unit("noun", english, folded.endswith("y"), Noun(english, english_plural(english))), 1
    if re.match(r"[\d~+$€£%]", word):
        return _Unit("num", word, raw=word), 1
    if folded in NUMBER_WORDS:
        return _Unit("word", NUMBER_WORDS[folded]), 1
    if folded in MONTH_FORMS:
        return _Unit("name", MONTH_FORMS[folded]), 1
    if folded in RESULT_VERBS:
        return _Unit("verb", RESULT_VERBS[folded]), 1
    if folded in INFINITIVES:
        return _Unit("word", INFINITIVES[folded]), 1
    if folded in ("z", "ze") and index + 1 < len(words) and re.fullmatch(r"[\d~][\d.,%]*", words[index + 1]):
        return _Unit("prep", "from"), 1
    if folded in ("do", "o") and index + 1 < len(words) and re.match(r"[\d~]|ok", words[index + 1]):
        return _Unit("prep", "to" if folded == "do" else "by"), 1
    if folded in PREPOSITIONS and (word.islower() or index == 0):
        return _Unit("prep", PREPOSITIONS[folded]), 1
    if folded in SMALL_WORDS:
        return _Unit("word", SMALL_WORDS[folded]), 1
    if folded in ("sie", "się"):
        return _Unit("word", ""), 1  # "powtarzającej się awarii": the reflexive has no English word
    found = noun(word)
    if found is not None:
        return _Unit("noun", found[0].english, found[1], found[0]), 1
    comparative = next((e for stem, e in COMPARATIVES.items() if folded.startswith(stem)), None)
    if comparative:
        return _Unit("comp", comparative), 1
    if (english := adjective(word)) is not None:
        return _Unit("adj", english), 1
    if re.search(r"[A-Z].*[A-Z]|\d|\.\w|/", word) or (
        word[:1].isupper() and not POLISH_ENDING.search(folded)
    ):
        return _Unit("name", word), 1  # "Timocom", "FC302", "Trans.eu", "PL-DE-NL"
    return None


def _units(text: str) -> list[_Unit] | None:
    words = text.split()
    units: list[_Unit] = []
    index = 0
    while index < len(words):
        found = _unit(words, index)
        if found is None:
            return None
        unit, size = found
        units.append(unit)
        index += size
    return units


def _head(unit: _Unit, plural: bool) -> str:
    assert unit.noun is not None
    return unit.noun.plural_english if plural else unit.noun.english


def _noun_phrase(
    units: list[_Unit], start: int, *, subject: bool = False, after: str = ""
) -> tuple[str, int] | None:
    """The noun phrase at ``start`` in English order: numbers, adjectives, modifiers, the head, then any
    "of ..." part; and the index after it."""
    before: list[_Unit] = []
    index = start
    while (
        index < len(units)
        and units[index].kind in ("adj", "num", "name", "word")
        and units[index].kind != "noun"
    ):
        if units[index].kind == "word" and units[index].text not in (
            "about",
            "the same",
            "category",
            "thousand",
            "million",
            "",
        ):
            break
        before.append(units[index])
        index += 1
    if index >= len(units) or units[index].kind != "noun":
        return None
    head = units[index]
    index += 1
    names: list[str] = []
    while index < len(units) and units[index].kind in ("adj", "name"):
        if units[index].kind == "adj":
            before.append(units[index])  # "segmenty marżowe" → "margin segments"
        else:
            names.append(
                units[index].text
            )  # "zleceń FTL" → "FTL orders", "kampanii Shopping" → "Shopping campaigns"
        index += 1
        if index < len(units) - 1 and units[index].text == "and" and units[index + 1].kind == "name":
            names.append("and")
            index += 1
    end = index + 1
    while end < len(units) and units[end].kind == "word" and units[end].text in _AMOUNT_WORDS:
        end += 1
    counted = end < len(units) and units[end].kind in ("noun", "adj")  # "portfel 8 stałych klientów"
    if (
        index < len(units)
        and units[index].kind == "num"
        and head.noun
        and not head.noun.person
        and not counted
    ):
        amount = [
            unit.text for unit in units[index:end]
        ]  # "budżetu 2 mln zł" → "a budget of 2 million zloty"
        index = end
        text = " ".join([*(u.text for u in before if u.kind == "adj"), *names, head.text])
        return f"{_indefinite(text)}{text} of {' '.join(amount)}", index
    possessive, modifiers, of_part = "", [], ""
    # Bare nouns in the genitive read as modifiers ("koszt pozyskania klienta" → "client acquisition cost");
    # one person reads as a possessive ("czas pracy kierowców" → "drivers' working time").
    bare: list[_Unit] = []
    while head.text not in OF_HEADS and index < len(units) and units[index].kind == "noun":
        if index + 1 < len(units) and units[index + 1].kind in ("adj", "num", "name"):
            break
        bare.append(units[index])
        index += 1
    if len(bare) == 1 and bare[0].noun and bare[0].noun.person:
        gen = bare[0]
        possessive = f"{_head(gen, True)}'" if gen.plural else f"{gen.text}'s"
    else:
        modifiers = [unit.text for unit in reversed(bare)]
    follows = index < len(units) and units[index].kind in ("noun", "adj", "num", "word")
    if follows and (units[index].kind != "word" or units[index].text == "about"):
        said = _noun_phrase(units, index)
        if said is not None:
            of_part, index = f" of {said[0]}", said[1]
    numbers = [u for u in before if u.kind in ("num", "word")]
    # after "w", "na", "o" the ambiguous form is a locative singular: "w agencji" → "in an agency"
    ambiguous = head.plural is None and after not in ("in", "on", "at", "about")
    plural = (
        bool(head.plural)
        or ambiguous
        or any(
            u.kind == "num" and u.raw.strip("~") not in ("1", "1.0") and re.match(r"\d", u.raw)
            for u in numbers
        )
    )
    adjectives = [u.text for u in before if u.kind == "adj"]
    text = " ".join(
        [
            *(u.text for u in numbers),
            *adjectives,
            *(u.text for u in before if u.kind == "name"),
            *modifiers,
            *names,
            _head(head, plural),
        ]
    )
    if "own" in adjectives:
        text = "my " + text
    elif possessive:
        text = f"the {possessive} {text}" if possessive.endswith("'s") or subject else f"{possessive} {text}"
    elif not numbers and not plural and head.noun and head.noun.english != head.noun.plural_english:
        superlative = any(a in ("best", "main") for a in adjectives)
        definite = (
            subject or superlative or head.text in OF_HEADS or after in ("in", "on", "at", "from", "after")
        )
        text = ("the " if definite else _indefinite(text)) + text
    elif subject and not numbers:
        text = "the " + text
    return text + of_part, index


_AMOUNT_WORDS = {"thousand", "million", "zloty", "euros", "hours", "km", "m²", "people"}


def _indefinite(text: str) -> str:
    return "an " if fold(text)[:1] in "aeio" else "a "


def polish_phrase(text: str, *, subject: bool = False) -> str | None:
    """ "tras dla 25 ciągników" → "routes for 25 trucks"; None when any word is not known."""
    units = _units(text)
    if not units:
        return None
    out: list[str] = []
    index = 0
    first_noun = True
    plural_subject = False
    while index < len(units):
        unit = units[index]
        previous = units[index - 1].text if index else ""
        starts = unit.kind in ("adj", "noun", "num", "name", "word")
        if starts and (said := _noun_phrase(units, index, subject=subject and first_noun, after=previous)):
            if first_noun:
                plural_subject = re.search(r"s\b", said[0].split(" of ")[0].split(" in ")[0]) is not None
            out.append(said[0])
            index = said[1]
            first_noun = False
            continue
        if unit.kind == "verb":
            out.append("were" if plural_subject and unit.text == "was" else unit.text)
        elif unit.kind in ("adj", "comp") and not (
            unit.kind == "comp" and out and out[-1] in ("was", "were")
        ):
            return None  # an adjective with no noun after it: not a phrase this reader knows
        elif (
            unit.kind == "prep"
            and unit.text == "on"
            and index + 1 < len(units)
            and units[index + 1].text == "the same"
        ):
            out.append("with")  # "przy tym samym budżecie" → "with the same budget"
        elif unit.text:
            out.append(unit.text)
        index += 1
    said = " ".join(out)
    return re.sub(r"\s+", " ", said).strip() or None
