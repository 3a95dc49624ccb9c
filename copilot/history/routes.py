"""History endpoints: thin views over history/service.py."""

from __future__ import annotations

from flask import Response, stream_with_context
from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from copilot.auth.guard import login_required
from copilot.history import service as history
from copilot.history.export import EXPORTERS, FORMATS
from copilot.history.schemas import ExportQuerySchema, HistoryPageSchema, HistoryQuerySchema
from copilot.schemas import SuccessSchema
from copilot.utils import utcnow

blp = Blueprint("history", __name__, url_prefix="/api/history", description="Question/answer history")


@blp.route("", methods=["GET"])
@login_required(blp)
@blp.arguments(HistoryQuerySchema, location="query")
@blp.response(200, HistoryPageSchema)
def list_entries(args: dict):
    """Newest first; pass ``next_cursor`` back as ``cursor`` for the next page; ``q`` searches."""
    page = history.list_history(current_user.id, limit=args["limit"], cursor=args["cursor"], q=args["q"])
    return {"success": True, "history": page.items, "next_cursor": page.next_cursor}


@blp.route("", methods=["DELETE"])
@login_required(blp)
@blp.response(200, SuccessSchema)
def clear():
    """Delete the whole history."""
    return {"success": True, "deleted": history.clear_history(current_user.id)}


@blp.route("/<int:entry_id>", methods=["DELETE"])
@login_required(blp)
@blp.response(200, SuccessSchema)
def delete_one(entry_id: int):
    history.delete_entry(current_user.id, entry_id)
    return {"success": True, "deleted": 1}


@blp.route("/export", methods=["GET"])
@login_required(blp)
@blp.arguments(ExportQuerySchema, location="query")
@blp.response(200, content_type="application/octet-stream")
def export(args: dict):
    """Download the history as JSON, CSV or Markdown."""
    fmt = args["format"]
    user_id = current_user.id
    rows = EXPORTERS[fmt](history.iter_history(user_id, q=args["q"]))
    filename = f"interview-history-{utcnow():%Y%m%d-%H%M%S}.{fmt}"
    return Response(
        stream_with_context(rows),
        content_type=FORMATS[fmt],  # whole: as a mimetype, Flask would append a second charset
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
