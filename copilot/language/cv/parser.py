"""Read a CV pasted as text (or extracted from PDF/DOCX) into a ``CvProfile``.

The reader walks the lines once: the header block (name, headline, contact details), section
headings, role headers with their dates, and the bullets under each role. Every bullet, summary
sentence and achievement becomes a ``Fact`` tagged with themes and numbers. Contact details are
recognised and kept apart so no answer ever reads them out.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from copilot.language.cv.lexicon import CONSENT_MARKERS, HEADINGS, THEMES
from copilot.language.cv.model import CvProfile, Fact, Role
from copilot.language.cv.roles import find_range, is_date_only, parse_header, split_header
from copilot.language.cv.themes import themes_of
from copilot.language.text import detect_language, fold, word_set

_BULLET = re.compile(r"^\s*(?:[•●▪■◦‣∙·*➢►▶✓✔→\-–—>]+|\(?\d{1,2}[.)](?!\d))\s*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL = re.compile(r"https?://\S+|www\.\S+|\b(?:linkedin|github|gitlab|behance|dribbble)\.com/\S*", re.I)
_PHONE = re.compile(r"(?<!\d)(?:\+\d{1,3}[\s-]?)?(?:\(?\d{2,4}\)?[\s-]?){2,4}\d{2,4}(?!\d)")
_CONTACT_WORDS = re.compile(
    r"^(?:e-?mail|tel|tel\.|phone|mobile|telefon|adres|address|linkedin|github|www|portfolio|"
    r"date of birth|data urodzenia|born|urodzon[ay]|nationality|obywatelstwo)\b",
    re.I,
)
_POSTCODE = re.compile(r"\b\d{2}-\d{3}\b|\bul\.\s|\bstreet\b|\bst\.\s*\d", re.I)
_NUMBER = re.compile(
    r"(?<![\w])(?:[$€£]\s?)?\d[\d\s,.]*(?:\s?(?:%|x|k|m|mln|tys|bn|pln|zł|eur|usd|ms|h)\b|%)?", re.I
)
_YEARS_EXPERIENCE = re.compile(
    r"(\d{1,2})\+?\s*-?\s*(?:years?|yrs?|year|letni\w*|lat(?:a)?)\s*(?:of\s+)?(?:experience|doswiadczen|w\b|of\b)?",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ0-9„\"(])")
_LEVEL = re.compile(
    r"^\s*(?:advanced|basic|basics|intermediate|expert|proficient|fluent|native|beginner|good|very good|"
    r"podstaw\w*|zaawansowan\w*|sredni\w*|dobr\w*|bardzo dobr\w*|ojczysty|[abc][12])\s*$",
    re.IGNORECASE,
)
_SKILL_SPLIT = re.compile(r"\s*(?:[,;|•·/]|\s-\s|\s–\s)\s*")
_LABEL = re.compile(r"^([A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż &/]{2,30}):\s+")
_FIRST_PERSON_PAST = re.compile(r"^\w+(l|ł)(em|am)\b", re.I)


def _clean(line: str) -> str:
    return re.sub(r"\s+", " ", line.replace("\u00a0", " ")).strip()


def _heading(line: str) -> str | None:
    bare = fold(line).strip(" :#*=_-–—|•").strip()
    bare = re.sub(r"\s+", " ", bare)
    if not bare or len(bare) > 45:
        return None
    return HEADINGS.get(bare)


def _is_contact(line: str) -> bool:
    if _EMAIL.search(line) or _URL.search(line) or _CONTACT_WORDS.match(line.strip()):
        return True
    digits = sum(c.isdigit() for c in line)
    if _PHONE.search(line) and digits >= 9 and digits / max(1, len(line.replace(" ", ""))) > 0.4:
        return True
    return bool(_POSTCODE.search(line)) and len(line.split()) <= 8


def _is_consent(line: str) -> bool:
    folded = fold(line)
    return any(marker in folded for marker in CONSENT_MARKERS)


def _looks_like_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and re.sub(r"[-'’.]", "", w).isalpha() for w in words
    )  # "Jan Kowalski", "MARCUS O'NEILL", "Anna-Maria Nowak"


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


def _line_language(text: str, document: str) -> str:
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


def numbers_in(text: str) -> tuple[str, ...]:
    found = []
    for match in _NUMBER.finditer(text):
        value = match.group().strip(" ,.")
        if re.fullmatch(r"(?:19|20)\d{2}", value):
            continue  # a year is a date, not a result
        if any(c.isdigit() for c in value):
            found.append(value)
    return tuple(found)


def _split_long(text: str) -> list[str]:
    """Long paragraphs become sentences; bullets joined by semicolons stay one fact per clause."""
    parts = [text] if len(text) <= 220 else _SENTENCE_END.split(text)
    return [part.strip() for part in parts if len(part.strip()) > 2]


class _Reader:
    def __init__(self, skills_hint: tuple[str, ...] = ()) -> None:
        self.section = "header"
        self.name = ""
        self.headline = ""
        self.contact: list[str] = []
        self.summary: list[str] = []
        self.roles: list[Role] = []
        self.role: Role | None = None
        self.pending: str | None = None  # a short line that may be the first half of a role header
        self.awaiting_header = False  # a date line opened a role whose title and employer come next
        self.last_plain: tuple[str, int] | None = (
            None  # the previous line, when it was plain text kept as a fact
        )
        self.raw_facts: list[tuple[str, str, Role | None]] = []
        self.skills: list[str] = []
        self.education: list[str] = []
        self.languages: list[str] = []

    # -- roles ------------------------------------------------------------------------------
    def _add_role(self, title: str, employer: str, header) -> None:
        role = Role(
            title=title.strip(" ,;:-–—|"),
            employer=employer.strip(" ,;:-–—|"),
            start=header.start if header else "",
            end=header.end if header else "",
            current=bool(header and header.current),
            start_year=header.start_year if header else None,
            end_year=header.end_year if header else None,
            index=len(self.roles),
        )
        self.roles.append(role)
        self.role = role

    def _date_line(self, line: str) -> bool:
        """A line holding a date range: a role header, alone or completing the line before it."""
        if parse_header(line) is None:
            return False
        line, content = _header_and_content(line)
        header = parse_header(line)
        if header is None:
            return False
        if content:
            self._dated_role(header)
            self._fact(content)
            return True
        return self._dated_role(header)

    def _dated_role(self, header) -> bool:
        title, employer = header.title, header.employer
        if self.pending and (not title or not employer):
            pending_title, pending_employer = split_header(self.pending)
            if not title:
                title, employer = pending_title or employer, employer or pending_employer
            elif not employer:
                if pending_title and not pending_employer:
                    # "Allegro | 2020-2024" under "Senior Engineer": the dated part is the employer
                    title, employer = pending_title, title
                else:
                    employer = pending_employer or pending_title
            self.pending = None
        elif self.pending is None and not title and not employer and self.last_plain is not None:
            # "Staff Nurse (Band 5) – Leeds Teaching Hospitals, Ward 24" then "August 2019 – present":
            # the long line above was a header after all.
            text, count = self.last_plain
            del self.raw_facts[count:]
            if self.summary and self.summary[-1] == text:
                self.summary.pop()
            title, employer = split_header(text)
            self.last_plain = None
        elif self.pending is None and not title and not employer and self.role and not self.role.start:
            # Dates on their own line under a header that had none.
            previous = self.roles.pop()
            self._add_role(previous.title, previous.employer, header)
            return True
        if self.pending:
            self._flush_pending()
        self._add_role(title, employer, header)
        self.awaiting_header = not title and not employer
        return True

    def _flush_pending(self) -> None:
        if self.pending:
            self._fact(self.pending)
            self.pending = None

    # -- content ----------------------------------------------------------------------------
    def _fact(self, text: str) -> None:
        section = self.section
        if section in (
            "experience",
            "projects",
            "header",
            "summary",
            "achievements",
            "other",
            "certificates",
        ):
            kind = {
                "experience": "work",
                "projects": "project",
                "header": "summary",
                "summary": "summary",
                "achievements": "achievement",
                "certificates": "certificate",
                "other": "other",
            }[section]
            if kind == "summary":
                self.summary.append(text)
            parts = _SENTENCE_END.split(text) if kind == "summary" else _split_long(text)
            for part in parts:
                role = self.role if kind in ("work", "project") else None
                self.raw_facts.append((part, kind, role))

    def _skills(self, line: str) -> None:
        line = _LABEL.sub("", line)
        # "PostgreSQL (advanced)" names a level; "Python (pandas, scikit-learn)" names more tools.
        line = re.sub(
            r"\s*\(([^()]*)\)",
            lambda m: "" if _LEVEL.search(m.group(1)) else ", " + m.group(1),
            line,
        )
        for item in _SKILL_SPLIT.split(line):
            item = item.strip(" .()")
            if (
                1 <= len(item) <= 40
                and len(item.split()) <= 4
                and item.lower() not in map(str.lower, self.skills)
            ):
                self.skills.append(item)

    def feed(self, raw: str) -> None:
        previous_plain = self.last_plain
        self.last_plain = None
        self._feed(raw, previous_plain)

    def _feed(self, raw: str, previous_plain: tuple[str, int] | None) -> None:
        bullet = bool(_BULLET.match(raw)) and parse_header(_BULLET.sub("", raw)) is None
        line = _clean(_BULLET.sub("", raw) if _BULLET.match(raw) else raw)
        if not line:
            self._flush_pending()
            return
        if _is_consent(line):
            return
        heading = _heading(line)
        if heading is not None:
            self._flush_pending()
            self.section, self.role = heading, None
            return
        if _is_contact(line):
            self.contact.append(line)
            return
        if self.section == "header":
            self._header_line(line, bullet)
            return
        if self.section == "skills":
            self._skills(line)
            return
        if self.section == "languages":
            self.languages.append(line)
            return
        if self.section == "education":
            self.education.append(line)
            if len(line.split()) > 8:
                self.raw_facts.append((line, "education", None))
            return
        if self.section in ("experience", "projects") and not bullet:
            self.last_plain = previous_plain
            if self._date_line(line):
                self.last_plain = None
                return
            self.last_plain = None
            if self.awaiting_header and self.role is not None and len(line.split()) <= 14:
                title, employer = split_header(line)
                previous = self.roles.pop()
                self._add_role(title, employer, None)
                self.roles[-1] = self.role = _dated(self.role, previous)
                self.awaiting_header = False
                return
            if self._maybe_header_start(line):
                return
        self.awaiting_header = False
        self._flush_pending()
        count = len(self.raw_facts)
        self._fact(line)
        self.last_plain = (
            (line, count) if not bullet and len(line) <= 160 and not line.endswith(".") else None
        )

    def _maybe_header_start(self, line: str) -> bool:
        """A short line without a sentence end may be "Title" or "Employer" of a header to come."""
        if len(line.split()) <= 9 and not line.endswith((".", "!", "?")) and not re.search(r"\d{2,}", line):
            self._flush_pending()
            self.pending = line
            return True
        return False

    def _header_line(self, line: str, bullet: bool) -> None:
        first, comma, rest = line.partition(", ")
        if comma and not self.name and _looks_like_name(first) and len(rest.split()) <= 6:
            self.name, self.headline = first, rest.strip(" .|")  # "Anna Nowak, senior Python developer."
        elif not self.name and _looks_like_name(line) and not self.headline:
            self.name = line
        elif not self.headline and not bullet and len(line.split()) <= 8 and not line.endswith("."):
            self.headline = line.strip(" |")
        elif find_range(line) and len(line) < 120:
            # A CV without an "Experience" heading: role headers straight after the header block.
            self.section = "experience"
            self._date_line(line)
        else:
            self._fact(line)

    def finish(self) -> None:
        self._flush_pending()


_CONTENT_START = re.compile(
    r",\s+(?=(?:where|in which|gdzie|w kt[oó]rej|w kt[oó]rym)\b|[a-z]+ing\b)|:\s+(?=\S+(?:\s+\S+){5})"
)


def _header_and_content(line: str) -> tuple[str, str]:
    """ "2019-2024: engineer at Allegro, where I built Kafka pipelines" → the header and "I built ..."."""
    match = find_range(line)
    tail_start = match.end() if match and match.start() < 3 else 0
    found = _CONTENT_START.search(line, tail_start + 1)
    if not found:
        return line, ""
    content = re.sub(
        r"^(?:where|in which|gdzie|w kt[oó]rej|w kt[oó]rym)\s+", "", line[found.end() :], flags=re.I
    )
    return line[: found.start()], content.strip()


def _dated(role: Role, dates: Role) -> Role:
    from dataclasses import replace

    return replace(
        role,
        start=dates.start,
        end=dates.end,
        current=dates.current,
        start_year=dates.start_year,
        end_year=dates.end_year,
        index=dates.index,
    )


def _years_experience(summary: list[str], roles: list[Role]) -> int | None:
    for sentence in summary:
        match = _YEARS_EXPERIENCE.search(sentence)
        if match and 0 < int(match.group(1)) < 50:
            return int(match.group(1))
    starts = [role.start_year for role in roles if role.start_year]
    if not starts:
        return None
    ends = [role.end_year or (date.today().year if role.current else None) for role in roles]
    last = max([year for year in ends if year] + starts)
    return max(1, last - min(starts)) if last >= min(starts) else None


def _gender(lines: list[str]) -> str | None:
    counts = Counter()
    for line in lines:
        for word in re.findall(r"\w+", line)[:1]:  # the verb a bullet opens with, not nouns like "działem"
            folded = fold(word)
            if re.fullmatch(r"\w{3,}lem", folded):
                counts["m"] += 1
            elif re.fullmatch(r"\w{3,}lam", folded):
                counts["f"] += 1
    if not counts:
        return None
    (best, count), *rest = counts.most_common()
    return best if not rest or count > rest[0][1] else None


def _skills_in(text: str, skills: list[str]) -> tuple[str, ...]:
    folded = fold(text)
    found = []
    for skill in skills:
        key = fold(skill)
        if len(key) >= 2 and re.search(rf"(?<![\w+#]){re.escape(key)}(?![\w+#])", folded):
            found.append(skill)
    return tuple(found)


@lru_cache(maxsize=32)
def parse_cv(text: str) -> CvProfile:
    """Structured facts of a CV (cached: a session asks many questions of one CV)."""
    reader = _Reader()
    merged = _merge_wrapped(text.splitlines())
    for line in merged:
        reader.feed(line)
    reader.finish()
    document_language = language_of(" ".join(text_ for text_, _, _ in reader.raw_facts) or text)
    facts: list[Fact] = []
    for text_, kind, role in reader.raw_facts:
        text_ = text_.strip(" ;")
        if len(text_.split()) < 2:
            continue
        facts.append(
            Fact(
                id=len(facts),
                text=text_,
                kind=kind,
                role=role,
                language=_line_language(text_, document_language),
                themes=themes_of(text_),
                numbers=numbers_in(text_),
                skills=_skills_in(text_, reader.skills),
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
        years_experience=_years_experience(reader.summary, reader.roles),
        language=document_language,
        gender=_gender([fact.text for fact in facts]),
    )


def _merge_wrapped(lines: list[str]) -> list[str]:
    """Rejoin lines a PDF copy broke mid-sentence (the next line starts lowercase, the last had no end)."""
    merged: list[str] = []
    previous_bullet = False
    for raw in lines:
        stripped = raw.strip()
        indented_continuation = (
            previous_bullet
            and merged
            and stripped
            and raw[:1].isspace()
            and not _BULLET.match(raw)
            and not find_range(stripped)
        )
        if indented_continuation:
            if stripped[0].islower() or stripped[0] in "(—–-":
                merged[-1] = merged[-1].rstrip() + " " + stripped
            else:
                merged[-1] = merged[-1].rstrip().rstrip(".") + ", " + stripped[:1].lower() + stripped[1:]
            continue
        previous_bullet = bool(_BULLET.match(raw)) if stripped else False
        if (
            merged
            and stripped
            and merged[-1].strip()
            and stripped[0].islower()
            and not _BULLET.match(raw)
            and not merged[-1].rstrip().endswith((".", "!", "?", ":"))
            and not _is_contact(stripped)
        ):
            merged[-1] = merged[-1].rstrip() + " " + stripped
        else:
            merged.append(raw)
    return merged


__all__ = ["THEMES", "CvProfile", "Fact", "Role", "is_date_only", "language_of", "numbers_in", "parse_cv"]
