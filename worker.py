"""Celery entry point: ``celery -A worker worker``. Tasks run inside the Flask app context."""

from celery.signals import worker_process_init, worker_ready

from copilot.app import create_app_or_exit
from copilot.backends import warm_up_in_background
from copilot.extensions import db

flask_app = create_app_or_exit()
celery_app = flask_app.extensions["celery"]
celery = celery_app


@worker_process_init.connect
def _fresh_connections_after_fork(**_kwargs: object) -> None:
    """A prefork child must not share the parent's pooled database connections (one socket used
    by two processes corrupts both sessions); drop them without closing the parent's."""
    with flask_app.app_context():
        db.engine.dispose(close=False)
    warm_up_in_background(flask_app.config)  # each child loads its own speech model, once


@worker_ready.connect
def _sweep_on_start(**_kwargs: object) -> None:
    """A worker that starts after an outage picks up what was left queued or half-done."""
    with flask_app.app_context():
        try:
            flask_app.extensions["copilot_queue"].sweep()
        finally:
            db.session.remove()
