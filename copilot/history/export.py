"""History exports as JSON, CSV or Markdown, produced row by row."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from copilot.models import InterviewHistory
from copilot.utils import isoformat

FORMATS = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}
CSV_COLUMNS = (
    "id",
    "timestamp",
    "question",
    "answer",
    "points",
    "transcript",
    "language",
    "context_id",
    "job_id",
)


def entry_dict(entry: InterviewHistory) -> dict:
    return {
        "id": entry.id,
        "timestamp": isoformat(entry.created_at),
        "question": entry.question,
        "answer": entry.answer,
        "points": list(entry.points or []),
        "question_type": entry.question_type,
        "unsupported": list(entry.unsupported or []),
        "transcript": entry.transcript or "",
        "language": entry.language or "",
        "context_id": entry.context_id,
        "job_id": entry.job_id,
        "interview_id": entry.interview_id,
    }


def export_json(entries: Iterable[InterviewHistory]) -> Iterator[str]:
    yield "["
    for index, entry in enumerate(entries):
        yield ("," if index else "") + "\n  " + json.dumps(entry_dict(entry), ensure_ascii=False)
    yield "\n]\n"


def _csv_safe(value: object) -> object:
    """Spreadsheets run cells starting with = + - @ as formulas; quote them out."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_csv(entries: Iterable[InterviewHistory]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        row = entry_dict(entry)
        row["points"] = " | ".join(row["points"])
        writer.writerow([_csv_safe(row[column]) for column in CSV_COLUMNS])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def export_markdown(entries: Iterable[InterviewHistory]) -> Iterator[str]:
    yield "# Interview history\n"
    for entry in entries:
        points = "".join(f"- {point}\n" for point in entry.points or [])
        yield f"\n## {entry.question}\n\n*{isoformat(entry.created_at)}*\n\n{points}{chr(10) if points else ''}{entry.answer}\n"


EXPORTERS = {"json": export_json, "csv": export_csv, "md": export_markdown}
