"""Schemas of the interview endpoints: paging like the history, the timeline and its review."""

from __future__ import annotations

from marshmallow import fields, validate

from copilot.interviews.service import LABELS, SPEAKERS
from copilot.schemas import StrictSchema, Timestamp, TrimmedString

OPTIONAL_LANGUAGE = validate.Regexp(
    r"^(auto|[a-z]{2})?$", error="Use 'auto', a two-letter language code (en, pl, ...) or nothing."
)


class InterviewQuerySchema(StrictSchema):
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))
    cursor = fields.String(load_default=None, validate=validate.Length(max=200))


class InterviewCreateSchema(StrictSchema):
    """An interview made by hand, for uploads to be filed under (live sessions make their own)."""

    title = TrimmedString(load_default="", validate=validate.Length(max=200))
    context_id = fields.Integer(load_default=None, allow_none=True)
    language = fields.String(load_default="", validate=OPTIONAL_LANGUAGE)


class InterviewUpdateSchema(StrictSchema):
    title = TrimmedString(required=True, validate=validate.Length(max=200))


class RelabelSchema(StrictSchema):
    speaker = fields.String(required=True, validate=validate.OneOf(LABELS))


class ExportQuerySchema(StrictSchema):
    format = fields.String(load_default="json", validate=validate.OneOf(["json", "md"]))


class InterviewSchema(StrictSchema):
    id = fields.String()
    title = fields.String()
    context_id = fields.Integer(allow_none=True)
    language = fields.String()
    started_at = Timestamp()
    ended_at = Timestamp(allow_none=True)
    utterance_count = fields.Integer()
    question_count = fields.Integer()


class InterviewPageSchema(StrictSchema):
    items = fields.List(fields.Nested(InterviewSchema))
    next_cursor = fields.String(allow_none=True)


class UtteranceSchema(StrictSchema):
    utterance_id = fields.String()
    speaker = fields.String(metadata={"enum": list(SPEAKERS)})
    offset_s = fields.Float(metadata={"description": "Seconds since the interview started"})
    duration_s = fields.Float(allow_none=True)
    text = fields.String()
    is_question = fields.Boolean()
    answer = fields.String(allow_none=True, metadata={"description": "The answer suggested"})
    history_id = fields.Integer(allow_none=True)


class ReviewQuestionSchema(StrictSchema):
    utterance_id = fields.String()
    question = fields.String()
    suggested_answer = fields.String(allow_none=True)
    candidate_said = fields.String(allow_none=True)
    answered = fields.Boolean()


class ReviewSchema(StrictSchema):
    talk_time = fields.Dict(
        keys=fields.String(), values=fields.Float(), metadata={"description": "Seconds per speaker"}
    )
    questions = fields.List(fields.Nested(ReviewQuestionSchema))
    unanswered = fields.List(fields.String(), metadata={"description": "Utterance ids"})
    summary = fields.String()


class InterviewDetailSchema(InterviewSchema):
    timeline = fields.List(fields.Nested(UtteranceSchema))
    review = fields.Nested(ReviewSchema)
