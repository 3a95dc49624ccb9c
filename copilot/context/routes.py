"""Context endpoints: thin views over context/service.py."""

from __future__ import annotations

from flask_jwt_extended import current_user

from copilot.auth.guard import login_required
from copilot.context import service as contexts
from copilot.context.cv_files import extract_cv_text
from copilot.context.schemas import (
    CV_MAX_BYTES,
    ActiveContextSchema,
    ContextCreateSchema,
    ContextInputSchema,
    ContextListSchema,
    ContextSchema,
    CvUploadSchema,
)
from copilot.exceptions import InvalidInputError
from copilot.http import MULTIPART, Blueprint, accepts
from copilot.schemas import SuccessSchema

blp = Blueprint("context", __name__, url_prefix="/api", description="Interview contexts (CV, company, role)")

EMPTY_CONTEXT = {
    "id": None,
    "name": "",
    "cv": "",
    "company": "",
    "position": "",
    "job_description": "",
    "system_prompt": "",
    "language": "auto",
    "is_active": False,
    "created_at": None,
    "updated_at": None,
}


@blp.route("/context", methods=["GET"])
@login_required(blp)
@blp.response(200, ActiveContextSchema)
def get_active():
    """The active context (empty values when none is saved yet)."""
    return contexts.get_active_context(current_user.id) or EMPTY_CONTEXT


@blp.route("/context", methods=["POST"])
@login_required(blp)
@blp.arguments(ContextInputSchema)
@blp.response(200, ActiveContextSchema)
def upsert_active(data: dict):
    """Update the active context (created when missing); omitted fields keep their values."""
    return contexts.upsert_active_context(current_user.id, data)


@blp.route("/contexts", methods=["GET"])
@login_required(blp)
@blp.response(200, ContextListSchema)
def list_all():
    """All saved contexts, most recently edited first."""
    return {"contexts": contexts.list_contexts(current_user.id)}


@blp.route("/contexts", methods=["POST"])
@login_required(blp)
@blp.arguments(ContextCreateSchema)
@blp.response(201, ContextSchema)
def create(data: dict):
    """Save a new context; the first one (or one with ``activate: true``) becomes active."""
    activate = data.pop("activate", None)
    return contexts.create_context(current_user.id, data, activate=activate)


@blp.route("/contexts/<int:context_id>", methods=["GET"])
@login_required(blp)
@blp.response(200, ContextSchema)
def get_one(context_id: int):
    return contexts.get_context(current_user.id, context_id)


@blp.route("/contexts/<int:context_id>", methods=["PUT", "PATCH"])
@login_required(blp)
@blp.arguments(ContextInputSchema)
@blp.response(200, ContextSchema)
def update(data: dict, context_id: int):
    """Change some fields of a context."""
    return contexts.update_context(current_user.id, context_id, data)


@blp.route("/contexts/<int:context_id>", methods=["DELETE"])
@login_required(blp)
@blp.response(200, SuccessSchema)
def delete(context_id: int):
    contexts.delete_context(current_user.id, context_id)
    return {"success": True, "deleted": 1}


@blp.route("/contexts/<int:context_id>/activate", methods=["POST"])
@login_required(blp)
@blp.response(200, ContextSchema)
def activate(context_id: int):
    """Make this context the one answers are grounded in."""
    return contexts.activate_context(current_user.id, context_id)


@blp.route("/contexts/<int:context_id>/cv", methods=["POST"])
@accepts(MULTIPART)
@login_required(blp)
@blp.arguments(CvUploadSchema, location="files")
@blp.response(200, ContextSchema)
def upload_cv(files: dict, context_id: int):
    """Replace the context's CV with the text of an uploaded PDF, DOCX or TXT file."""
    contexts.get_context(current_user.id, context_id)  # 404 before reading the file
    text = extract_cv_text(files["file"].read(), contexts.document_limits())
    if len(text.encode("utf-8")) > CV_MAX_BYTES:
        raise InvalidInputError(
            "The CV text is longer than 50 KB; shorten the document.",
            fields={"cv": [f"Must be at most {CV_MAX_BYTES} bytes."]},
        )
    return contexts.set_cv(current_user.id, context_id, text)
