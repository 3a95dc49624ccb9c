"""Interview contexts: the old clients' /api/context upsert, saved contexts CRUD, limits, CV uploads."""

from __future__ import annotations

import io

import docx
import pytest
from sqlalchemy import select

from copilot.extensions import db
from copilot.models import InterviewContext
from tests.conftest import row_counts
from tests.support.api import assert_error

KB = 1024
TEXT_FIELDS = ("cv", "company", "position", "job_description", "system_prompt")


def get_active(client, headers) -> dict:
    response = client.get("/api/context", headers=headers)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


# --- /api/context (the old clients' upsert) ---------------------------------------------------


def test_no_context_yet_gives_empty_values(client, auth):
    body = get_active(client, auth.headers())
    assert {name: body[name] for name in TEXT_FIELDS} == dict.fromkeys(TEXT_FIELDS, "")
    assert (body["language"], body["id"], body["is_active"]) == ("auto", None, False)


def test_upsert_creates_then_updates_only_the_fields_sent(app, client, auth):
    headers = auth.headers()
    first = client.post(
        "/api/context",
        headers=headers,
        json={
            "cv": "Python, 5 lat",
            "company": "Allegro",
            "position": "Backend",
            "system_prompt": "Be brief",
        },
    )
    assert first.status_code == 200, first.get_json()
    created = first.get_json()
    assert created["id"] is not None
    assert created["is_active"] is True
    assert (created["cv"], created["company"], created["position"]) == ("Python, 5 lat", "Allegro", "Backend")

    second = client.post("/api/context", headers=headers, json={"company": "CD Projekt", "language": "pl"})
    assert second.status_code == 200
    updated = second.get_json()
    assert updated["id"] == created["id"]
    body = get_active(client, headers)
    assert body["company"] == "CD Projekt"
    assert body["language"] == "pl"
    assert body["cv"] == "Python, 5 lat"
    assert body["position"] == "Backend"
    assert body["system_prompt"] == "Be brief"
    with app.app_context():
        assert db.session.scalar(select(db.func.count()).select_from(InterviewContext)) == 1

    # an empty body is a no-op update, not a reset
    assert client.post("/api/context", headers=headers, json={}).status_code == 200
    assert get_active(client, headers)["cv"] == "Python, 5 lat"
    # an explicit empty string clears a field
    client.post("/api/context", headers=headers, json={"system_prompt": ""})
    assert get_active(client, headers)["system_prompt"] == ""


LIMITS = [
    # field, limit, unit: byte limits are counted in UTF-8 bytes, the others in characters
    ("cv", 50 * KB, "bytes"),
    ("system_prompt", 10 * KB, "bytes"),
    ("job_description", 20 * KB, "bytes"),
    ("company", 200, "chars"),
    ("position", 200, "chars"),
]


