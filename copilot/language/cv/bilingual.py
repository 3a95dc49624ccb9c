"""Saying a CV line in the other language: the leading verb is translated, the rest is quoted.

An English CV in a Polish interview should not make the answer switch language mid-sentence, and
a whole CV cannot be translated offline. The verb that opens a bullet carries the action ("led",
"zbudowałam"); it is said in the answer's language and the CV's own words follow in quotes:
"W firmie Allegro prowadziłem „a team of 4 engineers migrating payments to Kubernetes”".
"""

from __future__ import annotations

import re

from copilot.language.text import fold

# English past (or base) form → Polish first-person past, masculine (the feminine is derived).
_EN_TO_PL = {
    "led": "prowadziłem",
    "lead": "prowadziłem",
    "ran": "prowadziłem",
    "drove": "prowadziłem",
    "built": "zbudowałem",
    "designed": "zaprojektowałem",
    "developed": "rozwijałem",
    "created": "stworzyłem",
    "established": "stworzyłem",
    "implemented": "wdrożyłem",
    "shipped": "wdrożyłem",
    "deployed": "wdrażałem",
    "introduced": "wprowadziłem",
    "launched": "uruchomiłem",
    "delivered": "dostarczyłem",
    "reduced": "zmniejszyłem",
    "cut": "obniżyłem",
    "lowered": "obniżyłem",
    "increased": "zwiększyłem",
    "grew": "rozwinąłem",
    "improved": "poprawiłem",
    "automated": "zautomatyzowałem",
    "managed": "zarządzałem",
    "trained": "przeszkoliłem",
    "taught": "uczyłem",
    "wrote": "napisałem",
    "owned": "odpowiadałem za",
    "maintained": "utrzymywałem",
    "optimised": "zoptymalizowałem",
    "optimized": "zoptymalizowałem",
    "tested": "testowałem",
    "supported": "wspierałem",
    "coordinated": "koordynowałem",
    "analysed": "analizowałem",
    "analyzed": "analizowałem",
    "prepared": "przygotowałem",
    "organised": "zorganizowałem",
    "organized": "zorganizowałem",
    "negotiated": "negocjowałem",
    "handled": "obsługiwałem",
    "hired": "zatrudniłem",
    "recruited": "rekrutowałem",
    "achieved": "osiągnąłem",
    "saved": "zaoszczędziłem",
    "helped": "pomagałem",
    "reviewed": "recenzowałem",
    "refactored": "zrefaktoryzowałem",
    "modernised": "zmodernizowałem",
    "modernized": "zmodernizowałem",
    "streamlined": "usprawniłem",
    "standardised": "ustandaryzowałem",
    "standardized": "ustandaryzowałem",
    "presented": "prezentowałem",
    "researched": "badałem",
    "conducted": "przeprowadziłem",
    "planned": "zaplanowałem",
    "scaled": "przeskalowałem",
    "resolved": "rozwiązałem",
    "restored": "przywróciłem",
    "migrated": "migrowałem",
    "mentored": "byłem mentorem dla",
    "coached": "byłem coachem dla",
    "worked": "pracowałem",
    "collaborated": "współpracowałem",
    "partnered": "współpracowałem",
    "won": "zdobyłem",
    "secured": "zdobyłem",
    "cared": "opiekowałem się",
    "triaged": "prowadziłem triaż:",
    "monitored": "monitorowałem",
    "sold": "sprzedałem",
    "closed": "zamknąłem",
    "generated": "wygenerowałem",
    "onboarded": "wdrażałem",
    "recognised": "rozpoznałem",
    "recognized": "rozpoznałem",
    "escalated": "eskalowałem",
    "supervised": "nadzorowałem",
    "assessed": "oceniałem",
    "administered": "podawałem",
    "reported": "zgłosiłem",
    "identified": "zidentyfikowałem",
    "defined": "zdefiniowałem",
    "validated": "zweryfikowałem",
    "published": "opublikowałem",
    "facilitated": "prowadziłem",
    "answered": "odpowiadałem na",
    "processed": "przetwarzałem",
    "consolidated": "skonsolidowałem",
    "drafted": "przygotowałem",
}
# Polish past-tense stems (folded, without the -łem/-łam ending) → English past.
_PL_TO_EN = {
    "zbudowa": "built",
    "zautomatyzowa": "automated",
    "prowadzi": "led",
    "poprowadzi": "led",
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
}
_PL_PAST = re.compile(r"^(\w+?)(?:lem|lam|lismy|lysmy)$")
# First-person present forms CVs use for the current job ("Mentoruję 2 juniorów").
_PL_PRESENT_TO_EN = {
    "wdrazam": "onboard",
    "mentoruje": "mentor",
    "prowadze": "run",
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
}


def _feminine(verb: str) -> str:
    return re.sub(r"ąłem\b", "ęłam", re.sub(r"łem\b", "łam", verb)).replace(
        "byłam mentorem", "byłam mentorką"
    )


def to_polish(body: str, gender: str | None) -> str | None:
    """ "Led a team of 4 engineers" → "prowadziłem „a team of 4 engineers”"; None when no verb is known."""
    words = body.split()
    if not words:
        return None
    first = _EN_TO_PL.get(fold(words[0]).strip(","))
    if first is None:
        return None
    verbs, rest = [first], words[1:]
    if len(rest) > 1 and fold(rest[0]) in ("and", "&") and fold(rest[1]).strip(",") in _EN_TO_PL:
        verbs.append(_EN_TO_PL[fold(rest[1]).strip(",")])
        rest = rest[2:]
    spoken = " i ".join(verbs)
    if gender == "f":
        spoken = _feminine(spoken)
    if spoken.endswith("się") and rest and fold(rest[0]) == "for":
        rest = rest[1:]  # "cared for X" → "opiekowałem się X"
    quoted = " ".join(rest).strip(" ,")
    return f"{spoken} „{quoted}”" if quoted else spoken


def to_english(body: str) -> str | None:
    """ "Zbudowałam dashboardy w Power BI" → "I built “dashboardy w Power BI”"; None when no verb is known."""
    words = body.split()
    if not words:
        return None
    first = fold(words[0]).strip(",")
    match = _PL_PAST.match(first)
    verb = _PL_TO_EN.get(match.group(1)) if match else _PL_PRESENT_TO_EN.get(first)
    if verb is None:
        return None
    quoted = " ".join(words[1:]).strip(" ,")
    return f"I {verb} \u201c{quoted}\u201d" if quoted else f"I {verb}"
