"""``POST /api/ask``: detect and answer a typed or pasted question."""

from __future__ import annotations

from dataclasses import asdict

from flask_jwt_extended import current_user
from marshmallow import fields, validate

from copilot.ask.service import ask
from copilot.auth.guard import login_required
from copilot.context.schemas import LANGUAGE
from copilot.exceptions import InvalidInputError
from copilot.http import Blueprint
from copilot.schemas import StrictSchema

blp = Blueprint("ask", __name__, url_prefix="/api", description="Typed questions")


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
