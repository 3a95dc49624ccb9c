"""Credentials in a CV's header: a registration number or a licence is kept with the contact
lines and never spoken, and a title that carries one ("Registered Pharmacist, GPhC 2087654") keeps
only the title."""

from __future__ import annotations

import re

from copilot.language.text import fold

# "GPhC registration number: 2087654", "Prawo wykonywania zawodu nr 1234567", "full clean licence":
# a credential to keep, never the candidate's headline.
_CREDENTIAL_LINE = re.compile(
    r"registration|licen[cs]e|\bpin\b|\bnr\b|numer|number|prawo wykonywania|prawo jazdy|uprawnieni|:\s*\d{4,}"
)


# A register's short name and a number: "GPhC 2087654", "NMC PIN 12A3456E", "PWZ nr 1234567".
_REGISTRY_PART = re.compile(
    r"^(?:[A-Za-z]{2,6}\s+){1,2}(?:no\.?\s*|nr\.?\s*|#\s*|:\s*)?[A-Z0-9]*\d[A-Z0-9]{4,}$"
)


def split_registry(line: str) -> tuple[str, str]:
    """ "Registered Pharmacist, GPhC 2087654" -> ("Registered Pharmacist", "GPhC 2087654")."""
    parts = [part.strip() for part in re.split(r"\s*[,|·•]\s*", line) if part.strip()]
    if len(parts) < 2:
        return line, ""
    registry = [part for part in parts if _REGISTRY_PART.match(part)]
    if not registry:
        return line, ""
    return ", ".join(part for part in parts if part not in registry), ", ".join(registry)


def is_credential_line(line: str) -> bool:
    """A short header line that states a credential ("Prawo wykonywania zawodu nr 1234567")."""
    folded = fold(line)
    # "Full UK driving licence · SMSTS (renewed 2023) · CSCS Black Card": a list of them, any length
    listed = len(re.split(r"\s[·•|]\s", line)) >= 2
    return (len(line.split()) <= 8 or listed) and bool(
        _CREDENTIAL_LINE.search(folded) or (listed and re.search(r"\bcard\b|cscs|smsts|certif", folded))
    )
