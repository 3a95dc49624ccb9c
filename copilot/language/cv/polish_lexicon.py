"""Polish CV words with their English, for ``polish_words.polish_phrase``: nouns in every case form,
adjectives, prepositions and the small words around numbers ("ok.", "tys.", "średnio", "miesięcznie").

Noun lines are "class stem english [plural]", all folded (lowercase, no Polish letters). Classes: ``m``
masculine ("klient", "-a", "-ów"), ``f`` feminine in -a ("trasa", "tras"), ``n`` neuter in -nie/-cie
("zlecenie", "zleceń"), ``o`` neuter in -o ("paliwo"), ``fa`` masculine in -a ("kierowca"), ``fi``
feminine in -ja/-ia ("reklamacja", "kampania"). A plural of "=" is a mass noun; a trailing "*" marks a
person, whose genitive reads as a possessive ("kierowców" → "drivers'").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.text import fold

_NOUNS = """
f tras route | m klient client * | n zleceni order | n zamowieni order | fa dostawc supplier * | m budzet budget
m zespol team | m magazyn warehouse | f faktur invoice | fi kampani campaign | f maszyn machine
n utrzymani maintenance = | m przeglad inspection | fi awari breakdown | f napraw repair | fi lini line
fi produkcj production = | m sklep shop | m raport report | fi dokumentacj documentation = | m projekt project
f umow contract | m pracownik employee * | fa kierowc driver * | m ciagnik truck | m pojazd vehicle
m towar goods = | m ladunek load | m przewoznik carrier * | fi reklamacj complaint | m koszt cost
o paliw fuel = | m czas time = | f prac work = | fi delegacj business_trip | n rozliczeni settlement
m portfel portfolio | f baz base | fi licencj licence | fi weryfikacj verification = | m kontakt contact =
f gield exchange | m system system | n szkoleni training_session | m pacjent patient * | fi lekcj lesson
f klas class | o stanowisk workstation | m dzial department | m oddzial branch | f placowk branch
f zmian shift | m grafik rota | m harmonogram schedule | f dostaw delivery | f wysylk shipment
f palet pallet | m wozek truck | m zapas stock = | m produkt product | f uslug service | f ofert offer
f wycen quote | f cen price | f marz margin | m przychod revenue = | m wynik result | m cel target
m plan plan | fi strategi strategy | f tresc content = | m post post | f stron website | m newsletter newsletter
m subskrybent subscriber * | fi kreacj creative | f reklam ad | o kont account | m lead lead
fi rekrutacj recruitment = | m kandydat candidate * | f rozmow interview | n wynagrodzeni payroll =
f list list | fi deklaracj return | m podatek tax | m bilans balance_sheet | n sprawozdani report
m audyt audit | f kontrol check | f procedur procedure | m proces process | f norm standard
f jakosc quality = | o bezpieczenstw safety = | o ryzyk risk | m incydent incident | n zgloszeni ticket
m uzytkownik user * | m sprzet equipment = | m serwer server | f siec network | fi aplikacj application
m modul module | m test test | m blad error | n wdrozeni implementation | f analiz analysis
m model model | m panel panel | m program programme | m sterownik controller | m falownik drive
m czujnik sensor | fi instalacj installation | f rozdzielnic switchboard | n oswietleni lighting =
f szaf cabinet | m pomiar measurement | m schemat diagram | m obiekt building | fi inwestycj project
fa podwykonawc subcontractor * | m material material | m dokument document | o pism letter | f spraw case
m posilek meal | n dani dish | fi kuchni kitchen | fi restauracj restaurant | m gosc guest *
m hotel hotel | fi rezerwacj booking | m pokoj room | n wydarzeni event | fi konferencj conference
f imprez event | m transport transport = | f spedycj forwarding = | f logistyk logistics =
m kwartal quarter | m miesiac month | m rok year | m tydzien week | m dzien day | f godzin hour
m segment segment | m feed feed | m podzial split | fi migracj migration | m budzet budget
fi konwersj conversion | m test test | m ubezpieczyciel insurer * | m mebel furniture =
m dystrybutor distributor | m producent manufacturer | m program programme | fi modyfikacj modification
 fi parametryzacj configuration = | f wymian replacement | f diagnostyk diagnostics =
