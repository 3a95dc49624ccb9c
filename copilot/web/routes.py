"""Page routes of the web app.

Every page is a static shell: tokens live in the browser's storage, so the server cannot know who
is signed in. The page's script checks for a token and sends the visitor to /login when there is
none; all data comes from the JSON API with a bearer token.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from flask import Blueprint, Response, current_app, render_template, send_from_directory, url_for

bp = Blueprint("web", __name__, template_folder="templates")

# endpoint → (URL, template, title, needs sign-in, script)
PAGES: dict[str, tuple[str, str, str, bool, str]] = {
    "home": ("/", "home.html", "Overview", True, "home.js"),
    "login": ("/login", "login.html", "Sign in", False, "auth.js"),
    "signup": ("/signup", "signup.html", "Create an account", False, "auth.js"),
    "setup": ("/setup", "setup.html", "Interview setup", True, "setup.js"),
    "live": ("/live", "live.html", "Live interview", True, "live.js"),
    "upload": ("/upload", "upload.html", "Upload a recording", True, "upload.js"),
    "history": ("/history", "history.html", "History", True, "history.js"),
    "interviews": ("/interviews", "interviews.html", "Interviews", True, "interviews.js"),
    "account": ("/account", "account.html", "Account", True, "account.js"),
}

NAVIGATION = (
    ("live", "Live"),
    ("upload", "Upload"),
    ("history", "History"),
    ("interviews", "Interviews"),
    ("setup", "Setup"),
    ("account", "Account"),
)


def asset_url(filename: str) -> str:
    """A static URL that changes when the file does, so browsers never run stale scripts."""
    static_folder = Path(current_app.static_folder or "")
    try:
        version = int((static_folder / filename).stat().st_mtime)
    except OSError:
        version = 0
    return url_for("static", filename=filename, v=version)


@bp.app_context_processor
def _template_helpers() -> dict:
    return {"asset_url": asset_url, "navigation": NAVIGATION}


@bp.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico whatever a page links to (the API docs, JSON opened in a tab)."""
    return send_from_directory(
        current_app.static_folder or "", "img/icon.svg", mimetype="image/svg+xml", max_age=86400
    )


def _make_view(endpoint: str, template: str, title: str, private: bool, script: str):
    def view():
        return render_template(
            f"web/{template}", page=endpoint, title=title, private=private, script=f"js/{script}"
        )

    view.__name__ = endpoint
    view.__doc__ = f"The {title.lower()} page."
    return view


for _endpoint, (_url, _template, _title, _private, _script) in PAGES.items():
    bp.add_url_rule(
        _url, endpoint=_endpoint, view_func=_make_view(_endpoint, _template, _title, _private, _script)
    )


@bp.get("/interviews/<uuid:interview_id>")
def interview(interview_id: UUID) -> str:
    """The review page of one interview: its timeline, questions, talk time and summary."""
    return render_template(
        "web/interview.html",
        page="interview",
        nav_page="interviews",
        title="Interview review",
        private=True,
        script="js/interview.js",
        interview_id=str(interview_id),
    )
