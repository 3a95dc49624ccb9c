"""Hostile CV documents: refused with a 422 within about a second, without the web process
growing — a DOCX holding 40 MB of XML, a PDF of 2,000 pages sharing one stream, a PDF whose one
stream inflates to 60 MB — plus the time budget and the memory cap of the parsing process."""

from __future__ import annotations

import io
import resource
import time
import zipfile

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from tests.context.test_context import pdf_with_text
from tests.support.api import assert_error

pytestmark = pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)


@pytest.fixture
def app_config(app_config, request):
    return {**app_config, **getattr(request, "param", {})}


DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def docx_with_xml(size: int) -> bytes:
    paragraph = b"<w:p><w:r><w:t>Senior Python developer</w:t></w:r></w:p>"
    body = (
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
        b'2006/main"><w:body>' + paragraph * (size // len(paragraph)) + b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("word/document.xml", body)
    return buffer.getvalue()


def pdf_sharing_one_stream(pages: int) -> bytes:
    writer = PdfWriter()
    content = DecodedStreamObject()
    content.set_data(b"BT /F1 12 Tf 72 720 Td (Anna Nowak, Python developer) Tj ET\n" * 2000)
    reference = writer._add_object(content.flate_encode())
    for _ in range(pages):
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Contents")] = reference
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_inflating_stream(megabytes: int) -> bytes:
    writer = PdfWriter()
    content = DecodedStreamObject()
    content.set_data(b" " * (megabytes * 1024 * 1024))
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _upload(client, auth, data: bytes, name: str):
    headers = auth.headers()
    context = client.post("/api/contexts", headers=headers, json={"name": "CV"}).get_json()
    return client.post(
        f"/api/contexts/{context['id']}/cv",
        headers=headers,
        data={"file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize(
    ("name", "build", "code"),
    [
        ("bomb.docx", lambda: docx_with_xml(40 * 1024 * 1024), "document_too_complex"),
        ("pages.pdf", lambda: pdf_sharing_one_stream(2000), "document_too_complex"),
        ("stream.pdf", lambda: pdf_with_inflating_stream(60), "document_too_complex"),
    ],
)
def test_document_bombs_are_refused_fast_and_small(client, auth, name, build, code):
    data = build()
    assert len(data) < 400 * 1024  # small on the wire
    peak_before = _peak_rss_mb()
    began = time.monotonic()
    response = _upload(client, auth, data, name)
    elapsed = time.monotonic() - began
    error = assert_error(response, 422, code)
    assert error["fields"]["file"]
    assert elapsed < 2.0, elapsed
    assert _peak_rss_mb() - peak_before < 50


def test_a_normal_document_still_reads(client, auth):
    response = _upload(client, auth, pdf_with_text(["Anna Nowak", "Python developer"]), "cv.pdf")
    assert response.status_code == 200, response.get_json()
    assert "Anna Nowak" in response.get_json()["cv"]


@pytest.mark.parametrize("app_config", [{"CV_EXTRACT_SECONDS": 0.05}], indirect=True)
def test_the_time_budget_stops_a_slow_document(client, auth):
    error = assert_error(
        _upload(client, auth, pdf_with_text(["Anna Nowak"]), "cv.pdf"), 422, "document_timeout"
    )
    assert "seconds" in error["message"]


@pytest.mark.parametrize("app_config", [{"CV_EXTRACT_MEMORY_MB": 40}], indirect=True)
def test_the_memory_cap_stops_a_hungry_document(client, auth):
    """7 MB of stream is within the stream limit; with a 40 MB cap the parser runs out of memory."""
    error = assert_error(
        _upload(client, auth, pdf_with_inflating_stream(7), "cv.pdf"), 422, "document_too_complex"
    )
    assert "memory" in error["message"]
