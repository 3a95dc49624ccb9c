"""gunicorn settings read from the working directory by every ``gunicorn wsgi:app`` (make run,
the Procfile, boot.sh in the container); command-line options still override them.

The access log leaves out query strings: the live socket carries its token in ``?token=``
(browsers cannot set headers on a WebSocket), and a request that reaches the server as a plain
GET — a proxy dropping the Upgrade header — would otherwise write a usable token to the log.
Searches (``?q=``) stay out of it too.
"""

access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(f)s" "%(a)s"'
