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
from copilot.language.cv.polish_nouns import (
    ACTION_NOUNS,
    EVENT_NOUNS,
    HARD_PERSON_LABELS,
    NOT_VERBS,
    RESULT_HEADS,
    TITLE_NOUNS,
)
from copilot.language.cv.polish_text import expand_pl, typed_without_diacritics
from copilot.language.text import fold, word_set

OPENING_ADVERBIAL = word_set("w we podczas przez po przy na od")

_PAST_VERB = re.compile(r"(?:[aiyuąę]|[sdgkrzt])ł[aoy]?$|(?:[iyeę]|[wzn]a)li$")
_FIRST_PERSON_WORDS = word_set("jestem umiem wiem rozumiem mam znam")


def is_past_verb(word: str) -> bool:
    """A third-person past form ("wzrósł", "zakończyła", "zostali"): the line has a verb of its own."""
    lower = word.lower().strip(",.:;()")
    if fold(lower).endswith(("dzial", "dzialy")):
        return False  # "podział", "oddział", "wydziały": nouns
    return len(lower) > 3 and fold(lower) not in NOT_VERBS and bool(_PAST_VERB.search(lower))


# "przygotowałam", "wziąłem", "mogłem"; not "działem", "stołem", "szkłem" (nouns in the instrumental).
_FIRST_PERSON_PAST = re.compile(r"\w{2,}(?:[aiyąęu]|[gsd])ł(?:em|am)|\w{2,}(?:liśmy|łyśmy)")


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
ADJECTIVE_A = ("owa", "na", "ska", "cka", "ąca", "ęca", "ywna", "iwna", "ała", "ela", "sza", "wa")
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
    if folded in ACTION_NOUNS or re.search(r"(?:[aeęyiu](?:ni|ci)[ae]|[cz]j[ae]|sj[ae]|nie|cie)$", lower):
        return True
    return folded.startswith(_RESULT_NOUNS)


def agrees(adjective: str, noun: str) -> bool:
    """An adjective before its noun ("Miesięczne raporty", "Pełna obsługa"), not a noun ("Budowa osiedli")."""
    adjective, noun = adjective.lower(), noun.lower().strip(",")
    if not noun.isalpha() or len(noun) < 3 or fold(adjective) in ACTION_NOUNS:
        return False
    if adjective.endswith(ADJECTIVE_A):
        return noun.endswith("a") or fold(noun).endswith(("osc", "z", "c"))
    if adjective.endswith(_ADJECTIVE_Y):
        return noun[-1:] not in "aeiouyąęó" or noun.endswith(_ADJECTIVE_Y)  # "Główny księgowy"
    if adjective.endswith(_ADJECTIVE_E):
        return noun.endswith(("e", "a", "y", "i"))
    return False


def _head_noun(words: list[str]) -> str:
    first = words[0].strip(",")
    if len(words) > 1 and agrees(first, words[1]):
        return words[1].strip(",")
    return first


