"""Rate limits of the credential endpoints: per client IP, and per account for login, so one
address can't guess many passwords and many addresses can't hammer one account."""

from __future__ import annotations

from flask import current_app, request
from flask_limiter.util import get_remote_address

from copilot.auth.service import normalize_email


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
