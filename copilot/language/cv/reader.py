"""The line walker of the CV reader: one pass over the lines, keeping track of the section, the role
being read and lines that may still turn out to be a header. It knows the header block, section
headings, "Label: content" lines, role headers in their many shapes (dated, undated, split over lines,
written as a form) and the bullets under each role; ``parser.parse_cv`` makes a ``CvProfile`` of it.
"""

from __future__ import annotations

import re

from copilot.language.cv.credentials import is_credential_line, split_registry
from copilot.language.cv.facts import is_tool_list, skill_items
from copilot.language.cv.lines import (
    BULLET,
    NameLine,
    clean,
    has_letters,
    heading,
    is_consent,
    is_contact,
    is_education_line,
    is_language_line,
    is_location_line,
    is_place_line,
    is_postnominal,
    labelled,
)
from copilot.language.cv.model import Role
from copilot.language.cv.role_headers import RoleHeaders
from copilot.language.cv.roles import (
    FIELD,
    PERIOD_AFTER,
    PROJECT,
    SUBHEADING,
    dated_remark,
    employer_of,
    employer_score,
    ends_sentence,
    find_range,
    header_shaped,
    is_duration,
    is_internship,
    parse_header,
    role_line,
    split_header,
    title_now,
    title_score,
)
from copilot.language.text import fold, sentences

_GENERIC_LABELS = {"other", "others", "inne", "additional", "misc"}
# A registration held since a year, under the name: "RCVS Registered Veterinary Nurse since 2018".
_HELD_SINCE = re.compile(r"^[^|–—@,]{3,60}\s(?:since|od)\s(?:19|20)\d{2}(?:\s?r\.)?\.?$", re.IGNORECASE)
_FACT_KINDS = {
    "experience": "work",
    "projects": "project",
    "header": "summary",
    "summary": "summary",
    "achievements": "achievement",
    "certificates": "certificate",
    "other": "other",
}
_A_DEGREE = re.compile(
    r"(?i)studi|licencja|magist|\bmgr\b|bachelor|master|\b[BM]\.?(?:A|Sc|Ed|Eng)\b|ph\.?d|\bmba\b|diplom|absolw|matur"
)
_CERTIFICATE = re.compile(
    r"(?i:certif|licen[cs]|course|kurs|szkoleni|uprawnieni|award|training)|\b[A-Z]{3,}\b.*\((?:19|20)\d{2}\)"
)


def _split_long(text: str) -> list[str]:
    """Long paragraphs become sentences; bullets joined by semicolons stay one fact per clause."""
    parts = [text] if len(text) <= 220 else sentences(text)
    return [part.strip() for part in parts if len(part.strip()) > 2]


