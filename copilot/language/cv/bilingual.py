"""Saying a CV line in the other language: the leading verb is translated, the rest is quoted.

An English CV in a Polish interview should not make the answer switch language mid-sentence, and
a whole CV cannot be translated offline. The verb that opens a bullet carries the action ("led",
"zbudowałam", "Koordynacja"); it is said in the answer's language, in the tense of the role (the
current job in the present when the CV line is written that way), and the CV's own words follow in
quotes: "W firmie Allegro prowadziłem „a team of 4 engineers migrating payments to Kubernetes”".
A later clause with a verb of its own is translated the same way ("... i zmniejszyłem „crash rate...”").
"""

from __future__ import annotations

import re

from copilot.language.cv.polish_to_english import to_english
from copilot.language.text import fold
from copilot.language.verbs import past_tense, verb_base

__all__ = ["to_english", "to_polish"]

# English base verb → Polish first person: (past, masculine; present). The feminine past is derived.
_EN_TO_PL = {
    "lead": ("prowadziłem", "prowadzę"),
    "run": ("prowadziłem", "prowadzę"),
    "drive": ("prowadziłem", "prowadzę"),
    "spearhead": ("prowadziłem", "prowadzę"),
    "facilitate": ("prowadziłem", "prowadzę"),
    "conduct": ("przeprowadziłem", "prowadzę"),
    "build": ("zbudowałem", "buduję"),
    "design": ("zaprojektowałem", "projektuję"),
    "architect": ("zaprojektowałem", "projektuję"),
    "engineer": ("zaprojektowałem", "projektuję"),
    "redesign": ("przeprojektowałem", "przeprojektowuję"),
    "develop": ("rozwijałem", "rozwijam"),
    "create": ("stworzyłem", "tworzę"),
    "establish": ("stworzyłem", "tworzę"),
    "implement": ("wdrożyłem", "wdrażam"),
    "ship": ("wdrożyłem", "wdrażam"),
    "deploy": ("wdrażałem", "wdrażam"),
    "onboard": ("wdrażałem", "wdrażam"),
    "introduce": ("wprowadziłem", "wprowadzam"),
    "launch": ("uruchomiłem", "uruchamiam"),
    "pilot": ("pilotowałem", "pilotuję"),
    "deliver": ("dostarczyłem", "dostarczam"),
    "reduce": ("zmniejszyłem", "zmniejszam"),
    "cut": ("obniżyłem", "obniżam"),
    "lower": ("obniżyłem", "obniżam"),
    "increase": ("zwiększyłem", "zwiększam"),
    "raise": ("podniosłem", "podnoszę"),
    "double": ("podwoiłem", "podwajam"),
    "grow": ("zwiększyłem", "zwiększam"),
    "set": ("ustaliłem", "ustalam"),
    "expand": ("rozszerzyłem", "rozszerzam"),
    "improve": ("poprawiłem", "poprawiam"),
    "automate": ("zautomatyzowałem", "automatyzuję"),
    "manage": ("zarządzałem", "zarządzam"),
    "oversee": ("nadzorowałem", "nadzoruję"),
    "supervise": ("nadzorowałem", "nadzoruję"),
    "train": ("przeszkoliłem", "szkolę"),
    "teach": ("uczyłem", "uczę"),
    "tutor": ("uczyłem", "uczę"),
    "write": ("napisałem", "piszę"),
    "own": ("odpowiadałem za", "odpowiadam za"),
    "maintain": ("utrzymywałem", "utrzymuję"),
    "optimise": ("zoptymalizowałem", "optymalizuję"),
    "optimize": ("zoptymalizowałem", "optymalizuję"),
    "test": ("testowałem", "testuję"),
    "support": ("wspierałem", "wspieram"),
    "coordinate": ("koordynowałem", "koordynuję"),
    "analyse": ("analizowałem", "analizuję"),
    "analyze": ("analizowałem", "analizuję"),
    "prepare": ("przygotowałem", "przygotowuję"),
    "draft": ("przygotowałem", "przygotowuję"),
    "organise": ("zorganizowałem", "organizuję"),
    "organize": ("zorganizowałem", "organizuję"),
    "negotiate": ("negocjowałem", "negocjuję"),
    "handle": ("obsługiwałem", "obsługuję"),
    "serve": ("obsługiwałem", "obsługuję"),
    "operate": ("obsługiwałem", "obsługuję"),
    "hire": ("zatrudniłem", "zatrudniam"),
    "recruit": ("rekrutowałem", "rekrutuję"),
    "achieve": ("osiągnąłem", "osiągam"),
    "save": ("zaoszczędziłem", "oszczędzam"),
    "help": ("pomagałem", "pomagam"),
    "review": ("recenzowałem", "przeglądam"),
    "refactor": ("zrefaktoryzowałem", "refaktoryzuję"),
    "modernise": ("zmodernizowałem", "modernizuję"),
    "modernize": ("zmodernizowałem", "modernizuję"),
    "streamline": ("usprawniłem", "usprawniam"),
    "standardise": ("ustandaryzowałem", "standaryzuję"),
    "standardize": ("ustandaryzowałem", "standaryzuję"),
    "present": ("prezentowałem", "prezentuję"),
    "pitch": ("prezentowałem", "prezentuję"),
    "research": ("badałem", "badam"),
    "plan": ("zaplanowałem", "planuję"),
    "schedule": ("planowałem", "planuję"),
    "scale": ("przeskalowałem", "skaluję"),
    "resolve": ("rozwiązałem", "rozwiązuję"),
    "solve": ("rozwiązałem", "rozwiązuję"),
    "restore": ("przywróciłem", "przywracam"),
    "migrate": ("migrowałem", "migruję"),
    "mentor": ("byłem mentorem dla", "jestem mentorem dla"),
    "coach": ("szkoliłem", "szkolę"),
    "work": ("pracowałem", "pracuję"),
    "collaborate": ("współpracowałem", "współpracuję"),
    "partner": ("współpracowałem", "współpracuję"),
    "cooperate": ("współpracowałem", "współpracuję"),
    "liaise": ("współpracowałem", "współpracuję"),
    "win": ("zdobyłem", "zdobywam"),
    "secure": ("zdobyłem", "zdobywam"),
    "acquire": ("pozyskałem", "pozyskuję"),
    "prospect": ("pozyskiwałem", "pozyskuję"),
    "retain": ("utrzymałem", "utrzymuję"),
    "care": ("opiekowałem się", "opiekuję się"),
    "triage": ("prowadziłem triaż:", "prowadzę triaż:"),
    "monitor": ("monitorowałem", "monitoruję"),
    "track": ("śledziłem", "śledzę"),
    "measure": ("mierzyłem", "mierzę"),
    "forecast": ("prognozowałem", "prognozuję"),
    "sell": ("sprzedałem", "sprzedaję"),
    "close": ("zamknąłem", "zamykam"),
    "book": ("umówiłem", "umawiam"),
    "generate": ("wygenerowałem", "generuję"),
    "recognise": ("rozpoznałem", "rozpoznaję"),
    "recognize": ("rozpoznałem", "rozpoznaję"),
    "escalate": ("eskalowałem", "eskaluję"),
    "assess": ("oceniałem", "oceniam"),
    "evaluate": ("oceniałem", "oceniam"),
    "administer": ("podawałem", "podaję"),
    "treat": ("leczyłem", "leczę"),
    "report": ("zgłosiłem", "raportuję"),
    "identify": ("zidentyfikowałem", "identyfikuję"),
    "define": ("zdefiniowałem", "definiuję"),
    "validate": ("zweryfikowałem", "weryfikuję"),
    "publish": ("opublikowałem", "publikuję"),
    "answer": ("odpowiadałem na", "odpowiadam na"),
    "respond": ("odpowiadałem na", "odpowiadam na"),
    "process": ("przetwarzałem", "przetwarzam"),
    "consolidate": ("skonsolidowałem", "konsoliduję"),
    "configure": ("skonfigurowałem", "konfiguruję"),
    "integrate": ("zintegrowałem", "integruję"),
    "upgrade": ("zaktualizowałem", "aktualizuję"),
    "install": ("zainstalowałem", "instaluję"),
    "document": ("udokumentowałem", "dokumentuję"),
    "translate": ("przetłumaczyłem", "tłumaczę"),
    "edit": ("redagowałem", "redaguję"),
    "audit": ("audytowałem", "audytuję"),
    "debug": ("debugowałem", "debuguję"),
    "prototype": ("prototypowałem", "prototypuję"),
    "champion": ("promowałem", "promuję"),
    "promote": ("promowałem", "promuję"),
    "interview": ("przeprowadzałem rozmowy z", "przeprowadzam rozmowy z"),
    "clean": ("oczyściłem", "czyszczę"),
    "visualise": ("zwizualizowałem", "wizualizuję"),
    "visualize": ("zwizualizowałem", "wizualizuję"),
    "fix": ("naprawiłem", "naprawiam"),
    "evolve": ("rozwijałem", "rozwijam"),
    "shape": ("kształtowałem", "kształtuję"),
}
# A verb with its particle or preposition, said as one Polish verb: "worked on" → "pracowałem nad".
_PHRASAL = {
    ("work", "on"): ("pracowałem nad", "pracuję nad"),
    ("work", "with"): ("współpracowałem z", "współpracuję z"),
    ("collaborate", "with"): ("współpracowałem z", "współpracuję z"),
    ("partner", "with"): ("współpracowałem z", "współpracuję z"),
    ("set", "up"): ("uruchomiłem", "uruchamiam"),
    ("roll", "out"): ("wdrożyłem", "wdrażam"),
    ("turn", "around"): ("wyprowadziłem na prostą", "wyprowadzam na prostą"),
    ("take", "over"): ("przejąłem", "przejmuję"),
    ("take", "part"): ("brałem udział w", "biorę udział w"),
    ("care", "for"): ("opiekowałem się", "opiekuję się"),
    ("report", "to"): ("raportowałem do", "raportuję do"),
    ("clean", "up"): ("uporządkowałem", "porządkuję"),
}
_PL_PASSIVE = {"promoted": "awansowałem"}
_NOT_VERBS = {("track", "record")}


