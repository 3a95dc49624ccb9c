"""Saying a Polish CV line in an English answer: the opening verb or verbal noun is translated in the
role's tense and the rest is quoted: "Koordynacja dostaw dla 40 sklepów" in the current job →
"I coordinate “dostaw dla 40 sklepów”"."""

from __future__ import annotations

import re

from copilot.language.cv.polish import with_copula
from copilot.language.cv.polish_text import expand_pl
from copilot.language.cv.polish_words import polish_phrase
from copilot.language.text import fold, word_set

# Polish past-tense stems (folded, without the -łem/-łam ending) → English past.
_PL_TO_EN = {
    "zbudowa": "built",
    "budowa": "built",
    "zautomatyzowa": "automated",
    "prowadzi": "led",
    "poprowadzi": "led",
    "kierowa": "led",
    "wdrozy": "implemented",
    "wdraza": "onboarded",
    "przygotowa": "prepared",
    "przygotowywa": "prepared",
    "analizowa": "analysed",
    "przeanalizowa": "analysed",
    "wprowadzi": "introduced",
    "zaprojektowa": "designed",
    "projektowa": "designed",
    "koordynowa": "coordinated",
    "zarzadza": "managed",
    "stworzy": "created",
    "tworzy": "created",
    "obnizy": "lowered",
    "zwiekszy": "increased",
    "zmniejszy": "reduced",
    "skroci": "shortened",
    "wspolpracowa": "worked with",
    "zorganizowa": "organised",
    "organizowa": "organised",
    "przeprowadzi": "ran",
    "opracowa": "developed",
    "odpowiada": "was responsible for",
    "uruchomi": "launched",
    "zoptymalizowa": "optimised",
    "przeszkoli": "trained",
    "szkoli": "trained",
    "negocjowa": "negotiated",
    "pozyska": "won",
    "pozyskiwa": "won",
    "obslugiwa": "handled",
    "napisa": "wrote",
    "utrzymywa": "maintained",
    "testowa": "tested",
    "wspiera": "supported",
    "poprawi": "improved",
    "usprawni": "streamlined",
    "zmigrowa": "migrated",
    "migrowa": "migrated",
    "opiekowa": "cared for",
    "uczy": "taught",
    "nauczy": "taught",
    "sprzeda": "sold",
    "wykry": "detected",
    "skorygowa": "corrected",
    "naprawi": "fixed",
    "realizowa": "delivered",
    "zrealizowa": "delivered",
    "nadzorowa": "supervised",
    "rekrutowa": "recruited",
    "zrekrutowa": "recruited",
    "doradza": "advised",
    "ocenia": "assessed",
    "raportowa": "reported",
    "monitorowa": "monitored",
    "planowa": "planned",
    "zaplanowa": "planned",
    "zarekomendowa": "recommended",
    "rozwija": "developed",
    "rozwina": "grew",
    "zaoszczedzi": "saved",
    "zdoby": "won",
    "osiagna": "achieved",
    "przeja": "took over",
    "zintegrowa": "integrated",
    "skonfigurowa": "configured",
    "wykona": "carried out",
    "wykonywa": "carried out",
    "zmodernizowa": "modernised",
    "odzyska": "recovered",
}
# An adjective after the noun ("Wsparcie techniczne ..."): the noun alone would lose its meaning.
_POSTPOSED = re.compile(r"^[a-ząćęłńóśźż]+(?:czn|ow|sk|ck|ln|aln)(?:e|a|y|i)$")
_PL_PAST = re.compile(r"^(\w+?)(?:lem|lam|lismy|lysmy)$")
# First-person present forms CVs use for the current job ("Mentoruję 2 juniorów").
_PL_PRESENT_TO_EN = {
    "wdrazam": "onboard",
    "mentoruje": "mentor",
    "prowadze": "run",
    "kieruje": "lead",
    "odpowiadam": "am responsible for",
    "zarzadzam": "manage",
    "tworze": "create",
    "koordynuje": "coordinate",
    "automatyzuje": "automate",
    "analizuje": "analyse",
    "przygotowuje": "prepare",
    "buduje": "build",
    "wspieram": "support",
    "ucze": "teach",
    "projektuje": "design",
    "rozwijam": "develop",
    "utrzymuje": "maintain",
    "testuje": "test",
    "szkole": "train",
    "obsluguje": "handle",
    "pracuje": "work",
    "wspolpracuje": "work with",
    "dbam": "look after",
    "opiekuje": "care for",
    "sprzedaje": "sell",
    "negocjuje": "negotiate",
    "raportuje": "report",
    "nadzoruje": "supervise",
    "realizuje": "deliver",
    "planuje": "plan",
    "rekrutuje": "recruit",
    "doradzam": "advise",
    "oceniam": "assess",
    "monitoruje": "monitor",
    "organizuje": "organise",
    "specjalizuje": "specialise in",
}
# Polish verbal nouns that open noun-phrase bullets → English (present, past), with the preposition
# that belongs to the noun dropped ("Nadzór nad zespołem" → "I supervise “zespołem”"). Nouns of a
# finished change ("Wdrożenie", "Skrócenie") have no present.
_PL_NOUN_TO_EN = {
    "projektowanie": ("design", "designed"),
    "prowadzenie": ("run", "ran"),
    "kierowanie": ("lead", "led"),
    "zarzadzanie": ("manage", "managed"),
    "koordynacja": ("coordinate", "coordinated"),
    "koordynowanie": ("coordinate", "coordinated"),
    "obsluga": ("handle", "handled"),
    "nadzor": ("supervise", "supervised"),
    "wspolpraca": ("work with", "worked with"),
    "kontakt": ("am in contact with", "was in contact with"),
    "wsparcie": ("support", "supported"),
    "wspieranie": ("support", "supported"),
    "analiza": ("analyse", "analysed"),
    "analizowanie": ("analyse", "analysed"),
    "budowa": ("build", "built"),
    "budowanie": ("build", "built"),
    "konstrukcja": ("design", "designed"),
    "realizacja": ("deliver", "delivered"),
    "przygotowanie": ("prepare", "prepared"),
    "przygotowywanie": ("prepare", "prepared"),
    "planowanie": ("plan", "planned"),
    "negocjowanie": ("negotiate", "negotiated"),
    "negocjacje": ("negotiate", "negotiated"),
    "szkolenie": ("train", "trained"),
    "szkolenia": ("run training for", "ran training for"),
    "raportowanie": ("report on", "reported on"),
    "rekrutacja": ("recruit", "recruited"),
    "rekrutacje": ("recruit", "recruited"),
    "tworzenie": ("create", "created"),
    "organizacja": ("organise", "organised"),
    "organizowanie": ("organise", "organised"),
    "sprzedaz": ("sell", "sold"),
    "rozliczenia": ("handle", "handled"),
    "odpowiedzialnosc": ("am responsible for", "was responsible for"),
    "udzial": ("take part in", "took part in"),
    "ksiegowanie": ("book", "booked"),
    "uzgadnianie": ("reconcile", "reconciled"),
    "testowanie": ("test", "tested"),
    "utrzymanie": ("maintain", "maintained"),
    "monitorowanie": ("monitor", "monitored"),
    "optymalizacja": ("optimise", "optimised"),
    "automatyzacja": ("automate", "automated"),
    "migracja": ("migrate", "migrated"),
    "modernizacja": ("modernise", "modernised"),
    "ocena": ("assess", "assessed"),
    "przeglad": ("review", "reviewed"),
    "przeglady": ("review", "reviewed"),
    "audyt": ("audit", "audited"),
    "administrowanie": ("administer", "administered"),
    "doradztwo": ("advise on", "advised on"),
    "pomoc": ("help with", "helped with"),
    "opieka": ("look after", "looked after"),
    "nauczanie": ("teach", "taught"),
    "wdrozenie": (None, "implemented"),
    "opracowanie": (None, "developed"),
    "stworzenie": (None, "created"),
    "uruchomienie": (None, "launched"),
    "przeprowadzenie": (None, "carried out"),
    "skrocenie": (None, "shortened"),
    "obnizenie": (None, "lowered"),
    "redukcja": (None, "reduced"),
    "zmniejszenie": (None, "reduced"),
    "zwiekszenie": (None, "increased"),
    "poprawa": (None, "improved"),
    "wzrost": (None, "grew"),
    "przyspieszenie": (None, "sped up"),
    "ograniczenie": (None, "cut"),
    "odzyskanie": (None, "recovered"),
    "usuwanie": ("fix", "fixed"),
    "diagnostyka": ("diagnose", "diagnosed"),
    "wymiana": ("replace", "replaced"),
    "montaz": ("install", "installed"),
    "instalacja": ("install", "installed"),
    "instalacje": ("install", "installed"),
    "naprawa": ("repair", "repaired"),
    "naprawy": ("repair", "repaired"),
    "weryfikacja": ("verify", "verified"),
    "kontrola": ("check", "checked"),
    "rozliczanie": ("settle", "settled"),
    "fakturowanie": ("invoice", "invoiced"),
    "pozyskiwanie": ("win", "won"),
    "prezentacje": ("present", "presented"),
    "podzial": (None, "split"),
    "parametryzacja": ("configure", "configured"),
    "wystawianie": ("issue", "issued"),
    "przyjmowanie": ("receive", "received"),
}
_NOUN_PREPOSITIONS = {
    "nadzor": ("nad",),
    "opieka": ("nad",),
    "wspolpraca": ("z", "ze"),
    "kontakt": ("z", "ze"),
    "odpowiedzialnosc": ("za",),
    "udzial": ("w", "we"),
    "pomoc": ("w", "we", "przy"),
    "szkolenia": ("dla",),
}


