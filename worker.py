"""Celery entry point: ``celery -A worker worker``. Tasks run inside the Flask app context."""

from celery.signals import worker_ready

from copilot import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]
celery = celery_app


@worker_ready.connect
def _sweep_on_start(**_kwargs: object) -> None:
    """A worker that starts after an outage picks up what was left queued or half-done."""
    with flask_app.app_context():
        flask_app.extensions["copilot_queue"].sweep()
