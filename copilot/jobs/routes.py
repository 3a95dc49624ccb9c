"""Audio upload and job endpoints: thin views over jobs/uploads.py and jobs/store.py."""

from __future__ import annotations

from flask import jsonify, request, url_for
from flask_jwt_extended import current_user

from copilot.auth.guard import login_required
from copilot.errors import error_response
from copilot.exceptions import InvalidInputError
from copilot.http import JSON, MULTIPART, Blueprint, accepts
from copilot.jobs import store, uploads
from copilot.jobs.schemas import (
    JobAcceptedSchema,
    JobListQuerySchema,
    JobListSchema,
    JobResultSchema,
    JobSchema,
    ProcessAudioFormSchema,
    ProcessAudioJsonSchema,
    ProcessAudioQuerySchema,
)
from copilot.jobs.status import JobStatus
from copilot.utils import isoformat

blp = Blueprint("jobs", __name__, url_prefix="/api", description="Audio jobs")


def _options(query: dict) -> dict:
    """Options may come in the query string or the body; the body wins."""
    if request.mimetype == JSON:
        # The whole body, spooled by copilot.serving.bodies (seekable, and already size-checked).
        body, samples = uploads.read_samples_body(request.environ["wsgi.input"], request.content_length)
        present = {"audio": []} if samples is not None else {}
        data = ProcessAudioJsonSchema().load({**_query_defaults(query), **body, **present})
        data.pop("audio")
        data["_samples"] = (samples, data.pop("sampleRate"))
        return data
    form = ProcessAudioFormSchema().load({**_query_defaults(query), **request.form.to_dict()})
    if "audio" not in request.files:
        raise InvalidInputError(
            "Send the recording in a multipart field named 'audio'.", fields={"audio": ["Missing file."]}
        )
    form["_file"] = request.files["audio"]
    return form


def _query_defaults(query: dict) -> dict:
    return {k: query[k] for k in ("language", "context_id", "interview_id") if k in request.args}


@blp.route("/process_audio", methods=["POST"])
@accepts(JSON, MULTIPART, large=True)
@login_required(blp)
@blp.arguments(ProcessAudioQuerySchema, location="query")
@blp.response(202, JobAcceptedSchema)
@blp.alt_response(200, schema=JobResultSchema, description="Finished within ?wait=N seconds")
@blp.doc(
    requestBody={
        "required": True,
        "content": {
            "application/json": {"schema": ProcessAudioJsonSchema},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["audio"],
                    "properties": {
                        "audio": {"type": "string", "format": "binary"},
                        "language": {"type": "string"},
                        "context_id": {"type": "integer"},
                        "interview_id": {"type": "string", "format": "uuid"},
                    },
                }
            },
        },
    }
)
def process_audio(query: dict):
    """Queue a recording (JSON samples or a file upload) for transcription and answering.

    Returns 202 with the job id at once; with ``?wait=N`` (≤ 30 s) waits for the result and
    returns the old guide's ``{success, job_id, transcript, question, answer, timestamp}``.
    """
    with uploads.large_body_slot(request.content_length):
        options = _options(query)
        if "_samples" in options:
            samples, rate = options.pop("_samples")
            job = uploads.accept_samples(current_user.id, samples, rate, options)
        else:
            job = uploads.accept_file(current_user.id, options.pop("_file").stream, options)
    accepted = job
    wait = query.get("wait") or 0
    if wait > 0:
        job = uploads.wait_for_job(accepted.id, wait) or accepted
        if job.status == JobStatus.DONE:
            # Not the 202 schema: a Response passes through flask-smorest untouched.
            return jsonify(
                JobResultSchema().dump(
                    {
                        "success": True,
                        "job_id": job.id,
                        "status": job.status,
                        "transcript": job.transcript,
                        "language": job.detected_language,
                        "question": job.question,
                        "answer": job.answer,
                        "points": list(job.answer_points or []),
                        "question_type": job.question_type,
                        "unsupported": list(job.unsupported or []),
                        "history_id": job.history_id,
                        "timestamp": isoformat(job.finished_at),
                    }
                )
            )
        if job.status == JobStatus.FAILED:
            code = job.error_code or "job_failed"
            response = error_response(
                store.error_status(code), code, job.error_message or "The job failed.", {"job_id": [job.id]}
            )
            response.headers["X-Job-ID"] = job.id
            return response
    return {
        "job_id": accepted.id,
        "status": job.status,
        "status_url": url_for("jobs.get_job", job_id=accepted.id),
    }, 202


@blp.route("/jobs/<string:job_id>", methods=["GET"])
@login_required(blp)
@blp.response(200, JobSchema)
def get_job(job_id: str):
    """A job's status, progress, stage timings and result or error. Only its owner sees it."""
    return store.get_job(current_user.id, job_id)


@blp.route("/jobs", methods=["GET"])
@login_required(blp)
@blp.arguments(JobListQuerySchema, location="query")
@blp.response(200, JobListSchema)
def list_jobs(args: dict):
    """The user's recent jobs, newest first."""
    return {"jobs": store.list_jobs(current_user.id, status=args["status"], limit=args["limit"])}
