"""The roles read from a CV, settled once the whole CV is known: a career break is no job, a title
written "Executive Assistant at Calder Logistics Group" names its employer, and a title under an
employer's earlier title (LinkedIn's "Company" then several titles with their dates) works there too."""

from __future__ import annotations

import re
from dataclasses import replace

from copilot.language.cv.model import Role
from copilot.language.cv.roles import BREAK, employer_score, title_score
from copilot.language.text import fold

_AT = re.compile(r"^(?P<title>.{3,60}?)\s+(?:at|@|w firmie)\s+(?P<employer>\S.{1,80})$")
_OWN_WORK = re.compile(
    r"freelanc|self-employed|contract(?:or)?\b|own business|wlasn\w* dzialalnosc|samozatrud"
)


def is_break(role: Role) -> bool:
    return bool(BREAK.match(fold(role.title)) or (not role.title and BREAK.match(fold(role.employer))))


def settle_roles(roles: list[Role]) -> tuple[list[Role], dict[int, int]]:
    """The settled roles, and where each read role's index went (a break has none)."""
    settled: list[Role] = []
    moved: dict[int, int] = {}
    for role in roles:
        if is_break(role):
            continue
        at = _AT.match(role.title)
        short = at is not None and len(at.group("title").split()) <= 4 and at.group("employer")[:1].isupper()
        if (
            short
            and (title_score(at.group("title")) or not role.employer)
            and not employer_score(role.employer)
        ):
            # "Executive Assistant at Calder Logistics Group" with the town as what was read as employer
            role = replace(role, title=at.group("title").strip(), employer=at.group("employer").strip(" ,"))
        previous = settled[-1] if settled else None
        if (
            previous is not None
            and previous.employer
            and role.title
            and not role.employer
            and (role.start or role.end)
            and not _OWN_WORK.search(fold(role.title))
        ):
            role = replace(role, employer=previous.employer)  # a promotion under one employer
        moved[role.index] = len(settled)
        settled.append(replace(role, index=len(settled)))
    return settled, moved
