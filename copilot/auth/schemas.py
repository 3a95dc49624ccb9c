"""Request and response schemas of the auth endpoints."""

from __future__ import annotations

from marshmallow import ValidationError, fields, validate, validates

from copilot.schemas import StrictSchema, Timestamp, TrimmedString

PASSWORD_MIN = 8
PASSWORD_MAX_BYTES = 72  # bcrypt ignores (or refuses) anything longer


def _password_field(**kwargs) -> fields.String:
    return fields.String(required=True, load_only=True, validate=validate.Length(min=PASSWORD_MIN), **kwargs)


class PasswordRules:
    @staticmethod
    def check(value: str) -> None:
        if len(value.encode("utf-8")) > PASSWORD_MAX_BYTES:
            raise ValidationError(f"Must be at most {PASSWORD_MAX_BYTES} bytes.")


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

    @validates("password")
    def _password_bytes(self, value: str, **_kwargs) -> None:
        PasswordRules.check(value)


class LoginSchema(StrictSchema):
    email = fields.String(required=True, validate=validate.Length(min=1, max=320))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=1024))


class PasswordChangeSchema(StrictSchema):
    current_password = fields.String(required=True, load_only=True)
    new_password = _password_field()

    @validates("new_password")
    def _password_bytes(self, value: str, **_kwargs) -> None:
        PasswordRules.check(value)


class LogoutSchema(StrictSchema):
    refresh_token = fields.String(load_default=None)


class TokenSchema(StrictSchema):
    access_token = fields.String(required=True)
    refresh_token = fields.String()
    token_type = fields.String(required=True)
    expires_in = fields.Integer(required=True)
    user = fields.Nested(UserSchema, required=True)
