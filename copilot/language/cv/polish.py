"""Polish CV lines said in the first person.

Bullets with their own first-person verb ("Zbudowałam...") or a whole sentence ("W 2022 r. błąd
zawyżył...") are kept. Verbal-noun bullets ("Koordynacja dostaw", "Obliczenia MES") stay in the
nominative after "do moich zadań należy/należą", the verb agreeing with the head noun; a bullet that
names a thing rather than a task ("Hala magazynowa 18 000 m²") is said as something the speaker was
responsible for ("odpowiadałam za halę magazynową 18 000 m²"). Summaries become "jestem ..." with the
whole title in the instrumental ("inżynierem mechanikiem").
"""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.text import fold, word_set

OPENING_ADVERBIAL = word_set("w we podczas przez po przy na od")

# Nouns and adjectives that end like a past-tense verb ("dział", "moduły", "stała", "hali").
_NOT_VERBS = word_set("""
    dzial dzialy udzial udzialy material materialy kanal kanaly potencjal kapital kwartal kwartaly
    sygnal sygnaly ideal zapal upal modul moduly artykul artykuly tytul tytuly regula reguly formula
    formuly sila sily zyla zyly pila mogila pyl przesyl skala skaly mala maly cala caly stala staly
    biala bialy dojrzala dojrzaly trwala trwaly doskonala doskonaly wspaniala wspanialy okazaly smialy
    cialo dzialo malo haslo hasla zrodlo zrodla szklo krzeslo maslo rzemioslo godlo mydlo swiatlo
    swiatla pieklo zalegly zalegla ubiegly ubiegla przyszly cieply ciepla okragly
    hali sali skali stali fali modeli hoteli tuneli kapeli bali mili chili
""")
_PAST_VERB = re.compile(r"(?:[aiyuąę]|[sdgkrzt])ł[aoy]?$|(?:[iyeę]|[wzn]a)li$")
_FIRST_PERSON_WORDS = word_set("jestem umiem wiem rozumiem mam znam")


def is_past_verb(word: str) -> bool:
    """A third-person past form ("wzrósł", "zakończyła", "zostali"): the line has a verb of its own."""
    lower = word.lower().strip(",.:;()")
    return len(lower) > 3 and fold(lower) not in _NOT_VERBS and bool(_PAST_VERB.search(lower))


def is_first_person(word: str) -> bool:
    """ "zbudowałam", "prowadzę", "zarządzam", "jestem": the CV speaks in the first person already."""
    lower = word.lower().strip(",.:;()")
    if re.fullmatch(r"\w+(?:łem|łam|liśmy|łyśmy)", lower) or fold(lower) in _FIRST_PERSON_WORDS:
        return True
    if len(lower) >= 4 and lower.endswith("ę") and lower.isalpha():
        return True
    return len(lower) >= 6 and lower.endswith("am") and not lower.endswith("gram")


def _has_finite_verb(words: list[str]) -> bool:
    return any(is_past_verb(word) for word in words)


