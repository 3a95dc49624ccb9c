"""User accounts: registration, password checks, token issue and revocation, deletion."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, decode_token
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from copilot.auth.passwords import password_problem, too_long
from copilot.exceptions import AuthError, ConflictError, InvalidInputError
from copilot.extensions import bcrypt, db
from copilot.models import RevokedToken, User
from copilot.utils import utcnow

log = logging.getLogger(__name__)

LOGIN_FAILED = "Incorrect email or password"
_dummy_hashes: dict[int, str] = {}


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def check_new_password(password: str, field: str = "password") -> None:
    """Refuse a password the rules of auth/passwords.py refuse (the API's schemas check the same)."""
    problem = password_problem(password)
    if problem:
        raise InvalidInputError(f"The password is not acceptable: {problem}", fields={field: [problem]})


def hash_password(password: str) -> str:
    return bcrypt.generate_password_hash(password).decode()


def password_matches(hashed: str, password: str) -> bool:
    """bcrypt raises on passwords over 72 bytes; no account has one, so they never match
    (the hash is still checked, so the answer takes the usual time)."""
    refused = too_long(password)
    matches = bcrypt.check_password_hash(hashed, "" if refused else password)
    return matches and not refused


def _dummy_hash() -> str:
    rounds = current_app.config["BCRYPT_LOG_ROUNDS"]
    if rounds not in _dummy_hashes:
        _dummy_hashes[rounds] = hash_password("not-a-real-password")
    return _dummy_hashes[rounds]


def register_user(email: str, password: str, full_name: str = "") -> User:
    check_new_password(password)
    email = normalize_email(email)
    if find_user_by_email(email) is not None:
        raise ConflictError("An account with this email already exists.", code="email_taken")
    user = User(email=email, hashed_password=hash_password(password), full_name=full_name.strip())
    db.session.add(user)
    try:
        db.session.commit()
    except IntegrityError as exc:  # two registrations racing for one email
        db.session.rollback()
        raise ConflictError("An account with this email already exists.", code="email_taken") from exc
    log.info("user registered", extra={"user_id": user.id})
    return user


def authenticate(email: str, password: str) -> User:
    """Return the user or raise AuthError; the same work and message whether or not the email exists."""
    user = find_user_by_email(email)
    if user is None:
        password_matches(_dummy_hash(), password)
        raise AuthError(LOGIN_FAILED, code="invalid_credentials")
    if not password_matches(user.hashed_password, password) or not user.is_active:
        raise AuthError(LOGIN_FAILED, code="invalid_credentials")
    return user


def issue_tokens(user: User) -> dict[str, Any]:
    claims = {"ver": user.token_version}
    expires: timedelta = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "access_token": create_access_token(identity=user.id, additional_claims=claims),
        "refresh_token": create_refresh_token(identity=user.id, additional_claims=claims),
        "token_type": "bearer",
        "expires_in": int(expires.total_seconds()),
        "user": user,
    }


def issue_access_token(user: User) -> dict[str, Any]:
    expires: timedelta = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "access_token": create_access_token(identity=user.id, additional_claims={"ver": user.token_version}),
        "token_type": "bearer",
        "expires_in": int(expires.total_seconds()),
        "user": user,
    }


def token_owner(payload: dict[str, Any]) -> tuple[User | None, bool]:
    """The token's user, and whether the token is dead: its user gone or inactive, its version
    older than the user's (password changed), or logged out. One query, on every request."""
    sub, jti = payload.get("sub"), payload.get("jti")
    if not isinstance(sub, str) or not isinstance(jti, str):
        return None, True
    row = db.session.execute(
        select(User, RevokedToken.jti)
        .select_from(User)
        .outerjoin(RevokedToken, RevokedToken.jti == jti)
        .where(User.id == sub)
    ).first()
    if row is None:
        return None, True
    user, revoked_jti = row
    dead = not user.is_active or payload.get("ver", 0) != user.token_version or revoked_jti is not None
    return user, dead


def revoke_token(payload: dict[str, Any]) -> None:
    jti = payload["jti"]
    if db.session.get(RevokedToken, jti) is None:
        expires_at = (
            datetime.fromtimestamp(payload["exp"], UTC).replace(tzinfo=None) if "exp" in payload else utcnow()
        )
        db.session.add(RevokedToken(jti=jti, user_id=payload["sub"], expires_at=expires_at))
    db.session.commit()


def revoke_encoded_token(encoded: str, user: User) -> bool:
    """Revoke another token of the same user (e.g. the refresh token sent with logout)."""
    try:
        payload = decode_token(encoded, allow_expired=True)
    except Exception:  # an unreadable token is as good as revoked
        return False
    if payload.get("sub") != user.id:
        return False
    revoke_token(payload)
    return True


def change_password(user: User, current_password: str, new_password: str) -> User:
    if not password_matches(user.hashed_password, current_password):
        raise AuthError("The current password is incorrect.", code="invalid_credentials")
    check_new_password(new_password, "new_password")
    user.hashed_password = hash_password(new_password)
    user.token_version += 1  # every token issued before now stops working
    db.session.commit()
    log.info("password changed; older tokens revoked", extra={"user_id": user.id})
    return user


def delete_user(user: User) -> None:
    user_id = user.id
    db.session.delete(user)
    db.session.commit()
    log.info("user deleted with all their data", extra={"user_id": user_id})


def purge_expired_revocations() -> int:
    """Forget revocations of tokens past their expiry: those tokens are refused anyway."""
    result = db.session.execute(delete(RevokedToken).where(RevokedToken.expires_at < utcnow()))
    db.session.commit()
    return result.rowcount or 0
