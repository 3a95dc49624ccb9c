"""Read a CV pasted as text (or extracted from PDF/DOCX) into a ``CvProfile``.

The reader walks the lines once: the header block (name, headline, contact details), section
headings and "Label: content" lines, role headers with their dates, and the bullets under each
role. Every bullet, summary sentence and achievement becomes a ``Fact`` tagged with themes and
numbers. Contact details, education, certificates and languages are kept apart from work facts.
"""

from __future__ import annotations

from functools import lru_cache

from copilot.language.cv.facts import expand_shorthand, gender_of, numbers_in, skills_in
from copilot.language.cv.lines import find_name, language_of, line_language, merge_wrapped, split_layout
from copilot.language.cv.model import CvProfile, Fact, Role
from copilot.language.cv.reader import Reader
from copilot.language.cv.roles import is_date_only
from copilot.language.cv.themes import THEMES, themes_of
from copilot.language.cv.years import years_of_experience


@lru_cache(maxsize=32)
def parse_cv(text: str) -> CvProfile:
    """Structured facts of a CV (cached: a session asks many questions of one CV)."""
    merged = merge_wrapped(split_layout(text.replace("\t", "    ").splitlines()))
    reader = Reader(find_name(merged))
    for index, line in enumerate(merged):
        reader.feed(line, index)
    reader.finish()
    document_language = language_of(" ".join(text_ for text_, _, _ in reader.raw_facts) or text)
    facts: list[Fact] = []
    for text_, kind, role in reader.raw_facts:
        text_ = expand_shorthand(text_.strip(" ;"))
        if len(text_.split()) < 2:
            continue
        facts.append(
            Fact(
                id=len(facts),
                text=text_,
                kind=kind,
                role=reader.roles[role.index] if role is not None else None,
                language=line_language(text_, document_language),
                themes=themes_of(text_),
                numbers=numbers_in(text_),
                skills=skills_in(text_, reader.skills),
            )
        )
    return CvProfile(
        name=reader.name,
        headline=reader.headline,
        contact=tuple(reader.contact),
        summary=tuple(reader.summary),
        roles=tuple(reader.roles),
        facts=tuple(facts),
        skills=tuple(reader.skills),
        education=tuple(reader.education),
        languages=tuple(reader.languages),
        years_experience=years_of_experience([*reader.summary, reader.headline], reader.roles),
        language=document_language,
        gender=gender_of([fact.text for fact in facts]),
    )


__all__ = ["THEMES", "CvProfile", "Fact", "Role", "is_date_only", "language_of", "numbers_in", "parse_cv"]
