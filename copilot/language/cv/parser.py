"""Read a CV pasted as text (or extracted from PDF/DOCX) into a ``CvProfile``.

The reader walks the lines once: the header block (name, headline, contact details), section
headings and "Label: content" lines, role headers with their dates, and the bullets under each
role. Every bullet, summary sentence and achievement becomes a ``Fact`` tagged with themes and
numbers. Contact details, education, certificates and languages are kept apart from work facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from copilot.language.cv.facts import expand_shorthand, gender_of, numbers_in, skills_in
from copilot.language.cv.lines import (
    find_name,
    split_layout,
    unmark,
)
from copilot.language.cv.model import CvProfile, Fact, Role
from copilot.language.cv.reader import Reader
from copilot.language.cv.roles import is_date_only
from copilot.language.cv.settle_roles import settle_roles
from copilot.language.cv.themes import THEMES, themes_of
from copilot.language.cv.wrapped import merge_wrapped
from copilot.language.cv.years import years_of_experience
from copilot.language.text import detect_language, fold, word_set


@lru_cache(maxsize=32)
def parse_cv(text: str) -> CvProfile:
    """Structured facts of a CV (cached: a session asks many questions of one CV)."""
    lines = [unmark(line) for line in text.replace("\t", "    ").splitlines()]
    merged = merge_wrapped(split_layout(lines))
    reader = Reader(find_name(merged))
    for index, line in enumerate(merged):
        reader.feed(line, index)
    reader.finish()
    document_language = language_of(" ".join(raw[0] for raw in reader.raw_facts) or text)
    roles, moved = settle_roles(reader.roles)
    facts: list[Fact] = []
    for text_, kind, role, project in reader.raw_facts:
        text_ = text_.strip(" ;")
        language = line_language(text_, document_language)
        text_ = expand_shorthand(text_, language)
        if len(text_.split()) < 2:
            continue
        if role is not None and role.index not in moved:
            kind, role = "other", None  # a line about a career break: no work done for an employer
        facts.append(
            Fact(
                id=len(facts),
                text=text_,
                kind=kind,
                role=roles[moved[role.index]] if role is not None else None,
                language=language,
                themes=themes_of(text_),
                numbers=numbers_in(text_),
                skills=skills_in(text_, reader.skills),
                project=project,
            )
        )
    return CvProfile(
        name=reader.name,
        headline=reader.headline,
        contact=tuple(reader.contact),
        summary=tuple(reader.summary),
        roles=tuple(roles),
        facts=tuple(facts),
        skills=tuple(reader.skills),
        education=tuple(reader.education),
        languages=tuple(reader.languages),
        years_experience=years_of_experience([*reader.summary, reader.headline], roles),
        language=document_language,
        gender=gender_of([fact.text for fact in facts]),
    )


_EN_MARKERS = word_set(
    "the and of in for with on at by from was were is an as per into using over than you your have has what how why "
    "would could should they their this that"
)
_PL_MARKERS = word_set(
    "w z na oraz dla przez jako od po przy ze sie jest byl byla nad pod ktore ktory ktora czy jak co sa mam masz "
    "pan pani jestem moje moja nie tak juz"
)


def language_of(text: str) -> str:
    """The language of a longer text (a CV, a job ad): Polish letters and function words decide."""
    found = [fold(word) for word in re.findall(r"[\w']+", text)]
    english = sum(word in _EN_MARKERS for word in found)
    polish = sum(word in _PL_MARKERS for word in found) + 2 * len(re.findall(r"[ąćęłńóśźż]", text, re.I))
    if english == polish:
        return detect_language(text)
    return "pl" if polish > english else "en"


def line_language(text: str, document: str) -> str:
    """A CV line's language: the document's, unless the line itself clearly says otherwise."""
    if re.search(r"[ąćęłńóśźż]", text, re.I):
        return "pl"
    found = [fold(word) for word in re.findall(r"[\w']+", text)]
    english = sum(word in _EN_MARKERS for word in found)
    polish = sum(word in _PL_MARKERS for word in found)
    if english >= 2 and english > polish:
        return "en"
    if polish >= 2 and polish > english:
        return "pl"
    return document


__all__ = ["THEMES", "CvProfile", "Fact", "Role", "is_date_only", "language_of", "numbers_in", "parse_cv"]
