"""The page shells without a browser: every page renders under the strict CSP with no inline
script, style or event handler, and every asset it links to is served."""

from __future__ import annotations

import re

import pytest

from copilot import create_app
from copilot.web.routes import PAGES
from tests.conftest import base_config

INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
ASSET = re.compile(r'(?:src|href)="(/static/[^"]+)"')


@pytest.fixture
def web_client(tmp_path):
    app = create_app(base_config(tmp_path, SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'pages.db'}"))
    yield app.test_client()
    app.extensions["copilot_queue"].shutdown(wait=True)


@pytest.mark.parametrize("endpoint", sorted(PAGES))
def test_page_renders_under_a_strict_csp(web_client, endpoint):
    url = PAGES[endpoint][0]
    response = web_client.get(url)
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    html = response.get_data(as_text=True)
    assert not INLINE_HANDLER.search(html)
    assert " style=" not in html
    scripts = SCRIPT_TAG.findall(html)
    assert scripts and all('type="module"' in attrs and "src=" in attrs for attrs in scripts)
    assets = ASSET.findall(html)
    assert any(asset.startswith("/static/css/app.css") for asset in assets)
    for asset in assets:
        assert web_client.get(asset).status_code == 200, asset


def test_review_page_renders_under_a_strict_csp_and_checks_the_id(web_client):
    interview_id = "5b0c4c8e-8a52-4f1e-9d59-0a8f4c1e2b3d"
    response = web_client.get(f"/interviews/{interview_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert f'data-interview-id="{interview_id}"' in html
    assert not INLINE_HANDLER.search(html) and " style=" not in html
    assert 'aria-current="page">Interviews<' in html
    for asset in ASSET.findall(html):
        assert web_client.get(asset).status_code == 200, asset
    assert web_client.get("/interviews/not-an-id").status_code == 404


def test_private_pages_show_navigation_and_public_pages_do_not(web_client):
    assert 'data-action="sign-out"' in web_client.get("/history").get_data(as_text=True)
    assert 'data-action="sign-out"' not in web_client.get("/login").get_data(as_text=True)
    assert 'aria-current="page">History<' in web_client.get("/history").get_data(as_text=True)


def test_worklet_and_modules_are_served_as_javascript(web_client):
    for name in (
        "api.js",
        "socket.js",
        "live.js",
        "sources.js",
        "transcript.js",
        "answer-panel.js",
        "pcm-worklet.js",
        "upload.js",
        "history.js",
        "interviews.js",
        "interview.js",
        "interview-format.js",
    ):
        response = web_client.get(f"/static/js/{name}")
        assert response.status_code == 200
        assert response.mimetype in {"text/javascript", "application/javascript"}


def test_favicon_is_served_where_browsers_look_for_it(web_client):
    response = web_client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    assert response.get_data(as_text=True).lstrip().startswith("<svg")
