"""Read a job description: what the role does, what it asks for, what it pays, who the company is.

Answers to "why us", "why this role", salary and weakness questions are built from this, so the
lines are kept as phrases that can be said inside a sentence ("building event-driven services").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copilot.language.cv.lexicon import fold, word_set
from copilot.language.cv.parser import language_of
from copilot.language.verbs import gerund, verb_base

_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*➢►▶✓✔→\-–—>]+|\(?\d{1,2}[.)](?!\d))\s*")
_SECTION = {
    "about": r"about us|about the company|who we are|o nas|o firmie|kim jestesmy|our mission",
    "duties": (
        r"responsibilities|what you(?:'ll| will) do|your role|the role|your tasks|key responsibilities|duties"
        r"|obowiazki|zakres obowiazkow|twoje zadania|czym bedziesz sie zajmowac|twoja rola|zadania"
    ),
    "requirements": (
        r"requirements|what we(?:'re| are) looking for|you have|must have|qualifications|skills|who you are"
        r"|what you bring|nice to have|wymagania|oczekujemy|czego oczekujemy|szukamy osoby|mile widziane|twoje kwalifikacje"
    ),
    "offer": r"we offer|benefits|what we offer|perks|oferujemy|co oferujemy|benefity|w zamian",
}
_SECTION_RE = {name: re.compile(rf"^(?:{pattern})\s*:?\s*$") for name, pattern in _SECTION.items()}
_SALARY = re.compile(
    r"(?:\d[\d\s.,]*\s?(?:k|tys\.?)?\s?(?:–|—|-|to|do)\s?)?\d[\d\s.,]*\s?(?:k|tys\.?)?\s?"
    r"(?:pln|zl|zł|eur|euro|usd|gbp|€|\$|£)(?:\s?(?:net|gross|netto|brutto|b2b|uop|\+ ?vat|/\s?(?:month|mies\w*|year|rok|h|hour|godz\w*|day|dzien)))*"
    r"|(?:pln|eur|usd|gbp|€|\$|£)\s?\d[\d\s.,]*(?:k)?(?:\s?(?:–|—|-|to|do)\s?\d[\d\s.,]*(?:k)?)?",
    re.I,
)
_ABOUT_CUE = re.compile(
    r"^(?:we are|we're|we build|we make|our mission|our product|our team|at \w+ we|jestesmy|tworzymy|nasza firma|nasz zespol|nasza misja|budujemy)\b"
)
_REQUIREMENT_CUE = re.compile(
    r"\b(?:experience (?:with|in)|years of|knowledge of|familiarity|proficien|you have|must|required|strong|"
    r"doswiadczeni|znajomosc|umiejetnosc|wymagan|min\.|minimum)\b"
)
_DUTY_START = re.compile(
    r"^(?:you will|you'll|you are going to|will|bedziesz|twoim zadaniem bedzie|odpowiadasz za|bedziesz odpowiadac za)\s+"
)
_TECH = re.compile(
    r"\b(?:[A-Z][a-z]*[A-Z][\w]*|[A-Z]{2,}[\w+#]*|[A-Z][\w+#.]*(?:\.js|#|\+\+)|[A-Z][a-z]{2,})\b"
)
_NOT_SKILLS = word_set("""we you our your the and for with this that they their what who will must nice strong good english polish
    team company role experience knowledge years work remote office hybrid salary benefits about us bonus
    jestesmy szukamy oferujemy wymagania obowiazki mile widziane zespol firma praca twoje nasze nasz nasza""")


@dataclass(frozen=True)
class JobDescription:
    duties: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    offer: tuple[str, ...] = ()
    salary: str = ""
    language: str = "en"

    @property
    def lines(self) -> tuple[str, ...]:
        return self.duties + self.requirements + self.about

    @property
    def is_empty(self) -> bool:
        return not (self.duties or self.requirements or self.about)


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", _BULLET.sub("", line)).strip(" .;:")


@lru_cache(maxsize=32)
def parse_job_description(text: str) -> JobDescription:
    sections: dict[str, list[str]] = {"duties": [], "requirements": [], "about": [], "offer": []}
    current = ""
    salary = ""
    for raw in text.splitlines():
        line = _clean(raw)
        if not line:
            continue
        folded = fold(line)
        header = next((name for name, pattern in _SECTION_RE.items() if pattern.match(folded)), None)
        if header:
            current = header
            continue
        found = _SALARY.search(line)
        if found and any(c.isdigit() for c in found.group()) and not salary:
            salary = found.group().strip(" ,.")
            if len(line.split()) <= 8 or re.search(r"salary|wynagrodz|widelk|stawk|pay", folded):
                continue
        section = current or _guess_section(folded)
        sections[section].append(line)
    return JobDescription(
        duties=tuple(sections["duties"]),
        requirements=tuple(sections["requirements"]),
        about=tuple(sections["about"]),
        offer=tuple(sections["offer"]),
        salary=salary,
        language=language_of(text) if text.strip() else "en",
    )


def _guess_section(folded: str) -> str:
    if _ABOUT_CUE.search(folded):
        return "about"
    if _REQUIREMENT_CUE.search(folded):
        return "requirements"
    return "duties"


def duty_phrase(line: str, language: str) -> str:
    """A duty said inside a sentence: "Build event-driven services" → "building event-driven services"."""
    text = _DUTY_START.sub("", fold_case_start(line))
    words = text.split()
    if not words:
        return text
    if language == "en":
        base = verb_base(fold(words[0]))
        if base:
            words[0] = gerund(base)
        return " ".join(words)
    return " ".join(words)


def fold_case_start(line: str) -> str:
    first, _, rest = line.partition(" ")
    if first.isupper() or re.search(r"[A-Z].*[A-Z]", first[1:]):
        return line
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def skills_named(lines: tuple[str, ...]) -> list[str]:
    """Technology and tool names in requirement lines (capitalised or symbol-bearing words)."""
    names: list[str] = []
    for line in lines:
        for match in _TECH.finditer(line):
            word = match.group().strip(".")
            if fold(word) in _NOT_SKILLS or len(word) < 2:
                continue
            if match.start() == 0 and not re.search(r"[A-Z].*[A-Z]|[#+.\d]", word):
                continue  # a capitalised first word is usually just the start of the sentence
            if word not in names:
                names.append(word)
    return names
