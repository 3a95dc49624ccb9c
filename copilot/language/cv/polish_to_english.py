"""Saying a Polish CV line in an English answer: the opening verb or verbal noun is translated in the
role's tense and the rest is quoted: "Koordynacja dostaw dla 40 sklepów" in the current job →
"I coordinate “dostaw dla 40 sklepów”"."""

from __future__ import annotations

import re

from copilot.language.text import fold

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
    if rest and fold(rest[0]) in _NOUN_PREPOSITIONS.get(nouns[-1], ()):
        rest = rest[1:]  # the preposition the Polish noun takes is in the English verb already
    pairs = [_PL_NOUN_TO_EN[n] for n in nouns]
    now = present and all(pair[0] for pair in pairs)
    verbs = [pair[0] if now else pair[1] for pair in pairs]
    if len(verbs) == 2 and verbs[0] == verbs[1]:
        verbs.pop()
    return " and ".join(v for v in verbs if v), rest


def to_english(body: str, present: bool = False) -> str | None:
    """ "Zbudowałam dashboardy w Power BI" → "I built “dashboardy w Power BI”"; "Koordynacja dostaw" in
    the current job → "I coordinate “dostaw”"; None when no verb is known."""
    words = body.split()
    if not words:
        return None
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
    if verb is None:
        return None
    quoted = " ".join(rest).strip(" ,")
    return f"I {verb} \u201c{quoted}\u201d" if quoted else f"I {verb}"
