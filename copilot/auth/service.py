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
from copilot.jobs.events import AUTH_REVOKED
from copilot.models import RevokedToken, User
from copilot.offload import run_native
from copilot.utils import utcnow

log = logging.getLogger(__name__)

LOGIN_FAILED = "Incorrect email or password"
_dummy_hashes: dict[int, str] = {}


def normalize_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalize_email(email)))


def check_new_password(password: str, field: str = "password", *, user_inputs: tuple[str, ...] = ()) -> None:
    """Refuse a password the rules of auth/passwords.py refuse (the API's schemas check the same),
    then a guessable one (``check_password_strength``)."""
    problem = password_problem(password)
    if problem:
        raise InvalidInputError(f"The password is not acceptable: {problem}", fields={field: [problem]})
    check_password_strength(password, field=field, user_inputs=user_inputs)


def hash_password(password: str) -> str:
    # bcrypt is a quarter of a second of CPU by design: off the event loop.
    return run_native("cpu", bcrypt.generate_password_hash, password).decode()


def password_matches(hashed: str, password: str) -> bool:
    """bcrypt raises on passwords over 72 bytes; no account has one, so they never match
    (the hash is still checked, so the answer takes the usual time)."""
    refused = too_long(password)
    matches = run_native("cpu", bcrypt.check_password_hash, hashed, "" if refused else password)
    return matches and not refused


def check_password_strength(password: str, *, field: str, user_inputs: tuple[str, ...] = ()) -> None:
    """Refuse blank passwords and guessable ones: zxcvbn's estimate (common-password and word
    lists, keyboard patterns, repeats, the user's own email and name) below
    ``PASSWORD_MIN_SCORE`` (0–4; 2 means more than about a million guesses)."""
    from zxcvbn import zxcvbn

    if not password.strip():
        raise InvalidInputError("The password cannot be blank.", fields={field: ["Must not be blank."]})
    inputs = [part for value in user_inputs for part in value.replace("@", " ").split() if part]
    result = run_native("cpu", zxcvbn, password, user_inputs=inputs)
    if result["score"] < current_app.config["PASSWORD_MIN_SCORE"]:
        feedback = result["feedback"]
        hint = feedback.get("warning") or "It is too easy to guess."
        suggestions = " ".join(feedback.get("suggestions") or [])
        message = f"This password is too easy to guess: {hint}".rstrip(".") + "."
        raise InvalidInputError(
            message, fields={field: [f"{hint} {suggestions}".strip()]}, code="weak_password"
        )


def _dummy_hash() -> str:
    rounds = current_app.config["BCRYPT_LOG_ROUNDS"]
    if rounds not in _dummy_hashes:
        _dummy_hashes[rounds] = hash_password("not-a-real-password")
    return _dummy_hashes[rounds]


def register_user(email: str, password: str, full_name: str = "") -> User:
    email = normalize_email(email)
    check_new_password(password, user_inputs=(email, full_name))
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
    older than the user's (password changed), or logged out. One query, on every request.

    Every token this service issues has an expiry and the version claim; a token without them
    was not made here the usual way and is refused."""
    sub, jti, version = payload.get("sub"), payload.get("jti"), payload.get("ver")
    if not isinstance(sub, str) or not isinstance(jti, str):
        return None, True
    if isinstance(version, bool) or not isinstance(version, int) or "exp" not in payload:
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
    dead = not user.is_active or version != user.token_version or revoked_jti is not None
    return user, dead


def announce_revocation(user_id: str, **what: Any) -> None:
    """Tell the user's open sockets, in every process (the events bus crosses hosts), that some
    tokens died: ``jti`` (logout), ``token_version`` (password change) or ``deleted``."""
    bus = current_app.extensions.get("copilot_events")
    if bus is not None:
        bus.publish(user_id, {"type": AUTH_REVOKED, **what})


def revoke_token(payload: dict[str, Any]) -> None:
    jti = payload["jti"]
    if db.session.get(RevokedToken, jti) is None:
        expires_at = (
            datetime.fromtimestamp(payload["exp"], UTC).replace(tzinfo=None) if "exp" in payload else utcnow()
        )
        db.session.add(RevokedToken(jti=jti, user_id=payload["sub"], expires_at=expires_at))
    db.session.commit()
    announce_revocation(payload["sub"], jti=jti)


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
    check_new_password(new_password, "new_password", user_inputs=(user.email, user.full_name))
    user.hashed_password = hash_password(new_password)
    user.token_version += 1  # every token issued before now stops working
    db.session.commit()
    announce_revocation(user.id, token_version=user.token_version)
    log.info("password changed; older tokens revoked", extra={"user_id": user.id})
    return user


def delete_user(user: User) -> None:
    user_id = user.id
    db.session.delete(user)
    db.session.commit()
    announce_revocation(user_id, deleted=True)
    log.info("user deleted with all their data", extra={"user_id": user_id})


def purge_expired_revocations() -> int:
    """Forget revocations of tokens past their expiry: those tokens are refused anyway."""
    result = db.session.execute(delete(RevokedToken).where(RevokedToken.expires_at < utcnow()))
    db.session.commit()
    return result.rowcount or 0
