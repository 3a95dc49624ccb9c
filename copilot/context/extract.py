"""The document parser's child process: ``python -m copilot.context.extract KIND LIMITS_JSON``.

Reads the document from stdin and writes ``{"text": ...}`` or ``{"code", "message"}`` to stdout.
It caps its own address space first, so a document that would need gigabytes ends as a
MemoryError here (or the process dies) instead of swapping the web process out; the parent
kills it when its time budget runs out.
"""

from __future__ import annotations

import io
import json
import resource
import sys

from copilot.context.cv_files import MB, DocumentLimits


class Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def _text_budget(limits: DocumentLimits) -> int:
    # Raw text shrinks when spaces and blank lines are normalised; past 4x the limit it cannot fit.
    return limits.max_text_bytes * 4


def _too_long(limits: DocumentLimits) -> Refused:
    return Refused(
        "document_too_long",
        f"The document's text is longer than {limits.max_text_bytes // 1024} KB; shorten the document.",
    )


def pdf_text(data: bytes, limits: DocumentLimits) -> str:
    import pypdf
    from pypdf.errors import LimitReachedError, PyPdfError

    stream = limits.max_stream_bytes
    try:
        with pypdf.apply_configuration(
            maximum_declared_stream_length=stream,
            zlib_maximum_output_length=stream,
            lzw_maximum_output_length=stream,
            run_length_maximum_output_length=stream,
            brotli_maximum_output_length=stream,
            array_based_stream_maximum_output_length=stream,
            stream_decoding_work_maximum_length=stream * 4,
            page_tree_maximum_page_entries=max(1000, limits.max_pages * 10),
        ):
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted and reader.decrypt("") == 0:
                raise Refused("unreadable_document", "The PDF is password-protected.")
            pages = len(reader.pages)
            if pages > limits.max_pages:
                raise Refused(
                    "document_too_complex",
                    f"The PDF has {pages} pages; a CV may have at most {limits.max_pages}.",
                )
            parts, size = [], 0
            for page in reader.pages:
                contents = page.get_contents()
                if contents is not None:
                    # Decoded here so a limit raises (text extraction would log it and go on).
                    contents.get_data()
                text = page.extract_text() or ""
                size += len(text.encode("utf-8"))
                if size > _text_budget(limits):
                    raise _too_long(limits)
                parts.append(text)
            return "\n".join(parts)
    except LimitReachedError as exc:
        raise Refused(
            "document_too_complex",
            f"A stream in the PDF unpacks to more than {stream // MB} MB; a CV needs far less.",
        ) from exc
    except (PyPdfError, ValueError, KeyError, OSError, RecursionError) as exc:
        raise Refused("unreadable_document", "The PDF could not be read.") from exc


def docx_text(data: bytes, limits: DocumentLimits) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many unrelated types for broken files
        raise Refused("unreadable_document", "The DOCX file could not be read.") from exc
    lines, size = [], 0
    paragraphs = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.append(" | ".join(cell.text.strip() for cell in row.cells))
    for line in paragraphs:
        size += len(line.encode("utf-8")) + 1
        if size > _text_budget(limits):
            raise _too_long(limits)
        lines.append(line)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    kind, limits = argv[1], DocumentLimits(**json.loads(argv[2]))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    data = sys.stdin.buffer.read()
    try:
        text = pdf_text(data, limits) if kind == "pdf" else docx_text(data, limits)
        answer = {"text": text}
    except Refused as exc:
        answer = {"code": exc.code, "message": exc.message}
    except MemoryError:
        answer = {
            "code": "document_too_complex",
            "message": "The document needs more memory to read than is allowed.",
        }
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
