"""answer talking points, question type and grounding flags on jobs and history

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 13:10:00

"""
from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    for table, points in (("interview_history", "points"), ("jobs", "answer_points")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(points, sa.JSON(), nullable=True))
            batch_op.add_column(sa.Column("question_type", sa.String(length=32), nullable=True))
            batch_op.add_column(sa.Column("unsupported", sa.JSON(), nullable=True))


def downgrade():
    for table, points in (("interview_history", "points"), ("jobs", "answer_points")):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("unsupported")
            batch_op.drop_column("question_type")
            batch_op.drop_column(points)
