"""Shared helpers of the spoken-grammar tests: roles to speak from and a CV line said aloud."""

from __future__ import annotations

from copilot.language.cv.model import Fact, Role
from copilot.language.cv.spoken import first_person

NOW_PL = Role("Kierownik sklepu", "Biedronka", current=True)
THEN_PL = Role("Pielęgniarka", "Lux Med", current=False)
NOW_EN = Role("Head Chef", "The Ivy", current=True)
THEN_EN = Role("Nurse", "St Mary's Hospital", current=False)


def said(
    text: str, role: Role, language: str, *, written: str | None = None, gender: str | None = None
) -> str:
    fact = Fact(1, text, "work", role, written or language)
    return first_person(fact, language, gender, with_role=False)


def summary(text: str, language: str) -> str:
    return first_person(Fact(1, text, "summary", None, language), language)
