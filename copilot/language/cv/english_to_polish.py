"""English CV objects said in Polish in the case the verb asks for: "a team of 8" after "zarządzałem" →
"zespołem 8 osób", "3 apprentices" after "przeszkoliłem" → "3 praktykantów", "suppliers" after
"współpracowałem z" → "dostawcami". Only phrases made of known nouns, numbers and determiners are said;
anything else (adjectives, names, clauses) returns None and the caller quotes the CV's words.
"""

from __future__ import annotations

import re

from copilot.language.text import fold

# English noun: Polish singular nominative, accusative, genitive, instrumental | plural nominative,
# genitive, instrumental; a trailing "*" marks people (whose accusative plural is the genitive).
_NOUNS = """
team: zespół zespół zespołu zespołem | zespoły zespołów zespołami
person people: osoba osobę osoby osobą | osoby osób osobami *
staff: pracownik pracownika pracownika pracownikiem | pracownicy pracowników pracownikami *
employee: pracownik pracownika pracownika pracownikiem | pracownicy pracowników pracownikami *
apprentice: praktykant praktykanta praktykanta praktykantem | praktykanci praktykantów praktykantami *
trainee: stażysta stażystę stażysty stażystą | stażyści stażystów stażystami *
intern: stażysta stażystę stażysty stażystą | stażyści stażystów stażystami *
engineer: inżynier inżyniera inżyniera inżynierem | inżynierowie inżynierów inżynierami *
nurse: pielęgniarka pielęgniarkę pielęgniarki pielęgniarką | pielęgniarki pielęgniarek pielęgniarkami
student: student studenta studenta studentem | studenci studentów studentami *
patient: pacjent pacjenta pacjenta pacjentem | pacjenci pacjentów pacjentami *
client customer: klient klienta klienta klientem | klienci klientów klientami *
driver: kierowca kierowcę kierowcy kierowcą | kierowcy kierowców kierowcami *
supplier vendor: dostawca dostawcę dostawcy dostawcą | dostawcy dostawców dostawcami *
subcontractor: podwykonawca podwykonawcę podwykonawcy podwykonawcą | podwykonawcy podwykonawców podwykonawcami *
chef cook: kucharz kucharza kucharza kucharzem | kucharze kucharzy kucharzami *
solicitor lawyer: prawnik prawnika prawnika prawnikiem | prawnicy prawników prawnikami *
family: rodzina rodzinę rodziny rodziną | rodziny rodzin rodzinami
menu: menu menu menu menu | menu menu menu
report: raport raport raportu raportem | raporty raportów raportami
order: zamówienie zamówienie zamówienia zamówieniem | zamówienia zamówień zamówieniami
invoice: faktura fakturę faktury fakturą | faktury faktur fakturami
campaign: kampania kampanię kampanii kampanią | kampanie kampanii kampaniami
route: trasa trasę trasy trasą | trasy tras trasami
project: projekt projekt projektu projektem | projekty projektów projektami
shift: zmiana zmianę zmiany zmianą | zmiany zmian zmianami
store shop: sklep sklep sklepu sklepem | sklepy sklepów sklepami
site: budowa budowę budowy budową | budowy budów budowami
warehouse: magazyn magazyn magazynu magazynem | magazyny magazynów magazynami
budget: budżet budżet budżetu budżetem | budżety budżetów budżetami
contract agreement: umowa umowę umowy umową | umowy umów umowami
meeting: spotkanie spotkanie spotkania spotkaniem | spotkania spotkań spotkaniami
audit: audyt audyt audytu audytem | audyty audytów audytami
account: konto konto konta kontem | konta kont kontami
dashboard: dashboard dashboard dashboardu dashboardem | dashboardy dashboardów dashboardami
process: proces proces procesu procesem | procesy procesów procesami
system: system system systemu systemem | systemy systemów systemami
delivery: dostawa dostawę dostawy dostawą | dostawy dostaw dostawami
machine: maszyna maszynę maszyny maszyną | maszyny maszyn maszynami
line: linia linię linii linią | linie linii liniami
complaint: reklamacja reklamację reklamacji reklamacją | reklamacje reklamacji reklamacjami
case: sprawa sprawę sprawy sprawą | sprawy spraw sprawami
document: dokument dokument dokumentu dokumentem | dokumenty dokumentów dokumentami
course: kurs kurs kursu kursem | kursy kursów kursami
workshop: warsztat warsztat warsztatu warsztatem | warsztaty warsztatów warsztatami
event: wydarzenie wydarzenie wydarzenia wydarzeniem | wydarzenia wydarzeń wydarzeniami
test: test test testu testem | testy testów testami
pallet: paleta paletę palety paletą | palety palet paletami
vehicle truck lorry: pojazd pojazd pojazdu pojazdem | pojazdy pojazdów pojazdami
section: sekcja sekcję sekcji sekcją | sekcje sekcji sekcjami
kitchen: kuchnia kuchnię kuchni kuchnią | kuchnie kuchni kuchniami
ward: oddział oddział oddziału oddziałem | oddziały oddziałów oddziałami
class: klasa klasę klasy klasą | klasy klas klasami
lesson: lekcja lekcję lekcji lekcją | lekcje lekcji lekcjami
deadline: termin termin terminu terminem | terminy terminów terminami
ticket: zgłoszenie zgłoszenie zgłoszenia zgłoszeniem | zgłoszenia zgłoszeń zgłoszeniami
alert: alert alert alertu alertem | alerty alertów alertami
incident: incydent incydent incydentu incydentem | incydenty incydentów incydentami
"""
_CASES = {"nom": 0, "acc": 1, "gen": 2, "ins": 3}


