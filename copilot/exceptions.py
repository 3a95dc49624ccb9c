"""Typed errors of the services and the engines, free of Flask: the job runner decides from the class
whether to retry, and errors.py turns them into the JSON error shape."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: ``code`` is a stable machine-readable string shown to clients."""

    code = "service_error"
    status = 500

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code


class BadAudioError(ServiceError):
    """The audio cannot be used (corrupt, empty, silent, too long...). Never retried."""

    code = "bad_audio"
    status = 422


class UnsupportedMediaError(BadAudioError):
    """The upload is not a container we can decode."""

    code = "unsupported_media_type"
    status = 415


class BackendError(ServiceError):
    """A speech-to-text or answer backend refused the request for good (4xx, bad model)."""

    code = "backend_error"
    status = 502


class TransientBackendError(BackendError):
    """A backend failed in a way that may pass (timeout, 5xx, 429, dropped connection). Retried."""

    code = "backend_unavailable"
    status = 503

    def __init__(self, message: str, *, code: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after = retry_after


class NotFoundError(ServiceError):
    """The thing does not exist, or belongs to someone else (we never say which)."""

    code = "not_found"
    status = 404


class ConflictError(ServiceError):
    code = "conflict"
    status = 409


class AuthError(ServiceError):
    code = "unauthorized"
    status = 401


class InvalidInputError(ServiceError):
    """Input that passed the schema but breaks a rule only the service can check."""

    code = "validation_error"
    status = 422

    def __init__(self, message: str, *, fields: dict | None = None, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.fields = fields or {}
