"""The gunicorn worker class: gevent, so an idle or slow connection costs a greenlet, not a thread.

``gunicorn.conf.py`` selects it for every ``gunicorn wsgi:app``. On top of gunicorn's gevent
worker it
- makes psycopg2 cooperative (psycogreen), so a query waiting on PostgreSQL yields to the others;
- answers the server's own errors (request line or headers too large, malformed requests) with
  the service's JSON error shape instead of gunicorn's HTML page;
- sends no ``Server`` header.
CPU-bound work is sent to real threads by ``copilot.offload``; the request line and headers must
arrive within the keep-alive timeout, bodies are read by ``copilot.serving.bodies``.
"""

from __future__ import annotations

import json
import sys

from gunicorn import util
from gunicorn.http import wsgi
from gunicorn.workers.ggevent import GeventWorker

from copilot.errors import HTTP_CODES, error_body

SWITCH_INTERVAL_S = 0.001
MESSAGES = {
    400: "The request is malformed.",
    403: "The request is forbidden.",
    414: "The request line is too long.",
    417: "Expectation failed.",
    431: "The request headers are too large.",
    500: "Something went wrong on our side.",
    501: "Not implemented.",
}


def write_json_error(sock, status_int: int, reason: str, _mesg: str) -> None:
    """gunicorn's ``util.write_error`` with a JSON body (the detail goes to gunicorn's log)."""
    code = HTTP_CODES.get(status_int, "bad_request")
    body = json.dumps(error_body(code, MESSAGES.get(status_int, reason))).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("latin-1")
    util.write_nonblock(sock, head + body)


_default_headers = wsgi.Response.default_headers


def _headers_without_server(self) -> list[str]:
    return [line for line in _default_headers(self) if not line.startswith("Server:")]


def install_edge_rules() -> None:
    """JSON error pages and no server banner, for every response gunicorn writes."""
    util.write_error = write_json_error
    wsgi.Response.default_headers = _headers_without_server


class Worker(GeventWorker):
    def patch(self) -> None:
        super().patch()
        import psycogreen.gevent

        psycogreen.gevent.patch_psycopg()

    def init_process(self) -> None:
        install_edge_rules()
        # The event loop shares the GIL with the native threads of copilot.offload; while they
        # compute, every I/O call of the loop waits for the GIL again. A shorter switch interval
        # (1 ms instead of 5) keeps that wait, and so request latency, low.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        super().init_process()
