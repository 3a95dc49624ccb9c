"""Throttling of the credential endpoints, after OWASP's authentication guidance: limit guessing
without letting anyone lock an account's owner out.

- per client IP: register and login together (``RATELIMIT_AUTH``);
- per account *and* IP, failed logins only (``RATELIMIT_LOGIN_ACCOUNT``): whoever guesses from
  one address is stopped with 429, while the owner, from their own address, still gets in;
- per account, from any address: failed logins beyond ``LOGIN_SLOWDOWN_AFTER`` in 15 minutes
  slow every login of that account down (exponentially, up to ``LOGIN_SLOWDOWN_MAX_SECONDS``)
  instead of refusing it; a successful login clears the count.
"""

from __future__ import annotations

import logging
import time

from flask import Flask, Response, current_app, request
from flask_limiter.util import get_remote_address

from copilot.auth.service import normalize_email
from copilot.extensions import limiter

log = logging.getLogger(__name__)

FAILURE_WINDOW_S = 15 * 60


def per_ip_limit() -> str:
    return current_app.config["RATELIMIT_AUTH"]


def per_account_limit() -> str:
    return current_app.config["RATELIMIT_LOGIN_ACCOUNT"]


def _email() -> str | None:
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    if isinstance(email, str) and email.strip():
        return normalize_email(email)[:320]
    return None


def account_and_ip_key() -> str:
    return f"account:{_email() or '-'}|ip:{get_remote_address() or 'unknown'}"


def failed_login(response: Response) -> bool:
    return response.status_code == 401


def _failures_key(email: str) -> str:
    return f"login-failures/{email}"


def _storage():
    if not current_app.config.get("RATELIMIT_ENABLED", True):
        return None
    return limiter.storage


def slow_down(email: str) -> float:
    """Sleep as long as the account's recent failures call for; returns the delay."""
    storage = _storage()
    if storage is None:
        return 0.0
    try:
        failures = storage.get(_failures_key(normalize_email(email)))
    except Exception as exc:  # the limiter's storage is down: no slow-down rather than no login
        log.warning("login slow-down unavailable: %s", exc.__class__.__name__)
        return 0.0
    excess = failures - current_app.config["LOGIN_SLOWDOWN_AFTER"]
    if excess < 0:
        return 0.0
    delay = min(current_app.config["LOGIN_SLOWDOWN_MAX_SECONDS"], 0.25 * 2**excess)
    time.sleep(delay)  # a greenlet under the gevent worker: costs no thread
    return delay


def record_login(email: str, *, success: bool) -> None:
    storage = _storage()
    if storage is None:
        return
    key = _failures_key(normalize_email(email))
    try:
        if success:
            storage.clear(key)
        else:
            storage.incr(key, FAILURE_WINDOW_S)
    except Exception as exc:
        log.warning("login failure count unavailable: %s", exc.__class__.__name__)


def init_rate_limits(app: Flask) -> None:
    # Registered before the limiter's own hook, so it runs after it (Flask runs them in reverse).
    @app.after_request
    def _retry_after_only_on_refusals(response: Response) -> Response:
        """flask-limiter adds Retry-After to every response of a limited route; it tells a client
        to wait before trying again, which only a refusal (429, 503) asks of it."""
        if response.status_code not in (429, 503):
            response.headers.pop("Retry-After", None)
        return response

    limiter.init_app(app)
