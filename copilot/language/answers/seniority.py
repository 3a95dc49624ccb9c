"""How senior a job title is, so that "Team Leader" applying as "Shift Manager" reads as a step up."""

from __future__ import annotations

import re

from copilot.language.text import fold

# Level by the title's strongest word; a title with none of them is a regular position (1).
_LEVELS = (
    (5, r"director|dyrektor|head of|vp\b|vice president|chief|kierownik dzialu"),
    (4, r"manager|menedzer|menadzer|kierownik|principal|head\b"),
    (3, r"lead\b|leader|lider|brygadzist|supervisor|foreman|team ?lead|koordynator zespolu|staff engineer"),
    (2, r"senior|starsz\w*|specjalist\w* senior"),
    (0, r"junior|mlodsz\w*|intern|trainee|apprentice|stazyst\w*|praktykant\w*|asystent\w*|assistant"),
)


def level_of(title: str) -> int:
    folded = fold(title or "")
    if not folded.strip():
        return 1
    return next((level for level, pattern in _LEVELS if re.search(rf"\b(?:{pattern})", folded)), 1)


def lower_title(title: str) -> str:
    """ "Warehouse Team Leader" → "warehouse team leader" for the middle of a sentence; acronyms
    ("QA", "SRE") keep their letters."""
    return " ".join(word if word.isupper() and len(word) > 1 else word.lower() for word in title.split())