class Reader(RoleHeaders):
    def __init__(self, name_line: NameLine | None) -> None:
        self.name_line = name_line
        self.section = "header"
        self.name = ""
        self.headline = ""
        self.contact: list[str] = []
        self.summary: list[str] = []
        self.roles: list[Role] = []
        self.role: Role | None = None
        self.fresh = False  # the role was opened by the line before: the next line may complete it
        self.pending: list[str] = []  # short lines that may be the title and employer of a header to come
        self.group_employer = ""  # LinkedIn: "Spotify" and its tenure, then several titles held there
        self.awaiting_header = False  # a date line opened a role whose title and employer come next
        self.studying = False  # an education entry stood among the jobs: what follows is about it
        self.last_plain: tuple[str, int] | None = None  # the previous line, when plain text kept as a fact
        self.raw_facts: list[tuple[str, str, Role | None, str]] = []  # text, kind, role, project
        self.project = ""  # "Project: 5-storey student accommodation": the lines below belong to it
        self.skills, self.education, self.languages = [], [], []  # type: list[str], list[str], list[str]

    # -- content ----------------------------------------------------------------------------
    def _fact(self, text: str) -> None:
        kind = _FACT_KINDS.get(self.section)
        if kind is None:
            return
        if kind == "work" and self.studying:
            kind = "education"
        if kind == "summary":
            self.summary.append(text)
        parts = sentences(text) if kind == "summary" else _split_long(text)
        for part in parts:
            role = self.role if kind in ("work", "project") else None
            self.raw_facts.append((part, kind, role, self.project if role is not None else ""))

    def _skills(self, line: str) -> None:
        if is_language_line(line):
            self.languages.append(line)
            return
        for item in skill_items(line):
            if is_language_line(item):
                self.languages.append(item)
            elif item.lower() not in map(str.lower, self.skills):
                self.skills.append(item)

    def _education(self, line: str) -> None:
        if is_language_line(line):
            self.languages.append(line)
            return
        self.education.append(line)
        if len(line.split()) > 8:
            self.raw_facts.append((line, "education", None, ""))
        elif not is_education_line(line) and _CERTIFICATE.search(line):
            # "IOSH Managing Safely (2019)" under "Education & Certificates": a certificate all the same
            self.raw_facts.append((line, "certificate", None, ""))

    def feed(self, raw: str, index: int) -> None:
        if self.name_line is not None and index == self.name_line.index:
            self._name(self.name_line, labelled(raw))
            return
        previous_plain = self.last_plain
        self.last_plain = None
        self._feed(raw, previous_plain)

    def _name(self, found: NameLine, label: tuple[str, str, str] | None) -> None:
        self._flush_pending()
        # "PERSONAL INFORMATION    Magdalena Kaczmarek": contact details follow, not a headline
        self.name, self.role = found.name, None
        self.section = "contact" if label is not None and label[0] == "contact" else "header"
        rest = found.rest
        if rest and is_contact(rest):
            self.contact.append(rest)
        elif rest and not is_postnominal(rest) and len(rest.split()) <= 8 and has_letters(rest):
            self.headline = rest

    def _feed(self, raw: str, previous_plain: tuple[str, int] | None) -> None:
        marked = bool(BULLET.match(raw))
        line = clean(BULLET.sub("", raw) if marked else raw)
        if not line:
            self._flush_pending()
            return
        if is_consent(line):
            return
        if self.section == "experience" and self.role and SUBHEADING.match(fold(line).strip(" •-*")):
            return  # "Key achievements:" under a job: the bullets below are still that job's
        section = heading(line)
        if section is not None:
            self._flush_pending()
            if section != "ignore":
                self.section, self.role, self.fresh, self.studying = section, None, False, False
            return
        project = PROJECT.match(line) if self.section == "experience" else None
        if project is not None and (self.role or self.pending):
            if self.pending and not self._undated_role():  # "Site Engineer — Halcrow" then "Project: …"
                self._flush_pending()
            if self.role is not None:
                self.project = PERIOD_AFTER.sub("", project.group("value")).strip(" ,;-–—")
                return
        field = FIELD.match(line) if self.section == "experience" else None
        if field is not None:
            self._field(field)
            return
        label = labelled(raw)
        if label is not None:
            self._labelled(*label)
            return
        if is_contact(line):
            self._contact(line)
            return
        header = parse_header(line)
        # "• Barista – Costa Coffee, 2019–2021" heads a role; "• Mentor – supported 11 students since 2022" is a bullet
        said = bool(re.search(r"\s[–—-]\s+[a-ząćęłńóśźż]", line)) or dated_remark(line)
        bullet = marked and not (header and header_shaped(line, strict=True) and not said)
        self._dispatch(line, bullet, previous_plain)

    def _dispatch(self, line: str, bullet: bool, previous_plain: tuple[str, int] | None = None) -> None:
        section = self.section
        if section == "contact":
            self.contact.append(line)
        elif section == "header":
            self._header_line(line, bullet)
        elif section == "skills":
            self._skills(line)
        elif section == "languages":
            self.languages.append(line)
        elif section == "education":
            self._education(line)
        elif section in ("experience", "projects"):
            self._experience(line, bullet, previous_plain)
        elif section != "summary" and is_language_line(line):
            self.languages.append(line)
        elif section == "certificates" and is_tool_list(line):
            self._skills(line)
        elif section == "summary" and not bullet and role_line(line):
            # "Account Executive | RouteMatrix | 2020 - 2023" after the profile: the roles begin unannounced
            self.section = "experience"
            self._experience(line, bullet, previous_plain)
        else:
            self._plain(line, bullet)

    def _field(self, field: re.Match[str]) -> None:
        """ "Nazwa pracodawcy: Lidl", "Stanowisko: Kierownik sklepu", "Okres: 2014 – 2017": a role as a form."""
        value = field.group("value").strip()
        if field.group("period"):
            self._experience(value, False, None)
            return
        part = "employer" if field.group("employer") else "title"
        role = self.role
        if role is not None and (self.fresh or self.awaiting_header) and not getattr(role, part):
            self._set_role(**{part: value})
            self.awaiting_header = False
            return
        self._flush_pending()
        self._add_role(value if part == "title" else "", value if part == "employer" else "", None)

    def _labelled(self, section: str, content: str, label: str) -> None:
        """ "Skills: ...", "certs: ...": a one-line section; under a job the reader then returns to it."""
        if section == "ignore":
            return  # "Job applied for   Staff Nurse", "Business or sector   Health"
        if self.section == "skills" and (section == "skills" or fold(label).strip() in _GENERIC_LABELS):
            self._skills(content)  # "Other: Amplitude, Mixpanel" inside a skills list
            return
        self._flush_pending()
        back = (self.section, self.role) if self.section in ("experience", "projects") and self.role else None
        self.section, self.fresh = section, False
        if section not in ("experience", "projects"):
            self.role = None
        self._dispatch(content, False)
        if back is not None:
            self.section, self.role = back

    def _contact(self, line: str) -> None:
        self.contact.append(line)
        if self.section == "header" and not self.headline:
            # "Data Scientist · Manchester, UK · priya@example.com": the headline shares the line
            first = re.split(r"\s*[·|•]\s*|\s{2,}", line, maxsplit=1)[0]
            if first != line and title_score(first) and not is_contact(first) and len(first.split()) <= 6:
                self.headline = first

    def _experience(self, line: str, bullet: bool, previous_plain: tuple[str, int] | None) -> None:
        if self.role is not None and re.fullmatch(r"\([^()]*\)", line):
            return  # "(UKAS accredited lab – food supplements)" under a header describes the employer
        if is_duration(line):
            if len(self.pending) == 1 and not title_score(self.pending[0]):
                self.group_employer = self.pending.pop()  # "Spotify" / "3 years 2 months"
            return
        if is_location_line(line):
            return
        if is_language_line(line):
            self.languages.append(line)
            return
        if self._complete_role(line, bullet):
            return
        if not bullet:
            if self.awaiting_header and self.role is not None:
                line = title_now(line)
            self.last_plain = previous_plain
            if self._date_line(line, single=self.section == "experience"):
                self.last_plain = None
                return
            self.last_plain = None
            if is_education_line(line) and not (self.awaiting_header and not _A_DEGREE.search(line)):
                self._stray_education(line)  # under a job's dates, "V Liceum im. A. Zamoyskiego" employs
                return
            if self.awaiting_header == "employer":  # the title came first: a short line may employ
                self.awaiting_header = False
                if (
                    len(line.split()) <= 8
                    and not title_score(line)
                    and line[:1].isupper()
                    and not ends_sentence(line)
                ):
                    self._set_role(employer=employer_of(line))  # "Meble Rogalski S.A., Swarzędz"
                    return
            elif self.awaiting_header and self.role is not None and len(line.split()) <= 14:
                title, employer = split_header(line)
                if not self.role.employer and not self.role.title and not title_score(line):
                    # "Vortex Sp. z o.o., Gądki", "Gabinet dr n. med. Anny Sikory, Wrocław" under the dates:
                    # the employer; the title comes next
                    self._set_role(employer=employer_of(line))
                    return
                if self.role.employer and not title_score(line) and employer_score(line) + ("," in line) > 0:
                    # "Podinspektor" then "Urząd Miasta Rzeszowa, Rzeszów": the first line was the title
                    title, employer = self.role.employer, employer_of(line)
                    self._set_role(employer="")
                self._set_role(
                    title=title, employer=self.role.employer or employer, internship=is_internship(line)
                )
                self.awaiting_header = "employer" if not self.role.employer else False
                return
            if self._maybe_header_start(line):
                return
        elif self.pending:
            self._undated_role()
        self._plain(line, bullet)

    def _plain(self, line: str, bullet: bool) -> None:
        self.awaiting_header = self.fresh = False
        self._flush_pending()
        count = len(self.raw_facts)
        self._fact(line)
        self.last_plain = (
            (line, count) if not bullet and len(line) <= 160 and not ends_sentence(line) else None
        )

    def _maybe_header_start(self, line: str) -> bool:
        """A short line without a sentence end may be "Title" or "Employer" of a header to come (brackets,
        a ward number after a title and an employer's description after a dash are detail)."""
        bare = re.sub(r"\([^()]*\)", "", line)
        titled = title_score(re.split(r"\s[–—|-]\s", bare)[0]) > 0
        head = re.split(r"\s[–—]\s", bare)[0]
        short = len(head.split()) <= 10 and len(bare.split()) <= 16
        if short and not ends_sentence(head) and (titled or not re.search(r"\d{2,}", head)):
            if len(self.pending) >= 2:
                self._fact(self.pending.pop(0))
            self.pending.append(line)
            return True
        return False

    def _header_line(self, line: str, bullet: bool) -> None:
        title, registry = split_registry(line)
        if registry and title:
            # "Registered Pharmacist, GPhC 2087654": the title may be the headline, the number is kept
            self.contact.append(registry)
            line = title
        if (
            is_location_line(line)
            or is_place_line(line)
            or is_credential_line(line)
            or _HELD_SINCE.match(line)
        ):
            # a place, a registration number or "RCVS Registered Veterinary Nurse since 2018": kept, never
            # spoken, and no job of its own
            self.contact.append(line)
        elif is_education_line(line):
            self.education.append(line)
        elif is_language_line(line):
            self.languages.append(line)
        elif (
            not self.headline
            and not bullet
            and len(line.split()) <= 8
            and not line.endswith(".")
            and not find_range(line)
            and has_letters(line)
        ):
            self.headline = line.strip(" |*#_")
        elif role_line(line):  # no "Experience" heading: role headers straight after the header block
            self.section = "experience"
            self._date_line(line)
        else:
            self._plain(line, bullet)

    def finish(self) -> None:
        if self.pending and self.section == "experience" and self._undated_role():
            return
        self._flush_pending()
