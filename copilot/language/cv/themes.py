"""Tag a CV line with the kinds of story it can tell: impact, leadership, a failure, a conflict..."""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.cv.theme_stems import THEMES
from copilot.language.text import fold

# Themes: what kind of story a line can tell. Folded stems (theme_stems.py), matched at word starts.
_PATTERNS = {theme: re.compile(r"(?<![a-z])(?:" + "|".join(stems) + ")") for theme, stems in THEMES.items()}
_MEASURED = re.compile(r"\d\s?%|\d+\s?x\b|\bfrom \S+ to \S+|\bz \S+ do \S+|\d")


# Less of what goes wrong: a reduction verb and, a few words on, the failure's own word.
_REDUCED = re.compile(
    r"\b(?:reduc\w*|cut(?:ting)?|lower\w*|decreas\w*|minimi[sz]\w*|eliminat\w*|prevent\w*|halv\w*|fewer|"
    r"skroc\w*|skracan\w*|obniz\w*|zmniejsz\w*|ogranicz\w*|wyelimin\w*|redukc\w*|zredukow\w*|zapobie\w*) "
    r"(?:\w+ ){0,3}?(?:delay\w*|opozni\w*|missed \w+|errors?|bled\w*|blad\w*|mistakes?|overruns?|slippage|"
    r"late \w+|defects?|failures?|pomyl\w*)"
)


@lru_cache(maxsize=4096)
def themes_of(text: str) -> frozenset[str]:
    """The themes a line shows; a measured improvement counts as impact only with a number."""
    folded = " " + fold(text) + " "
    found = {theme for theme, pattern in _PATTERNS.items() if pattern.search(folded)}
    if "failure" in found and not _PATTERNS["failure"].search(_REDUCED.sub(" ", folded)):
        found.discard("failure")  # "skrócenie średniego opóźnienia z 19 do 7 godzin" is a success
    if "impact" in found and not _MEASURED.search(folded):
        found.discard("impact")
        found.add("improvement")
    return frozenset(found)
