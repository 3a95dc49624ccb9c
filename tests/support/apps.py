"""Apps for tests that need their own: built with their tables, and torn down whole (embedded
jobs finished, the event bus closed, every pooled connection given back)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask

from copilot import create_app
from copilot.extensions import db


def build_app(config: dict[str, Any], *, create_tables: bool = True) -> Flask:
    app = create_app(config)
    if create_tables:
        with app.app_context():
            db.create_all()
    return app


def dispose_app(app: Flask) -> None:
    app.extensions["copilot_queue"].shutdown(wait=True)
    app.extensions["copilot_events"].close()
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@contextmanager
def running_app(config: dict[str, Any], *, create_tables: bool = True) -> Iterator[Flask]:
    app = build_app(config, create_tables=create_tables)
    try:
        yield app
    finally:
        dispose_app(app)