def _noun_verb(noun: str, rest: list[str], present: bool) -> tuple[str, list[str]]:
    """The English verb for a Polish verbal noun, with a second one joined by "i" ("Wdrożenie i
    szkolenie" → "onboarded and trained"); a finished change ("Wdrożenie") puts both in the past."""
    nouns = [noun]
    if len(rest) > 1 and fold(rest[0]) in ("i", "oraz") and fold(rest[1]).strip(",") in _PL_NOUN_TO_EN:
        nouns.append(fold(rest[1]).strip(","))
        rest = rest[2:]
    if rest and nouns[-1] in ("wsparcie", "pomoc") and fold(rest[0]) in ("przy", "w", "we"):
        nouns[-1] = "pomoc"  # "Wsparcie przy inwentaryzacji" → "helped with"
    if rest and nouns[-1] == "utrzymanie" and fold(rest[0]) == "ruchu":
        rest = rest[1:]  # "Utrzymanie ruchu linii" → "I maintained the line"
    if rest and fold(rest[0]) in _NOUN_PREPOSITIONS.get(nouns[-1], ()):
        rest = rest[1:]  # the preposition the Polish noun takes is in the English verb already
    pairs = [_PL_NOUN_TO_EN[n] for n in nouns]
    now = present and all(pair[0] for pair in pairs)
    verbs = [pair[0] if now else pair[1] for pair in pairs]
    if len(verbs) == 2 and verbs[0] == verbs[1]:
        verbs.pop()
    return " and ".join(v for v in verbs if v), rest


