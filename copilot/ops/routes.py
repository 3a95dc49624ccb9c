"""Health check and the interactive API docs page."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint as FlaskBlueprint
from flask import render_template
from marshmallow import Schema, fields

from copilot.http import Blueprint
from copilot.ops.health import health_report

blp = Blueprint("ops", __name__, url_prefix="/api", description="Health")


class HealthSchema(Schema):
    status = fields.String(metadata={"description": "healthy | unhealthy"})
    database = fields.String(metadata={"description": "ok | unavailable"})
    broker = fields.String(metadata={"description": "ok | embedded | unavailable"})
    database_mode = fields.String()
    stt_backend = fields.String()
    answer_backend = fields.String()
    version = fields.String()


@blp.route("/health", methods=["GET"])
@blp.response(200, HealthSchema)
@blp.alt_response(503, schema=HealthSchema, description="A dependency is down")
def health():
    """200 when the database and the broker answer, 503 otherwise."""
    report, healthy = health_report()
    return report, (200 if healthy else 503)


class PingSchema(Schema):
    ok = fields.Boolean()


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
