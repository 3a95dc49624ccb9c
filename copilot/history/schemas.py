"""Schemas of the history endpoints (the old guide's ``{success, history}`` shape plus paging)."""

from __future__ import annotations

from marshmallow import fields, validate

from copilot.schemas import StrictSchema, Timestamp


class HistoryQuerySchema(StrictSchema):
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = fields.String(load_default=None, validate=validate.Length(max=200))
    q = fields.String(load_default=None, validate=validate.Length(max=200))


class HistoryEntrySchema(StrictSchema):
    id = fields.Integer()
    question = fields.String()
    answer = fields.String()
    transcript = fields.String()
    language = fields.String()
    context_id = fields.Integer(allow_none=True)
    job_id = fields.String(allow_none=True)
    interview_id = fields.String(allow_none=True)
    points = fields.List(fields.String(), dump_default=list)
    question_type = fields.String(allow_none=True)
    unsupported = fields.List(fields.String(), dump_default=list)
    timestamp = Timestamp(attribute="created_at")


class HistoryPageSchema(StrictSchema):
    success = fields.Boolean(dump_default=True)
    history = fields.List(fields.Nested(HistoryEntrySchema))
    next_cursor = fields.String(allow_none=True)


class ExportQuerySchema(StrictSchema):
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "csv", "md"]))
    q = fields.String(load_default=None, validate=validate.Length(max=200))