# Words that are never inflected: prepositions, conjunctions and particles ("dla", not "dlę").
FUNCTION_WORDS = word_set("""
    dla na za do od w we z ze i oraz a lub albo czy przy po pod nad przez o u ku bez przed między miedzy
    wraz jako oraz ok m.in. np tj itp to ta ten te tak jak co sie się nie
""")
# People: their accusative is not their nominative ("odpowiadam za klienta"), so no "odpowiadam za" frame.
_PERSON_NOUNS = word_set("""
    klient klienci pacjent pacjenci pracownik pracownicy kierownik kierowca kierowcy dostawca dostawcy
    podwykonawca partner inwestor uzytkownik student uczen uczniowie kandydat kandydaci przewoznik
    przewoznicy podopieczny podopieczni zespol
""") - {"zespol"}
# Nouns of a result measured in numbers: "Średnia marża 11%" → "moje wyniki to: średnia marża 11%".
_METRIC_NOUNS = word_set("""
    marza marze marzowosc obrot obroty wynik wyniki przychod przychody rotacja skutecznosc terminowosc
    dostepnosc frekwencja konwersja konwersje wskaznik wskazniki nps roas cpa ctr oee kwartal srednia
    ocena oceny
""")
_TOOL_NOUNS = word_set("""
    system systemy program programy narzedzia narzedzie gielda gieldy platforma platformy oprogramowanie
    srodowisko technologie
""")
_OWNED_NOUNS = word_set("""
    prawo uprawnienia certyfikat certyfikaty licencja swiadectwo dyplom kwalifikacje zaswiadczenie karta
""")
# Nouns of a change made once: with a result, the bullet is one of the speaker's projects.
_CHANGE_NOUNS = word_set("""
    wdrozenie opracowanie stworzenie uruchomienie przeprowadzenie migracja modernizacja automatyzacja
    budowa przebudowa reorganizacja optymalizacja analiza przygotowanie zmiana wprowadzenie testy
    renegocjacja negocjacja negocjacje standaryzacja digitalizacja cyfryzacja centralizacja konsolidacja
    redukcja obnizenie skrocenie zwiekszenie poprawa usprawnienie restrukturyzacja uporzadkowanie
    odzyskanie pozyskanie zbudowanie zaprojektowanie rozbudowa integracja certyfikacja audyt
""")
# "koszt niższy o 22%": a comparison without its verb gets "był" / "była" / "były".
_COMPARATIVE = re.compile(
    r"^(?P<before>.*?\S)\s(?P<adjective>(?:niż|wyż|lep|gor|krót|dłuż|więk|mniej|tań|droż|szyb|wol|bezpieczniej|"
    r"wydajniej|wię)\w*sz[yae]|\w+(?:niej)sz[yae])(?P<after>\s(?:o|od|niż)\s.*)$"
)
_POSTPOSED_A = ("owa", "ska", "cka", "czna", "jna", "lna", "wna", "zna", "sna", "ana", "ona", "ela", "ała")
# "czas realizacji skrócony o 30%": a participle without its verb gets "był" / "była" / "było" / "były".
_PARTICIPLE = re.compile(
    r"^(?P<before>.*?\S)\s(?P<adjective>\w+(?:on|ęt|et|it|yt)[yae])(?P<after>\s(?:o|do|z|od)\s.*)$"
)

_AWARD_NOUNS = word_set("nagroda nagrody wyroznienie wyroznienia tytul")
PAST_FRAMES = ("jednym z moich projektów był", "do moich zadań należał", "moim osiągnięciem był")


def _accusative(words: list[str]) -> list[str] | None:
    """The noun phrase after "odpowiadam za", in the accusative: "hala magazynowa 18 000 m²" → "halę
    magazynową 18 000 m²"; None when it cannot be said safely (a person, a second noun joined by "i",
    a line typed without Polish letters, a phrase that does not open with a noun)."""
    head = _head_noun(words)
    folded = fold(head)
    if not words or fold(words[0]).strip(",") in FUNCTION_WORDS or not words[0].strip(",").isalpha():
        return None
    if folded in _PERSON_NOUNS or folded.endswith(("ista", "ysta")):
        return None
    if _is_plural(head) or _gender(head) != "f" or not folded.endswith("a"):
        return list(words)  # a thing whose accusative is its nominative: "zespół", "raporty", "sprzedaż"
    if typed_without_diacritics(" ".join(words)):
        return None  # "baza przewoznikow": the inflected form would need letters the line was typed without
    out = list(words)
    index = 0
    noun_done = False
    while index < min(len(out), 4):
        bare = out[index].rstrip(",")
        comma = "," if out[index].endswith(",") else ""
        lower = bare.lower() if index == 0 else bare
        if not lower.isalpha() or fold(lower) in FUNCTION_WORDS or not lower.endswith("a"):
            break
        postposed = noun_done and fold(lower).endswith(_POSTPOSED_A)  # "hala magazynowa", not "ocena"
        if postposed or (
            not noun_done
            and lower.endswith(ADJECTIVE_A)
            and len(out) > index + 1
            and agrees(lower, out[index + 1])
        ):
            out[index] = lower[:-1] + "ą" + comma
        elif noun_done:
            break  # a second noun in the nominative: its own phrase
        else:
            out[index] = lower[:-1] + "ę" + comma
            noun_done = True
        index += 1
        if comma:
            break
    following = [fold(w).strip(",") for w in out[index : index + 2]]
    if following[:1] in (["i"], ["oraz"]) and len(following) > 1 and following[1].endswith("a"):
        return None  # "wymiana i parametryzacja": the second noun would stay in the nominative
    return out


def _past(gender: str | None, feminine: str, masculine: str) -> str | None:
    return {"f": feminine, "m": masculine}.get(gender or "")