# Verbal nouns and other nouns of activity a bullet can be a task of.
_ACTION_NOUNS = word_set("""
    obsluga koordynacja wspolpraca kontrola kontrole nadzor kontakt kontakty wsparcie analiza analizy
    budowa rozbudowa przebudowa konstrukcja sprzedaz pomoc opieka praca prace udzial rozwoj przeglad
    przeglady audyt audyty odbior odbiory montaz serwis naprawa naprawy ocena oceny wycena wyceny zakup
    zakupy transport spedycja doradztwo mentoring coaching onboarding offboarding reporting monitoring
    rozmowy pomiary testy projekt projekty nauka diagnoza diagnostyka terapia dyzury warsztaty
    sprawozdawczosc ksiegowosc wykonawstwo pielegnacja reklama obrona rekrutacje negocjacje
    odpowiedzialnosc zamowienia inwentaryzacje dyzur
""")
# Nouns in -cja that name a thing, not an activity.
_THING_NOUNS = word_set("aplikacja aplikacje stacja stacje sekcja funkcja funkcje kolekcja")
_PLURAL_NOUNS = word_set("dane modele hotele cele kampanie linie strategie technologie")
_SINGULAR_NOUNS = word_set("kampania kompania")
_FEMININE_NOUNS = word_set("sprzedaz podroz pomoc moc")
_RESULT_NOUNS = (
    "obnizenie",
    "zwiekszenie",
    "skrocenie",
    "poprawa",
    "poprawienie",
    "redukcja",
    "zmniejszenie",
    "wzrost",
    "spadek",
    "oszczednosc",
    "przyspieszenie",
    "podniesienie",
    "ograniczenie",
)
_ADJECTIVE_A = ("owa", "na", "ska", "cka", "ąca", "ęca", "ywna", "iwna", "ała", "ela", "sza", "wa")
_ADJECTIVE_Y = ("owy", "ny", "ski", "cki", "czy", "ący", "ały", "szy", "ty", "ni", "wy", "ly")
_ADJECTIVE_E = ("owe", "ne", "skie", "ckie", "cze", "ące", "ałe", "sze", "te", "we")


def _is_plural(noun: str) -> bool:
    lower, folded = noun.lower(), fold(noun)
    if folded in _PLURAL_NOUNS:
        return True
    if folded in _SINGULAR_NOUNS:
        return False
    if re.search(r"[aeęyiu](?:ni|ci)a$", lower):
        return True  # "obliczenia", "szkolenia", "zajęcia"
    if lower.endswith(("nie", "cie")):
        return False  # "planowanie", "wsparcie"
    return lower.endswith(("je", "ie", "y", "i"))  # "rekrutacje", "strategie", "raporty", "usługi"


def _gender(noun: str) -> str:
    folded = fold(noun)
    if folded in _FEMININE_NOUNS:
        return "f"
    if folded.endswith(("nie", "cie", "ie", "o", "e", "um")):
        return "n"
    if folded.endswith(("a", "osc")):
        return "f"
    return "m"


def _is_action(noun: str) -> bool:
    lower, folded = noun.lower(), fold(noun)
    if folded in _THING_NOUNS:
        return False
    if folded in _ACTION_NOUNS or re.search(r"(?:[aeęyiu](?:ni|ci)[ae]|[cz]j[ae]|sj[ae]|nie|cie)$", lower):
        return True
    return folded.startswith(_RESULT_NOUNS)


def _agrees(adjective: str, noun: str) -> bool:
    """An adjective before its noun ("Miesięczne raporty", "Pełna obsługa"), not a noun ("Budowa osiedli")."""
    adjective, noun = adjective.lower(), noun.lower().strip(",")
    if not noun.isalpha() or len(noun) < 3 or fold(adjective) in _ACTION_NOUNS:
        return False
    if adjective.endswith(_ADJECTIVE_A):
        return noun.endswith("a") or fold(noun).endswith(("osc", "z", "c"))
    if adjective.endswith(_ADJECTIVE_Y):
        return noun[-1:] not in "aeiouyąęó" or noun.endswith(_ADJECTIVE_Y)  # "Główny księgowy"
    if adjective.endswith(_ADJECTIVE_E):
        return noun.endswith(("e", "a", "y", "i"))
    return False


def _head_noun(words: list[str]) -> str:
    first = words[0].strip(",")
    if len(words) > 1 and _agrees(first, words[1]):
        return words[1].strip(",")
    return first


def _accusative(words: list[str]) -> list[str]:
    """A feminine noun phrase in the accusative: "hala magazynowa" → "halę magazynową"."""
    out = list(words)
    for index, word in enumerate(out[:4]):
        bare = word.rstrip(",")
        comma = "," if word.endswith(",") else ""
        lower = bare.lower() if index == 0 else bare
        if not lower.isalpha() or not lower.endswith("a"):
            break
        if lower.endswith(_ADJECTIVE_A) and (index or (len(out) > 1 and _agrees(lower, out[1]))):
            out[index] = lower[:-1] + "ą" + comma
            continue
        if index and out[index - 1].endswith("ę"):
            break  # the noun is done; what follows is its own phrase
        out[index] = lower[:-1] + "ę" + comma
        if comma:
            break
    return out


