"""Health check and the interactive API docs page."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint as FlaskBlueprint
from flask import render_template
from flask_smorest import Blueprint

from copilot.ops.health import health_report
from copilot.ops.schemas import HealthSchema, PingSchema

blp = Blueprint("ops", __name__, url_prefix="/api", description="Health")


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
@blp.alt_response(503, schema=HealthSchema, description="A dependency is down")
def health():
    """200 when the database and the broker answer, 503 otherwise."""
    report, healthy = health_report()
    return report, (200 if healthy else 503)


@blp.route("/ping", methods=["GET"])
@blp.response(200, PingSchema)
def ping():
    """Liveness: the process answers (no dependency is checked; see /api/health)."""
    return {"ok": True}


def docs_blueprint() -> FlaskBlueprint:
    """Swagger UI served from the swagger-ui-bundle wheel: no CDN, no inline script."""
    import swagger_ui_bundle

    docs = FlaskBlueprint(
        "docs",
        __name__,
        static_folder=swagger_ui_bundle.swagger_ui_path,
        static_url_path="/docs/assets",
        template_folder=str(Path(__file__).parent / "templates"),
    )

    @docs.get("/docs")
    def swagger_ui():
        return render_template("docs.html")

    return docs
