"""Everything an account holds, as one JSON document: profile, contexts, history, interviews
(each with its timeline and review). Written piece by piece, so a long history stays small in
memory."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from flask import current_app

from copilot.auth.schemas import UserSchema
from copilot.context import service as contexts
from copilot.context.schemas import ContextSchema
from copilot.history import service as history
from copilot.history.export import entry_dict
from copilot.interviews import export as interview_export
from copilot.interviews import service as interviews
from copilot.models import User
from copilot.utils import isoformat, utcnow


def _array(items: Iterator[Any]) -> Iterator[str]:
    yield "["
    for index, item in enumerate(items):
        yield ("," if index else "") + "\n    " + json.dumps(item, ensure_ascii=False)
    yield "\n  ]"


def _interviews(user_id: str) -> Iterator[dict[str, Any]]:
    # The stored summary or the extractive one: an export never waits on the model per interview.
    for interview in interviews.iter_interviews(user_id):
        data = interview_export.detail(interview, current_app.config, use_model=False)
        yield interview_export.plain(data)


def export_account(user: User) -> Iterator[str]:
    """``{"exported_at", "user", "contexts", "history", "interviews"}``, newest first."""
    user_id = user.id
    yield "{\n"
    yield f'  "exported_at": {json.dumps(isoformat(utcnow()))},\n'
    yield f'  "user": {json.dumps(UserSchema().dump(user), ensure_ascii=False)},\n'
    yield '  "contexts": '
    yield from _array(ContextSchema().dump(context) for context in contexts.list_contexts(user_id))
    yield ',\n  "history": '
    yield from _array(entry_dict(entry) for entry in history.iter_history(user_id))
    yield ',\n  "interviews": '
    yield from _array(_interviews(user_id))
    yield "\n}\n"
