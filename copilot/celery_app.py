"""Celery the Flask way: ``celery_init_app(app)`` builds a Celery app whose tasks run inside the
Flask app context. Without a broker the same tasks run in the embedded executor (jobs/queue.py)."""

from __future__ import annotations

from celery import Celery, Task
from flask import Flask


def celery_config(app: Flask) -> dict:
    config = app.config
    hard_limit = config["JOB_TIME_LIMIT"]
    return {
        "broker_url": config["CELERY_BROKER_URL"] or "memory://",
        "result_backend": None,
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_soft_time_limit": config["JOB_SOFT_TIME_LIMIT"],
        "task_time_limit": hard_limit,
        "task_default_queue": "copilot",
        "task_serializer": "json",
        "accept_content": ["json"],
        "broker_connection_retry_on_startup": True,
        "broker_connection_timeout": 3,
        # Redis redelivers unacknowledged tasks after the visibility timeout: it must be longer
        # than any task may run, or a slow job would run twice.
        "broker_transport_options": {
            "visibility_timeout": max(3600, hard_limit * 4),
            "socket_connect_timeout": 3,
            "socket_timeout": 10,
            # Publishing gives up after one quick retry when the broker is down: an upload must
            # still answer 202 promptly (its committed job waits for the sweep), not after kombu's
            # default of retrying for connect_timeout seconds twice.
            "max_retries": 1,
            "interval_start": 0,
            "interval_step": 0.2,
            "interval_max": 0.5,
        },
        "task_publish_retry": True,
        "task_publish_retry_policy": {"max_retries": 1, "interval_start": 0, "interval_step": 0.5},
        "worker_hijack_root_logger": False,
        "worker_send_task_events": False,
    }


def celery_init_app(app: Flask) -> Celery:
    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(celery_config(app))
    celery_app.set_default()
    import copilot.jobs.tasks  # noqa: F401  (registers the shared tasks)

    app.extensions["celery"] = celery_app
    return celery_app
