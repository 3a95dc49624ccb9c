"""Hospitals, schools, councils and universities as employers: Polish says "w Szpitalu Miejskim" or
"w Leeds Teaching Hospitals", not "w firmie …"."""

from __future__ import annotations

import re

from copilot.language.cv.lexicon import INSTITUTION_WORDS
from copilot.language.text import fold

_FOREIGN_INSTITUTION = re.compile(
    r"\b(?:hospital|hospitals|trust|nhs|clinic|school|university|college|council|academy|care homes?|foundation)\b",
    re.I,
)


def is_foreign_institution(employer: str) -> bool:
    """An English-named hospital, school or council: said as "w Leeds Teaching Hospitals" in Polish."""
    return bool(_FOREIGN_INSTITUTION.search(employer)) and not re.search(r"[ąćęłńóśźż]", employer.lower())


def is_institution(employer: str) -> bool:
    """Hospitals, schools, universities: Polish phrasing for them differs from "w firmie X"."""
    # "Szpital Miejski", "Wojewódzki Szpital Zespolony": the kind of place is among the first words.
    return any(word in INSTITUTION_WORDS for word in fold(employer).split()[:3])
