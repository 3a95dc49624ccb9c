"""Where someone works, said in Polish: "w Szpitalu Wojewódzkim w Poznaniu", not "w firmie Szpital
Wojewódzki w Poznaniu".

Company names are never inflected ("w firmie Allegro" works for any name). Institutions are named
by a common noun and its adjectives ("Szpital Kliniczny", "Szkoła Podstawowa nr 5", "Wojewódzki
Szpital Zespolony"), and those inflect regularly, so the locative is built for them: the head noun
from a table, the adjectives next to it by their endings. Everything after them ("im. Karola
Jonschera", "w Poznaniu", "nr 5", a genitive like "Pracy") stays as written.
"""

from __future__ import annotations

import re

from copilot.language.text import fold

# Head nouns of institutions, folded nominative -> locative (as written, capital first).
_HEADS = {
    "szpital": "Szpitalu",
    "klinika": "Klinice",
    "przychodnia": "Przychodni",
    "poradnia": "Poradni",
    "apteka": "Aptece",
    "uniwersytet": "Uniwersytecie",
    "politechnika": "Politechnice",
    "uczelnia": "Uczelni",
    "akademia": "Akademii",
    "szkola": "Szkole",
    "liceum": "Liceum",
    "technikum": "Technikum",
    "gimnazjum": "Gimnazjum",
    "przedszkole": "Przedszkolu",
    "zlobek": "Żłobku",
    "instytut": "Instytucie",
    "fundacja": "Fundacji",
    "stowarzyszenie": "Stowarzyszeniu",
    "urzad": "Urzędzie",
    "ministerstwo": "Ministerstwie",
    "centrum": "Centrum",
    "osrodek": "Ośrodku",
    "dom": "Domu",
    "zespol": "Zespole",
    "zaklad": "Zakładzie",
    "sad": "Sądzie",
    "prokuratura": "Prokuraturze",
    "komenda": "Komendzie",
    "starostwo": "Starostwie",
    "gmina": "Gminie",
    "biblioteka": "Bibliotece",
    "muzeum": "Muzeum",
    "teatr": "Teatrze",
    "hospicjum": "Hospicjum",
    "laboratorium": "Laboratorium",
    "kancelaria": "Kancelarii",
}
# Adjective endings in the nominative (masculine, feminine, neuter). Genitive nouns that often
# follow an institution's name ("Urząd Gminy", "Urząd Miasta", "Centrum Zdrowia Dziecka") end
# otherwise, so they stop the inflection: "-iny", "-ta", "-ka", "-ia" and "-cy" are not taken.
_ADJECTIVE = re.compile(
    r"(?:(?P<soft>sk|ck|dzk)(?:i|ie)|(?P<hard>[^i]n|w|ł|sk|ck|dzk|czn|ow)(?:y|e)|(?P<neuter>c)e|(?P<fem>[^i]n|w|ł|sk|ck|dzk|ow)a)$"
)


def _adjective_locative(word: str) -> str | None:
    """ "Kliniczny" -> "Klinicznym", "Podstawowa" -> "Podstawowej", "Medyczne" -> "Medycznym"."""
    if len(word) < 5 or not word[:1].isalpha():
        return None
    match = _ADJECTIVE.search(word)
    if match is None:
        return None
    if match.group("fem"):
        return word[:-1] + ("iej" if word.endswith("ka") else "ej")  # "Miejska" -> "Miejskiej"
    if match.group("soft"):
        return word[: -(2 if word.endswith("ie") else 1)] + "im"
    return word[:-1] + "ym"


def locative(name: str) -> str | None:
    """ "Szpital Kliniczny im. Karola Jonschera" -> "Szpitalu Klinicznym im. Karola Jonschera";
    None when the name is not an institution named by a Polish common noun."""
    words = name.split()
    folded = [fold(word) for word in words]
    head = next((i for i, word in enumerate(folded[:3]) if word in _HEADS), None)
    if head is None:
        return None
    out = list(words)
    for i in range(head):  # "Wojewódzki Szpital": every word before the head is its adjective
        if re.fullmatch(r"[IVXLC]+|\d+", words[i]):
            continue  # "XIV Liceum": a number stays as it is
        inflected = _adjective_locative(words[i])
        if inflected is None:
            return None
        out[i] = inflected
    out[head] = _HEADS[folded[head]] if words[head][:1].isupper() else _HEADS[folded[head]].lower()
    for i in range(head + 1, len(words)):
        inflected = _adjective_locative(words[i])
        if inflected is None:
            break
        out[i] = inflected
    return " ".join(out)


# Universities take "na": "na Uniwersytecie Medycznym", "na Politechnice Warszawskiej".
_ON = frozenset({"uniwersytet", "politechnika", "akademia", "uczelnia"})


# "Firma własna", "własna działalność gospodarcza": one's own business, said as such.
_OWN_BUSINESS = re.compile(
    r"^(?:(?:firma|dzialalnosc) wlasna|wlasna (?:firma|dzialalnosc)(?: gospodarcza)?|(?:jednoosobowa )?dzialalnosc gospodarcza|"
    r"samozatrudnienie|self-?employed|freelance(?:r)?|own business)$"
)


def in_place(name: str) -> str:
    """ "w Szpitalu Wojewódzkim" for an institution, "w firmie Allegro" for anything else."""
    if _OWN_BUSINESS.match(fold(name).strip(" .")):
        return "we własnej firmie"
    place = locative(name)
    if not place:
        return f"w firmie {name}"
    return f"{'na' if any(fold(word) in _ON for word in name.split()[:3]) else 'w'} {place}"
