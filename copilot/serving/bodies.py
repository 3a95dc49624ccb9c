"""Request bodies are read whole, with timeouts, before the application sees them.

What a reverse proxy does with request buffering, done in the process itself so the embedded mode
holds on its own: a client that sends its body slowly, or stops half-way, ties up only a cheap
connection, never a database session or a rate-limit slot, and gets a JSON 408 once it falls
silent for ``idle_timeout`` seconds (or takes longer than ``total_timeout`` overall). Bodies over
``max_bytes`` get a 413 before they are read (``Content-Length``) or as soon as they pass it
(chunked). Up to 1 MB stays in memory; larger bodies spool to a temporary file.
"""

from __future__ import annotations

import contextlib
import json
import logging
import tempfile
import time
from collections.abc import Callable, Iterable
from typing import Any

from copilot.errors import error_body

log = logging.getLogger(__name__)

SPOOL_IN_MEMORY = 1024 * 1024
READ_CHUNK = 64 * 1024


class _BodyError(Exception):
    def __init__(self, status: str, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def json_error(start_response: Callable, status: str, code: str, message: str) -> list[bytes]:
    body = json.dumps(error_body(code, message)).encode()
    start_response(
        status,
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ],
    )
    return [body]


JSON_AUDIO_PATH = "/api/process_audio"


class BufferedBodies:
    """WSGI middleware: the application always gets a complete, size-checked body."""

    def __init__(
        self,
        app: Callable,
        *,
        max_bytes: int,
        idle_timeout: float,
        total_timeout: float,
        json_audio_bytes: int | None = None,
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # The old guide's JSON float upload is ~5x a file of the same audio: its own, larger limit.
        self.json_audio_bytes = json_audio_bytes or max_bytes
        self.idle_timeout = idle_timeout
        self.total_timeout = total_timeout

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return json_error(start_response, "400 Bad Request", "bad_request", "Invalid Content-Length.")
        if length <= 0 and not chunked:
            return self.app(environ, start_response)
        json_audio = environ.get("PATH_INFO") == JSON_AUDIO_PATH and "json" in environ.get("CONTENT_TYPE", "")
        limit = self.json_audio_bytes if json_audio else self.max_bytes
        if length > limit:
            return json_error(
                start_response,
                "413 Request Entity Too Large",
                "payload_too_large",
                "The request body is larger than the allowed limit.",
            )
        try:
            spool, size = self._read(environ, None if chunked else length, limit)
        except _BodyError as exc:
            return json_error(start_response, exc.status, exc.code, exc.message)
        environ["wsgi.input"] = spool
        environ["CONTENT_LENGTH"] = str(size)
        environ.pop("HTTP_TRANSFER_ENCODING", None)
        environ["wsgi.input_terminated"] = True
        try:
            return self.app(environ, start_response)
        finally:
            # The response iterable is built by now; a streamed response does not read the body.
            spool.close()

    def _read(self, environ: dict[str, Any], length: int | None, limit: int) -> tuple[Any, int]:
        stream = environ["wsgi.input"]
        sock = environ.get("gunicorn.socket")
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 - closed by the caller
        started = time.monotonic()
        size = 0
        if sock is not None:
            sock.settimeout(self.idle_timeout)
        try:
            while length is None or size < length:
                want = READ_CHUNK if length is None else min(READ_CHUNK, length - size)
                try:
                    chunk = stream.read(want)
                except TimeoutError as exc:
                    raise _BodyError(
                        "408 Request Timeout", "request_timeout", "The request body arrived too slowly."
                    ) from exc
                if not chunk:
                    if length is not None:
                        raise _BodyError(
                            "400 Bad Request", "bad_request", "The request body ended before its length."
                        )
                    break
                size += len(chunk)
                if size > limit:
                    raise _BodyError(
                        "413 Request Entity Too Large",
                        "payload_too_large",
                        "The request body is larger than the allowed limit.",
                    )
                spool.write(chunk)
                # While a fast client's data keeps arriving a read never waits, so under gevent it
                # would never let another connection run: give way after every chunk.
                time.sleep(0)
                if time.monotonic() - started > self.total_timeout:
                    raise _BodyError(
                        "408 Request Timeout", "request_timeout", "The request body arrived too slowly."
                    )
        except _BodyError:
            spool.close()
            raise
        except OSError as exc:  # the client went away mid-body
            spool.close()
            raise _BodyError("400 Bad Request", "bad_request", "The request body was cut off.") from exc
        finally:
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.settimeout(None)
        spool.seek(0)
        return spool, size
