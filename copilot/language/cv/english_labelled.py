"""Frames for English "label: content" CV lines: the date a label names, the article a label takes,
a project or client line said as the work done on it, and a list after a label said with "and"."""

from __future__ import annotations

import re

from copilot.language.cv.casing import lower_first
from copilot.language.cv.english import DETERMINERS, indefinite
from copilot.language.cv.english_labels import CLIENT_LABELS
from copilot.language.text import fold
from copilot.language.verbs import is_past_tense, verb_base


def said_date(label: str) -> str:
    label = re.sub(r"\s?(?:-|–)\s?", " to ", label)
    if re.match(r"(?:in|since|from)\s", label, re.I):
        return lower_first(label)
    if " to " in label:
        return "from " + label
    return "in " + label


def the_for(label: str) -> str:
    first = fold(label.split()[0])
    if first in DETERMINERS or (label[:1].isupper() and not label.split()[0].isupper()):
        return ""
    return "the "


def project_line(noun: str, rest: str, present: bool) -> str:
    """ "Project: 5-storey student accommodation, RC frame, £22 million, since 2022" → "since 2022, I've been
    working on a 5-storey student accommodation project, RC frame, £22 million"."""
    dates = re.search(
        r",?\s*(since (?:19|20)\d\d|from (?:19|20)\d\d to (?:19|20)\d\d|in (?:19|20)\d\d)$", rest
    )
    when = dates.group(1) if dates else ""
    rest = rest[: dates.start()] if dates else rest
    head, _, details = rest.partition(", ")
    client = noun in CLIENT_LABELS
    if not client and not re.search(r"(?:project|scheme|contract|programme|job|build)s?$", head, re.I):
        head = f"{head} {noun.rstrip('s')}"
    named = head[:1].isupper() and not head.split()[0].isupper()  # "Project Phoenix", not "NHS ward ..."
    bare = named or fold(head.split()[0]) in DETERMINERS
    thing = f"{'' if bare else indefinite(head) + ' '}{head}" + (f", {details}" if details else "")
    preposition = "with" if client else "on"
    if when.startswith("since") or (not when and present):
        verb = f"I've been working {preposition}" if when else f"I'm working {preposition}"
    else:
        verb = f"I worked {preposition}"
    return f"{when}, {verb} {thing}" if when else f"{verb} {thing}"


def listed(text: str) -> str:
    """ "quantities, as-built surveys, permits" → "quantities, as-built surveys and permits"."""
    head, comma, last = text.rpartition(", ")
    if (
        comma
        and " and " not in last
        and len(last.split()) <= 5
        and not _is_verb(fold(last.split()[0]).strip(","))
    ):
        return f"{head} and {last}"
    return text


def _is_verb(word: str) -> bool:
    return bool(verb_base(word)) or is_past_tense(word)
