"""Request-level rules shared by all blueprints: which content types a view accepts, how large a
JSON body may be, and JSON parsing that turns hostile nesting into a 400 rather than a crash."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import flask_smorest
from flask import Flask, current_app, request
from flask.json.provider import DefaultJSONProvider
from webargs.flaskparser import FlaskParser

from copilot.exceptions import ServiceError

JSON = "application/json"
MULTIPART = "multipart/form-data"


class UnsupportedContentType(ServiceError):
    code = "unsupported_media_type"
    status = 415


class PayloadTooLarge(ServiceError):
    code = "payload_too_large"
    status = 413


def _too_deep(exc: RecursionError) -> json.JSONDecodeError:
    # A non-empty ``doc``: webargs takes an error about an empty document for a missing body.
    return json.JSONDecodeError("JSON nested too deeply", "[...]", 0)


class SafeJSONProvider(DefaultJSONProvider):
    """``request.get_json``: thousands of nested brackets are a malformed body (400), not a
    RecursionError (500) — nor an error that a rate limiter's key function would swallow."""

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        try:
            return super().loads(s, **kwargs)
        except RecursionError as exc:
            raise _too_deep(exc) from None


class SafeArgumentsParser(FlaskParser):
    """webargs parses JSON bodies itself; the same rule applies there."""

    def _raw_load_json(self, req: Any) -> Any:
        try:
            return super()._raw_load_json(req)
        except RecursionError as exc:
            raise _too_deep(exc) from None


class Blueprint(flask_smorest.Blueprint):
    """flask-smorest's Blueprint with the safe arguments parser (every API blueprint uses it)."""

    ARGUMENTS_PARSER = SafeArgumentsParser()


def accepts(*mimetypes: str, large: bool = False) -> Callable:
    """Declare the request body types a view takes (JSON only when not declared). ``large`` lets
    a JSON body grow to ``MAX_UPLOAD_MB`` (audio samples) instead of ``JSON_MAX_KB``."""

    def decorator(view: Callable) -> Callable:
        view._accepts = mimetypes  # type: ignore[attr-defined]
        view._large_body = large  # type: ignore[attr-defined]
        return view

    return decorator


def init_content_type_check(app: Flask) -> None:
    app.json = SafeJSONProvider(app)

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
        limit = current_app.config["JSON_MAX_KB"] * 1024
        large = getattr(view, "_large_body", False)
        if request.mimetype == JSON and not large and (request.content_length or 0) > limit:
            raise PayloadTooLarge(f"A JSON body may be at most {limit // 1024} KB here.")
