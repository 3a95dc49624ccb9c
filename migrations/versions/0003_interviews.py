"""interview records: interviews, their utterances, and the interview link of history rows and jobs

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 10:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "interviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("context_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["context_id"], ["interview_contexts.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id"),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index("ix_interviews_user_started", ["user_id", "started_at", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviews_user_id"), ["user_id"], unique=False)

    # A column with a foreign key: on SQLite, batch mode copies the table (nothing references
    # interview_history yet, so the copy loses nothing); PostgreSQL alters it in place.
    with op.batch_alter_table("interview_history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interview_id", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            "fk_interview_history_interview_id", "interviews", ["interview_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index(batch_op.f("ix_interview_history_interview_id"), ["interview_id"], unique=False)

    op.create_table(
        "interview_utterances",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("utterance_id", sa.String(length=64), nullable=False),
        sa.Column("speaker", sa.String(length=16), nullable=False),
        sa.Column("offset_s", sa.Float(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_question", sa.Boolean(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("job_id", sa.String(length=36), nullable=True),
        sa.Column("history_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["history_id"], ["interview_history.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("interview_id", "utterance_id", name="uq_interview_utterances_utterance"),
    )
    with op.batch_alter_table("interview_utterances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_utterances_interview_id"), ["interview_id"], unique=False)

    # Plain columns only: SQLite adds them in place, so the jobs table (and the audio rows that
    # cascade from it) is never copied. The string default "0" is false on both databases.
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interview_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("speaker", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("forced", sa.Boolean(), server_default="0", nullable=False))


def downgrade():
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("forced")
        batch_op.drop_column("speaker")
        batch_op.drop_column("interview_id")

    with op.batch_alter_table("interview_utterances", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_utterances_interview_id"))
    op.drop_table("interview_utterances")

    with op.batch_alter_table("interview_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_history_interview_id"))
        batch_op.drop_constraint("fk_interview_history_interview_id", type_="foreignkey")
        batch_op.drop_column("interview_id")

    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_user_id"))
        batch_op.drop_index("ix_interviews_user_started")
    op.drop_table("interviews")
