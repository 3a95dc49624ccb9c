"""The OpenAI client both remote backends use, and the translation of its errors into ours
(the error class decides whether a job is retried)."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping

import openai

from copilot.exceptions import BackendError, TransientBackendError

OPENAI_BASE_URL = "https://api.openai.com/v1"
# Self-hosted servers often ignore auth, but the client refuses to start without a key.
_PLACEHOLDER_API_KEY = "no-key"
_MAX_MESSAGE_CHARS = 300


def create_openai_client(
    *, base_url: str | None, api_key: str, timeout_s: float, max_retries: int
) -> openai.OpenAI:
    """An ``openai.OpenAI`` client configured only from its arguments.

    ``base_url`` None means api.openai.com; it is spelled out because the library would otherwise
    consult OPENAI_BASE_URL, and settings must come from the app's config alone.
    """
    return openai.OpenAI(
        base_url=base_url or OPENAI_BASE_URL,
        api_key=api_key or _PLACEHOLDER_API_KEY,
        timeout=timeout_s,
        max_retries=max_retries,
    )


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``retry-after-ms`` / ``Retry-After`` (seconds or an HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def translate_openai_error(exc: openai.OpenAIError, *, backend: str) -> BackendError:
    """Map a client exception onto our error classes; the class decides whether the job retries."""
    detail = str(getattr(exc, "message", exc) or type(exc).__name__)[:_MAX_MESSAGE_CHARS]
    # Timeout is a subclass of connection error, so it must be checked first.
    if isinstance(exc, openai.APITimeoutError):
        return TransientBackendError(f"{backend} timed out", code="backend_timeout")
    if isinstance(exc, openai.APIConnectionError):
        return TransientBackendError(f"{backend} is unreachable: {detail}", code="backend_unavailable")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        retry_after = parse_retry_after(exc.response.headers)
        if status == 429:
            return TransientBackendError(
                f"{backend} is rate limiting: {detail}", code="backend_rate_limited", retry_after=retry_after
            )
        # 408 and 409 are what the client library itself treats as worth another try.
        if status >= 500 or status in (408, 409):
            return TransientBackendError(
                f"{backend} failed with {status}: {detail}",
                code="backend_unavailable",
                retry_after=retry_after,
            )
        if status in (401, 403):
            return BackendError(f"{backend} refused the credentials: {detail}", code="backend_auth")
        return BackendError(f"{backend} rejected the request ({status}): {detail}", code="backend_rejected")
    return BackendError(f"{backend} returned an unusable response: {detail}", code="backend_error")
