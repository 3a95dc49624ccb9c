"""Dependency checks for /api/health: the database and the job broker."""

from __future__ import annotations

import logging

from flask import current_app
from sqlalchemy import text

from copilot.extensions import db

log = logging.getLogger(__name__)


def check_database() -> str:
    try:
        db.session.execute(text("SELECT 1"))
        return "ok"
    except Exception as exc:  # any failure means unhealthy; the reason goes to the log
        db.session.rollback()
        log.warning("database health check failed: %s", exc.__class__.__name__)
        return "unavailable"


def check_broker() -> str:
    url = current_app.config["CELERY_BROKER_URL"]
    if not url:
        return "embedded"
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        try:
            client.ping()
        finally:
            client.close()
        return "ok"
    except Exception as exc:
        log.warning("broker health check failed: %s", exc.__class__.__name__)
        return "unavailable"


def health_report() -> tuple[dict, bool]:
    database = check_database()
    broker = check_broker()
    healthy = database == "ok" and broker in {"ok", "embedded"}
    config = current_app.config
    report = {
        "status": "healthy" if healthy else "unhealthy",
        "database": database,
        "broker": broker,
        "database_mode": config["DATABASE_MODE"],
        "stt_backend": config["STT_BACKEND"],
        "answer_backend": config["ANSWER_BACKEND"],
        "version": current_app.extensions.get("copilot_version", "0"),
    }
    return report, healthy
