"""Read a job description: what the role does, what it asks for, what it pays, who the company is.

Answers to "why us", "why this role", salary and weakness questions are built from this, so the
lines are kept as phrases that can be said inside a sentence ("building event-driven services").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from copilot.language.cv.parser import language_of
from copilot.language.text import fold, word_set
from copilot.language.verbs import gerund, verb_base

_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*➢►▶✓✔→\-–—>]+|\(?\d{1,2}[.)](?!\d))\s*")
_SECTION = {
    "about": r"about us|about the company|who we are|o nas|o firmie|kim jestesmy|our mission",
    "duties": (
        r"responsibilities|what you(?:'ll| will) do|what you(?:'ll| will) be doing|you will|you'll|in this role you will"
        r"|your role|the role|your tasks|key responsibilities|duties|day to day|the job"
        r"|obowiazki|zakres obowiazkow|twoje zadania|czym bedziesz sie zajmowac|twoja rola|zadania"
    ),
    "requirements": (
        r"requirements|what we(?:'re| are) looking for|you have|you should have|you need|you'll need|you bring"
        r"|must have|must-haves|qualifications|skills|who you are|about you"
        r"|what you bring|nice to have|wymagania|oczekujemy|czego oczekujemy|szukamy osoby|mile widziane|twoje kwalifikacje"
    ),
    "offer": r"we offer|benefits|what we offer|perks|why join us|oferujemy|co oferujemy|benefity|w zamian|dajemy",
}
_SECTION_RE = {
    name: re.compile(rf"^(?:(?:our|your|the|key|main|nasze|twoje|glowne|kluczowe)\s+)?(?:{pattern})\s*:?\s*$")
    for name, pattern in _SECTION.items()
}
_SALARY = re.compile(
    r"(?:\d[\d\s.,]*\s?(?:k|tys\.?)?\s?(?:–|—|-|to|do)\s?)?\d[\d\s.,]*\s?(?:k|tys\.?)?\s?"
    r"(?:pln|zl|zł|eur|euro|usd|gbp|€|\$|£)(?:\s?(?:net|gross|netto|brutto|b2b|uop|\+ ?vat|/\s?(?:month|mies\w*|year|rok|h|hour|godz\w*|day|dzien)))*"
    r"|(?:pln|eur|usd|gbp|€|\$|£)\s?\d[\d\s.,]*(?:k)?(?:\s?(?:–|—|-|to|do)\s?(?:pln|eur|usd|gbp|€|\$|£)?\s?\d[\d\s.,]*(?:k)?)?",
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
    return re.sub(r"\s+", " ", _BULLET.sub("", line)).strip(" .;:,")


def _section_of(text: str) -> str | None:
    folded = fold(text)
    return next((name for name, pattern in _SECTION_RE.items() if pattern.match(folded)), None)


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
        header = _section_of(line)
        if header:
            current = header
            continue
        head, colon, rest = line.partition(":")
        if colon and rest.strip() and _section_of(head):
            current = _section_of(head) or current  # "Oferujemy: opieka medyczna, karta sportowa"
            line, folded = rest.strip(), fold(rest.strip())
        found = _SALARY.search(line)
        if found and any(c.isdigit() for c in found.group()) and not salary:
            salary = found.group().strip(" ,.")
            if len(line.split()) <= 8 or re.search(r"salary|wynagrodz|widelk|stawk|pay", folded):
                continue
        preamble = (
            not current and not _BULLET.match(raw) and (len(line.split()) < 6 or not line.endswith("."))
        )
        if preamble and not _ABOUT_CUE.search(folded) and not _REQUIREMENT_CUE.search(folded):
            continue  # before the first heading: the title, location and contract lines say nothing to quote
        section = current or ("about" if not _BULLET.match(raw) else _guess_section(folded))
        if re.match(r"(?:we offer|oferujemy)\b", folded):
            section = "offer"
        sections[section].append(line)
    return JobDescription(
        duties=tuple(sections["duties"]),
        requirements=tuple(sections["requirements"]),
        about=tuple(sections["about"]),
        offer=tuple(sections["offer"]),
        salary=salary,
        language=language_of(text) if text.strip() else "en",  # the ad's own language
    )


def _guess_section(folded: str) -> str:
    if _ABOUT_CUE.search(folded):
        return "about"
    if _REQUIREMENT_CUE.search(folded):
        return "requirements"
    return "duties"


def duty_phrase(line: str, language: str, max_words: int = 14) -> str:
    """A duty said inside a sentence: "Design, build and run services" → "designing, building and running services"."""
    text = _DUTY_START.sub("", fold_case_start(re.sub(r"\s*\([^()]*\)", "", line)))
    text = text.split("; ")[0]  # "Build pipeline with SDRs; forecast accurately" → its first duty
    head, colon, _list = text.partition(": ")
    if colon and len(head.split()) >= 2:
        text = head  # "running continuous discovery: interviews, tests, analytics" → the activity itself
    words = text.split()
    if not words:
        return text
    if language == "en":
        words = [_YOURS_EN.get(fold(word), word) for word in words]
        for index, word in enumerate(words[:8]):
            bare = fold(word).strip(",;")
            previous = fold(words[index - 1]) if index else ""
            if bare in ("and", "&", "or", "i", "oraz"):
                continue
            base = verb_base(bare)
            chained = index and (previous in ("and", "&", "or") or previous.endswith(","))
            following = fold(words[index + 1]) if index + 1 < len(words) else ""
            if chained and base is None and following in _OBJECT_STARTS and bare.isalpha():
                base = bare  # "Run and evolve our platform": a verb the list does not know, before its object
            if base and (index == 0 or chained):
                words[index] = gerund(base) + ("," if word.endswith(",") else "")
            elif index:
                break
    if language == "pl":
        words = [re.sub(r"^nasz", "wasz", word) for word in words]
        if _PL_INSTRUMENTAL.match(words[0]) and fold(words[0]) not in _PL_NOMINATIVE_EM:
            words = [
                "bycie",
                *words,
            ]  # "Będziesz: partnerem dla menedżerów" → "bycie partnerem dla menedżerów"
    if len(words) > max_words:
        cut = words[:max_words]
        for stop in range(len(cut) - 1, max_words // 2, -1):
            if fold(cut[stop]) in (
                "that",
                "which",
                "with",
                "and",
                "to",
                "for",
                "oraz",
                "ktore",
                "ktory",
                "w",
                "z",
                "i",
            ) or cut[stop - 1].endswith(","):
                cut = cut[:stop]
                break
        words = cut
    return " ".join(words).rstrip(",;")


# The ad's "our platform" / "your team" said by the candidate: "the platform", "the team".
_YOURS_EN = {"our": "the", "your": "the", "ours": "yours", "we": "you", "us": "you", "we're": "you're"}
_OBJECT_STARTS = frozenset(["our", "your", "the", "a", "an", "their", "its", "new", "existing"])
_PL_INSTRUMENTAL = re.compile(r"^[a-ząćęłńóśźż]{4,}(?:em|ą)$")
_PL_NOMINATIVE_EM = frozenset(["system", "problem", "tandem", "modem", "totem"])


def fold_case_start(line: str) -> str:
    first, _, rest = line.partition(" ")
    if (len(first) > 1 and first.isupper()) or re.search(r"[A-Z].*[A-Z]", first[1:]):
        return line
    return first[:1].lower() + first[1:] + (" " + rest if rest else "")


def skills_named(lines: tuple[str, ...]) -> list[list[str]]:
    """Technology and tool names per requirement line, alternatives kept together ("Oracle or Teradata")."""
    groups: list[list[str]] = []
    for line in lines:
        names: list[str] = []
        for match in _TECH.finditer(line):
            word = match.group().strip(".")
            if fold(word) in _NOT_SKILLS or len(word) < 2:
                continue
            if match.start() == 0 and not re.search(r"[A-Z].*[A-Z]|[#+.\d]", word):
                continue  # a capitalised first word is usually just the start of the sentence
            if word not in names:
                names.append(word)
        if names:
            groups.append(names)
    return groups
