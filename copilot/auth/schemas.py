"""Request and response schemas of the auth endpoints."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate

from copilot.auth.passwords import MAX_BYTES, MIN_CHARACTERS, password_problem
from copilot.schemas import StrictSchema, Timestamp, TrimmedString


def _new_password(value: str) -> None:
    problem = password_problem(value)
    if problem:
        raise ValidationError(problem)


def _password_field() -> fields.String:
    """A new password: the rules of auth/passwords.py, as for ``flask users create``."""
    return fields.String(
        required=True,
        load_only=True,
        validate=_new_password,
        metadata={"minLength": MIN_CHARACTERS, "description": f"At most {MAX_BYTES} UTF-8 bytes"},
    )


class TrimmedEmail(fields.Email):
    """Spaces pasted around an address are not part of it (login ignores them too)."""

    def _deserialize(self, value, attr, data, **kwargs) -> str:
        if isinstance(value, str):
            value = value.strip()
        return super()._deserialize(value, attr, data, **kwargs)


class UserSchema(StrictSchema):
    id = fields.String(dump_only=True)
    email = fields.String(dump_only=True)
    full_name = fields.String(dump_only=True)
    is_active = fields.Boolean(dump_only=True)
    created_at = Timestamp(dump_only=True)


class RegisterSchema(StrictSchema):
    email = TrimmedEmail(required=True, validate=validate.Length(max=320))
    password = _password_field()
    full_name = TrimmedString(load_default="", validate=validate.Length(max=200))


class LoginSchema(StrictSchema):
    email = fields.String(required=True, validate=validate.Length(min=1, max=320))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=1024))


class PasswordChangeSchema(StrictSchema):
    current_password = fields.String(required=True, load_only=True)
    new_password = _password_field()


class LogoutSchema(StrictSchema):
    refresh_token = fields.String(load_default=None)


class TokenSchema(StrictSchema):
    access_token = fields.String(required=True)
    refresh_token = fields.String()
    token_type = fields.String(required=True)
    expires_in = fields.Integer(required=True)
    user = fields.Nested(UserSchema, required=True)
