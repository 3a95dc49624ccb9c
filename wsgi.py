"""WSGI entry point: ``gunicorn wsgi:app``. Starts the stale-job sweep of this web process."""

import sys

from copilot import create_app
from copilot.backends import warm_up_in_background
from copilot.config import ConfigError

try:
    app = create_app()
except ConfigError as exc:  # a clear sentence for the operator, not a traceback
    sys.stderr.write(f"Configuration error: {exc}\n")
    raise SystemExit(2) from None
app.extensions["copilot_queue"].start_sweeper()
warm_up_in_background(app.config)