def _lexicon() -> dict[str, tuple[list[str], list[str], bool]]:
    found: dict[str, tuple[list[str], list[str], bool]] = {}
    for line in _NOUNS.strip().splitlines():
        names, _, forms = line.partition(":")
        singular, _, plural = forms.partition("|")
        personal = plural.strip().endswith("*")
        entry = (singular.split(), plural.replace("*", "").split(), personal)
        for name in names.split():
            found[name] = entry
            found[name + "s" if not name.endswith(("s", "y")) else name] = entry
            if name.endswith("y"):
                found[name[:-1] + "ies"] = entry
    found["people"] = found["person"]
    return found


_LEXICON = _lexicon()
_DETERMINERS = {"a", "an", "the", "my", "our", "their", "all", "every"}


def case_of(verb: str) -> str:
    """The case a Polish verb phrase puts its object in: "zarządzałem" → "ins", "prowadzę" → "acc"."""
    last = fold(verb.split()[-1])
    if last in (
        "z",
        "ze",
        "nad",
        "sie",
        "zarzadzalem",
        "zarzadzalam",
        "zarzadzam",
        "kierowalem",
        "kierowalam",
        "kieruje",
    ):
        return "ins"
    if last in ("dla", "do", "od"):
        return "gen"
    if last in ("w", "we", "o", "przy", "po"):
        return ""  # the locative: not said, the CV's words are quoted
    return "acc"


def _form(english: str, case: str, count: int | None) -> str | None:
    entry = _LEXICON.get(fold(english))
    if entry is None:
        return None
    singular, plural, personal = entry
    word_plural = (count is not None and count != 1) or (
        count is None and fold(english) != _singular(english)
    )
    if not word_plural:
        return singular[_CASES[case]]
    nominative, genitive, instrumental = plural
    if case == "ins":
        return instrumental
    if case == "gen" or (count is not None and (count % 10 not in (2, 3, 4) or count % 100 in (12, 13, 14))):
        return genitive
    return genitive if personal and case == "acc" else nominative


def _singular(english: str) -> str:
    folded = fold(english)
    if folded == "people":
        return "person"
    if folded.endswith("ies"):
        return folded[:-3] + "y"
    return folded[:-1] if folded.endswith("s") and not folded.endswith("ss") else folded


def polish_object(text: str, case: str) -> str | None:
    """ "a team of 8" (ins) → "zespołem 8 osób"; "3 apprentices" (acc) → "3 praktykantów"; "suppliers and
    drivers" (ins) → "dostawcami i kierowcami"; None for anything with a word it does not know."""
    if case not in _CASES:
        return None
    parts = [part.strip() for part in re.split(r"\s+and\s+|\s*,\s*", text.strip(" .")) if part.strip()]
    said = [_one(part, case) for part in parts]
    if not said or any(s is None for s in said):
        return None
    if len(said) == 1:
        return said[0]
    return ", ".join(s for s in said[:-1] if s) + " i " + (said[-1] or "")


def _one(text: str, case: str) -> str | None:
    words = [w for w in text.split() if fold(w) not in _DETERMINERS]
    if not words:
        return None
    count_word = words[0] if re.fullmatch(r"\d+\+?", words[0]) else ""
    count = int(count_word.rstrip("+")) if count_word else None
    if count_word:
        words = words[1:]
    if len(words) == 3 and fold(words[1]) == "of" and re.fullmatch(r"\d+\+?", words[2]):
        head = _form(words[0], case, 1)  # "team of 8" → "zespół 8 osób"
        return f"{head} {words[2]} osób" if head else None
    if len(words) == 4 and fold(words[1]) == "of" and re.fullmatch(r"\d+\+?", words[2]):
        head, members = _form(words[0], case, 1), _form(words[3], "gen", int(words[2].rstrip("+")))
        return f"{head} {words[2]} {members}" if head and members else None
    if len(words) != 1:
        return None
    noun = _form(words[0], case, count)
    if noun is None:
        return None
    return f"{count_word} {noun}" if count_word else noun
