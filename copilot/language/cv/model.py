"""What a CV says, as structured facts: roles, achievement bullets, skills, education, languages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Role:
    """One position held: "Senior Backend Engineer | Allegro | 2020 – present"."""

    title: str
    employer: str
    start: str = ""
    end: str = ""
    current: bool = False
    start_year: int | None = None
    end_year: int | None = None
    index: int = 0  # 0 is the first role listed (usually the most recent)
    internship: bool = False  # an internship, placement or "staż": not counted as years of work


@dataclass(frozen=True)
class Fact:
    """One thing the candidate did or has, with what it means.

    ``text`` is the CV's own wording without bullet marks; ``themes`` says what kind of story it can
    tell (a failure, a conflict, leadership...), so answers pick facts by meaning, not by shared words.
    """

    id: int
    text: str
    kind: str  # "work" (a bullet of a role), "summary", "achievement", "project", "education", "certificate", "other"
    role: Role | None = None
    language: str = "en"  # the language the line is written in
    themes: frozenset[str] = frozenset()
    numbers: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()  # skill names from the CV's skill list that this line mentions
    tokens: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def has_number(self) -> bool:
        return bool(self.numbers)


@dataclass(frozen=True)
class CvProfile:
    """The parsed CV. Contact details are recognised so that they are never spoken."""

    name: str = ""
    headline: str = ""
    contact: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    facts: tuple[Fact, ...] = ()
    skills: tuple[str, ...] = ()
    education: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    years_experience: int | None = None
    language: str = "en"  # the language most of the CV is written in
    gender: str | None = None  # "f" / "m" when the CV's own Polish verb forms show it

    @property
    def current_role(self) -> Role | None:
        current = [role for role in self.roles if role.current]
        if current:
            return current[0]
        return self.roles[0] if self.roles else None

    def facts_of(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]

    @property
    def is_empty(self) -> bool:
        return not self.facts and not self.roles and not self.skills