# A line that opens by saying something went wrong: "Błędnie zaplanowany grafik", "Nieudane wdrożenie".
_WENT_WRONG_OPENING = re.compile(
    r"^(?:(?:blednie|zle|nietrafnie) \w+|przeszacowan|niedoszacowan|nieudan|opoznion|spoznion|zawyzon|zanizon|"
    r"nietrafion|bledn)(?P<ending>[yae])\b"
)


def _agreeing(verb: str, head: str, plural: bool) -> str:
    """ "był" agreeing with the head noun: "było wdrożenie", "była migracja", "były testy"."""
    if plural:
        return verb + "y"
    return verb + {"n": "o", "f": "a", "m": ""}[_gender(head)]


def with_copula(text: str) -> str:
    """ "..., koszt pozyskania klienta niższy o 22%" → "..., koszt pozyskania klienta był niższy o 22%"."""
    parts = text.split(", ")
    for index, part in enumerate(parts):
        if (index == 0 and len(parts) > 1) or _has_finite_verb(part.split()):
            continue
        comparative = _COMPARATIVE.match(part)
        match = comparative or _PARTICIPLE.match(part)
        if (
            not match
            or not re.search(r"\d", match.group("after"))
            or re.search(r"\b(?:by[łl]|zosta[łl])\w?$", match.group("before"))
        ):
            continue
        adjective = match.group("adjective")
        subject = match.group("before").split()[0]
        stem = "był" if comparative else "został"  # "był niższy", "został skrócony"
        if adjective.endswith("y"):
            copula = stem
        elif adjective.endswith("a"):
            copula = stem + "a"
        else:
            copula = stem + ("o" if fold(subject).endswith(("nie", "cie", "o")) else "y")
        parts[index] = f"{match.group('before')} {copula} {adjective}{match.group('after')}"
    return ", ".join(parts)


def _has_result(text: str) -> bool:
    """A later clause says what came of it: "– ROAS wzrósł z 480% do 640%", "sprzedaż była wyższa o 35%"."""
    parts = re.split(r",\s|\s[–—-]\s", text)
    return any(
        _has_finite_verb(part.split())
        or re.search(r"\b(?:był|była|było|były)\b", part)
        or _MEASURED_RESULT.match(fold(part))  # "– oszczędność 2,1 mln zł", "– wzrost sprzedaży o 20%"
        for part in parts[1:]
    )


_MEASURED_RESULT = re.compile(r"(?:oszczednos\w*|wzrost\w*|spadek|redukcj\w*|skrocenie|zysk|przychod)\b.*\d")


def lower_noun(text: str) -> str:
    """ "Kampanie Meta Ads ..." → "kampanie Meta Ads ...": a Polish common noun before a brand is no name."""
    first, _, rest = text.partition(" ")
    bare = fold(first).strip(",:")
    common = (
        bare in ACTION_NOUNS | _PLURAL_NOUNS | _SINGULAR_NOUNS | TITLE_NOUNS | EVENT_NOUNS
        or bare.endswith(("enie", "anie", "cja", "cje", "nosc"))
    )
    if common and first[:1].isupper() and not first.isupper():
        return first[:1].lower() + first[1:] + (" " + rest if rest else "")
    return lower_first(text)


def _noun_phrase(text: str, present: bool, gender: str | None) -> str:
    """A noun-phrase bullet: a task after "do moich zadań należy", a result as an achievement,
    a thing as something the speaker was responsible for."""
    words = text.split()
    head = _head_noun(words)
    plural = _is_plural(head)
    phrase = lower_noun(text)
    folded = fold(words[0])
    head_folded = fold(head)
    result = _has_result(text)
    if folded.startswith(_RESULT_NOUNS) and re.search(r"\d", text):
        return f"moim osiągnięciem {_agreeing('był', head, plural)} {phrase}"
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
    if head_folded in TITLE_NOUNS or folded in TITLE_NOUNS:
        verb = "pracuję" if present else _past(gender, "pracowałam", "pracowałem")
        return f"{verb} jako {phrase}" if verb else f"moje stanowisko: {phrase}"
    if head_folded in _AWARD_NOUNS:
        return f"moje wyróżnienie: {phrase}"
    if head_folded in _METRIC_NOUNS and re.search(r"\d", text):
        return f"moje wyniki to: {phrase}"
    if head_folded in _TOOL_NOUNS and "," in text and re.search(r"\s[A-Z]", text):
        return f"moje narzędzia pracy: {phrase}"
    if head_folded in _OWNED_NOUNS:
        owned = _accusative(words)
        return f"mam {lower_first(' '.join(owned))}" if owned else f"mam: {phrase}"
    if re.match(r"\d", words[0]) or not _is_action(head):
        said = _accusative(words)
        if said is None:
            return f"zakres moich obowiązków {'obejmuje' if present else 'obejmował'}: {phrase}"
        thing = lower_first(" ".join(said))
        if present:
            return f"odpowiadam za {thing}"
        verb = _past(gender, "odpowiadałam za", "odpowiadałem za")
        return f"{verb} {thing}" if verb else f"moja praca obejmowała {thing}"
    if result and head_folded in _CHANGE_NOUNS:
        return f"jednym z moich projektów {_agreeing('był', head, plural)} {phrase}"
    busy = None if plural or result or words[0] != head else _busy_with(phrase, present, gender)
    if busy:
        return busy  # "obsługa 14 stałych klientów" → "zajmuję się obsługą 14 stałych klientów"
    if plural:
        verb = "należą" if present and not result else "należały"
    else:
        verb = "należy" if present and not result else _agreeing("należał", head, False)
    return f"do moich zadań {verb} {phrase}"


