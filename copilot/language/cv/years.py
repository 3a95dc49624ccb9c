"""How many years of experience a CV claims: what its summary says, else the span of its jobs.

Education, certificates and internships never count: "PGCE 2016–2017" is a qualification, and a
summer internship is not a year of work (unless internships are all the CV has).
"""

from __future__ import annotations

import re
from datetime import date

from copilot.language.cv.model import Role
from copilot.language.text import fold

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "jeden": 1,
    "dwa": 2,
    "trzy": 3,
    "cztery": 4,
    "piec": 5,
    "szesc": 6,
    "siedem": 7,
    "osiem": 8,
    "dziewiec": 9,
    "dziesiec": 10,
    "jedenascie": 11,
    "dwanascie": 12,
    "pietnascie": 15,
    "dwadziescia": 20,
    # "od ponad sześciu lat", "z dwunastoletnim" aside: the genitive after "od", "ponad", "przez"
    "dwoch": 2,
    "trzech": 3,
    "czterech": 4,
    "pieciu": 5,
    "szesciu": 6,
    "siedmiu": 7,
    "osmiu": 8,
    "dziewieciu": 9,
    "dziesieciu": 10,
    "jedenastu": 11,
    "dwunastu": 12,
    "pietnastu": 15,
    "dwudziestu": 20,
    "dwie": 2,
    "dwu": 2,
    "trzynascie": 13,
    "trzynastu": 13,
}
# Polish "7-letnie doświadczenie" / "siedmioletnie doświadczenie".
_PL_PREFIXES = {
    "dwu": 2,
    "trzy": 3,
    "cztero": 4,
    "piecio": 5,
    "szescio": 6,
    "siedmio": 7,
    "osmio": 8,
    "dziewiecio": 9,
    "dziesiecio": 10,
    "jedenasto": 11,
    "dwunasto": 12,
    "pietnasto": 15,
    "dwudziesto": 20,
}
_NUMBER = r"\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_STATED = re.compile(
    rf"(?<![\w.])(?P<n>{_NUMBER})\s*\+?\s*-?\s*(?:years?|yrs?|lat[a]?|roku)\b(?!['’]?\s+(?:old|ago|temu))"
    rf"|(?<![\w.])(?P<adj>\d{{1,2}}|{'|'.join(_PL_PREFIXES)})\s*-?\s*letni\w*"
    r"|(?P<decade>\b(?:a|over a|more than a|ponad)\s+(?:decade|dekad[ea]))"
)
_EXPERIENCE = re.compile(r"experience|doswiadczeni|\bstazu\b|\bw zawodzie|\bin the (?:field|industry)")
_SEASON_MONTHS = {"summer": 7, "lato": 7, "latem": 7, "winter": 1, "zima": 1, "spring": 4, "wiosna": 4}
_MONTH_PREFIXES = (
    ("jan", 1),
    ("sty", 1),
    ("feb", 2),
    ("lut", 2),
    ("mar", 3),
    ("apr", 4),
    ("kwi", 4),
    ("may", 5),
    ("maj", 5),
    ("jun", 6),
    ("cze", 6),
    ("jul", 7),
    ("lip", 7),
    ("aug", 8),
    ("sie", 8),
    ("sep", 9),
    ("wrz", 9),
    ("oct", 10),
    ("paz", 10),
    ("nov", 11),
    ("lis", 11),
    ("dec", 12),
    ("gru", 12),
    ("autumn", 10),
    ("fall", 10),
    ("jesien", 10),
)
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}


def _value(match: re.Match[str]) -> int | None:
    if match.group("decade"):
        return 10
    number = match.group("n") or match.group("adj")
    if number.isdigit():
        return int(number)
    return NUMBER_WORDS.get(number) or _PL_PREFIXES.get(number)


def stated_years(lines: list[str]) -> int | None:
    """ "7 years of experience", "seven years' experience", "~7 yrs", "z 8-letnim doświadczeniem"."""
    found: list[tuple[bool, int]] = []
    for line in lines:
        folded = fold(line)
        for sentence in re.split(r"(?<=[.!?;])\s+", folded):
            for match in _STATED.finditer(sentence):
                value = _value(match)
                if value and 0 < value < 50:
                    found.append((bool(_EXPERIENCE.search(sentence)), value))
    if not found:
        return None
    return next((value for said, value in found if said), found[0][1])


def _month(text: str) -> int | None:
    folded = fold(text).strip()
    numeric = re.match(
        r"(?:\d{1,2}\s*[./]\s*)?(\d{1,2})\s*[./]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*[./-]\s*(\d{1,2})", folded
    )
    if numeric:
        month = int(numeric.group(1) or numeric.group(2))
        return month if 1 <= month <= 12 else None
    roman = re.match(r"([ivx]+)\b", folded)
    if roman and roman.group(1) in _ROMAN:
        return _ROMAN[roman.group(1)]
    season = re.match(r"[a-z]+", folded)
    if season and season.group() in _SEASON_MONTHS:
        return _SEASON_MONTHS[season.group()]
    quarter = re.match(r"[qh]([1-4])\b", folded)
    if quarter:
        return 3 * int(quarter.group(1)) - 1
    return next((month for prefix, month in _MONTH_PREFIXES if folded.startswith(prefix)), None)


def work_years(roles: list[Role] | tuple[Role, ...], today: date | None = None) -> int | None:
    """Whole years covered by the CV's jobs, overlaps counted once; internships only when alone."""
    today = today or date.today()
    dated = [role for role in roles if role.start_year]
    jobs = [role for role in dated if not role.internship] or dated
    spans = []
    for role in jobs:
        start = role.start_year * 12 + (_month(role.start) or 7) - 1
        if role.current:
            end = today.year * 12 + today.month - 1
        elif role.end_year:
            end = role.end_year * 12 + (_month(role.end) or 7) - 1
        else:
            continue
        if end >= start:
            spans.append((start, end))
    if not spans:
        return None
    spans.sort()
    total, (low, high) = 0, spans[0]
    for start, end in spans[1:]:
        if start > high:
            total += high - low
            low, high = start, end
        else:
            high = max(high, end)
    total += high - low
    return max(1, total // 12)


def years_of_experience(stated_in: list[str], roles: list[Role] | tuple[Role, ...]) -> int | None:
    """The years the CV states in its summary or headline, else the years its jobs span."""
    return stated_years(stated_in) or work_years(roles)
