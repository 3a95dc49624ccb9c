"""The old guide's JSON upload, read from the request stream: ``{"audio": [floats], "sampleRate": N}``.

Five minutes at 48 kHz are 14 million numbers, some 300 MB of JSON. ``json.loads`` would hold the
body, a Python float object per sample (about 32 bytes each) and then a float64 copy, all at once.
Here the ``audio`` array is parsed chunk by chunk straight into float32 (4 bytes a sample) as the
body arrives, and only the small rest of the object goes through ``json``.
"""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO

import numpy as np

from copilot.exceptions import BadAudioError, ServiceError

READ_CHUNK = 1 << 20
# Everything before the array ("sampleRate", "language", ...) is small; a body that keeps
# something else first for this long is parsed the ordinary way.
MAX_PREFIX = 64 * 1024
_SENTINEL = "\x00audio-array"
_AUDIO_START = re.compile(rb'"audio"\s*:\s*\[')
# Bytes a list of JSON numbers can hold, plus the NaN/Infinity tokens Python's json accepts
# (refused later as non-finite, like any other non-finite sample). true, null, strings and
# objects all need other bytes.
_NUMBER_BYTES = b"0123456789.-+eE, \t\r\nNaIinfty"


class MalformedJsonError(ServiceError):
    code = "malformed_json"
    status = 400


def _not_numbers() -> BadAudioError:
    return BadAudioError("'audio' must contain only numbers.", code="invalid_audio")


def _parse_numbers(text: bytes) -> np.ndarray:
    """Comma-separated numbers to float32, in C: no Python object per sample."""
    if not text.strip():
        return np.zeros(0, dtype=np.float32)
    if text.translate(None, _NUMBER_BYTES):
        raise _not_numbers()
    try:
        values = np.fromstring(text, dtype=np.float64, sep=",")
    except ValueError:
        raise _not_numbers() from None
    if values.size != text.count(b",") + 1:  # an empty item, or one that is not a number
        raise _not_numbers()
    return values.astype(np.float32)


def _loads(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise MalformedJsonError("The request body is not valid JSON.") from exc


def read_json_upload(stream: BinaryIO, *, max_samples: int) -> dict[str, Any]:
    """The body as a dict whose ``audio`` (when it is an array of numbers) is a float32 ndarray.

    Raises ``MalformedJsonError`` (400) for broken JSON, ``BadAudioError`` (422) for an array
    that holds anything but numbers or more than ``max_samples`` of them.
    """
    prefix = bytearray()
    match = None
    while match is None:
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            return _loads(bytes(prefix))  # no numeric array: a small or unusual body
        prefix += chunk
        match = _AUDIO_START.search(prefix)
        if match is None and len(prefix) > MAX_PREFIX:
            return _loads(bytes(prefix) + stream.read())

    head = bytes(prefix[: match.start()]) + b'"audio": '
    pending = bytes(prefix[match.end() :])
    del prefix
    pieces: list[np.ndarray] = []
    count = 0
    tail = b""
    while True:
        end = pending.find(b"]")
        if end >= 0:
            numbers, tail = pending[:end], pending[end + 1 :]
        else:
            cut = pending.rfind(b",")
            numbers, pending = (pending[:cut], pending[cut + 1 :]) if cut >= 0 else (b"", pending)
        if b"[" in numbers or b'"' in numbers:
            raise _not_numbers()
        if numbers:
            parsed = _parse_numbers(numbers)
            if end < 0 and parsed.size == 0:
                raise _not_numbers()  # ", ,": an empty item
            count += parsed.size
            if count > max_samples:
                raise BadAudioError("The audio is longer than allowed.", code="audio_too_long")
            pieces.append(parsed)
        if end >= 0:
            break
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            raise MalformedJsonError("The request body is not valid JSON (it ends inside 'audio').")
        pending += chunk
        if len(pending) > 4 * READ_CHUNK and b"," not in pending:
            raise _not_numbers()  # one "number" megabytes long

    rest = head + json.dumps(_SENTINEL).encode() + tail + stream.read(MAX_PREFIX + 1)
    if len(rest) > len(head) + 2 * MAX_PREFIX:
        raise MalformedJsonError("The request body has too much besides 'audio'.")
    body = _loads(rest)
    if not isinstance(body, dict) or body.get("audio") != _SENTINEL:
        # "audio" was nested somewhere else, or the object is not what it seemed.
        raise MalformedJsonError("The request body is not a JSON object with an 'audio' array.")
    body["audio"] = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    return body
