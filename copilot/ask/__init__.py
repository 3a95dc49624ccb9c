"""Typed questions: POST /api/ask."""
