"""The old guide's JSON upload, ``{"audio": [floats…], "sampleRate": N, …}``, read as a stream.

Parsed whole, a JSON array of floats costs about 13 times its size (a Python float object and a
list slot per sample); eight parallel 23 MB uploads peaked at 2.2 GB. Here an incremental parser
(ijson's C backend) walks the body once and the samples go straight into a float32 array, so a
body costs about a third of its size; the other keys are built as usual.

Walking millions of parser events is seconds of Python holding the GIL, which would starve the
web worker's event loop even from another thread; so a large body is parsed in a child process
(``python -m copilot.jobs.samples MAX_SECONDS`` reads the body on stdin and writes a JSON line
and the float32 samples on stdout), a few at a time. Small bodies are parsed in place.
"""

from __future__ import annotations

import json
import math
from array import array
from pathlib import Path
from typing import Any, BinaryIO

import ijson
import numpy as np

from copilot.exceptions import BadAudioError, InvalidInputError
from copilot.speech.audio import (
    MAX_SAMPLE_RATE,
    MIN_SAMPLE_RATE,
    SAMPLE_TOLERANCE,
    TARGET_RATE,
    DecodedAudio,
    check_not_silent,
    resample,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLES = "audio"
CONTAINERS = ("start_map", "start_array")
ENDS = ("end_map", "end_array")


def _not_an_object() -> InvalidInputError:
    return InvalidInputError("The JSON body must be an object.", fields={"_schema": ["Expected an object."]})


def read_body(
    stream: BinaryIO, *, max_seconds: float, lenient_bytes: int = 1024 * 1024
) -> tuple[dict[str, Any], np.ndarray | None]:
    """The body's other keys as values, and its samples as float32 (None when absent).

    Raises ``BadAudioError`` for samples that are not a flat array of numbers, or more than
    ``max_seconds`` even at the highest accepted rate (checked while reading). Python's own
    parser accepts ``NaN`` and ``Infinity`` tokens, which browsers' ``JSON.stringify`` never
    writes but hand-made clients do; a body up to ``lenient_bytes`` that only the lenient
    parser reads gets the same answer as before (422 for the non-finite samples)."""
    try:
        return _read_streaming(stream, max_seconds)
    except InvalidInputError as exc:
        if exc.code != "malformed_json" or not stream.seekable() or stream.seek(0, 2) > lenient_bytes:
            raise
    stream.seek(0)
    return _read_lenient(stream.read())


def _read_lenient(data: bytes) -> tuple[dict[str, Any], np.ndarray | None]:
    try:
        body = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError("The request body is not valid JSON.", code="malformed_json") from exc
    if not isinstance(body, dict):
        raise _not_an_object()
    if SAMPLES not in body:
        return body, None
    values = body.pop(SAMPLES)
    if not isinstance(values, list) or not set(map(type, values)) <= {float, int}:
        raise BadAudioError("'audio' must be an array of numbers.", code="invalid_audio")
    try:
        return body, np.asarray(values, dtype=np.float32)
    except OverflowError as exc:
        raise BadAudioError("Audio samples must lie within [-1, 1].", code="invalid_samples") from exc


def _read_streaming(stream: BinaryIO, max_seconds: float) -> tuple[dict[str, Any], np.ndarray | None]:
    events = ijson.parse(stream, use_float=True)
    try:
        first = next(events, None)
        if first is None or first[1] != "start_map":
            raise _not_an_object()
        options: dict[str, Any] = {}
        samples: array | None = None
        most = int(max_seconds * MAX_SAMPLE_RATE) + 1
        key, builder, depth = None, None, 0
        for prefix, event, value in events:
            if samples is not None and key == SAMPLES and prefix == "audio.item" and event == "number":
                samples.append(value)
                if len(samples) > most:
                    raise BadAudioError(
                        f"The audio is longer than {max_seconds:g} seconds.", code="audio_too_long"
                    )
                continue
            if builder is None:
                if prefix == "" and event == "map_key":
                    key = value
                    continue
                if prefix == "" and event == "end_map":
                    break
                if key == SAMPLES:
                    if event == "start_array" and prefix == SAMPLES:
                        samples = array("f")
                        continue
                    if event == "end_array" and prefix == SAMPLES:
                        continue
                    raise BadAudioError("'audio' must be an array of numbers.", code="invalid_audio")
                builder = ijson.ObjectBuilder()
            builder.event(event, value)
            depth += 1 if event in CONTAINERS else -1 if event in ENDS else 0
            if depth == 0:
                options[key] = builder.value
                builder = None
    except ijson.JSONError as exc:
        raise InvalidInputError("The request body is not valid JSON.", code="malformed_json") from exc
    except OverflowError as exc:  # an integer literal far beyond any float
        raise BadAudioError("Audio samples must lie within [-1, 1].", code="invalid_samples") from exc
    if samples is None and SAMPLES in options:
        raise BadAudioError("'audio' must be an array of numbers.", code="invalid_audio")
    return options, None if samples is None else np.frombuffer(samples, dtype=np.float32)


def read_body_in_child(body: BinaryIO, *, max_seconds: float, timeout: float = 60.0):
    """``read_body`` in a child process; ``body`` must be a real file (it becomes the child's stdin)."""
    import subprocess
    import sys

    body.seek(0)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "copilot.jobs.samples", repr(max_seconds)],
            cwd=PROJECT_ROOT,
            stdin=body,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BadAudioError("Reading the samples took too long.", code="decode_timeout") from exc
    head, _, data = result.stdout.partition(b"\n")
    try:
        answer = json.loads(head)
    except ValueError as exc:
        raise RuntimeError(f"the samples parser failed: {result.stderr[-500:]!r}") from exc
    if "error" in answer:
        error = answer["error"]
        if error["kind"] == "audio":
            raise BadAudioError(error["message"], code=error["code"])
        raise InvalidInputError(error["message"], code=error["code"], fields=error.get("fields"))
    samples = np.frombuffer(data, dtype=np.float32) if answer["samples"] is not None else None
    return answer["options"], samples


