"""Interview Copilot: a self-hosted interview assistant.

``create_app`` (copilot/app.py) builds the Flask app. It is imported on first use, so the speech
and language engines (``copilot.speech``, ``copilot.language``) load without Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

__version__ = "0.1.0"


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: settings from the environment, overridden by ``config`` (tests pass one)."""
    from copilot.app import create_app as build

    return build(config)
