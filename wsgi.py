"""WSGI entry point: ``gunicorn wsgi:app``. Starts the stale-job sweep of this web process."""

from copilot.app import create_app_or_exit
from copilot.backends import warm_up_in_background

app = create_app_or_exit()
app.extensions["copilot_queue"].start_sweeper()
warm_up_in_background(app.config)
