"""An interview as plain data (the API's and the JSON export's shape) and as Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from copilot.extensions import db
from copilot.interviews import review, service
from copilot.models import Interview, InterviewContext, InterviewUtterance
from copilot.utils import isoformat

FORMATS = {"json": "application/json", "md": "text/markdown; charset=utf-8"}


def interview_item(interview: Interview, line_count: int, question_count: int) -> dict[str, Any]:
    return {
        "id": interview.id,
        "title": interview.title or "",
        "context_id": interview.context_id,
        "language": interview.language or "",
        "started_at": interview.started_at,
        "ended_at": interview.ended_at,
        "utterance_count": line_count,
        "question_count": question_count,
    }


def page_items(interviews: Sequence[Interview]) -> list[dict[str, Any]]:
    numbers = service.counts([interview.id for interview in interviews])
    return [interview_item(interview, *numbers.get(interview.id, (0, 0))) for interview in interviews]


def line_item(line: InterviewUtterance) -> dict[str, Any]:
    return {
        "utterance_id": line.utterance_id,
        "speaker": line.speaker,
        "offset_s": round(line.offset_s or 0.0, 2),
        "duration_s": None if line.duration_s is None else round(line.duration_s, 2),
        "text": line.text or "",
        "is_question": bool(line.is_question),
        "answer": line.answer,
        "history_id": line.history_id,
    }


def detail(interview: Interview, config: Mapping[str, Any], *, use_model: bool = True) -> dict[str, Any]:
    """The interview with its timeline and review (datetimes as objects, for the schemas)."""
    lines = service.timeline(interview.id)
    built = review.build_review(interview, lines, config, use_model=use_model)
    questions = sum(1 for line in lines if line.is_question and line.speaker != "candidate")
    return {
        **interview_item(interview, len(lines), questions),
        "timeline": [line_item(line) for line in lines],
        "review": built,
    }


def plain(value: dict[str, Any]) -> dict[str, Any]:
    """``detail`` with its datetimes as ISO 8601 text (what JSON files hold)."""
    return {
        **value,
        "started_at": isoformat(value["started_at"]),
        "ended_at": isoformat(value["ended_at"]),
    }


def export_json(data: dict[str, Any]) -> Iterator[str]:
    yield json.dumps(plain(data), ensure_ascii=False, indent=2) + "\n"


def clock(seconds: float | None) -> str:
    """mm:ss (h:mm:ss past an hour), the way players show a position in a recording."""
    total = round(seconds or 0)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def _one_line(text: str | None) -> str:
    """Speech as one Markdown line: a transcript never starts a heading or a list by accident."""
    flat = " ".join((text or "").split())
    return "\\" + flat if flat[:1] in "#>-+*|" and flat else flat


def _header(data: dict[str, Any]) -> list[str]:
    title = data["title"] or f"Interview of {isoformat(data['started_at'])[:10]}"
    lines = [f"# {_one_line(title)}", ""]
    context = db.session.get(InterviewContext, data["context_id"]) if data["context_id"] else None
    if context is not None and (context.position or context.company):
        role = " at ".join(part for part in (context.position, context.company) if part)
        lines.append(f"- Role: {_one_line(role)}")
    lines.append(f"- Started: {isoformat(data['started_at'])}")
    lines.append(f"- Ended: {isoformat(data['ended_at']) or 'not yet'}")
    if data["language"]:
        lines.append(f"- Language: {data['language']}")
    return [*lines, ""]


def _talk_time(talk: Mapping[str, float]) -> list[str]:
    spoken = sum(talk.values()) or 1.0
    rows = ["## Talk time", "", "| Speaker | Time | Share |", "|---|---|---|"]
    for speaker, seconds in talk.items():
        if seconds or speaker != "unknown":
            name = review.SPEAKER_NAMES[speaker]
            rows.append(f"| {name} | {clock(seconds)} | {round(100 * seconds / spoken)}% |")
    return [*rows, ""]


def _questions(data: dict[str, Any]) -> list[str]:
    rows = ["## Questions", ""]
    offsets = {line["utterance_id"]: line["offset_s"] for line in data["timeline"]}
    if not data["review"]["questions"]:
        return [*rows, "No questions were recorded.", ""]
    for number, question in enumerate(data["review"]["questions"], start=1):
        mark = "" if question["answered"] else " (unanswered)"
        at = clock(offsets.get(question["utterance_id"]))
        rows += [f"### {number}. {_one_line(question['question'])}{mark}", "", f"*at {at}*", ""]
        rows.append(f"**Suggested answer:** {_one_line(question['suggested_answer']) or '—'}")
        rows += ["", f"**Candidate said:** {_one_line(question['candidate_said']) or '—'}", ""]
    return rows


def _timeline(data: dict[str, Any]) -> list[str]:
    rows = ["## Timeline", ""]
    for line in data["timeline"]:
        name = review.SPEAKER_NAMES.get(line["speaker"], line["speaker"])
        flag = " *(question)*" if line["is_question"] and line["speaker"] != "candidate" else ""
        rows.append(f"- `{clock(line['offset_s'])}` **{name}:** {_one_line(line['text'])}{flag}")
    return [*rows, ""]


def export_markdown(data: dict[str, Any]) -> Iterator[str]:
    yield "\n".join(_header(data))
    summary = data["review"]["summary"]
    if summary:
        yield "\n".join(["## Summary", "", summary, ""]) + "\n"
    yield "\n".join(_talk_time(data["review"]["talk_time"])) + "\n"
    yield "\n".join(_questions(data)) + "\n"
    yield "\n".join(_timeline(data))


EXPORTERS = {"json": export_json, "md": export_markdown}
