"""``/ws/audio``: the live interview socket (flask-sock, one thread per connection)."""

from __future__ import annotations

from flask import Blueprint

from copilot.extensions import sock
from copilot.live.session import serve

bp = Blueprint("live", __name__)


@sock.route("/ws/audio", bp=bp)
def audio_socket(ws) -> None:
    serve(ws)
