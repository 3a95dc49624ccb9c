"""WSGI entry point: ``gunicorn wsgi:app``. Starts the stale-job sweep of this web process."""

from copilot import create_app

app = create_app()
app.extensions["copilot_queue"].start_sweeper()
