"""Schema building blocks shared by the blueprints: strict base schema, byte limits, timestamps."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate

from copilot.utils import isoformat

ROW_ID_MAX = 2**63 - 1  # the largest id any of our databases can store


def is_row_id(value: int) -> bool:
    """Whether ``value`` can be a row id at all (SQLite refuses to even compare larger ints)."""
    return 0 < value <= ROW_ID_MAX


class StrictSchema(Schema):
    """Unknown fields are an error: a typo ("compnay") should not be silently ignored."""

    class Meta:
        unknown = RAISE


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
