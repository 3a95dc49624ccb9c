"""Tag a CV line with the kinds of story it can tell: impact, leadership, a failure, a conflict..."""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.cv.lexicon import THEMES
from copilot.language.text import fold

_PATTERNS = {theme: re.compile(r"(?<![a-z])(?:" + "|".join(stems) + ")") for theme, stems in THEMES.items()}
_MEASURED = re.compile(r"\d\s?%|\d+\s?x\b|\bfrom \S+ to \S+|\bz \S+ do \S+|\d")


@lru_cache(maxsize=4096)
def themes_of(text: str) -> frozenset[str]:
    """The themes a line shows; a measured improvement counts as impact only with a number."""
    folded = " " + fold(text) + " "
    found = {theme for theme, pattern in _PATTERNS.items() if pattern.search(folded)}
    if "impact" in found and not _MEASURED.search(folded):
        found.discard("impact")
        found.add("improvement")
    return frozenset(found)
