"""The ``flask`` command: the app it loads and the operator command groups of the feature packages
(``flask db`` comes from Flask-Migrate)."""

from __future__ import annotations

from flask import Flask


def register_cli(app: Flask) -> None:
    from copilot.auth.cli import users_cli
    from copilot.history.cli import history_cli
    from copilot.jobs.cli import jobs_cli

    for group in (users_cli, history_cli, jobs_cli):
        app.cli.add_command(group)


def create_cli_app() -> Flask:
    """The app the ``flask`` command loads (``.flaskenv``): like ``create_app`` but a bad
    configuration ends with its message instead of a traceback, and no background threads run."""
    from copilot.app import create_app_or_exit

    return create_app_or_exit()