def _past(gender: str | None, feminine: str, masculine: str) -> str | None:
    return {"f": feminine, "m": masculine}.get(gender or "")


def _noun_phrase(text: str, present: bool, gender: str | None) -> str:
    """A noun-phrase bullet: a task after "do moich zadań należy", a result as an achievement,
    a thing as something the speaker was responsible for."""
    words = text.split()
    head = _head_noun(words)
    plural = _is_plural(head)
    phrase = lower_first(text)
    folded = fold(words[0])
    if folded.startswith(_RESULT_NOUNS) and re.search(r"\d", text):
        verb = "były" if plural else "był" + {"n": "o", "f": "a", "m": ""}[_gender(head)]
        return f"moim osiągnięciem {verb} {phrase}"
    if folded == "odpowiedzialnosc" and len(words) > 1 and fold(words[1]) == "za":
        verb = "odpowiadam" if present else _past(gender, "odpowiadałam", "odpowiadałem")
        if verb:
            return f"{verb} {' '.join(words[1:])}"
    if folded == "udzial" and len(words) > 1 and fold(words[1]) in ("w", "we"):
        verb = "biorę" if present else _past(gender, "brałam", "brałem")
        if verb:
            return f"{verb} udział {' '.join(words[1:])}"
    if re.search(r"(?:ci|cy|rzy|owie)$", head.lower()) and not _is_action(head):
        # "Klienci kluczowi (30 firm)": people, whose accusative would need the genitive
        return f"w moim zakresie {'są' if present else 'byli'} {phrase}"
    if re.match(r"\d", words[0]) or not _is_action(head):
        rest = words if plural or _gender(head) != "f" else _accusative(words)
        thing = lower_first(" ".join(rest))
        if present:
            return f"odpowiadam za {thing}"
        verb = _past(gender, "odpowiadałam za", "odpowiadałem za")
        return f"{verb} {thing}" if verb else f"moja praca obejmowała {thing}"
    if plural:
        verb = "należą" if present else "należały"
    else:
        verb = "należy" if present else "należał" + {"n": "o", "f": "a", "m": ""}[_gender(head)]
    return f"do moich zadań {verb} {phrase}"


def pl_clause(text: str, present: bool, gender: str | None) -> str:
    """A Polish work bullet as a first-person clause (without where it happened)."""
    words = text.split()
    if not words:
        return text
    first = words[0]
    first_clause = re.split(r",\s|\s[–—-]\s|:\s", text, maxsplit=1)[0].split()
    if fold(first) in OPENING_ADVERBIAL or _has_finite_verb(first_clause[1:10]):
        return lower_first(text)  # "W 2022 r. błąd zawyżył..." is already a whole sentence
    if is_first_person(first):
        return lower_first(text)
    if re.match(r"^odpowiedzialn(?:y|a)\b", first, re.I):
        female = first.lower().endswith("a")
        verb = "jestem" if present else ("byłam" if female else "byłem")
        return f"{verb} {lower_first(text)}"
    return _noun_phrase(text, present, gender)


# -- summaries -----------------------------------------------------------------------------------

_EN_TITLE_WORDS = word_set(
    "senior junior lead principal staff data software backend frontend full-stack fullstack product project "
    "marketing sales qa devops cloud mobile web ux ui business head chief team"
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
    if not lower.isalpha() or fold(lower[:-1] + "a") in _ACTION_NOUNS:
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
        adjective = bare.lower().endswith(("y", "i", *_ADJECTIVE_A)) and index + 1 < len(words)
        adjective = adjective and _agrees(bare, words[index + 1])
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
