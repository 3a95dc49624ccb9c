"""Revocations (logout) are kept until the token would have expired anyway, then purged: by every
web process's periodic sweep and by ``flask users purge-revoked``."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from copilot.extensions import db
from copilot.models import RevokedToken
from copilot.utils import utcnow


def _revoked_tokens(app, auth, client) -> tuple[dict, str]:
    """A user with one live revocation (logged out now) and one whose token has expired."""
    user = auth.register()
    assert client.post("/api/auth/logout", headers=user["headers"]).status_code == 200
    with app.app_context():
        db.session.add(
            RevokedToken(
                jti="long-expired", user_id=user["user"]["id"], expires_at=utcnow() - timedelta(hours=1)
            )
        )
        db.session.commit()
    return user, "long-expired"


def _jtis(app) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(RevokedToken.jti)))


def test_the_periodic_sweep_purges_only_expired_revocations(app, auth, client):
    user, expired = _revoked_tokens(app, auth, client)
    before = _jtis(app)
    assert expired in before and len(before) == 2

    with app.app_context():
        app.extensions["copilot_queue"].periodic_sweep()

    assert _jtis(app) == before - {expired}
    # The logged-out token, still unexpired, stays refused.
    assert client.get("/api/auth/me", headers=user["headers"]).status_code == 401


def test_the_cli_purges_expired_revocations(app, auth, client, runner):
    _, expired = _revoked_tokens(app, auth, client)

    result = runner.invoke(args=["users", "purge-revoked"])

    assert result.exit_code == 0, result.output
    assert "purged 1 expired token revocation(s)" in result.output
    assert expired not in _jtis(app) and len(_jtis(app)) == 1
    assert "purged 0" in runner.invoke(args=["users", "purge-revoked"]).output
