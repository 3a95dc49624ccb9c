"""Auth endpoints: thin views over auth/service.py."""

from __future__ import annotations

from flask import Response, stream_with_context
from flask_jwt_extended import current_user, get_jwt

from copilot.auth import service as accounts
from copilot.auth.export import export_account
from copilot.auth.guard import login_required
from copilot.auth.limits import (
    account_and_ip_key,
    failed_login,
    per_account_limit,
    per_ip_limit,
    record_login,
    slow_down,
)
from copilot.auth.schemas import (
    LoginSchema,
    LogoutSchema,
    PasswordChangeSchema,
    RegisterSchema,
    TokenSchema,
    UserSchema,
)
from copilot.exceptions import AuthError
from copilot.extensions import limiter
from copilot.http import Blueprint
from copilot.schemas import SuccessSchema
from copilot.utils import utcnow

blp = Blueprint("auth", __name__, url_prefix="/api/auth", description="Accounts and tokens")


@blp.route("/register", methods=["POST"])
@limiter.limit(per_ip_limit)
@blp.arguments(RegisterSchema)
@blp.response(201, TokenSchema)
def register(data: dict):
    """Create an account and return its tokens."""
    user = accounts.register_user(data["email"], data["password"], data.get("full_name", ""))
    return accounts.issue_tokens(user)


@blp.route("/login", methods=["POST"])
@limiter.limit(per_ip_limit)
@limiter.limit(per_account_limit, key_func=account_and_ip_key, deduct_when=failed_login)
@blp.arguments(LoginSchema)
@blp.response(200, TokenSchema)
def login(data: dict):
    """Exchange email and password for tokens. Failed attempts are throttled per account and
    address (429) and slow the account's logins down; they never lock its owner out."""
    slow_down(data["email"])
    try:
        user = accounts.authenticate(data["email"], data["password"])
    except AuthError:
        record_login(data["email"], success=False)
        raise
    record_login(data["email"], success=True)
    return accounts.issue_tokens(user)


@blp.route("/me", methods=["GET"])
@login_required(blp)
@blp.response(200, UserSchema)
def me():
    """The signed-in user."""
    return current_user


@blp.route("/me", methods=["DELETE"])
@login_required(blp)
@blp.response(200, SuccessSchema)
def delete_me():
    """Delete the account with all its contexts, history, interviews and jobs."""
    accounts.delete_user(current_user)
    return {"success": True, "deleted": 1}


@blp.route("/me/export", methods=["GET"])
@login_required(blp)
@blp.response(200, content_type="application/json")
def export_me():
    """Download everything the account holds: profile, contexts, history, and interviews with
    their timelines, as one JSON document."""
    filename = f"interview-copilot-account-{utcnow():%Y%m%d-%H%M%S}.json"
    return Response(
        stream_with_context(export_account(current_user._get_current_object())),
        content_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@blp.route("/refresh", methods=["POST"])
@login_required(blp, refresh=True)
@blp.response(200, TokenSchema)
def refresh():
    """Exchange a refresh token (in the Authorization header) for a new access token."""
    return accounts.issue_access_token(current_user)


@blp.route("/logout", methods=["POST"])
@login_required(blp)
@blp.arguments(LogoutSchema, required=False)
@blp.response(200, SuccessSchema)
def logout(data: dict):
    """Revoke this access token (and the refresh token, when sent in the body)."""
    accounts.revoke_token(get_jwt())
    if data and data.get("refresh_token"):
        accounts.revoke_encoded_token(data["refresh_token"], current_user)
    return {"success": True}


@blp.route("/password", methods=["POST"])
@login_required(blp)
@blp.arguments(PasswordChangeSchema)
@blp.response(200, TokenSchema)
def change_password(data: dict):
    """Change the password; every token issued before stops working, fresh tokens are returned."""
    user = accounts.change_password(current_user, data["current_password"], data["new_password"])
    return accounts.issue_tokens(user)
