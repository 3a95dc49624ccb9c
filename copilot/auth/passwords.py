"""The rules a new password must meet, one set for the API (schemas) and ``flask users create``."""

from __future__ import annotations

MIN_CHARACTERS = 8
MAX_BYTES = 72  # bcrypt reads no further: a longer password would share a hash with its prefix


def too_long(password: str) -> bool:
    return len(password.encode("utf-8")) > MAX_BYTES


def password_problem(password: str) -> str | None:
    """Why ``password`` cannot be a new password, or None when it can."""
    if len(password) < MIN_CHARACTERS:
        return f"Must be at least {MIN_CHARACTERS} characters."
    if too_long(password):
        return f"Must be at most {MAX_BYTES} bytes."
    return None
