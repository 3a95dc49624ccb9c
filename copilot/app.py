"""The Flask application factory: settings, extensions, blueprints, error handlers, jobs and CLI."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event

from copilot import __version__
from copilot.config import ConfigError, load_config, resolve

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """SQLite needs foreign keys switched on (for cascades), WAL for concurrent readers, and a
    Unicode-aware lower() so searching Polish text ignores case."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    dbapi_connection.create_function(
        "lower", 1, lambda value: value.lower() if isinstance(value, str) else value, deterministic=True
    )


def _configure_api(app: Flask) -> None:
    from copilot.extensions import api
    from copilot.schemas import ErrorSchema

    api.ERROR_SCHEMA = ErrorSchema
    api.init_app(
        app,
        spec_kwargs={
            "components": {
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
            }
        },
    )


def _register_blueprints(app: Flask) -> None:
    from copilot.ask.routes import blp as ask_blp
    from copilot.auth.routes import blp as auth_blp
    from copilot.context.routes import blp as context_blp
    from copilot.extensions import api
    from copilot.history.routes import blp as history_blp
    from copilot.interviews.routes import blp as interviews_blp
    from copilot.jobs.routes import blp as jobs_blp
    from copilot.live.routes import bp as live_bp
    from copilot.ops.routes import blp as ops_blp
    from copilot.ops.routes import docs_blueprint
    from copilot.web.routes import bp as web_bp

    for blueprint in (auth_blp, context_blp, history_blp, interviews_blp, jobs_blp, ask_blp, ops_blp):
        api.register_blueprint(blueprint)
    for blueprint in (docs_blueprint(), live_bp, web_bp):
        app.register_blueprint(blueprint)


def _init_security(app: Flask) -> None:
    from flask_cors import CORS
    from flask_talisman import Talisman

    Talisman(
        app,
        force_https=False,
        strict_transport_security=False,
        session_cookie_secure=False,
        frame_options="DENY",
        referrer_policy="same-origin",
        content_security_policy={
            "default-src": "'self'",
            "img-src": "'self' data:",
            "style-src": "'self'",
            "script-src": "'self'",
            "connect-src": "'self' ws: wss:",
            "media-src": "'self' blob:",
            "worker-src": "'self' blob:",
            "object-src": "'none'",
            "base-uri": "'self'",
            "frame-ancestors": "'none'",
        },
    )
    if app.config["CORS_ORIGINS"]:
        CORS(app, resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}}, supports_credentials=False)


def _init_jobs(app: Flask) -> None:
    """The job transport (Celery or embedded), the event bus and the job queue."""
    from copilot.celery_app import celery_init_app
    from copilot.jobs.events import make_event_bus
    from copilot.jobs.queue import JobQueue

    celery_init_app(app)
    broker = app.config["CELERY_BROKER_URL"]
    app.extensions["copilot_events"] = make_event_bus((app.config["REDIS_URL"] or broker) if broker else None)
    app.extensions["copilot_queue"] = JobQueue(app)


def _init_edge(app: Flask) -> None:
    """What stands between the socket and the views: whole bodies read with timeouts, the client
    address from a trusted proxy, WebSocket message limits, and the native thread pools."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from copilot import offload
    from copilot.jobs.uploads import json_body_limit
    from copilot.serving.bodies import BufferedBodies

    config = app.config
    app.wsgi_app = BufferedBodies(
        app.wsgi_app,
        max_bytes=config["MAX_CONTENT_LENGTH"],
        idle_timeout=config["REQUEST_BODY_IDLE_SECONDS"],
        total_timeout=config["REQUEST_BODY_MAX_SECONDS"],
        json_audio_bytes=json_body_limit(config),
    )
    if config["TRUSTED_PROXY_HOPS"] > 0:
        # Behind the reverse proxy the client's address is the one the proxy saw, not the proxy's.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config["TRUSTED_PROXY_HOPS"])
    config.setdefault(
        "SOCK_SERVER_OPTIONS",
        {
            # The first message (auth) is small; LiveSession raises the limit once it passes.
            "max_message_size": config["LIVE_AUTH_MAX_MESSAGE_BYTES"],
            "ping_interval": config["LIVE_PING_SECONDS"],
        },
    )
    offload.configure(
        {
            "speech": config["EMBEDDED_WORKERS"] + config["LIVE_STT_THREADS"] + 1,
            "cpu": config["LARGE_BODY_CONCURRENCY"] + 2,
        }
    )


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: settings from the environment, overridden by ``config`` (tests pass one)."""
    from copilot import errors, metrics
    from copilot.auth.limits import init_rate_limits
    from copilot.auth.tokens import init_jwt
    from copilot.cli import register_cli
    from copilot.extensions import bcrypt, db, jwt, migrate, sock
    from copilot.http import init_content_type_check
    from copilot.logging_setup import configure_logging, init_request_ids

    settings = load_config()
    settings.update(config or {})
    resolve(settings)

    app = Flask("copilot", instance_path=settings["INSTANCE_PATH"])
    app.config.update(settings)
    app.extensions["copilot_version"] = __version__
    configure_logging(app.config["LOG_LEVEL"], app.config["LOG_FORMAT"])

    db.init_app(app)
    with app.app_context():
        if app.config["DATABASE_MODE"] in {"sqlite", "memory"}:
            event.listen(db.engine, "connect", _sqlite_pragmas)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True, compare_type=True)
    bcrypt.init_app(app)
    jwt.init_app(app)
    init_jwt(jwt)
    sock.init_app(app)
    init_rate_limits(app)

    _init_edge(app)
    init_request_ids(app)
    metrics.init_metrics(app)
    init_content_type_check(app)
    _configure_api(app)
    _register_blueprints(app)
    errors.register_error_handlers(app)
    _init_security(app)
    _init_jobs(app)
    register_cli(app)

    if app.config["DATABASE_MODE"] == "memory":
        with app.app_context():
            db.create_all()
        log.warning("USE_DATABASE=false: data is kept in memory only and is lost when the process stops")
    log.info(
        "app ready",
        extra={
            "database_mode": app.config["DATABASE_MODE"],
            "broker": app.config["CELERY_BROKER_URL"] or "embedded",
        },
    )
    return app


def create_app_or_exit() -> Flask:
    """``create_app`` for the process entry points (gunicorn's wsgi.py, the Celery worker, the
    ``flask`` command): a configuration that cannot work ends the process with its message and
    exit status 2, not a traceback."""
    try:
        return create_app()
    except ConfigError as exc:
        sys.stderr.write(f"Configuration error: {exc}\n")
        raise SystemExit(2) from None
