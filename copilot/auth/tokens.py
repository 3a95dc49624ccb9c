"""JWT wiring: who a token belongs to, when it is revoked, and the JSON errors for bad tokens."""

from __future__ import annotations

from typing import Any

from flask import Response, g
from flask_jwt_extended import JWTManager

from copilot.auth import service as accounts
from copilot.errors import error_response
from copilot.logging_setup import user_id_var


def _token_owner(payload: dict[str, Any]):
    """The token's user and whether the token is dead, looked up once per request: both JWT
    callbacks need them."""
    cache = g.setdefault("jwt_owners", {})
    jti = payload.get("jti")
    if jti not in cache:
        cache[jti] = accounts.token_owner(payload)
    return cache[jti]


def init_jwt(jwt: JWTManager) -> None:
    @jwt.token_in_blocklist_loader
    def _is_revoked(_header: dict, payload: dict) -> bool:
        return _token_owner(payload)[1]

    @jwt.user_lookup_loader
    def _user(_header: dict, payload: dict):
        user = _token_owner(payload)[0]
        if user is not None:
            user_id_var.set(user.id)
        return user

    @jwt.user_lookup_error_loader
    def _user_missing(_header: dict, _payload: dict) -> Response:
        return error_response(401, "token_revoked", "This token is no longer valid.")

    @jwt.unauthorized_loader
    def _missing(reason: str) -> Response:
        return error_response(
            401, "unauthorized", "Authentication required: send 'Authorization: Bearer <token>'."
        )

    @jwt.invalid_token_loader
    def _invalid(reason: str) -> Response:
        return error_response(401, "invalid_token", f"Invalid token: {reason}.")

    @jwt.expired_token_loader
    def _expired(_header: dict, _payload: dict) -> Response:
        return error_response(401, "token_expired", "The token has expired; log in or refresh it.")

    @jwt.revoked_token_loader
    def _revoked(_header: dict, _payload: dict) -> Response:
        return error_response(401, "token_revoked", "This token has been revoked; log in again.")

    @jwt.needs_fresh_token_loader
    def _not_fresh(_header: dict, _payload: dict) -> Response:
        return error_response(401, "fresh_token_required", "Log in again to do this.")
