"""Text out of an uploaded CV: PDF (pypdf), DOCX (python-docx) or plain text, sniffed by content.

Documents are hostile input: a 100 KB DOCX can hold 40 MB of XML, a small PDF thousands of pages
sharing one stream. So limits come before work — the zip's member count and uncompressed sizes
are read from its directory here, before anything is inflated — and the parsing itself runs in a
child process (``python -m copilot.context.extract``) with a time budget and an address-space
limit, which stops at the page and text limits too. Whatever a document does, the web process
spends a pipe and a wait on it, and the client gets a 422 with a reason.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

from copilot.exceptions import InvalidInputError, UnsupportedMediaError

SUPPORTED = "PDF, DOCX or TXT"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DOCX_BODY = "word/document.xml"
MB = 1024 * 1024


@dataclass(frozen=True)
class DocumentLimits:
    max_text_bytes: int = 50 * 1024
    max_pages: int = 40
    max_zip_members: int = 500
    max_unzipped_bytes: int = 40 * MB
    max_xml_bytes: int = 5 * MB
    max_stream_bytes: int = 8 * MB
    seconds: float = 10.0
    memory_bytes: int = 768 * MB


class DocumentRefused(InvalidInputError):
    """The document breaks a limit (or its reading would): 422 with the reason."""

    def __init__(self, message: str, code: str = "document_too_complex") -> None:
        super().__init__(message, code=code, fields={"file": [message]})


def sniff_document(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if DOCX_BODY in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            return None
        return None
    if _decode_text(data) is not None:
        return "txt"
    return None


def _decode_text(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return None
    for encoding in ("utf-8-sig", "cp1250"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text[:4096])
        if printable >= 0.95 * min(len(text), 4096):
            return text
    return None


def check_docx_limits(data: bytes, limits: DocumentLimits) -> None:
    """From the zip's central directory alone: how many members, how large once inflated. The
    sizes are the declared ones; the zip reader refuses to inflate a member beyond its own."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InvalidInputError("The DOCX file could not be read.", code="unreadable_document") from exc
    if len(members) > limits.max_zip_members:
        raise DocumentRefused(f"The DOCX file has {len(members)} parts; at most {limits.max_zip_members}.")
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise DocumentRefused(
            f"The DOCX file unpacks to {total // MB} MB; at most {limits.max_unzipped_bytes // MB} MB."
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels")) and member.file_size > limits.max_xml_bytes:
            raise DocumentRefused(
                f"The DOCX part {member.filename} is {member.file_size // MB} MB of XML; "
                f"at most {limits.max_xml_bytes // MB} MB."
            )


def normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _in_child(kind: str, data: bytes, limits: DocumentLimits) -> str:
    """Run the parser in a bounded child process; its answer is JSON on stdout."""
    command = [sys.executable, "-m", "copilot.context.extract", kind, json.dumps(asdict(limits))]
    try:
        result = subprocess.run(command, input=data, capture_output=True, timeout=limits.seconds, check=False)
    except subprocess.TimeoutExpired as exc:
        raise DocumentRefused(
            f"Reading the document took longer than {limits.seconds:g} seconds.", code="document_timeout"
        ) from exc
    try:
        answer = json.loads(result.stdout or b"{}")
    except ValueError:
        answer = {}
    if "text" in answer:
        return answer["text"]
    if "code" in answer:
        if answer["code"] == "unreadable_document":
            raise InvalidInputError(answer["message"], code="unreadable_document")
        raise DocumentRefused(answer["message"], code=answer["code"])
    # Killed by its memory limit, or crashed in the parser: the document is the cause.
    raise DocumentRefused(
        "The document needs more memory to read than is allowed.", code="document_too_complex"
    )


def extract_cv_text(data: bytes, limits: DocumentLimits | None = None) -> str:
    limits = limits or DocumentLimits()
    if not data:
        raise InvalidInputError("The file is empty.", code="empty_document")
    kind = sniff_document(data)
    if kind == "pdf":
        text = _in_child("pdf", data, limits)
    elif kind == "docx":
        check_docx_limits(data, limits)
        text = _in_child("docx", data, limits)
    elif kind == "txt":
        text = _decode_text(data) or ""
    else:
        raise UnsupportedMediaError(
            f"Unsupported document: upload a {SUPPORTED} file.", code="unsupported_document"
        )
    text = normalize_text(text)
    if not text:
        raise InvalidInputError(
            "No text found in the document (a scanned PDF has no text layer).", code="empty_document"
        )
    return text
