"""Rate limits of the credential endpoints: per client IP, and per account for login, so one
address can't guess many passwords and many addresses can't hammer one account."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from flask_limiter.util import get_remote_address

from copilot.auth.service import normalize_email
from copilot.extensions import limiter


def per_ip_limit() -> str:
    return current_app.config["RATELIMIT_AUTH"]


def per_account_limit() -> str:
    return current_app.config["RATELIMIT_LOGIN_ACCOUNT"]


def account_key() -> str:
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    if isinstance(email, str) and email.strip():
        return "account:" + normalize_email(email)[:320]
    return "ip:" + (get_remote_address() or "unknown")


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
