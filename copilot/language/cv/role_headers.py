"""The role headers of the CV reader: a date line opening a role, the lines above or below that complete
its title and employer, and roles without dates. A part of ``reader.Reader``, which holds the state."""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.language.cv.lines import has_letters, is_education_line
from copilot.language.cv.model import Role
from copilot.language.cv.roles import (
    Header,
    capitalised,
    complete_from_above,
    employer_of,
    employer_score,
    ends_sentence,
    find_range,
    header_and_content,
    header_shaped,
    is_internship,
    parse_header,
    split_header,
    title_now,
    title_over_employer,
    title_score,
)


class RoleHeaders:
    """The role-header half of the reader (its state lives in ``Reader.__init__``)."""

    def _add_role(self, title: str, employer: str, header: Header | None, internship: bool = False) -> None:
        title, employer = title.strip(" ,;:-–—|*#_"), employer.strip(" ,;:-–—|*#_")
        title, employer = (part if has_letters(part) else "" for part in (title, employer))
        if employer.islower():  # "the ivy", "kiwi.com" in a CV typed all in lowercase
            employer = " ".join(word[:1].upper() + word[1:] for word in employer.split())
        role = Role(
            title=title,
            employer=employer,
            start=header.start if header else "",
            end=header.end if header else "",
            current=bool(header and header.current),
            start_year=header.start_year if header else None,
            end_year=header.end_year if header else None,
            index=len(self.roles),
            internship=internship or bool(header and header.internship) or is_internship(title),
        )
        self.roles.append(role)
        self.role, self.project = role, ""
        self.fresh, self.studying = True, False
        if employer and employer != self.group_employer:
            self.group_employer = ""

    def _set_role(self, **changes) -> None:
        self.roles[-1] = self.role = replace(self.roles[-1], **changes)

    def _date_line(self, line: str, *, single: bool = False) -> bool:
        """A line holding a date range: a role header, alone or completing the lines before it."""
        if find_range(line) is None:
            return False
        header_text, content = header_and_content(line)
        header = parse_header(header_text, single=single)
        if header is None or not header_shaped(header_text):
            return False
        if is_education_line(header_text):
            self._stray_education(line)
            return True
        self._dated_role(header)
        if content:
            self._fact(content)
            self.fresh = False
        return True

    def _stray_education(self, line: str) -> None:
        """A degree among the jobs ("2016–2021 PhD Candidate, University of Warsaw"): its bullets
        are education too, not the previous job's."""
        self._flush_pending()
        self.education.append(line)
        self.role, self.studying = None, True

    def _dated_role(self, header: Header) -> None:
        title, employer, internship = header.title, header.employer, header.internship
        if not title and not employer and (stacked := title_over_employer(self.pending)) is not None:
            (title, employer), self.pending = stacked, []
        if self.pending:
            joined = " | ".join(self.pending)
            completed = complete_from_above(title, employer, joined)
            if completed is not None:
                title, employer = completed
                internship = internship or is_internship(joined)
                self.pending = []
        elif not title and not employer and self.last_plain is not None:
            # "Staff Nurse (Band 5) – Leeds Teaching Hospitals, Ward 24" then "August 2019 – present":
            # the long line above was a header after all.
            text, count = self.last_plain
            del self.raw_facts[count:]
            if self.summary and self.summary[-1] == text:
                self.summary.pop()
            title, employer = split_header(text)
            internship = internship or is_internship(text)
            self.last_plain = None
        elif not title and not employer and self.role and not self.role.start:
            # Dates on their own line under a header that had none.
            previous = self.roles.pop()
            self._add_role(previous.title, previous.employer, header, previous.internship)
            return
        self._flush_pending()
        if title and not employer and self.group_employer:
            employer = self.group_employer
        self._add_role(title, employer, header, internship)
        self.awaiting_header = not title and not employer

    def _complete_role(self, line: str, bullet: bool) -> bool:
        """The line after a header fills in what it lacked: the employer under "Nurse 2019–2021"
        (Europass), the title under "Kiwi.com brno 2020-now" (" > sre / devops engineer")."""
        role = self.role
        if not self.fresh or role is None or not (role.title or role.employer):
            return False
        if len(line.split()) > 8 or ends_sentence(line) or re.search(r"\d{2,}", line) or bullet:
            return False
        title, employer = split_header(line)
        if role.title and role.employer:
            if title_score(role.title) or not title_score(line):
                return False
            # "Departament Wdrażania RPO" was taken for the title; "Starszy inspektor, wcześniej …" is it
            self._set_role(title=title_now(title or line))
        elif not role.title:
            if not title or (not title_score(title) and not _TITLE_LIKE.match(line)):
                return False
            self._set_role(title=title_now(title), internship=role.internship or is_internship(line))
            if not title_score(title):
                return True  # "Podinspektor": a title the lexicon lacks, which a later line may still replace
        else:
            employer = employer_of(line) if not title_score(line) else employer or title
            if (
                bullet
                or not employer
                or title_score(employer)
                or not (employer_score(employer) or capitalised(employer))
            ):
                return False
            self._set_role(employer=employer)
        self.fresh = False
        return True

    def _undated_role(self) -> bool:
        """Short lines then bullets, no dates anywhere: "Barista — Costa Coffee" is a header."""
        joined = " | ".join(self.pending)
        if self.section != "experience" or any(
            len(line.split()) > 8 or not line[:1].isupper() for line in self.pending
        ):
            return False
        title, employer = split_header(joined)
        if not (title_score(title) or employer_score(employer) or employer_score(title)):
            return False  # "Night shifts on the packing line, line clearance" describes the job above
        self.pending = []
        self._add_role(title, employer, None, is_internship(joined))
        return True

    def _flush_pending(self) -> None:
        pending, self.pending = self.pending, []
        for line in pending:
            self._fact(line)


# A short capitalised line under an employer and its dates: a title in words the lexicon lacks.
_TITLE_LIKE = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ][\w./ -]{2,40}$")
