"""``POST /api/ask``: detect and answer a typed or pasted question."""

from __future__ import annotations

from dataclasses import asdict

from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from copilot.ask.schemas import AskResultSchema, AskSchema
from copilot.ask.service import ask
from copilot.auth.guard import login_required
from copilot.exceptions import InvalidInputError

blp = Blueprint("ask", __name__, url_prefix="/api", description="Typed questions")


@blp.route("/ask", methods=["POST"])
@login_required(blp)
@blp.arguments(AskSchema)
@blp.response(200, AskResultSchema)
def ask_question(data: dict):
    """Is this a question? If so, a suggested answer (saved to history unless ``save`` is false;
    ``answer: false`` only detects)."""
    if not data["text"].strip():
        raise InvalidInputError("The text is empty.", fields={"text": ["Must not be blank."]})
    result = ask(
        current_user.id,
        data["text"],
        language=data["language"],
        context_id=data["context_id"],
        save=data["save"],
        answer=data["answer"],
    )
    return asdict(result)