def _feminine(verb: str) -> str:
    return (
        re.sub(r"(?<!ą)łem\b", "łam", re.sub(r"ąłem\b", "ęłam", verb))
        .replace("byłam mentorem", "byłam mentorką")
        .replace("jestem mentorem", "jestem mentorką")
    )


_BASES = {*_EN_TO_PL, *(base for base, _ in _PHRASAL)}
_PAST_TO_BASE = {past_tense(base): base for base in _BASES}


def _english_verb(word: str) -> tuple[str, bool] | None:
    """The base form of an English verb as CVs write it, and whether it was written in the past
    ("cut", "set" count as past: a CV line says what was done)."""
    bare = fold(word).strip(",")
    if bare in _PAST_TO_BASE:
        return _PAST_TO_BASE[bare], True
    if bare in _BASES and verb_base(bare) in (bare, None):
        return bare, False
    return None


def _polish_verb(words: list[str], present: bool) -> tuple[str, int, bool] | None:
    """The Polish verb for the English verb that opens ``words``, how many words it took, and
    whether the English was in the past."""
    bare = fold(words[0]).strip(",")
    if bare in _PL_PASSIVE:
        return _PL_PASSIVE[bare], 1, True
    found = _english_verb(words[0])
    if found is None or (bare, fold(words[1]) if len(words) > 1 else "") in _NOT_VERBS:
        return None
    base, was_past = found
    tense = 1 if present and not was_past else 0
    particle = fold(words[1]).strip(",") if len(words) > 1 else ""
    if (base, particle) in _PHRASAL:
        return _PHRASAL[(base, particle)][tense], 2, was_past
    if base not in _EN_TO_PL:
        return None
    return _EN_TO_PL[base][tense], 1, was_past


