"""The README says what the service does: its examples run as written, and its socket table and
metric names match what the code sends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from copilot.jobs import messages
from copilot.jobs.messages import JobRef, MessageType
from copilot.jobs.status import JobStatus

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
JOB_FIELDS = {"job_id", "utterance_id", "session_id", "kind"}


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def test_every_shell_variable_of_an_example_is_set_before_it_is_used():
    for block in _shell_blocks():
        defined: set[str] = set()
        for line in block.splitlines():
            code = line.split(" # ")[0]
            used = set(re.findall(r"\$\{?([A-Z_][A-Z0-9_]*)", code)) - {"PWD", "HOME"}
            assert used <= defined, (line, used - defined)
            defined |= set(re.findall(r"(?:^|\s|export\s)([A-Z_][A-Z0-9_]*)=", code))


def _socket_table() -> dict[str, set[str]]:
    """The names each row of the server → client table mentions, "job fields" spelled out."""
    table = README.split("| server → client | fields |", 1)[1].split("\n\n", 1)[0]
    rows = {}
    for line in table.splitlines()[2:]:
        name, fields = re.match(r"\| `(\w+)` \| (.*) \|$", line).groups()
        names = set(re.findall(r"`(\w+)`", fields))
        rows[name] = names | (JOB_FIELDS if "job fields" in fields else set())
    return rows


JOB = JobRef("job-1", "user-1", "utt-1", "session-1", "live")
SENT = [
    messages.ready("session-1", "user-1"),
    messages.started("session-1", 16000, "en", 1),
    messages.stopped("session-1"),
    messages.flushed(),
    messages.pong(1),
    messages.error("bad_message", "Frames must be JSON."),
    messages.error("backend_timeout", "timed out", JOB),
    messages.partial_transcription("tell me", "utt-1", "en"),
    messages.answer_withdrawn("job-1", "utt-1", "session-1"),
    messages.transcription(JOB, "tell me about", "en"),
    messages.question_detected(JOB, "Tell me about Kafka?", "en"),
    messages.answer_delta(JOB, "I built"),
    messages.answer(
        JOB,
        "I built it.",
        "Tell me about Kafka?",
        7,
        {"points": ["Kafka"], "question_type": "experience", "unsupported": []},
    ),
    messages.job_status(JOB, JobStatus.QUEUED, reason="silence"),
    messages.job_status(JOB, JobStatus.QUEUED, reason="pause"),
    messages.job_status(JOB, JobStatus.TRANSCRIBING, attempt=1),
    messages.job_status(JOB, JobStatus.QUEUED, retry_in=2.0),
    messages.job_status(
        JOB,
        JobStatus.DONE,
        question="Q?",
        answer="A.",
        history_id=7,
        points=[],
        question_type="other",
        unsupported=[],
    ),
    messages.job_status(JOB, JobStatus.FAILED, error={"code": "bad_audio", "message": "silent"}),
]


def test_the_socket_table_lists_every_message_type():
    assert set(_socket_table()) == {str(kind) for kind in MessageType}


@pytest.mark.parametrize("message", SENT, ids=lambda message: message["type"])
def test_every_field_a_client_receives_is_in_the_socket_table(message):
    assert set(message) - {"type"} <= _socket_table()[message["type"]]


def test_metric_names_in_the_readme_are_the_ones_served(client):
    served = client.get("/metrics").get_data(as_text=True)
    names = set(re.findall(r"^# TYPE (\w+) ", served, flags=re.M))
    # The client library's own series: process and runtime figures, and each series' creation time.
    ours = {
        name
        for name in names
        if not name.startswith(("python_", "process_")) and not name.endswith("_created")
    }
    section = README.split("`/metrics` (Prometheus text", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"`([a-z]\w+)[{`]", section))
    assert documented == ours
