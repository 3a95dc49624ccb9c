"""Request-level rules shared by all blueprints: which content types a view accepts."""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, current_app, request

from copilot.exceptions import ServiceError

JSON = "application/json"
MULTIPART = "multipart/form-data"


class UnsupportedContentType(ServiceError):
    code = "unsupported_media_type"
    status = 415


def accepts(*mimetypes: str) -> Callable:
    """Declare the request body types a view takes (JSON only when not declared)."""

    def decorator(view: Callable) -> Callable:
        view._accepts = mimetypes  # type: ignore[attr-defined]
        return view

    return decorator


def init_content_type_check(app: Flask) -> None:
    @app.before_request
    def _check_content_type() -> None:
        if request.method not in {"POST", "PUT", "PATCH"} or not request.endpoint:
            return
        has_body = bool(request.content_length) or request.headers.get("Transfer-Encoding") == "chunked"
        if not has_body:
            return
        view = current_app.view_functions.get(request.endpoint)
        allowed = getattr(view, "_accepts", (JSON,))
        if request.mimetype not in allowed:
            raise UnsupportedContentType(
                f"Content-Type must be {' or '.join(allowed)}, not {request.mimetype or 'missing'}."
            )
