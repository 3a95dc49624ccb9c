"""Schemas of the context endpoints, with the size limits of the design."""

from __future__ import annotations

from flask_smorest.fields import Upload
from marshmallow import fields, validate

from copilot.schemas import ByteLength, StrictSchema, Timestamp, TrimmedString

CV_MAX_BYTES = 50 * 1024
JOB_DESCRIPTION_MAX_BYTES = 20 * 1024
SYSTEM_PROMPT_MAX_BYTES = 10 * 1024
LANGUAGE = validate.Regexp(
    r"^(auto|[a-z]{2})$", error="Use 'auto' or a two-letter language code (en, pl, ...)."
)


class ContextInputSchema(StrictSchema):
    name = TrimmedString(validate=validate.Length(max=100))
    cv = fields.String(validate=ByteLength(CV_MAX_BYTES))
    company = TrimmedString(validate=validate.Length(max=200))
    position = TrimmedString(validate=validate.Length(max=200))
    job_description = fields.String(validate=ByteLength(JOB_DESCRIPTION_MAX_BYTES))
    system_prompt = fields.String(validate=ByteLength(SYSTEM_PROMPT_MAX_BYTES))
    language = fields.String(validate=LANGUAGE)


class ContextCreateSchema(ContextInputSchema):
    activate = fields.Boolean(load_default=None)


class ContextSchema(StrictSchema):
    id = fields.Integer(allow_none=True)
    name = fields.String()
    cv = fields.String()
    company = fields.String()
    position = fields.String()
    job_description = fields.String()
    system_prompt = fields.String()
    language = fields.String()
    is_active = fields.Boolean()
    created_at = Timestamp()
    updated_at = Timestamp()


class ActiveContextSchema(ContextSchema):
    success = fields.Boolean(dump_default=True)


class ContextListSchema(StrictSchema):
    contexts = fields.List(fields.Nested(ContextSchema))


class CvUploadSchema(StrictSchema):
    file = Upload(required=True, metadata={"description": "A PDF, DOCX or TXT file"})