@pytest.mark.parametrize(("field", "limit", "unit"), LIMITS)
def test_limits_at_the_boundary_and_one_over(app, client, auth, field, limit, unit):
    headers = auth.headers()
    if unit == "bytes":
        # "ż" takes two bytes: limit/2 of them fill the limit exactly although it is half as many characters
        fits = ["a" * limit, "ż" * (limit // 2), "ż" * (limit // 2 - 1) + "ab"]
        too_long = ["a" * (limit + 1), "ż" * (limit // 2) + "a", "ż" * (limit // 2 + 1)]
    else:
        fits = ["a" * limit, "ł" * limit]
        too_long = ["a" * (limit + 1), "ł" * (limit + 1)]
    for value in fits:
        response = client.post("/api/context", headers=headers, json={field: value})
        assert response.status_code == 200, (field, len(value), response.get_json())
        assert get_active(client, headers)[field] == value

    stored = get_active(client, headers)[field]
    before = row_counts(app)
    for value in too_long:
        error = assert_error(client.post("/api/context", headers=headers, json={field: value}), 422)
        assert field in error["fields"], error
        context_id = get_active(client, headers)["id"]
        error = assert_error(
            client.patch(f"/api/contexts/{context_id}", headers=headers, json={field: value}), 422
        )
        assert field in error["fields"]
        error = assert_error(client.post("/api/contexts", headers=headers, json={field: value}), 422)
        assert field in error["fields"]
    assert row_counts(app) == before
    assert get_active(client, headers)[field] == stored


def test_language_validation(client, auth):
    headers = auth.headers()
    for language in ("en", "pl", "de", "auto"):
        response = client.post("/api/context", headers=headers, json={"language": language})
        assert response.status_code == 200, language
        assert get_active(client, headers)["language"] == language
    for language in ("english", "EN", "p", "", "pl-PL", 5, None):
        error = assert_error(client.post("/api/context", headers=headers, json={"language": language}), 422)
        assert "language" in error["fields"], language
    assert get_active(client, headers)["language"] == "auto"


def test_wrong_types_and_unknown_fields_are_refused(app, client, auth):
    headers = auth.headers()
    client.post("/api/context", headers=headers, json={"cv": "original"})
    before = row_counts(app)
    cases = [
        ({"cv": 123}, "cv"),
        ({"company": ["Google"]}, "company"),
        ({"position": {"title": "x"}}, "position"),
        ({"system_prompt": True}, "system_prompt"),
        ({"cv": None}, "cv"),
        ({"compnay": "typo"}, "compnay"),
    ]
    for body, field in cases:
        for method, url in (("POST", "/api/context"), ("POST", "/api/contexts")):
            error = assert_error(client.open(url, method=method, headers=headers, json=body), 422)
            assert field in error["fields"], (url, body, error)
    assert row_counts(app) == before
    assert get_active(client, headers)["cv"] == "original"


# --- /api/contexts ----------------------------------------------------------------------------


def create(client, headers, **values) -> dict:
    response = client.post("/api/contexts", headers=headers, json=values)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def listed(client, headers) -> list[dict]:
    response = client.get("/api/contexts", headers=headers)
    assert response.status_code == 200
    return response.get_json()["contexts"]


def active_ids(client, headers) -> list[int]:
    return [c["id"] for c in listed(client, headers) if c["is_active"]]


def test_contexts_crud_and_activation(client, auth):
    headers = auth.headers()
    assert listed(client, headers) == []
    first = create(client, headers, name="Google", company="Google", position="SRE", cv="Go, Python")
    assert first["is_active"] is True  # the first one becomes active by itself
    second = create(client, headers, name="Allegro", company="Allegro")
    assert second["is_active"] is False
    assert active_ids(client, headers) == [first["id"]]
    assert get_active(client, headers)["company"] == "Google"

    got = client.get(f"/api/contexts/{second['id']}", headers=headers).get_json()
    assert got["name"] == "Allegro"
    assert got["company"] == "Allegro"

    activated = client.post(f"/api/contexts/{second['id']}/activate", headers=headers)
    assert activated.status_code == 200
    assert activated.get_json()["is_active"] is True
    assert active_ids(client, headers) == [second["id"]]
    assert get_active(client, headers)["id"] == second["id"]
    # activating again keeps exactly one active
    client.post(f"/api/contexts/{second['id']}/activate", headers=headers)
    assert active_ids(client, headers) == [second["id"]]

    third = create(client, headers, name="Now active", activate=True)
    assert third["is_active"] is True
    assert active_ids(client, headers) == [third["id"]]

    # the old upsert edits whichever context is active
    client.post("/api/context", headers=headers, json={"company": "Edited"})
    assert client.get(f"/api/contexts/{third['id']}", headers=headers).get_json()["company"] == "Edited"
    assert client.get(f"/api/contexts/{first['id']}", headers=headers).get_json()["company"] == "Google"


def test_patch_and_put_change_only_the_fields_sent(client, auth):
    headers = auth.headers()
    context = create(client, headers, name="Job", cv="CV text", company="A", position="Dev", language="en")
    patched = client.patch(f"/api/contexts/{context['id']}", headers=headers, json={"company": "B"})
    assert patched.status_code == 200
    body = client.get(f"/api/contexts/{context['id']}", headers=headers).get_json()
    assert body["company"] == "B"
    assert (body["name"], body["cv"], body["position"], body["language"]) == ("Job", "CV text", "Dev", "en")
    client.put(f"/api/contexts/{context['id']}", headers=headers, json={"position": "Lead"})
    body = client.get(f"/api/contexts/{context['id']}", headers=headers).get_json()
    assert (body["company"], body["position"], body["cv"]) == ("B", "Lead", "CV text")


def test_list_is_most_recently_edited_first(client, auth):
    headers = auth.headers()
    a = create(client, headers, name="a")
    b = create(client, headers, name="b")
    c = create(client, headers, name="c")
    assert [x["id"] for x in listed(client, headers)] == [c["id"], b["id"], a["id"]]
    client.patch(f"/api/contexts/{a['id']}", headers=headers, json={"company": "x"})
    assert [x["id"] for x in listed(client, headers)] == [a["id"], c["id"], b["id"]]


def test_deleting_the_active_context_activates_the_most_recently_edited_other(client, auth):
    headers = auth.headers()
    a = create(client, headers, name="a")
    b = create(client, headers, name="b")
    c = create(client, headers, name="c")
    client.patch(f"/api/contexts/{a['id']}", headers=headers, json={"company": "edited last"})
    client.post(f"/api/contexts/{c['id']}/activate", headers=headers)  # switching is not editing a or b

    response = client.delete(f"/api/contexts/{c['id']}", headers=headers)
    assert response.status_code == 200
    assert response.get_json()["success"] is True
    assert_error(client.get(f"/api/contexts/{c['id']}", headers=headers), 404)
    assert active_ids(client, headers) == [a["id"]]

    # deleting an inactive one leaves the active one alone
    client.delete(f"/api/contexts/{b['id']}", headers=headers)
    assert active_ids(client, headers) == [a["id"]]
    # deleting the last one leaves none: /api/context is empty again
    client.delete(f"/api/contexts/{a['id']}", headers=headers)
    assert listed(client, headers) == []
    assert get_active(client, headers)["id"] is None


def test_missing_context_is_404(client, auth):
    headers = auth.headers()
    for missing in (999999, 2**63, 10**20):
        for method, url in (
            ("GET", f"/api/contexts/{missing}"),
            ("PATCH", f"/api/contexts/{missing}"),
            ("DELETE", f"/api/contexts/{missing}"),
            ("POST", f"/api/contexts/{missing}/activate"),
        ):
            assert_error(client.open(url, method=method, headers=headers, json={}), 404, "not_found")
        response = upload(client, headers, missing, b"cv text", "cv.txt")
        assert_error(response, 404, "not_found")


def test_one_user_never_sees_or_changes_another_users_context(app, client, auth):
    owner = auth.headers()
    intruder = auth.headers()
    theirs = create(client, owner, name="secret", cv="Owner's CV", company="Owner Inc")
    cid = theirs["id"]
    before = row_counts(app)

    attempts = [
        client.get(f"/api/contexts/{cid}", headers=intruder),
        client.put(f"/api/contexts/{cid}", headers=intruder, json={"cv": "hacked"}),
        client.patch(f"/api/contexts/{cid}", headers=intruder, json={"cv": "hacked"}),
        client.delete(f"/api/contexts/{cid}", headers=intruder),
        client.post(f"/api/contexts/{cid}/activate", headers=intruder),
        client.post(
            f"/api/contexts/{cid}/cv",
            headers=intruder,
            data={"file": (io.BytesIO(b"hacked cv"), "cv.txt")},
            content_type="multipart/form-data",
        ),
    ]
    for response in attempts:
        error = assert_error(response, 404, "not_found")
        assert "Owner" not in error["message"]

    assert listed(client, intruder) == []
    assert get_active(client, intruder)["id"] is None
    assert row_counts(app) == before
    body = client.get(f"/api/contexts/{cid}", headers=owner).get_json()
    assert (body["cv"], body["company"], body["is_active"]) == ("Owner's CV", "Owner Inc", True)
    # the intruder's own upsert creates their own context, not an edit of the owner's
    client.post("/api/context", headers=intruder, json={"cv": "mine"})
    assert client.get(f"/api/contexts/{cid}", headers=owner).get_json()["cv"] == "Owner's CV"


# --- CV upload --------------------------------------------------------------------------------

POLISH = "Zażółć gęślą jaźń. Doświadczenie: Python, Łódź"


def pdf_with_text(lines: list[str]) -> bytes:
    """A minimal valid PDF (one page, Helvetica) whose content stream draws ``lines``."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_with_text(paragraphs: list[str], table: list[list[str]]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            grid.cell(r, c).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def upload(client, headers, context_id, data: bytes, filename: str = "cv.bin", field: str = "file"):
    return client.post(
        f"/api/contexts/{context_id}/cv",
        headers=headers,
        data={field: (io.BytesIO(data), filename)},
        content_type="multipart/form-data",
    )


def stored_cv(client, headers, context_id) -> str:
    return client.get(f"/api/contexts/{context_id}", headers=headers).get_json()["cv"]


def test_cv_from_a_pdf(client, auth):
    headers = auth.headers()
    context_id = create(client, headers, name="pdf", cv="old")["id"]
    response = upload(client, headers, context_id, pdf_with_text(["Jan Kowalski", "Senior Python (Django)"]))
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["cv"] == stored_cv(client, headers, context_id)
    assert stored_cv(client, headers, context_id) == "Jan Kowalski\nSenior Python (Django)"


def test_cv_from_a_docx(client, auth):
    headers = auth.headers()
    context_id = create(client, headers, name="docx")["id"]
    data = docx_with_text(["Anna Nowak", POLISH], [["Skill", "Years"], ["Rust", "3"]])
    response = upload(client, headers, context_id, data, "cv.docx")
    assert response.status_code == 200, response.get_json()
    assert stored_cv(client, headers, context_id) == f"Anna Nowak\n{POLISH}\nSkill | Years\nRust | 3"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
def test_cv_from_a_text_file(client, auth, encoding):
    headers = auth.headers()
    context_id = create(client, headers, name="txt")["id"]
    text = f"{POLISH}\r\nStanowisko: programista\r\n"
    response = upload(client, headers, context_id, text.encode(encoding), "cv.txt")
    assert response.status_code == 200, response.get_json()
    assert stored_cv(client, headers, context_id) == f"{POLISH}\nStanowisko: programista"
    # it goes to the context answers use, when that context is the active one
    assert get_active(client, headers)["cv"] == stored_cv(client, headers, context_id)


def test_bad_cv_uploads_change_nothing(app, client, auth):
    headers = auth.headers()
    context_id = create(client, headers, name="keep", cv="the original CV")["id"]
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    valid_pdf = pdf_with_text(["Hello"])
    before = row_counts(app)

    assert_error(upload(client, headers, context_id, png, "cv.png"), 415)
    assert_error(upload(client, headers, context_id, b"PK\x03\x04not a zip at all", "cv.docx"), 415)
    assert_error(upload(client, headers, context_id, b"%PDF-1.4\n\x00\x01garbage\xff\xfe", "cv.pdf"), 422)
    assert_error(upload(client, headers, context_id, valid_pdf[: len(valid_pdf) // 3], "cv.pdf"), 422)
    assert_error(upload(client, headers, context_id, b"", "cv.txt"), 422)
    assert_error(upload(client, headers, context_id, b"   \n\n  ", "cv.txt"), 422)
    assert_error(upload(client, headers, context_id, pdf_with_text([]), "empty.pdf"), 422)
    error = assert_error(upload(client, headers, context_id, b"x" * (50 * KB + 1), "big.txt"), 422)
    assert "cv" in error["fields"]
    error = assert_error(upload(client, headers, context_id, b"hello", "cv.txt", field="document"), 422)
    assert "file" in error["fields"]
    error = assert_error(
        client.post(
            f"/api/contexts/{context_id}/cv", headers=headers, data={}, content_type="multipart/form-data"
        ),
        422,
    )
    assert "file" in error["fields"]
    assert_error(client.post(f"/api/contexts/{context_id}/cv", headers=headers, json={"file": "text"}), 415)

    assert row_counts(app) == before
    assert stored_cv(client, headers, context_id) == "the original CV"
    # the exact limit still fits
    response = upload(client, headers, context_id, b"x" * (50 * KB), "big.txt")
    assert response.status_code == 200
    assert len(stored_cv(client, headers, context_id)) == 50 * KB
