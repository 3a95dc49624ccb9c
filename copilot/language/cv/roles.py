"""Role header lines: dates, job title and employer in the many ways CVs write them.

"Senior Backend Engineer | Allegro | 2020–2024", "Intensive Care Nurse, St. Mary's Hospital, 2018–2024",
"Allegro — Senior Engineer (Jan 2020 – present)", "03.2019 – obecnie  Specjalista ds. marketingu, Grupa XYZ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.language.cv.lexicon import EMPLOYER_WORDS, INSTITUTION_WORDS, LOCATIONS, TITLE_WORDS
from copilot.language.text import fold

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|stycz(?:en|eń|nia)|sty|lut(?:y|ego)?|mar(?:zec|ca)|kwi(?:ecień|ecien|etnia)?|maj(?:a)?"
    r"|czer(?:wiec|wca)|cze|lip(?:iec|ca)?|sier(?:pień|pien|pnia)|sie|wrz(?:esień|esien|eśnia|esnia)?"
    r"|paź(?:dziernik|dziernika)?|paz(?:dziernik|dziernika)?|lis(?:topad|topada)?|gru(?:dzień|dzien|dnia)?"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:(?:{_MONTHS})\.?\s+{_YEAR}|\d{{1,2}}\s*[./]\s*{_YEAR}|{_YEAR}\s*[./-]\s*\d{{1,2}}(?!\d)|{_YEAR})"
)
_PRESENT = (
    r"present|now|current(?:ly)?|today|ongoing|to date|obecnie|nadal|teraz|dzi[sś](?:iaj)?|aktualnie"
    r"|do (?:teraz|dzi[sś]|chwili obecnej)|trwa"
)
_RANGE = re.compile(
    rf"(?:\(\s*)?(?:(?:since|from|od)\s+)?(?P<start>{_DATE})"
    rf"(?:\s*(?:–|—|-|−|to|until|till|do|→|>)\s*(?P<end>{_DATE}|{_PRESENT}))?(?:\s*\))?",
    re.IGNORECASE,
)
_PRESENT_RE = re.compile(rf"^(?:{_PRESENT})$", re.IGNORECASE)
_YEAR_RE = re.compile(_YEAR)
_SEPARATORS = re.compile(r"\s+[|•·–—-]\s+|\s*\|\s*|,\s+|\s+(?:at|@|w firmie|w)\s+|\t+|\s{3,}")
_DURATION = re.compile(
    r"\(?\s*\d+\s*(?:yrs?|years?|mos?|months?|lat[a]?|rok|miesi\w*)(?:\s+\d+\s*(?:mos?|months?|miesi\w*))?\s*\)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    title: str
    employer: str
    start: str
    end: str
    current: bool
    start_year: int | None
    end_year: int | None


def find_range(line: str) -> re.Match[str] | None:
    """The date range in a line ("Jan 2020 – present", "2018-2021", "03.2019 – obecnie"), if any."""
    for match in _RANGE.finditer(line):
        if match.group("start"):
            return match
    return None


def is_date_only(line: str) -> bool:
    match = find_range(line)
    if match is None:
        return False
    rest = _DURATION.sub("", line[: match.start()] + line[match.end() :])
    return not re.sub(r"[\s|,;:()\-–—]+", "", rest)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    found = _YEAR_RE.search(text)
    return int(found.group()) if found else None


def _title_score(part: str) -> int:
    words = fold(part).replace("/", " ").split()
    return sum(word.strip(".,()") in TITLE_WORDS for word in words)


def _employer_score(part: str) -> int:
    folded = fold(part)
    words = [word.strip(".,()") for word in folded.split()]
    score = sum(word in EMPLOYER_WORDS for word in words)
    if re.search(r"\b(?:sp\. ?z ?o\.? ?o|s\.a|inc|ltd|llc|gmbh|plc|corp)\b", folded):
        score += 2
    return score


def _is_location(part: str) -> bool:
    folded = re.sub(r"[()]", " ", fold(part)).strip(" .")
    return folded in LOCATIONS or all(word in LOCATIONS for word in folded.replace(",", " ").split())


def _strip_parenthetical_location(text: str) -> str:
    return re.sub(r"\(([^()]*)\)", lambda m: "" if _is_location(m.group(1)) else m.group(0), text)


def split_header(text: str) -> tuple[str, str]:
    """(title, employer) from a header line whose dates were removed."""
    text = re.sub(r"\s*\([^()]*\)", "", _strip_parenthetical_location(text))
    parts = [part.strip(" :;()[]") for part in _SEPARATORS.split(text)]
    parts = [part for part in parts if part and not _is_location(part) and not _DURATION.fullmatch(part)]
    if not parts:
        return "", ""
    if len(parts) == 1:
        only = parts[0]
        return (only, "") if _title_score(only) >= _employer_score(only) else ("", only)
    titles = [_title_score(part) - _employer_score(part) for part in parts]
    best = max(range(len(parts)), key=lambda i: (titles[i], -i))
    if titles[best] <= 0:
        best = 0  # no title words anywhere: CVs more often put the title first
    title = parts[best]
    others = [part for i, part in enumerate(parts) if i != best]
    employer = max(others, key=lambda part: (_employer_score(part), -others.index(part)))
    return title, employer


def parse_header(line: str) -> Header | None:
    """A role header, or None when the line has no date range ("2019 – 2021", "since 2020")."""
    match = find_range(line)
    if match is None or not (
        match.group("end") or re.match(r"\(?\s*(?:since|from|od)\b", match.group(), re.I)
    ):
        return None
    start, end = match.group("start") or "", match.group("end") or ""
    current = bool(end and _PRESENT_RE.match(end.strip()))
    rest = _DURATION.sub(" ", line[: match.start()] + " | " + line[match.end() :])
    rest = re.sub(r"\(\s*\)", " ", rest)
    rest = re.sub(r"^[\s|,;:\-–—]+|[\s|,;:\-–—]+$", "", rest)
    title, employer = split_header(rest)
    return Header(title, employer, start.strip(), end.strip(), current, _year(start), _year(end))


_FOREIGN_INSTITUTION = re.compile(
    r"\b(?:hospital|hospitals|trust|nhs|clinic|school|university|college|council|academy|care homes?|foundation)\b",
    re.I,
)


def is_foreign_institution(employer: str) -> bool:
    """An English-named hospital, school or council: said as "w Leeds Teaching Hospitals" in Polish."""
    return bool(_FOREIGN_INSTITUTION.search(employer)) and not re.search(r"[ąćęłńóśźż]", employer.lower())


def is_institution(employer: str) -> bool:
    """Hospitals, schools, universities: Polish phrasing for them differs from "w firmie X"."""
    first = fold(employer).split()[:1]
    return bool(first) and first[0] in INSTITUTION_WORDS
