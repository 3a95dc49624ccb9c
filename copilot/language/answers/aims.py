"""What the candidate's own CV says they want next ("Looking to move into a systems administrator role",
"Szukam stanowiska kierownika zmiany…"), said in the first person: the truest answer to "why are you
leaving?" and "where do you see yourself?"."""

from __future__ import annotations

import re

from copilot.language.cv import CvProfile

_EN = re.compile(
    r"\b(?:(?:i'?m |i am )?(?:looking|keen|aiming|hoping|eager|ready) to|seeking (?:a|an|to)|"
    r"my (?:goal|aim|ambition) is|i want to|i'?d like to)\b",
    re.IGNORECASE,
)
_PL = re.compile(
    r"\b(?:szukam|poszukuj[eę]|chc[eę]|chciał(?:bym|abym)|planuj[eę]|moim celem|zależy mi na)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 28


def stated_aim(profile: CvProfile, language: str) -> str:
    """The summary's sentence about the next step, as a first-person sentence ("" when the CV has none)."""
    for fact in profile.facts:
        if fact.kind != "summary" or fact.language != language:
            continue
        text = fact.text.strip().rstrip(".")
        found = (_EN if language == "en" else _PL).search(text)
        if found is None or len(text[found.start() :].split()) > _MAX_WORDS:
            continue
        aim = text[found.start() :]
        if language == "en" and re.match(r"(?:looking|keen|aiming|hoping|eager|ready|seeking)\b", aim, re.I):
            # "Looking to move into …" → "I'm looking to move into …"
            aim = "I'm " + aim[:1].lower() + aim[1:]
        return aim[:1].upper() + aim[1:] + "."
    return ""
