"""Settings: every environment variable the service reads is read here and nowhere else.

``load_config`` turns the environment into a flat dict for ``app.config``; ``check_config``
refuses unsafe production settings with a message that says what to change.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

from copilot import __version__

KNOWN_DEFAULT_SECRETS = frozenset(
    {
        "your-secret-key-change-in-production",
        "change-me",
        "changeme",
        "secret",
        "dev",
        "development",
        "super-secret",
        "jwt-secret",
        "your-secret-key",
        "please-change-me",
    }
)
MIN_SECRET_LENGTH = 32
DEFAULT_INSTANCE_PATH = Path(__file__).resolve().parent.parent / "instance"


class ConfigError(RuntimeError):
    """The configuration cannot be used; the message tells the operator what to fix."""


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _number(environ: Mapping[str, str], name: str, default: float, kind: type, what: str) -> Any:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return kind(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be {what}, got {raw!r}") from exc


def _int(environ: Mapping[str, str], name: str, default: int) -> int:
    return _number(environ, name, default, int, "an integer")


def _float(environ: Mapping[str, str], name: str, default: float) -> float:
    return _number(environ, name, default, float, "a number")


def normalize_database_url(url: str) -> str:
    """Heroku/Railway hand out ``postgres://`` URLs, which SQLAlchemy does not know; and a bare
    ``postgresql://`` would pick psycopg 3, while the driver we ship is psycopg2."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg2://" + url[len(prefix) :]
    return url


