"""One JSON error shape for every failure: ``{"error": {"code", "message", "fields"}}``.

Handlers are registered once here; views and services raise, they never build error bodies.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, jsonify
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, OperationalError
from werkzeug.exceptions import HTTPException, InternalServerError

from copilot import metrics
from copilot.exceptions import InvalidInputError, ServiceError

log = logging.getLogger(__name__)

HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    431: "headers_too_large",
    500: "internal_error",
    501: "not_implemented",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


def error_body(code: str, message: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one error shape, also written outside Flask (the web server's own errors)."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _string_keys(value: Any) -> Any:
    """Field names echo the client's input, which may be anything (a form field whose name was
    not valid UTF-8 arrives as None); JSON objects need string keys that sort."""
    if isinstance(value, dict):
        return {("_unnamed" if key is None else str(key)): _string_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_string_keys(item) for item in value]
    return value


def error_response(
    status: int,
    code: str,
    message: str,
    fields: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    response = jsonify(error_body(code, message, _string_keys(fields or {})))
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    metrics.count_error(code)
    return response


def _flatten_webargs_messages(messages: Any) -> dict[str, Any]:
    """webargs nests errors by location ({"json": {...}}); clients care about the field names."""
    if not isinstance(messages, dict):
        return {"_schema": messages}
    fields: dict[str, Any] = {}
    for location, errors in messages.items():
        if isinstance(errors, dict):
            fields.update(errors)
        else:
            fields[location] = errors
    return fields


def handle_http_exception(error: HTTPException) -> Response:
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    headers = dict(data.get("headers") or {})
    if status == 405 and error.valid_methods:
        headers["Allow"] = ", ".join(error.valid_methods)
    messages = data.get("messages") or data.get("errors")
    if messages is not None:
        fields = _flatten_webargs_messages(messages)
        if status == 400 or fields.get("json") == ["Invalid JSON body."]:
            return error_response(400, "malformed_json", "The request body is not valid JSON.", {}, headers)
        return error_response(status, "validation_error", "The request is not valid.", fields, headers)
    code = HTTP_CODES.get(status, "http_error")
    message = data.get("message") or error.description or error.name
    if status == 404 and not data.get("message"):
        message = "Not found."
    if status == 413:
        message = "The request body is larger than the allowed limit."
    return error_response(status, code, message, {}, headers)


def handle_service_error(error: ServiceError) -> Response:
    fields = error.fields if isinstance(error, InvalidInputError) else {}
    headers = {}
    retry_after = getattr(error, "retry_after", None)
    if retry_after:
        headers["Retry-After"] = str(int(retry_after))
    return error_response(error.status, error.code, error.message, fields, headers)


def handle_validation_error(error: ValidationError) -> Response:
    fields = error.messages if isinstance(error.messages, dict) else {"_schema": error.messages}
    return error_response(422, "validation_error", "The request is not valid.", fields)


def handle_database_error(error: DBAPIError) -> Response:
    if isinstance(error, OperationalError) or error.connection_invalidated:
        log.warning("database unavailable: %s", error.__class__.__name__)
        return error_response(
            503, "database_unavailable", "The database is unavailable; try again shortly.", {}
        )
    return handle_unexpected_error(error)


def handle_unexpected_error(error: Exception) -> Response:
    if isinstance(error, HTTPException) and not isinstance(error, InternalServerError):
        return handle_http_exception(error)
    original = getattr(error, "original_exception", None) or error
    log.error("unhandled error", exc_info=(type(original), original, original.__traceback__))
    return error_response(500, "internal_error", "Something went wrong on our side.", {})


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(ServiceError, handle_service_error)
    app.register_error_handler(ValidationError, handle_validation_error)
    app.register_error_handler(DBAPIError, handle_database_error)
    app.register_error_handler(Exception, handle_unexpected_error)