def to_english(body: str, present: bool = False) -> str | None:
    """ "Zbudowałam dashboardy w Power BI" → "I built dashboards in Power BI"; "Koordynacja dostaw dla
    40 sklepów" in the current job → "I coordinate deliveries for 40 shops"; the words that are not known
    are quoted as the CV has them; None when neither the verb nor the phrase is known."""
    body = with_copula(expand_pl(body))
    words = body.split()
    if not words:
        return None
    if _RESULT.search(fold(body)):
        present = False  # "– ROAS wzrósł z 480% do 640%": a finished piece of work
    if lead := _LEAD.match(body):
        # "Dla sklepu zoologicznego: migracja kampanii ..." → "For a pet shop, I migrated ..."
        phrase = polish_phrase(lead.group("lead"))
        said = to_english(lead.group("rest"), present)
        if phrase and said:
            return f"{phrase}, {said}"
    first = fold(words[0]).strip(",")
    rest = words[1:]
    match = _PL_PAST.match(first)
    verb = _PL_TO_EN.get(match.group(1)) if match else _PL_PRESENT_TO_EN.get(first)
    if verb is not None and first in _PL_PRESENT_TO_EN and rest and fold(rest[0]) == "sie":
        rest = rest[1:]  # "Specjalizuję się w ..." → "I specialise in ..."
        if verb.endswith(" in") and rest and fold(rest[0]) in ("w", "we"):
            rest = rest[1:]
    if verb is None and first in _PL_NOUN_TO_EN and not (rest and _POSTPOSED.search(rest[0])):
        verb, rest = _noun_verb(first, rest, present)
        if rest and fold(rest[0]) in ("i", "oraz"):
            return _framed(
                body, present
            )  # "Diagnostyka i drobne modyfikacje": two things, one verb would not fit
    if verb is None:
        return _framed(body, present)
    said = _english_object(" ".join(rest).strip(" ,"), present=present)
    return f"I {verb} {said}" if said else f"I {verb}"