def load_config(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Build the settings from the environment (``os.environ`` by default)."""
    env = os.environ if environ is None else environ
    app_env = (env.get("APP_ENV") or env.get("FLASK_ENV") or "development").strip().lower()
    instance_path = Path(env.get("INSTANCE_PATH") or DEFAULT_INSTANCE_PATH)
    database_url = normalize_database_url(env.get("DATABASE_URL", "").strip())
    use_database = _bool(env.get("USE_DATABASE"), True)
    broker_url = (env.get("CELERY_BROKER_URL") or env.get("REDIS_URL") or "").strip() or None
    openai_key = env.get("OPENAI_API_KEY", "").strip() or None
    max_upload_mb = _int(env, "MAX_UPLOAD_MB", 25)

    return {
        "APP_ENV": app_env,
        "INSTANCE_PATH": str(instance_path),
        "DATABASE_URL": database_url or None,
        "USE_DATABASE": use_database,
        "SQLALCHEMY_DATABASE_URI": None,  # resolved by resolve_database() once overrides are applied
        "JWT_SECRET_KEY": env.get("JWT_SECRET_KEY", "").strip() or None,
        "JWT_TOKEN_LOCATION": ["headers"],
        "JWT_ALGORITHM": "HS256",
        "JWT_DECODE_ALGORITHMS": ["HS256"],
        "JWT_ACCESS_TOKEN_EXPIRES": timedelta(minutes=_int(env, "ACCESS_TOKEN_MINUTES", 24 * 60)),
        "JWT_REFRESH_TOKEN_EXPIRES": timedelta(days=_int(env, "REFRESH_TOKEN_DAYS", 30)),
        "BCRYPT_LOG_ROUNDS": _int(env, "BCRYPT_LOG_ROUNDS", 12),
        "CELERY_BROKER_URL": broker_url,
        "REDIS_URL": (env.get("REDIS_URL") or "").strip() or broker_url,
        "OPENAI_API_KEY": openai_key,
        "OPENAI_BASE_URL": env.get("OPENAI_BASE_URL", "").strip() or None,
        "OPENAI_TIMEOUT_SECONDS": _float(env, "OPENAI_TIMEOUT_SECONDS", 30.0),
        "STT_BACKEND": (env.get("STT_BACKEND") or ("openai" if openai_key else "offline")).lower(),
        "STT_MODEL": env.get("STT_MODEL", "whisper-1"),
        "STT_OFFLINE_MODEL": env.get("STT_OFFLINE_MODEL", "auto"),
        "ANSWER_BACKEND": (env.get("ANSWER_BACKEND") or ("openai" if openai_key else "offline")).lower(),
        "ANSWER_MODEL": env.get("ANSWER_MODEL", "gpt-4o-mini"),
        "ANSWER_MAX_TOKENS": _int(env, "ANSWER_MAX_TOKENS", 400),
        "CORS_ORIGINS": [o.strip() for o in env.get("CORS_ORIGINS", "").split(",") if o.strip()],
        "LOG_LEVEL": env.get("LOG_LEVEL", "INFO").upper(),
        "LOG_FORMAT": env.get("LOG_FORMAT", "json").lower(),
        "MAX_UPLOAD_MB": max_upload_mb,
        "MAX_CONTENT_LENGTH": max_upload_mb * 1024 * 1024,
        # None: sized for MAX_AUDIO_SECONDS of 48 kHz float samples (jobs/uploads.json_body_limit)
        "MAX_JSON_UPLOAD_MB": _int(env, "MAX_JSON_UPLOAD_MB", 0) or None,
        "JSON_MAX_KB": _int(env, "JSON_MAX_KB", 1024),
        "REQUEST_BODY_IDLE_SECONDS": _float(env, "REQUEST_BODY_IDLE_SECONDS", 10.0),
        "REQUEST_BODY_MAX_SECONDS": _float(env, "REQUEST_BODY_MAX_SECONDS", 120.0),
        "LARGE_BODY_BYTES": _int(env, "LARGE_BODY_KB", 1024) * 1024,
        "LARGE_BODY_CONCURRENCY": _int(env, "LARGE_BODY_CONCURRENCY", 2),
        "TRUSTED_PROXY_HOPS": _int(env, "TRUSTED_PROXY_HOPS", 0),
        "CV_MAX_PAGES": _int(env, "CV_MAX_PAGES", 40),
        "CV_MAX_ZIP_MEMBERS": _int(env, "CV_MAX_ZIP_MEMBERS", 500),
        "CV_MAX_UNZIPPED_MB": _int(env, "CV_MAX_UNZIPPED_MB", 40),
        "CV_MAX_XML_MB": _int(env, "CV_MAX_XML_MB", 5),
        "CV_MAX_STREAM_MB": _int(env, "CV_MAX_STREAM_MB", 8),
        "CV_EXTRACT_SECONDS": _float(env, "CV_EXTRACT_SECONDS", 10.0),
        "CV_EXTRACT_MEMORY_MB": _int(env, "CV_EXTRACT_MEMORY_MB", 768),
        "PASSWORD_MIN_SCORE": _int(env, "PASSWORD_MIN_SCORE", 2),
        "MAX_AUDIO_SECONDS": _float(env, "MAX_AUDIO_SECONDS", 300.0),
        "AUDIO_RETENTION_SECONDS": _int(env, "AUDIO_RETENTION_SECONDS", 0),
        "JOB_MAX_ATTEMPTS": _int(env, "JOB_MAX_ATTEMPTS", 3),
        "JOB_SOFT_TIME_LIMIT": _int(env, "JOB_SOFT_TIME_LIMIT", 240),
        "JOB_TIME_LIMIT": _int(env, "JOB_TIME_LIMIT", 300),
        "JOB_LEASE_SECONDS": _float(env, "JOB_LEASE_SECONDS", 60.0),
        "JOB_REQUEUE_AFTER_SECONDS": _float(env, "JOB_REQUEUE_AFTER_SECONDS", 120.0),
        "JOB_RETRY_BACKOFF_SECONDS": _float(env, "JOB_RETRY_BACKOFF_SECONDS", 2.0),
        "JOB_RETRY_BACKOFF_MAX_SECONDS": _float(env, "JOB_RETRY_BACKOFF_MAX_SECONDS", 60.0),
        "JOB_SWEEP_INTERVAL_SECONDS": _float(env, "JOB_SWEEP_INTERVAL_SECONDS", 30.0),
        "EMBEDDED_WORKERS": _int(env, "EMBEDDED_WORKERS", 2),
        "JOB_USER_CONCURRENCY": _int(env, "JOB_USER_CONCURRENCY", 1),
        "JOB_DB_RETRY_SECONDS": _float(env, "JOB_DB_RETRY_SECONDS", 600.0),
        "LIVE_SILENCE_MS": _int(env, "LIVE_SILENCE_MS", 600),
        "LIVE_MAX_UTTERANCE_SECONDS": _float(env, "LIVE_MAX_UTTERANCE_SECONDS", 30.0),
        "LIVE_VAD_AGGRESSIVENESS": _int(env, "LIVE_VAD_AGGRESSIVENESS", 2),
        "LIVE_PARTIALS": _bool(env.get("LIVE_PARTIALS"), True),
        "LIVE_PARTIAL_INTERVAL_MS": _int(env, "LIVE_PARTIAL_INTERVAL_MS", 1000),
        "LIVE_EARLY_TRANSCRIPTION": _bool(env.get("LIVE_EARLY_TRANSCRIPTION"), True),
        "LIVE_EARLY_ANSWER": _bool(env.get("LIVE_EARLY_ANSWER"), True),
        # An interviewer's unfinished question followed by more speech this soon is joined with it.
        "LIVE_ASSEMBLY_SECONDS": _float(env, "LIVE_ASSEMBLY_SECONDS", 3.0),
        "LIVE_AUTH_TIMEOUT_SECONDS": _float(env, "LIVE_AUTH_TIMEOUT_SECONDS", 5.0),
        "LIVE_MAX_FRAME_BYTES": _int(env, "LIVE_MAX_FRAME_BYTES", 256 * 1024),
        "LIVE_MAX_AHEAD_SECONDS": _float(env, "LIVE_MAX_AHEAD_SECONDS", 20.0),
        "LIVE_STT_THREADS": _int(env, "LIVE_STT_THREADS", 2),
        "LIVE_MAX_MESSAGE_BYTES": _int(env, "LIVE_MAX_MESSAGE_KB", 1024) * 1024,
        "LIVE_AUTH_MAX_MESSAGE_BYTES": _int(env, "LIVE_AUTH_MAX_MESSAGE_BYTES", 4096),
        "LIVE_MAX_SOCKETS_PER_USER": _int(env, "LIVE_MAX_SOCKETS_PER_USER", 8),
        "LIVE_PING_SECONDS": _float(env, "LIVE_PING_SECONDS", 25.0),
        "LIVE_TOKEN_RECHECK_SECONDS": _float(env, "LIVE_TOKEN_RECHECK_SECONDS", 30.0),
        "RATELIMIT_ENABLED": _bool(env.get("RATELIMIT_ENABLED"), True),
        "RATELIMIT_AUTH": env.get("RATELIMIT_AUTH", "10 per minute"),
        "RATELIMIT_LOGIN_ACCOUNT": env.get("RATELIMIT_LOGIN_ACCOUNT", "5 per minute;30 per hour"),
        "LOGIN_SLOWDOWN_AFTER": _int(env, "LOGIN_SLOWDOWN_AFTER", 10),
        "LOGIN_SLOWDOWN_MAX_SECONDS": _float(env, "LOGIN_SLOWDOWN_MAX_SECONDS", 5.0),
        "RATELIMIT_STORAGE_URI": None,  # resolved: Redis when REDIS_URL is set, else memory
        "RATELIMIT_HEADERS_ENABLED": True,
        # Redis down must not take logins down with it: fall back to per-process counters.
        "RATELIMIT_SWALLOW_ERRORS": True,
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "API_TITLE": "Interview Copilot API",
        "API_VERSION": __version__,
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
    }


def _dev_secret(instance_path: Path) -> str:
    """Generate a development JWT secret once and keep it in the instance folder.

    The file is written privately (0600) under a unique name and then hard-linked into place,
    which fails when it already exists: processes starting together (web + worker) all end up
    with the secret of whichever came first."""
    path = instance_path / "jwt_secret"
    if path.exists():
        return path.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    tmp = instance_path / f".jwt_secret.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
        with contextlib.suppress(FileExistsError):  # another process won the race: use its secret
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_text().strip()


def is_production(config: Mapping[str, Any]) -> bool:
    return config.get("APP_ENV") == "production" or bool(config.get("DATABASE_URL"))


def resolve(config: dict[str, Any]) -> dict[str, Any]:
    """Fill the derived settings (database URI, engine options, secret) and check them."""
    instance_path = Path(config["INSTANCE_PATH"])
    uri = config.get("SQLALCHEMY_DATABASE_URI")
    if not uri:
        if config.get("DATABASE_URL"):
            uri = normalize_database_url(config["DATABASE_URL"])
        elif not config.get("USE_DATABASE", True):
            uri = "sqlite://"
        else:
            instance_path.mkdir(parents=True, exist_ok=True)
            uri = f"sqlite:///{instance_path / 'copilot.db'}"
    uri = normalize_database_url(uri)
    config["SQLALCHEMY_DATABASE_URI"] = uri
    config["DATABASE_MODE"] = database_mode(uri)
    config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", engine_options(uri))
    config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False

    secret = config.get("JWT_SECRET_KEY")
    if is_production(config):
        check_secret(secret)
    elif not secret:
        secret = _dev_secret(instance_path)
    config["JWT_SECRET_KEY"] = secret
    config.setdefault("SECRET_KEY", secret)
    config["RATELIMIT_STORAGE_URI"] = (
        config.get("RATELIMIT_STORAGE_URI") or config.get("REDIS_URL") or "memory://"
    )
    return config


def database_mode(uri: str) -> str:
    if uri.startswith("sqlite"):
        return "memory" if uri in {"sqlite://", "sqlite:///:memory:"} else "sqlite"
    return uri.split(":", 1)[0].split("+", 1)[0]


def engine_options(uri: str) -> dict[str, Any]:
    if database_mode(uri) == "memory":
        # One shared connection, or every thread would see its own empty database.
        from sqlalchemy.pool import StaticPool

        return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    if uri.startswith("sqlite"):
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}
    return {"pool_pre_ping": True, "pool_recycle": 1800, "pool_size": 10, "max_overflow": 20}


def check_secret(secret: str | None) -> None:
    if not secret:
        raise ConfigError(
            "JWT_SECRET_KEY is not set. In production (APP_ENV=production or DATABASE_URL set) "
            "set it to a random value of at least 32 characters, e.g. `openssl rand -hex 32`."
        )
    if secret.lower() in KNOWN_DEFAULT_SECRETS:
        raise ConfigError(
            "JWT_SECRET_KEY is a well-known default value; generate a new one with `openssl rand -hex 32`."
        )
    if len(secret) < MIN_SECRET_LENGTH:
        raise ConfigError(
            f"JWT_SECRET_KEY is {len(secret)} characters long; it must be at least {MIN_SECRET_LENGTH}. "
            "Generate one with `openssl rand -hex 32`."
        )
