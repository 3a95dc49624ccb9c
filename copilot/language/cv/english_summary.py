"""An English CV summary said in the first person: "Backend engineer with 7 years" → "I'm a backend
engineer with 7 years of experience"; "Calm under pressure" → "I'm calm under pressure"."""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import PHRASE_ENDS, expand_shorthand, indefinite
from copilot.language.cv.english_clause import en_clause
from copilot.language.text import fold, word_set
from copilot.language.verbs import is_past_tense, verb_base

_PARTICIPLES = word_set("known recognised recognized trusted praised respected valued noted chosen seen")

_ADJECTIVE_ENDS = (
    "able",
    "ible",
    "ive",
    "ful",
    "ous",
    "driven",
    "oriented",
    "minded",
    "focused",
    "motivated",
)
_ADJECTIVES = word_set(
    "calm passionate curious organised organized experienced skilled keen eager fluent proficient confident "
    "familiar adept comfortable reliable"
)
_LIKES = word_set("like love enjoy care prefer specialise specialize want believe thrive focus")


def _is_adjective(word: str) -> bool:
    return word in _ADJECTIVES or (word.endswith(_ADJECTIVE_ENDS) and len(word) > 5)


def summary_en(text: str) -> str:
    """ "Backend engineer with 7 years of experience..." → "I'm a backend engineer with 7 years ...";
    each further sentence of the summary is said in the first person too."""
    text = expand_shorthand(text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    said = [_summary_sentence(s, index) for index, s in enumerate(sentences)]
    return " ".join(s[:1].upper() + s[1:] for s in said)


def _summary_sentence(text: str, index: int) -> str:
    words = text.split()
    first = fold(words[0]).strip(",") if words else ""
    following = fold(words[1]) if len(words) > 1 else ""
    if first in ("i", "i'm"):
        return text
    if first == "track" and following == "record":
        return "I have a " + lower_first(text)
    if first.endswith("ing") and verb_base(first):
        return "I'm " + lower_first(text)  # "Working towards ICE chartership"
    if first in _PARTICIPLES and following in PHRASE_ENDS:
        return "I'm " + lower_first(text)  # "Known for steady KPI improvement"
    if first == "level" and following[:1].isdigit():
        return "I hold " + text  # "Level 3 food hygiene"
    if _is_adjective(first) and (
        not following or words[0].endswith(",") or following.endswith("ing") or following in PHRASE_ENDS
    ):
        return "I'm " + lower_first(text)
    if first in _LIKES:
        return "I " + lower_first(text)
    if (first, following) in (("before", "that"), ("prior", "to")) or first == "previously":
        lead = (
            "previously" if first == "previously" else " ".join(words[:2] if first == "before" else words[:3])
        )
        rest = " ".join(words[len(lead.split()) :]).strip(", ")
        if rest and not any(verb_base(fold(w)) or is_past_tense(fold(w)) for w in rest.split()[:2]):
            return f"{lead[:1].upper() + lead[1:]}, I worked as {indefinite(rest)} {rest}"
        return text
    if verb_base(first) or is_past_tense(first):
        return en_clause(text, present=True)
    if first[:1].isdigit():
        return "I have " + text
    if index and len(words) < 3:
        return text
    if first in _STATE_WORDS:
        return "I'm " + lower_first(text)  # "Back in the UK after a career break", "Open to relocation"
    return f"I'm {indefinite(text)} {lower_first(text)}"


_STATE_WORDS = word_set("back now currently based open available ready keen eager in on at into passionate")