_LEAD = re.compile(r"^(?P<lead>(?:dla|przy|u|w ramach|podczas)\s[^:]{2,60}?):\s+(?P<rest>\S.*)$", re.I)
_METRIC = word_set(
    "marza srednia wynik wyniki obrot obroty przychod przychody rotacja skutecznosc terminowosc"
)
_TOOLS = word_set("system systemy program programy narzedzia gielda gieldy platforma oprogramowanie")
_TITLES = (
    "specjalist",
    "kierownik",
    "inzynier",
    "analityk",
    "analityczk",
    "spedytor",
    "dyspozytor",
    "elektryk",
    "automatyk",
    "magazynier",
    "programist",
    "pielegniark",
    "lekarz",
    "nauczyciel",
    "technik",
    "konsultant",
    "koordynator",
    "asystent",
    "handlowiec",
)
_OWNED = word_set("prawo uprawnienia certyfikat certyfikaty licencja swiadectwo dyplom")


def _framed(body: str, present: bool) -> str | None:
    """A Polish noun-phrase line with no verb, said in the frame its head noun asks for."""
    head = fold(body.split()[0]).strip(",")
    said = _english_object(body, first_known=True, present=present)
    if said is None:
        return None
    if head.startswith(_TITLES):
        return f"I'm {said}"  # "Specjalistka ds. kampanii płatnych z 3-letnim doświadczeniem"
    if head in _METRIC and re.search(r"\d\s?%", body):
        return f"my results: {said}"
    if head in _TOOLS and "," in body:
        return f"the tools I {'use' if present else 'used'}: {said}"
    if head in _OWNED:
        return f"I have {said}"
    return ("I'm responsible for " if present else "I was responsible for ") + said


def _english_object(text: str, *, first_known: bool = False, present: bool = False) -> str | None:
    """What follows the verb, phrase by phrase: known phrases in English, the rest quoted; later phrases
    with a verb of their own become clauses ("liczba awarii spadła o 25%" → "and the number of
    breakdowns fell by 25%"). None when nothing is known (or, with ``first_known``, the first phrase)."""
    if not text:
        return ""
    items: list[str] = []
    clauses: list[str] = []
    known = 0
    for index, segment in enumerate(s for s in re.split(r",\s+|\s[–—]\s", text) if s.strip()):
        said = _segment(segment, later=index > 0, present=present)
        if said is None:
            if first_known and not index:
                return None
            items.append("\u201c" + re.sub(r"[\"„”“]", "", segment).strip(" ,") + "\u201d")
            continue
        known += 1
        clause, english = said
        (clauses if clause else items).append(english)
    if not known:
        return None if first_known else f"\u201c{text}\u201d"
    listed = ""
    for index, item in enumerate(items):
        if not index:
            listed = item
        elif index == len(items) - 1 and not item.startswith(_ADVERBIAL):
            listed += " and " + item
        else:
            listed += ", " + item
    return ", ".join(part for part in [listed, *(f"and {c}" for c in clauses)] if part).removeprefix("and ")


_ADVERBIAL = (
    "on average",
    "about",
    "including",
    "in ",
    "for ",
    "every",
    "with ",
    "after ",
    "a month",
    "a year",
)
_RESULT = re.compile(
    r"\b(?:wzr[oó]s|spad[lł]|zmala|przesta|zosta[lł]|by[lł][aoy]?\s+(?:ni|wy|le|kr|dl|wi|mn|ta|sz))"
)


def _segment(segment: str, *, later: bool, present: bool) -> tuple[bool, str] | None:
    """One phrase in English, and whether it is a clause of its own (a verb, not a thing in a list)."""
    words = segment.split()
    when = ""
    if (
        later
        and len(words) > 2
        and fold(words[0]) in ("w", "we")
        and re.fullmatch(r"(?:19|20)\d\d", words[1])
    ):
        when, words = f"in {words[1]} ", words[2 + (fold(words[2]) in ("r", "r.")) :]
    if not words:
        return None
    first = fold(words[0]).strip(",")
    result = bool(_RESULT.search(fold(" ".join(words))))
    if later and not result and first in _PL_NOUN_TO_EN:
        now, past = _PL_NOUN_TO_EN[first]
        verb = now if present and now else past
        rest = words[1:]
        if rest and fold(rest[0]) in _NOUN_PREPOSITIONS.get(first, ()):
            rest = rest[1:]  # "kontakt z kierowcami" → "was in contact with drivers"
        said = polish_phrase(" ".join(rest)) if rest else ""
        if verb and said is not None:
            return True, f"{when}{verb} {said}".rstrip()
    said = polish_phrase(" ".join(words), subject=later and result)
    if said is None:
        return None
    return later and result, when + said
