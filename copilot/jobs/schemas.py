"""Schemas of the audio job endpoints."""

from __future__ import annotations

from marshmallow import fields, validate

from copilot.context.schemas import LANGUAGE
from copilot.jobs.status import JobStatus
from copilot.schemas import StrictSchema, Timestamp, UUIDString


class UploadOptionsSchema(StrictSchema):
    """Options accepted in the query string, the form fields or the JSON body."""

    language = fields.String(load_default="auto", validate=LANGUAGE)
    context_id = fields.Integer(load_default=None, allow_none=True, strict=False)
    interview_id = UUIDString(
        load_default=None, allow_none=True, metadata={"description": "File the result under this interview"}
    )


class ProcessAudioQuerySchema(UploadOptionsSchema):
    wait = fields.Float(load_default=0, validate=validate.Range(min=0, max=30))


class ProcessAudioJsonSchema(UploadOptionsSchema):
    """The old guide's client: samples as floats in [-1, 1] and their rate (8000–48000 Hz)."""

    audio = fields.Raw(required=True, metadata={"description": "Samples: a JSON array of numbers in [-1, 1]"})
    sampleRate = fields.Raw(required=True, metadata={"description": "Sample rate in Hz (8000–48000)"})


class ProcessAudioFormSchema(UploadOptionsSchema):
    pass


class JobAcceptedSchema(StrictSchema):
    job_id = fields.String()
    status = fields.String()
    status_url = fields.String()


class JobResultSchema(StrictSchema):
    """The old guide's synchronous result shape (``?wait=N`` when the job finished in time)."""

    success = fields.Boolean()
    job_id = fields.String()
    status = fields.String()
    transcript = fields.String(allow_none=True)
    language = fields.String(allow_none=True, metadata={"description": "The language heard"})
    question = fields.String(allow_none=True)
    answer = fields.String(allow_none=True)
    points = fields.List(fields.String(), dump_default=list)
    question_type = fields.String(allow_none=True)
    unsupported = fields.List(fields.String(), dump_default=list)
    history_id = fields.Integer(allow_none=True)
    timestamp = fields.String()


class JobAudioSchema(StrictSchema):
    format = fields.String(attribute="audio_format")
    duration_s = fields.Float(attribute="audio_duration_s")
    sample_rate = fields.Integer(attribute="audio_sample_rate", allow_none=True)
    bytes = fields.Integer(attribute="audio_bytes", allow_none=True)


class JobSchema(StrictSchema):
    job_id = fields.String(attribute="id")
    kind = fields.String()
    status = fields.String()
    progress = fields.Float()
    language = fields.String()
    detected_language = fields.String(allow_none=True)
    context_id = fields.Integer(allow_none=True)
    interview_id = fields.String(allow_none=True)
    speaker = fields.String(allow_none=True)
    attempts = fields.Integer()
    max_attempts = fields.Integer()
    audio = fields.Function(lambda job: JobAudioSchema().dump(job))
    stage_timings = fields.Dict()
    result = fields.Method("_result", allow_none=True)
    error = fields.Method("_error", allow_none=True)
    status_url = fields.Function(lambda job: f"/api/jobs/{job.id}")
    created_at = Timestamp()
    started_at = Timestamp()
    finished_at = Timestamp()

    def _result(self, job) -> dict | None:
        if job.status != JobStatus.DONE:
            return None
        return {
            "transcript": job.transcript,
            "language": job.detected_language,
            "question": job.question,
            "answer": job.answer,
            "points": list(job.answer_points or []),
            "question_type": job.question_type,
            "unsupported": list(job.unsupported or []),
            "history_id": job.history_id,
        }

    def _error(self, job) -> dict | None:
        if job.status != JobStatus.FAILED and not job.error_code:
            return None
        return {"code": job.error_code, "message": job.error_message}


class JobListQuerySchema(StrictSchema):
    status = fields.String(load_default=None, validate=validate.OneOf(list(JobStatus)))
    limit = fields.Integer(load_default=20, validate=validate.Range(min=1, max=100))


class JobListSchema(StrictSchema):
    jobs = fields.List(fields.Nested(JobSchema))
