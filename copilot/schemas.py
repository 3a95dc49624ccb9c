"""Schema building blocks shared by the blueprints: strict base schema, byte limits, timestamps."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate

from copilot.utils import isoformat

ROW_ID_MAX = 2**63 - 1  # the largest id any of our databases can store


def is_row_id(value: int) -> bool:
    """Whether ``value`` can be a row id at all (SQLite refuses to even compare larger ints)."""
    return 0 < value <= ROW_ID_MAX


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(key) or _has_nul(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(item) for item in value)
    return False


class StrictSchema(Schema):
    """Unknown fields are an error: a typo ("compnay") should not be silently ignored. Text with
    NUL characters is refused too: PostgreSQL cannot store or even compare it."""

    class Meta:
        unknown = RAISE

    @pre_load
    def _refuse_nul(self, data: Any, **_kwargs: Any) -> Any:
        if hasattr(data, "items"):
            bad = {
                str(key): ["Must not contain NUL characters."]
                for key, value in data.items()
                if _has_nul(value)
            }
            if bad:
                raise ValidationError(bad)
        return data


class ByteLength(validate.Validator):
    """Limit the UTF-8 size of a string (the design's limits are in KB, not characters)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes

    def __call__(self, value: str) -> str:
        size = len(value.encode("utf-8"))
        if size > self.max_bytes:
            raise ValidationError(f"Must be at most {self.max_bytes} bytes (got {size}).")
        return value


class Timestamp(fields.Field):
    """A naive-UTC datetime column rendered as ISO 8601 with its UTC offset."""

    def _serialize(self, value: datetime | None, attr: str | None, obj: Any, **kwargs: Any) -> str | None:
        return isoformat(value)


class UUIDString(fields.UUID):
    """A UUID in its canonical text form (lower case, dashed): the ids of our string-keyed rows."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        return str(super()._deserialize(value, attr, data, **kwargs))


class TrimmedString(fields.String):
    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        return super()._deserialize(value, attr, data, **kwargs).strip()


class ErrorDetailSchema(Schema):
    code = fields.String(required=True, metadata={"description": "Stable machine-readable error code"})
    message = fields.String(required=True, metadata={"description": "What went wrong, for people"})
    fields = fields.Dict(metadata={"description": "Per-field validation messages"})


class ErrorSchema(Schema):
    error = fields.Nested(ErrorDetailSchema, required=True)


class SuccessSchema(Schema):
    success = fields.Boolean(dump_default=True)
    deleted = fields.Integer()
