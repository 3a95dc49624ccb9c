"""Text out of an uploaded CV: PDF (pypdf), DOCX (python-docx) or plain text, sniffed by content."""

from __future__ import annotations

import io
import re
import zipfile

from copilot.exceptions import InvalidInputError, UnsupportedMediaError

SUPPORTED = "PDF, DOCX or TXT"


def sniff_document(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
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


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == 0:
            raise InvalidInputError("The PDF is password-protected.", code="unreadable_document")
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise InvalidInputError("The PDF could not be read.", code="unreadable_document") from exc


def _docx_text(data: bytes) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many unrelated types for broken files
        raise InvalidInputError("The DOCX file could not be read.", code="unreadable_document") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(lines)


def normalize_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def extract_cv_text(data: bytes) -> str:
    if not data:
        raise InvalidInputError("The file is empty.", code="empty_document")
    kind = sniff_document(data)
    if kind == "pdf":
        text = _pdf_text(data)
    elif kind == "docx":
        text = _docx_text(data)
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