n usuwani removal = | m typ type | f oslon guard | m podajnik conveyor | fi maszynowni machine_room
m system system | fi histori history
fi prezentacj presentation | m wniosek application | f pomoc help = | m nadzor supervision =
f obslug handling = | fi koordynacj coordination = | n planowani planning = | n prowadzeni running =
n zarzadzani management = | f sprzedaz sales = | n odzyskani recovery = | m odbior acceptance
f opiek care = | m uczen pupil * | m student student * | fi terapi therapy | m zabieg procedure
m lek medicine | m rachunek account | f ksiegowosc accounting = | n zamknieci close
fi agencj agency | fa specjalist specialist * | f specjalistk specialist * | m kierownik manager *
m inzynier engineer * | m analityk analyst * | m spedytor freight_forwarder * | m dyspozytor dispatcher *
m elektryk electrician * | m automatyk automation_technician * | m magazynier warehouse_operative *
fa programist developer * | f pielegniark nurse * | m lekarz doctor * | m nauczyciel teacher *
f nauczycielk teacher * | m technik technician * | m konsultant consultant * | m koordynator coordinator *
m asystent assistant * | f asystentk assistant * | m handlowiec salesperson * | f analityczk analyst *
n wsparci support = | m urlop holiday | n wystawiani issuing = | fa sprzedawc salesperson * | n przezbrojeni changeover = | m konstruktor designer * | m oddzial branch |
n pozyskani acquisition = | f hal hall | n wygaszeni shutdown | fi konwersj conversion | n rozliczani settlement = | m czas time = | fi kreacj creative
"""
_EXTRA_FORMS = {
    "klienci": ("client", True),
    "pracownicy": ("employee", True),
    "kierowcy": ("driver", True),
    "przewoznicy": ("carrier", True),
    "uczniowie": ("pupil", True),
    "uczniow": ("pupil", True),
    "dzieci": ("child", True),
    "dziecko": ("child", False),
    "ludzie": ("person", True),
    "ludzi": ("person", True),
    "osob": ("person", True),
    "osoby": ("person", True),
    "osoba": ("person", False),
    "lat": ("year", True),
    "lata": ("year", True),
    "roku": ("year", False),
    "dni": ("day", True),
    "tygodni": ("week", True),
    "miesiecy": ("month", True),
    "goscie": ("guest", True),
    "gosci": ("guest", True),
    "pokoje": ("room", True),
    "pokoi": ("room", True),
    "tygodnia": ("week", False),
    "dnia": ("day", False),
    "mebli": ("furniture", False),
    "meble": ("furniture", False),
    "meblami": ("furniture", False),
    "budzecie": ("budget", False),
    "handlowca": ("salesperson", False),
    "handlowcy": ("salesperson", True),
    "handlowcow": ("salesperson", True),
    "handlowcami": ("salesperson", True),
    "samochod": ("vehicle", False),
    "samochodow": ("vehicle", True),
    "samochody": ("vehicle", True),
    "minut": ("minute", True),
    "minuty": ("minute", True),
    "minuta": ("minute", False),
    "godzin": ("hour", True),
    "ksiegowa": ("accountant", False),
    "ksiegowy": ("accountant", False),
    "ksiegowych": ("accountant", True),
    "ksiegowe": ("accountant", True),
    "ksiegowymi": ("accountant", True),
    "projekcie": ("project", False),
    "magazynie": ("warehouse", False),
    "sklepie": ("shop", False),
    "zespole": ("team", False),
    "koszcie": ("cost", False),
    "obiekcie": ("building", False),
    "zakladzie": ("plant", False),
    "dziale": ("department", False),
    "oddziale": ("branch", False),
}
_PEOPLE = {
    "client",
    "employee",
    "driver",
    "carrier",
    "pupil",
    "child",
    "person",
    "guest",
    "accountant",
    "salesperson",
}
_PLURALS = {
    "salesperson": "salespeople",
    "person": "people",
    "child": "children",
    "goods": "goods",
    "analysis": "analyses",
}
_ADJECTIVES = """
stal regular | wlasn own | sredni average | now new | kluczow key | miesieczn monthly | tygodniow weekly
roczn annual | dzienn daily | miedzynarodow international | krajow domestic | zagraniczn foreign
sprawdzon verified | uszkodzon damaged | elektryczn electrical | przemyslow industrial | techniczn technical
handlow sales | marketingow marketing | swiateczn Christmas | platn paid | mobiln mobile | internetow online
medyczn medical | finansow financial | ksiegow accounting | magazynow warehouse | produkcyjn production
logistyczn logistics | transportow transport | drobn minor | duz large | mal small | glown main
najlepsz best | cal entire | dodatkow additional | automatyczn automatic | autonomiczn autonomous
pakujac packing | chlodnicz refrigeration | sterownicz control | marzow margin | zoologiczn pet
kosmetyczn cosmetics | powtarzajac recurring | samodzieln independent | rozszerzon enhanced | wideo video
staly regular | sezonow seasonal | rozlewnicz bottling | dostawcz delivery | transportow transport
mlodsz junior | starsz senior | wszystk all | kazd every | nowych new | sklepow shop | pelny full | peln full
cotygodniow weekly | comiesieczn monthly | codzienn daily | trzyzmianow three-shift | dwuzmianow two-shift
e-commerce e-commerce | b2b B2B | b2c B2C | przemyslow industrial | sterownicz control | autonomiczn autonomous
"""
_ADJECTIVE_ENDS = (
    "iego",
    "iej",
    "iemu",
    "ego",
    "ej",
    "emu",
    "ymi",
    "imi",
    "ych",
    "ich",
    "ym",
    "im",
    "y",
    "a",
    "e",
    "i",
    "ie",
    "o",
)
PREPOSITIONS = {
    "dla": "for",
    "ds.": "for",
    "w": "in",
    "we": "in",
    "na": "on",
    "do": "to",
    "od": "from",
    "po": "after",
    "przy": "on",
    "przez": "through",
    "za": "for",
    "pod": "under",
    "nad": "on",
    "u": "at",
    "miedzy": "between",
    "bez": "without",
    "podczas": "during",
    "ponad": "over",
    "z": "with",
    "ze": "with",
    "o": "about",
}
SMALL_WORDS = {
    "i": "and",
    "oraz": "and",
    "lub": "or",
    "albo": "or",
    "a": "and",
    "ok": "about",
    "ok.": "about",
    "okolo": "about",
    "srednio": "on average",
    "miesiecznie": "a month",
    "rocznie": "a year",
    "tygodniowo": "a week",
    "dziennie": "a day",
    "codziennie": "daily",
    "lacznie": "in total",
    "samodzielnie": "independently",
    "m.in.": "including",
    "np.": "for example",
    "tys.": "thousand",
    "tys": "thousand",
    "mln": "million",
    "zl": "zloty",
    "pln": "zloty",
    "eur": "euros",
    "r.": "",
    "co": "every",
}
PHRASES = {
    "czas pracy": "working time",
    "prawo jazdy": "driving licence",
    "utrzymanie ruchu": "maintenance",
    "obsluga klienta": "customer service",
    "w ciagu": "within",
    "tym samym": "the same",
    "rok do roku": "year on year",
    "na zleceniu": "per order",
    "na zlecenie": "per order",
    "kat.": "category",
    "sklep zoologiczny": "pet shop",
    "sklepu zoologicznego": "pet shop",
    "marki kosmetycznej": "cosmetics brand",
    "co miesiac": "every month",
    "co tydzien": "every week",
    "co roku": "every year",
    "co kwartal": "every quarter",
    "rozdzielnice nn": "LV switchboards",
}
_ENDINGS = {
    "m": (
        ("", False),
        ("a", False),
        ("u", False),
        ("owi", False),
        ("em", False),
        ("ie", False),
        ("ze", False),
        ("y", True),
        ("i", True),
        ("e", True),
        ("ow", True),
        ("om", True),
        ("ami", True),
        ("ach", True),
    ),
    "f": (
        ("a", False),
        ("e", False),
        ("ie", False),
        ("y", True),
        ("i", True),
        ("", True),
        ("om", True),
        ("ami", True),
        ("ach", True),
    ),
    "fi": (("a", False), ("e", True), ("", False), ("i", None), ("om", True), ("ami", True), ("ach", True)),
    "n": (("e", False), ("u", False), ("em", False), ("a", True), ("om", True), ("ami", True), ("ach", True)),
    "o": (
        ("o", False),
        ("u", False),
        ("em", False),
        ("ie", False),
        ("a", True),
        ("", True),
        ("om", True),
        ("ami", True),
        ("ach", True),
    ),
    "fa": (("a", False), ("e", False), ("y", True), ("ow", True), ("om", True), ("ami", True), ("ach", True)),
}


@dataclass(frozen=True)
class Noun:
    english: str
    plural_english: str
    person: bool = False


def english_plural(english: str) -> str:
    if english in _PLURALS:
        return _PLURALS[english]
    if re.search(r"[^aeiou]y$", english):
        return english[:-1] + "ies"
    if english.endswith(("s", "x", "ch", "sh")):
        return english + "es"
    return english + "s"


def _noun_forms() -> dict[str, tuple[Noun, bool | None]]:
    forms: dict[str, tuple[Noun, bool | None]] = {}
    for entry in _NOUNS.replace("\n", " | ").split("|"):
        parts = entry.split()
        if len(parts) < 3:
            continue
        kind, stem, english, *flags = parts
        english = english.replace("_", " ")
        mass = "=" in flags
        noun = Noun(english, english if mass else english_plural(english), "*" in flags)
        for ending, plural in _ENDINGS[kind]:
            forms.setdefault(
                stem + ending, (noun, None if plural is None and not mass else bool(plural) and not mass)
            )
        if kind == "n":
            forms.setdefault(stem[:-1], (noun, not mass))  # "zleceń"
    for form, (english, plural) in _EXTRA_FORMS.items():
        forms[form] = (Noun(english, english_plural(english), english in _PEOPLE), plural)
    return forms


_FORMS = _noun_forms()
_ADJECTIVE_STEMS = dict(
    entry.split() for entry in _ADJECTIVES.replace("\n", " | ").split("|") if entry.split()
)


def noun(word: str) -> tuple[Noun, bool | None] | None:
    """ "ciągników" → (tractor unit, plural)."""
    return _FORMS.get(fold(word).strip(",.;:()"))


def adjective(word: str) -> str | None:
    """ "stałych" → "regular"."""
    folded = fold(word).strip(",.;:()")
    if folded in _ADJECTIVE_STEMS:
        return _ADJECTIVE_STEMS[folded]
    for ending in _ADJECTIVE_ENDS:
        if folded.endswith(ending) and folded[: -len(ending)] in _ADJECTIVE_STEMS:
            return _ADJECTIVE_STEMS[folded[: -len(ending)]]
    return None


COMPARATIVES = {
    "nizsz": "lower",
    "wyzsz": "higher",
    "lepsz": "better",
    "gorsz": "worse",
    "krotsz": "shorter",
    "dluzsz": "longer",
    "wieksz": "larger",
    "mniejsz": "smaller",
    "tansz": "cheaper",
    "szybsz": "faster",
    "skrocon": "shortened",
    "obnizon": "lowered",
    "zwiekszon": "increased",
    "zmniejszon": "reduced",
    "ograniczon": "reduced",
    "poprawion": "improved",
    "podwojon": "doubled",
}
# A result said with its own verb: "ROAS wzrósł z 480% do 640%", "liczba awarii spadła o 25%".
RESULT_VERBS = {
    "wzrosl": "rose",
    "wzrosla": "rose",
    "wzroslo": "rose",
    "wzrosly": "rose",
    "wzrosn": "rose",
    "spadl": "fell",
    "spadla": "fell",
    "spadlo": "fell",
    "spadly": "fell",
    "zmalal": "fell",
    "zmalala": "fell",
    "zmalalo": "fell",
    "byl": "was",
    "byla": "was",
    "bylo": "was",
    "byly": "were",
    "zostal": "was",
    "zostala": "was",
    "zostalo": "was",
    "zostaly": "were",
    "przestal": "stopped",
    "przestala": "stopped",
    "przestalo": "stopped",
    "przestaly": "stopped",
}
INFINITIVES = {"wystepowac": "happening", "dzialac": "working"}
_MONTHS = {
    "styczen stycznia styczniu": "January",
    "luty lutego lutym": "February",
    "marzec marca marcu": "March",
    "kwiecien kwietnia kwietniu": "April",
    "maj maja maju": "May",
    "czerwiec czerwca czerwcu": "June",
    "lipiec lipca lipcu": "July",
    "sierpien sierpnia sierpniu": "August",
    "wrzesien wrzesnia wrzesniu": "September",
    "pazdziernik pazdziernika pazdzierniku": "October",
    "listopad listopada listopadzie": "November",
    "grudzien grudnia grudniu": "December",
}
MONTH_FORMS = {form: month for forms, month in _MONTHS.items() for form in forms.split()}
NUMBER_WORDS = {"godz.": "hours", "godz": "hours", "min.": "minutes", "km": "km", "m2": "m²"}
# Heads whose genitive reads "of ...": "liczba awarii" → "the number of breakdowns".
OF_HEADS = {"number", "level", "share"}
PHRASE_NOUNS = {
    "working time",
    "driving licence",
    "maintenance",
    "customer service",
    "pet shop",
    "cosmetics brand",
    "LV switchboards",
}
MASS_PHRASES = {"working time", "maintenance", "customer service", "LV switchboards"}
EXTRA_NOUNS = {
    "liczba": "number",
    "liczby": "number",
    "poziom": "level",
    "poziomu": "level",
    "odsetek": "share",
}


POLISH_ENDING = re.compile(
    r"(?:anie|enie|cja|cje|cji|ow|ami|ach|ych|ich|osc|nia|nie|owe|owy|owa|ne|na|ny|ski|ska|cki|ego|emu)$"
)
