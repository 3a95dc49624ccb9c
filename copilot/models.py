"""SQLAlchemy models: the tables of the data model in DESIGN.md, nothing else."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from copilot.extensions import db
from copilot.jobs.status import JobKind, JobStatus
from copilot.utils import new_id, utcnow


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    email: Mapped[str] = mapped_column(String(320), unique=True, index=True)
    hashed_password: Mapped[str] = mapped_column(String(128))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    token_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class RevokedToken(db.Model):
    """A logged-out token, until it would have expired anyway (kept in the database so every
    web process and worker sees the revocation)."""

    __tablename__ = "revoked_tokens"

    jti: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    revoked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class InterviewContext(db.Model):
    __tablename__ = "interview_contexts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    cv: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    job_description: Mapped[str] = mapped_column(Text, default="")
    system_prompt: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="auto")
    is_active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class InterviewHistory(db.Model):
    __tablename__ = "interview_history"
    __table_args__ = (Index("ix_interview_history_user_created", "user_id", "created_at", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    context_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_contexts.id", ondelete="SET NULL"), nullable=True
    )
    # Unique: a job writes its history row exactly once, however often its task runs.
    job_id: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    transcript: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    # The answer as 2-4 talking points, the question's type, and what the grounding check flagged.
    points: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    question_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    unsupported: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    # The interview the question was heard in; deleting the interview keeps the row.
    interview_id: Mapped[str | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class Interview(db.Model):
    """One interview: a live session (``session_id``) or one made by hand that uploads name."""

    __tablename__ = "interviews"
    __table_args__ = (Index("ix_interviews_user_started", "user_id", "started_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    context_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_contexts.id", ondelete="SET NULL"), nullable=True
    )
    # Unique: every process that opens the record of a live session finds the same row.
    session_id: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class InterviewUtterance(db.Model):
    """One line of an interview's timeline: who spoke, when, what, and the answer suggested."""

    __tablename__ = "interview_utterances"
    # Unique: every write is an upsert, so a retried job or a second process writes a line once.
    __table_args__ = (
        UniqueConstraint("interview_id", "utterance_id", name="uq_interview_utterances_utterance"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    interview_id: Mapped[str] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    utterance_id: Mapped[str] = mapped_column(String(64))
    speaker: Mapped[str] = mapped_column(String(16), default="unknown")
    offset_s: Mapped[float] = mapped_column(Float, default=0.0)
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    is_question: Mapped[bool] = mapped_column(Boolean, default=False)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    job_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    history_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_history.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Job(db.Model):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_updated", "status", "updated_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    context_id: Mapped[int | None] = mapped_column(
        ForeignKey("interview_contexts.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(10), default=JobKind.UPLOAD)
    status: Mapped[str] = mapped_column(String(20), default=JobStatus.QUEUED)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    language: Mapped[str] = mapped_column(String(8), default="auto")
    session_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    utterance_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    audio_format: Mapped[str | None] = mapped_column(String(16), nullable=True)
    audio_duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    audio_sample_rate: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audio_bytes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    transcript: Mapped[str | None] = mapped_column(Text, nullable=True)
    detected_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    question: Mapped[str | None] = mapped_column(Text, nullable=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    answer_points: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    question_type: Mapped[str | None] = mapped_column(String(32), nullable=True)
    unsupported: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    history_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The interview record the job's utterance is filed under (no foreign key: a job in flight
    # outlives an interview deleted meanwhile, and then simply records nothing), who spoke it,
    # and whether to answer it even when no question is detected ("answer now").
    interview_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    speaker: Mapped[str | None] = mapped_column(String(16), nullable=True)
    forced: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    # The run that currently owns the job and until when; a run that stops renewing its lease
    # (killed worker) lets the sweep or a redelivered task take the job over.
    claim_token: Mapped[str | None] = mapped_column(String(36), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    stage_timings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class JobAudio(db.Model):
    """Decoded audio of a job (16 kHz mono float32), in the database so a worker on any host
    can read it without a shared disk. Deleted when the job ends."""

    __tablename__ = "job_audio"

    job_id: Mapped[str] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    sample_rate: Mapped[int] = mapped_column(Integer, default=16000)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
