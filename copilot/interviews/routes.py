"""Interview endpoints: thin views over interviews/service.py, review.py and export.py."""

from __future__ import annotations

from flask import Response, current_app, stream_with_context
from flask_jwt_extended import current_user

from copilot.auth.guard import login_required
from copilot.context import service as contexts
from copilot.http import Blueprint
from copilot.interviews import export, service
from copilot.interviews.schemas import (
    ExportQuerySchema,
    InterviewCreateSchema,
    InterviewDetailSchema,
    InterviewPageSchema,
    InterviewQuerySchema,
    InterviewSchema,
    InterviewUpdateSchema,
    RelabelSchema,
    UtteranceSchema,
)

blp = Blueprint("interviews", __name__, url_prefix="/api/interviews", description="Interview records")


def _item(interview) -> dict:
    return export.page_items([interview])[0]


@blp.route("", methods=["GET"])
@login_required(blp)
@blp.arguments(InterviewQuerySchema, location="query")
@blp.response(200, InterviewPageSchema)
def list_interviews(args: dict):
    """Newest first; pass ``next_cursor`` back as ``cursor`` for the next page."""
    page = service.list_interviews(current_user.id, limit=args["limit"], cursor=args["cursor"])
    return {"items": export.page_items(page.items), "next_cursor": page.next_cursor}


@blp.route("", methods=["POST"])
@login_required(blp)
@blp.arguments(InterviewCreateSchema)
@blp.response(201, InterviewSchema)
def create(data: dict):
    """An interview made by hand: uploads name it (``interview_id``) to be filed under it. Its
    context is the one given, else the active one."""
    context = contexts.requested_context(current_user.id, data["context_id"])
    interview = service.create_interview(
        current_user.id,
        title=data["title"],
        context_id=context.id if context else None,
        language=data["language"],
    )
    return _item(interview)


@blp.route("/<string:interview_id>", methods=["GET"])
@login_required(blp)
@blp.response(200, InterviewDetailSchema)
def get(interview_id: str):
    """The interview with its timeline and its review (talk time, questions, summary)."""
    return export.detail(service.get_interview(current_user.id, interview_id), current_app.config)


@blp.route("/<string:interview_id>", methods=["PATCH"])
@login_required(blp)
@blp.arguments(InterviewUpdateSchema)
@blp.response(200, InterviewSchema)
def update(data: dict, interview_id: str):
    """Rename the interview."""
    return _item(service.rename(current_user.id, interview_id, data["title"]))


@blp.route("/<string:interview_id>", methods=["DELETE"])
@login_required(blp)
@blp.response(204)
def delete(interview_id: str):
    """Delete the interview and its timeline; its history entries stay."""
    service.delete_interview(current_user.id, interview_id)


@blp.route("/<string:interview_id>/export", methods=["GET"])
@login_required(blp)
@blp.arguments(ExportQuerySchema, location="query")
@blp.response(200, content_type="application/octet-stream")
def export_one(args: dict, interview_id: str):
    """Download the interview, its timeline and review as JSON or Markdown."""
    fmt = args["format"]
    interview = service.get_interview(current_user.id, interview_id)
    data = export.detail(interview, current_app.config)
    filename = f"interview-{interview.started_at:%Y%m%d-%H%M}-{interview.id[:8]}.{fmt}"
    return Response(
        stream_with_context(export.EXPORTERS[fmt](data)),
        content_type=export.FORMATS[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@blp.route("/<string:interview_id>/utterances/<string:utterance_id>", methods=["PATCH"])
@login_required(blp)
@blp.arguments(RelabelSchema)
@blp.response(200, UtteranceSchema)
def relabel(data: dict, interview_id: str, utterance_id: str):
    """Say who spoke a line ("candidate" or "interviewer"); the label is kept."""
    line = service.relabel(current_user.id, interview_id, utterance_id, data["speaker"])
    return export.line_item(line)
