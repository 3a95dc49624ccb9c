"""What a live utterance is filed under: the session, context and language of the moment it ended,
however soon the client stops or starts another session afterwards."""

from __future__ import annotations

import time
import uuid

import numpy as np
import pytest
import requests
from sqlalchemy import select

from copilot.extensions import db
from copilot.live.stt_pool import LiveTranscription
from copilot.models import Job
from tests.support.ws_client import load_wav

pytestmark = pytest.mark.slow


@pytest.fixture
def slow_job_creation(monkeypatch):
    """Jobs of finished utterances are created on the speech pool; delay them, so the client's
    next messages are handled first (as happens when the pool is busy)."""

    def submit(self, fn, *args):
        def later():
            time.sleep(1.0)
            return fn(*args)

        return self.pool.submit(later)

    monkeypatch.setattr(LiveTranscription, "submit", submit)


def _context(live, user: dict, **values) -> int:
    response = requests.post(
        f"{live.base_url}/api/contexts", headers=user["headers"], json=values, timeout=10
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_stop_and_a_new_start_right_after_an_utterance_do_not_change_its_job(
    live, live_app, slow_job_creation
):
    user = live.register()
    first_context = _context(live, user, name="Acme", language="en")
    second_context = _context(live, user, name="Globex", language="pl")
    first_session, second_session = str(uuid.uuid4()), str(uuid.uuid4())
    client = live.connect(user["token"])
    client.wait_for("ready")
    client.send({"type": "start", "language": "en", "context_id": first_context, "session_id": first_session})
    client.wait_for("started", session_id=first_session)

    speech = np.concatenate([np.zeros(4800, np.float32), load_wav("en_why_our_company.wav")])
    client.stream(speech)  # ends mid-speech: "stop" ends the utterance
    client.send({"type": "stop"})
    client.send(
        {"type": "start", "language": "pl", "context_id": second_context, "session_id": second_session}
    )

    assert client.wait_for("stopped")["session_id"] == first_session
    client.wait_for("started", session_id=second_session)
    queued = client.wait_for("job", status="queued", timeout=30)
    assert queued["session_id"] == first_session and queued["kind"] == "live"
    with live_app.app_context():
        jobs = db.session.scalars(select(Job)).all()
    assert [job.id for job in jobs] == [queued["job_id"]]
    job = jobs[0]
    assert (job.session_id, job.context_id, job.language) == (first_session, first_context, "en")
    assert job.utterance_id.startswith(first_session[:8])
