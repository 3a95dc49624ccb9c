"""gunicorn settings read from the working directory by every ``gunicorn wsgi:app`` (make run,
the Procfile, boot.sh in the container); command-line options still override them.

The worker is gevent-based (``copilot/serving/worker.py``): an idle WebSocket, a slow client or an
unfinished request costs a greenlet rather than one of a few OS threads, and speech recognition,
bcrypt and large parses run on real threads (``copilot/offload.py``). The request line and headers
must arrive within ``keepalive`` seconds; bodies are read with their own timeouts
(``copilot/serving/bodies.py``). gunicorn's own errors (414, 431, 400) are JSON, and no
``Server`` header is sent.

The access log leaves out query strings: the live socket carries its token in ``?token=``
(browsers cannot set headers on a WebSocket), and a request that reaches the server as a plain
GET — a proxy dropping the Upgrade header — would otherwise write a usable token to the log.
Searches (``?q=``) stay out of it too.
"""

import os

worker_class = "copilot.serving.worker.Worker"
# One process holds thousands of idle connections; more processes add CPU, not connections.
workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
worker_connections = int(os.environ.get("WORKER_CONNECTIONS", "1000"))
# Seconds to wait for the next request on a kept-alive connection, and for a request's line and
# headers (the gevent worker applies the same timeout to both).
keepalive = 5
timeout = 120
graceful_timeout = 30
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# Nothing here uses gunicorn's control socket (and test servers would share its path).
control_socket_disable = True

access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(f)s" "%(a)s"'
