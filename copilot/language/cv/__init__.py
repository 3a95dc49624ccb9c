"""The CV reader: structured, first-person-ready facts from a CV pasted as text."""

from copilot.language.cv.model import CvProfile, Fact, Role
from copilot.language.cv.parser import language_of, parse_cv

__all__ = ["CvProfile", "Fact", "Role", "language_of", "parse_cv"]