# Masculine action nouns and their instrumental: "nadzór nad budową" → "zajmuję się nadzorem nad budową".
_INSTRUMENTAL_MASCULINE = {
    "nadzor": "nadzorem",
    "rozwoj": "rozwojem",
    "montaz": "montażem",
    "serwis": "serwisem",
    "audyt": "audytem",
    "nabor": "naborem",
    "odbior": "odbiorem",
    "przeglad": "przeglądem",
    "zakup": "zakupem",
    "transport": "transportem",
    "monitoring": "monitoringiem",
    "marketing": "marketingiem",
}


# A task done once ("pozyskanie 5 klientów", "wdrożenie 2 pracowników") is no ongoing "zajmuję się".
_DONE_ONCE = (
    "pozyska",
    "zbudowa",
    "wprowadze",
    "uruchomie",
    "zorganizowa",
    "zdobyci",
    "wdroze",
    "przeprowadze",
)


def _instrumental(word: str) -> str | None:
    lower = word.lower()
    if re.search(r"(?:anie|enie|cie)$", lower):
        return word + "m"  # "prowadzenie" → "prowadzeniem", "wsparcie" → "wsparciem"
    if lower.endswith("a") and len(lower) > 3:
        return word[:-1] + "ą"  # "obsługa" → "obsługą", "koordynacja" → "koordynacją"
    return _INSTRUMENTAL_MASCULINE.get(fold(word))


def _busy_with(phrase: str, present: bool, gender: str | None) -> str | None:
    """A task said with a verb, as people say it: "zajmuję się obsługą reklamacji i szkód" rather than
    "do moich zadań należy obsługa …". Each task of a list ("…, i koordynacja …") is turned too."""
    verb = "zajmuję się" if present else _past(gender, "zajmowałam się", "zajmowałem się")
    words = phrase.split()
    first = _instrumental(words[0])
    if verb is None or first is None or fold(words[0]).startswith(_DONE_ONCE):
        return None
    said = [first]
    for index, word in enumerate(words[1:], 1):
        after_list = fold(words[index - 1]) in ("i", "oraz") or words[index - 1].endswith(",")
        task = re.search(r"(?:anie|enie|cja)$", word.lower())
        said.append((_instrumental(word) or word) if after_list and task else word)
    return f"{verb} {' '.join(said)}"


_LEAD = re.compile(
    r"^(?P<lead>(?:dla|przy|u|na\s+rzecz|w\s+ramach|w\s+projekcie|w\s+firmie|podczas|dla\s+klienta)\s[^:]{2,60}?):\s+(?P<rest>\S.*)$",
    re.I,
)