def to_polish(body: str, gender: str | None, present: bool = False) -> str | None:
    """ "Led a team of 4 engineers" → "prowadziłem „a team of 4 engineers”"; None when no verb is known.
    A current role's line written in the base form ("Own a book of accounts") stays in the present."""
    words = body.split()
    if not words:
        return None
    first = _polish_verb(words, present)
    if first is None:
        return None
    verb, used, was_past = first
    verbs, rest = [verb], words[used:]
    if len(rest) > 1 and fold(rest[0]) in ("and", "&"):
        second = _polish_verb(rest[1:], present)
        if second is not None:  # "Trained and mentor juniors": the second verb right after "and"
            verbs.append(second[0])
            rest = rest[1 + second[1] :]
    spoken = " i ".join(verbs)
    if (
        rest
        and fold(rest[0]) in ("in", "with", "on", "for", "to", "at")
        and re.search(r" (?:w|z|nad|za|do|na|się)$", spoken)
    ):
        rest = rest[1:]  # "took part in X" → "brałem udział w „X”", "cared for X" → "opiekowałem się „X”"
    parts = [spoken]
    segment: list[str] = []
    index = 0
    while index < len(rest):
        word = rest[index]
        joiner = fold(rest[index - 1]) if index else ""
        after = index and (joiner in ("and", "&") or rest[index - 1].endswith(","))
        later = _polish_verb(rest[index:], present) if after else None
        # A later base form after a past verb is more likely a noun ("dashboards and report templates").
        if later is not None and len(segment) > 1 and (later[2] or not was_past):
            if joiner in ("and", "&"):
                segment.pop()
            parts.append(_quoted(segment))
            parts.append("i " + later[0])
            segment = []
            index += later[1]
            continue
        segment.append(word)
        index += 1
    if segment:
        parts.append(_quoted(segment))
    text = " ".join(part for part in parts if part)
    return _feminine(text) if gender == "f" else text


def _quoted(words: list[str]) -> str:
    quoted = " ".join(words).strip(" ,")
    return f"„{quoted}”" if quoted else ""
