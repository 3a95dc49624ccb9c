"""Schemas of ``POST /api/ask``."""

from __future__ import annotations

from marshmallow import fields, validate

from copilot.context.schemas import LANGUAGE
from copilot.schemas import StrictSchema


class AskSchema(StrictSchema):
    text = fields.String(required=True, validate=validate.Length(min=1, max=5000))
    language = fields.String(load_default="auto", validate=LANGUAGE)
    context_id = fields.Integer(load_default=None, allow_none=True)
    save = fields.Boolean(load_default=True)
    answer = fields.Boolean(load_default=True)


class AskResultSchema(StrictSchema):
    is_question = fields.Boolean()
    question = fields.String(allow_none=True)
    answer = fields.String(allow_none=True)
    history_id = fields.Integer(allow_none=True)
    language = fields.String()
    kind = fields.String()
    confidence = fields.Float()
    points = fields.List(fields.String(), metadata={"description": "The answer as 2-4 talking points"})
    question_type = fields.String(allow_none=True)
    unsupported = fields.List(
        fields.String(), metadata={"description": "Numbers and names the grounding check found in no source"}
    )