def pl_clause(text: str, present: bool, gender: str | None) -> str:
    """A Polish work bullet as a first-person clause (without where it happened)."""
    text = with_copula(expand_pl(text))
    words = text.split()
    if not words:
        return text
    if since := re.match(r"(?i)od (\d{4})\s+(?=[a-ząćęłńóśźż])", text):
        # "od 2019 samodzielne planowanie transportów" → "od 2019 roku do moich zadań należało …"
        return f"od {since.group(1)} roku {pl_clause(text[since.end() :], present, gender)}"
    if lead := _LEAD.match(text):
        # "Dla sklepu zoologicznego: migracja kampanii – ROAS wzrósł" → "... migracja kampanii dla sklepu
        # zoologicznego, ROAS wzrósł": the phrase is kept as written, never inflected
        clause = pl_clause(lead.group("rest"), present, gender)
        phrase = lower_first(lead.group("lead"))
        if clause.startswith(("do moich zadań", "jednym z", "moim osiągnięciem", "odpowiadam", "zakres")):
            first, comma, rest = clause.partition(", ")
            return f"{first} {phrase}{comma}{rest}"
        return f"{phrase} {clause}"
    first = words[0]
    first_clause = re.split(r",\s|\s[–—-]\s|:\s", text, maxsplit=1)[0].split()
    if fold(first) in OPENING_ADVERBIAL or _has_finite_verb(first_clause[1:10]):
        return lower_first(text)  # "W 2022 r. błąd zawyżył..." is already a whole sentence
    adverb_first = (
        len(words) > 2 and re.search(r"(?:nie|wie|ie|o)$", fold(first)) and is_first_person(words[1])
    )
    if (
        is_first_person(first)
        or adverb_first  # "Samodzielnie prowadzę obszary przychodów", "Regularnie prowadzę szkolenia"
        or any(
            _FIRST_PERSON_PAST.fullmatch(w.lower()) and not fold(w).endswith("dzialem")
            for w in first_clause[1:10]
        )
    ):
        return lower_first(text)  # "Wspólnie z działem obsługi przygotowałam ..." speaks already
    label, colon, rest = text.partition(": ")
    label_words = label.split()
    if colon and 2 <= len(label_words) <= 3 and fold(label_words[0]) in HARD_PERSON_LABELS:
        # "Trudny klient: groził rezygnacją" → "trafił mi się trudny klient: groził rezygnacją"
        return f"{_agreeing('trafił', label_words[-1], False)} mi się {lower_noun(label)}: {rest}"
    if (
        colon
        and len(label.split()) <= 4
        and any(is_first_person(w) or is_past_verb(w) for w in rest.split()[:8])
    ):
        if len(label.split()) == 1:
            return lower_first(rest)  # "Błąd: w 2022 wprowadziłem ..." → the sentence after the label
        head = label.split()[0]
        if (
            fold(head) in EVENT_NOUNS
        ):  # "Pomyłka w 2021: zaksięgowałam ..." → "zdarzyła się pomyłka w 2021 – ..."
            return f"{_agreeing('zdarzył', head, _is_plural(head))} się {lower_noun(label)} – {lower_first(rest)}"
        return f"{lower_noun(label)} – {lower_first(rest)}"  # "Linia 3: przywróciłem ..."
    if len(words) > 3 and fold(words[1]) in RESULT_HEADS and words[0].isupper() and re.search(r"\d", text):
        # "CSAT wzrost z 78% do 89%" → "moim osiągnięciem był wzrost CSAT z 78% do 89%" (an acronym
        # needs no inflection after the noun)
        return f"moim osiągnięciem {_agreeing('był', words[1], False)} {fold(words[1])} {words[0]} {' '.join(words[2:])}"
    went_wrong = _WENT_WRONG_OPENING.match(fold(text))
    if went_wrong:
        # "Przeszacowane zamówienie w 2022 – nadwyżka 40 palet" → "zdarzyło mi się przeszacowane
        # zamówienie w 2022: nadwyżka 40 palet"; never "do moich zadań należy przeszacowane zamówienie"
        event, _, rest = [*(part.strip() for part in re.split(r"(\s[–—-]\s|,\s)", text, maxsplit=1)), "", ""][
            :3
        ]
        verb = {"y": "zdarzył", "a": "zdarzyła", "e": "zdarzyło"}.get(went_wrong.group("ending"), "zdarzyło")
        return f"{verb} mi się {lower_noun(event)}" + (f": {lower_first(rest)}" if rest else "")
    if fold(first).strip(",:") in EVENT_NOUNS:
        # "Konflikt między dwoma operatorami" → "zdarzył się konflikt między dwoma operatorami"
        head = first.strip(",:")
        return f"{_agreeing('zdarzył', head, _is_plural(head))} się {lower_noun(text)}"
    if re.match(r"^odpowiedzialn(?:y|a)\b", first, re.I):
        female = first.lower().endswith("a")
        verb = "jestem" if present else ("byłam" if female else "byłem")
        return f"{verb} {lower_first(text)}"
    return _noun_phrase(text, present, gender)