def _child_main(argv: list[str]) -> int:
    import sys

    try:
        options, samples = read_body(sys.stdin.buffer, max_seconds=float(argv[1]))
    except BadAudioError as exc:
        answer = {"error": {"kind": "audio", "code": exc.code, "message": exc.message}}
        sys.stdout.buffer.write(json.dumps(answer).encode() + b"\n")
        return 0
    except InvalidInputError as exc:
        answer = {"error": {"kind": "input", "code": exc.code, "message": exc.message, "fields": exc.fields}}
        sys.stdout.buffer.write(json.dumps(answer).encode() + b"\n")
        return 0
    count = None if samples is None else int(samples.size)
    sys.stdout.buffer.write(json.dumps({"options": options, "samples": count}).encode() + b"\n")
    if samples is not None:
        sys.stdout.buffer.write(samples.astype("<f4", copy=False).tobytes())
    return 0


def decode(samples: np.ndarray, sample_rate: object, *, max_seconds: float) -> DecodedAudio:
    """Validate the samples and their rate (the same rules as for any upload), resample to 16 kHz."""
    if (
        isinstance(sample_rate, bool)
        or not isinstance(sample_rate, int | float)
        or not math.isfinite(sample_rate)
    ):
        raise BadAudioError("'sampleRate' must be a number.", code="invalid_sample_rate")
    if sample_rate != int(sample_rate) or not MIN_SAMPLE_RATE <= sample_rate <= MAX_SAMPLE_RATE:
        raise BadAudioError(
            f"'sampleRate' must be a whole number between {MIN_SAMPLE_RATE} and {MAX_SAMPLE_RATE}.",
            code="invalid_sample_rate",
        )
    rate = int(sample_rate)
    if samples.size == 0:
        raise BadAudioError("'audio' is empty.", code="empty_audio")
    if samples.size / rate > max_seconds:
        raise BadAudioError(f"The audio is longer than {max_seconds:g} seconds.", code="audio_too_long")
    if not np.isfinite(samples).all():
        raise BadAudioError("Audio samples must be finite numbers.", code="invalid_samples")
    if float(np.abs(samples).max()) > 1.0 + SAMPLE_TOLERANCE:
        raise BadAudioError("Audio samples must lie within [-1, 1].", code="invalid_samples")
    resampled = resample(np.clip(samples, -1.0, 1.0), rate, TARGET_RATE)
    check_not_silent(resampled)
    return DecodedAudio(
        samples=resampled, source_format="pcm", source_rate=rate, duration_s=resampled.size / TARGET_RATE
    )


if __name__ == "__main__":
    import sys

    raise SystemExit(_child_main(sys.argv))
