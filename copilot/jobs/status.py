"""The states and kinds of a job: one vocabulary for the model, the store, the pipeline, the schemas
and the messages clients receive.

queued → transcribing → detecting → answering → done | failed; a transient failure sends a running
job back to queued for its retry.
"""

from __future__ import annotations

from enum import StrEnum


class JobStatus(StrEnum):
    QUEUED = "queued"
    TRANSCRIBING = "transcribing"
    DETECTING = "detecting"
    ANSWERING = "answering"
    DONE = "done"
    FAILED = "failed"

    @property
    def progress(self) -> float:
        """How far along the job is, 0..1, as clients see it."""
        return _PROGRESS[self]


_PROGRESS = {
    JobStatus.QUEUED: 0.0,
    JobStatus.TRANSCRIBING: 0.1,
    JobStatus.DETECTING: 0.5,
    JobStatus.ANSWERING: 0.6,
    JobStatus.DONE: 1.0,
    JobStatus.FAILED: 1.0,
}
# A run holds the job (under a lease) in these.
RUNNING_STATUSES = frozenset({JobStatus.TRANSCRIBING, JobStatus.DETECTING, JobStatus.ANSWERING})
# Not finished yet: the sweep and a redelivered task may still run it.
ACTIVE_STATUSES = frozenset({JobStatus.QUEUED, *RUNNING_STATUSES})
FINISHED_STATUSES = frozenset({JobStatus.DONE, JobStatus.FAILED})


class JobKind(StrEnum):
    UPLOAD = "upload"  # POST /api/process_audio
    LIVE = "live"  # an utterance of a /ws/audio socket
