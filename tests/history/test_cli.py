"""Operator commands for history: ``flask history purge``."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from copilot.extensions import db
from copilot.history import service as history
from copilot.models import InterviewHistory
from copilot.utils import utcnow


def test_history_purge_removes_only_old_entries(app, runner, auth):
    user_id = auth.register()["user"]["id"]
    other_id = auth.register()["user"]["id"]
    with app.app_context():
        ages = {"ancient": 400, "old": 31, "edge-inside": 29, "recent": 1, "now": 0}
        for owner in (user_id, other_id):
            for label, days in ages.items():
                entry_id = history.add_entry(owner, label, "answer")
                db.session.execute(
                    update(InterviewHistory)
                    .where(InterviewHistory.id == entry_id)
                    .values(created_at=utcnow() - timedelta(days=days))
                )
        db.session.commit()

    result = runner.invoke(args=["history", "purge", "--older-than", "30"])
    assert result.exit_code == 0, result.output
    assert "deleted 4 entries" in result.output
    with app.app_context():
        kept = sorted(db.session.scalars(select(InterviewHistory.question)).all())
    assert kept == sorted(["edge-inside", "recent", "now"] * 2)

    again = runner.invoke(args=["history", "purge", "--older-than", "30"])
    assert "deleted 0 entries" in again.output
    refused = runner.invoke(args=["history", "purge", "--older-than", "-1"])
    assert refused.exit_code != 0
    missing = runner.invoke(args=["history", "purge"])
    assert missing.exit_code != 0
