"""A real HTTP server speaking the slice of the OpenAI API our backends use, for tests and benchmarks.

In-process: ``with fake_openai_server() as fake: ...``. From another process (a Celery worker, a
benchmark): ``python -m tests.support.fake_openai --port 8765`` and steer it with
``FakeOpenAIRemote(base_url)``, which posts the same settings to ``POST /_control``.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import io
import json
import re
import sys
import threading
import time
import urllib.request
import uuid
import wave
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_API_KEY = "sk-fake-openai-test-key"
DEFAULT_ANSWER = (
    "In my last role I led the migration of our billing service to a queue-based design. "
    "I split the work into small releases, measured error rates after each one and rolled back twice. "
    "The result was fewer failed payments and a team that trusted the new system."
)
# Default transcripts keyed by the minimum audio duration in seconds, so a test that uploads a
# longer clip gets a longer question without configuring anything.
DEFAULT_SCRIPT: dict[float, str] = {
    0.0: "Hello.",
    1.0: "Can you tell me about yourself?",
    3.0: "What was the hardest technical problem you solved in your last job?",
    8.0: "Thank you for coming. Could you walk me through a project you are proud of and what your role was?",
}
FAULT_KINDS = ("500", "503", "429", "hang", "drop")
_CONNECTION_ERRORS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


@dataclass
class UploadedFile:
    filename: str | None
    content_type: str | None
    content: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "filename": self.filename,
            "content_type": self.content_type,
            "content_b64": base64.b64encode(self.content).decode("ascii"),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UploadedFile:
        return cls(data["filename"], data["content_type"], base64.b64decode(data["content_b64"]))


@dataclass
class RecordedRequest:
    """One request as the server saw it: header names lowercased, ``chunk_times`` the
    time.monotonic() of each flushed SSE event (comparable across processes on one host)."""

    method: str
    path: str
    headers: dict[str, str]
    received_at: float
    json: Any = None
    form: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int | None = None
    fault: str | None = None
    chunk_times: list[float] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["files"] = {name: upload.to_json() for name, upload in self.files.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordedRequest:
        files = {name: UploadedFile.from_json(upload) for name, upload in data.pop("files").items()}
        return cls(**data, files=files)


@dataclass
class Fault:
    kind: str  # one of FAULT_KINDS
    remaining: int = 1
    retry_after: str | None = None  # sent verbatim as the Retry-After header
    hang_s: float = 30.0
    after_chunks: int = 2  # "drop": content chunks sent before the connection goes away
    graceful: bool = False  # "drop": end the HTTP body cleanly, just without finish_reason / [DONE]
    path: str | None = None  # only requests whose path contains this


class _State:
    """Everything a test can configure or inspect; shared by all handler threads under one lock."""

    def __init__(self, api_key: str, answer: str) -> None:
        self.api_key = api_key
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        # Cleared by "hold": answers stop after their first chunk until "release" sets it again.
        self.flowing = threading.Event()
        self.default_answer = answer
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.answer = self.default_answer
            self.chunk_delay_s = 0.0
            self.flowing.set()
            self.transcripts: deque[str] = deque()
            self.script = dict(DEFAULT_SCRIPT)
            self.faults: list[Fault] = []
            self.requests: list[RecordedRequest] = []

    def apply_control(self, payload: dict[str, Any]) -> None:
        """The single entry point for settings, used in-process and by ``POST /_control``."""
        if payload.get("reset"):
            self.reset()
        with self.lock:
            if payload.get("clear_requests"):
                self.requests.clear()
            if "fault" in payload:
                spec = dict(payload["fault"])
                kind = str(spec.pop("kind"))
                if kind == "none":
                    self.faults.clear()
                else:
                    if kind not in FAULT_KINDS:
                        raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
                    if spec.get("retry_after") is not None:
                        spec["retry_after"] = str(spec["retry_after"])
                    self.faults.append(Fault(kind=kind, remaining=int(spec.pop("count", 1)), **spec))
            if "transcripts" in payload:
                self.transcripts = deque(str(text) for text in payload["transcripts"])
            if "script" in payload:
                self.script = {float(seconds): str(text) for seconds, text in payload["script"].items()}
            if "answer" in payload:
                self.answer = str(payload["answer"])
            if "chunk_delay_s" in payload:
                self.chunk_delay_s = float(payload["chunk_delay_s"])
            if "hold" in payload:
                (self.flowing.clear if payload["hold"] else self.flowing.set)()

    def take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.path is None or fault.path in path:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def next_transcript(self, duration_s: float | None) -> str:
        with self.lock:
            if self.transcripts:
                return self.transcripts.popleft()
            eligible = [seconds for seconds in self.script if duration_s is None or seconds <= duration_s]
            key = max(eligible) if eligible else min(self.script)
            return self.script[key]

    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def snapshot(self) -> list[RecordedRequest]:
        with self.lock:
            return list(self.requests)


def _error_body(message: str, error_type: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": error_type, "param": None, "code": code}}


def _wav_duration(content: bytes) -> float | None:
    try:
        with wave.open(io.BytesIO(content), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (wave.Error, EOFError):
        return None


def split_into_pieces(text: str) -> list[str]:
    """Word-sized pieces that join back to exactly ``text``, like a tokenizer's output."""
    return re.findall(r"\s*\S+|\s+$", text)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked streaming, like the real API
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # tests assert on .requests; access lines would only add noise

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    # -- plumbing -----------------------------------------------------------------------------

    @property
    def state(self) -> _State:
        return self.server.state

    def _dispatch(self) -> None:
        try:
            self._route()
        except _CONNECTION_ERRORS:
            self.close_connection = True  # the client went away (timeout, cancelled stream)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send_json(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        self._send_bytes(status, json.dumps(body).encode(), "application/json", headers)

    def _send_bytes(
        self, status: int, payload: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    # -- routing ------------------------------------------------------------------------------

    def _route(self) -> None:
        path = self.path.split("?", 1)[0]
        body = self._read_body() if self.command == "POST" else b""
        if path.startswith("/_control"):
            self._control(path, body)
            return
        record = RecordedRequest(
            method=self.command,
            path=path,
            headers={name.lower(): value for name, value in self.headers.items()},
            received_at=time.monotonic(),
        )
        self.state.record(record)
        if self.headers.get("Authorization") != f"Bearer {self.state.api_key}":
            record.status = 401
            self._send_json(
                401, _error_body("Incorrect API key provided.", "invalid_request_error", "invalid_api_key")
            )
            return
        if not self._parse_body(record, body):
            return
        fault = self.state.take_fault(path)
        if fault is not None:
            record.fault = fault.kind
            if not self._apply_fault(fault, record):
                return
        if self.command == "POST" and path == "/v1/audio/transcriptions":
            self._transcription(record)
        elif self.command == "POST" and path == "/v1/chat/completions":
            self._chat(record, fault if fault is not None and fault.kind == "drop" else None)
        elif self.command == "GET" and path == "/v1/models":
            record.status = 200
            models = [
                {"id": model, "object": "model", "created": 0, "owned_by": "fake-openai"}
                for model in ("whisper-1", "gpt-4o-mini")
            ]
            self._send_json(200, {"object": "list", "data": models})
        else:
            record.status = 404
            self._send_json(404, _error_body(f"Unknown route {self.command} {path}", "invalid_request_error"))

    def _parse_body(self, record: RecordedRequest, body: bytes) -> bool:
        content_type = self.headers.get("Content-Type", "")
        try:
            if content_type.startswith("application/json"):
                record.json = json.loads(body or b"null")
            elif content_type.startswith("multipart/form-data"):
                # The email package parses MIME multipart for us; the cgi module is deprecated.
                message = BytesParser(policy=HTTP).parsebytes(
                    b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
                )
                if not message.is_multipart():
                    raise ValueError("malformed multipart body")
                for part in message.iter_parts():
                    name = part.get_param("name", header="content-disposition")
                    content = part.get_payload(decode=True) or b""
                    if part.get_filename() is not None:
                        record.files[name] = UploadedFile(
                            part.get_filename(), part.get_content_type(), content
                        )
                    else:
                        record.form[name] = content.decode("utf-8")
        except ValueError as exc:
            record.status = 400
            self._send_json(400, _error_body(f"Could not parse the body: {exc}", "invalid_request_error"))
            return False
        return True

    def _apply_fault(self, fault: Fault, record: RecordedRequest) -> bool:
        """Act out the fault; True when the request should then be served normally."""
        if fault.kind in ("500", "503", "429"):
            status = int(fault.kind)
            record.status = status
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            error_type = "rate_limit_exceeded" if status == 429 else "server_error"
            self._send_json(status, _error_body(f"Injected {status}", error_type), headers)
            return False
        if fault.kind == "hang":
            # Waiting on the stop event lets the server shut down without sitting out the hang.
            if self.state.stopping.wait(fault.hang_s):
                self.close_connection = True
                return False
            return True
        if fault.kind == "drop" and record.path != "/v1/chat/completions":
            record.status = 0
            self.close_connection = True  # no response at all: the client sees a dropped connection
            return False
        return True

    def _control(self, path: str, body: bytes) -> None:
        if self.command == "GET" and path == "/_control/requests":
            self._send_json(200, {"requests": [request.to_json() for request in self.state.snapshot()]})
            return
        if self.command != "POST" or path != "/_control":
            self._send_json(404, _error_body("Unknown control route", "invalid_request_error"))
            return
        try:
            self.state.apply_control(json.loads(body or b"{}"))
        except (ValueError, TypeError, KeyError) as exc:
            self._send_json(400, _error_body(str(exc), "invalid_request_error"))
            return
        self._send_json(200, {"ok": True})

    # -- endpoints ----------------------------------------------------------------------------

    def _transcription(self, record: RecordedRequest) -> None:
        upload = record.files.get("file")
        model = record.form.get("model")
        if upload is None or not model:
            record.status = 400
            self._send_json(
                400, _error_body("Both 'file' and 'model' are required.", "invalid_request_error")
            )
            return
        duration = _wav_duration(upload.content)
        text = self.state.next_transcript(duration)
        response_format = record.form.get("response_format", "json")
        record.status = 200
        if response_format == "json":
            self._send_json(200, {"text": text})
        elif response_format == "verbose_json":
            seconds = duration or 0.0
            self._send_json(
                200,
                {
                    "task": "transcribe",
                    "language": record.form.get("language", "en"),
                    "duration": seconds,
                    "text": text,
                    "segments": [{"id": 0, "start": 0.0, "end": seconds, "text": text}],
                },
            )
        elif response_format == "text":
            self._send_bytes(200, text.encode(), "text/plain; charset=utf-8")
        else:
            record.status = 400
            self._send_json(
                400, _error_body(f"Unsupported response_format {response_format!r}", "invalid_request_error")
            )

    def _chat(self, record: RecordedRequest, drop: Fault | None) -> None:
        request = record.json if isinstance(record.json, dict) else {}
        if not request.get("model") or not isinstance(request.get("messages"), list):
            record.status = 400
            self._send_json(400, _error_body("'model' and 'messages' are required.", "invalid_request_error"))
            return
        with self.state.lock:
            answer, delay = self.state.answer, self.state.chunk_delay_s
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        base = {"id": completion_id, "created": int(time.time()), "model": request["model"]}
        if not request.get("stream"):
            if drop is not None:
                record.status = 0
                self.close_connection = True
                return
            record.status = 200
            message = {"role": "assistant", "content": answer, "refusal": None}
            choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
            usage = {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}
            self._send_json(200, {**base, "object": "chat.completion", "choices": [choice], "usage": usage})
            return
        self._stream_chat(record, base, answer, delay, drop)

    def _stream_chat(
        self, record: RecordedRequest, base: dict[str, Any], answer: str, delay: float, drop: Fault | None
    ) -> None:
        record.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def event(delta: dict[str, Any], finish_reason: str | None = None) -> None:
            choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
            chunk = {**base, "object": "chat.completion.chunk", "choices": [choice]}
            self._write_chunk(b"data: " + json.dumps(chunk).encode() + b"\n\n")
            record.chunk_times.append(time.monotonic())

        event({"role": "assistant", "content": ""})
        for index, piece in enumerate(split_into_pieces(answer)):
            if drop is not None and index >= drop.after_chunks:
                if drop.graceful:
                    self._write_chunk(b"")  # a clean end of body, but no finish_reason and no [DONE]
                else:
                    self.close_connection = True  # cut mid-body: the chunked terminator never comes
                return
            if index:
                self.state.flowing.wait(timeout=120)  # held answers wait here, after their first chunk
                with self.state.lock:  # a delay changed mid-stream applies to the rest of the stream
                    delay = self.state.chunk_delay_s
            if index and delay and self.state.stopping.wait(delay):
                self.close_connection = True
                return
            event({"content": piece})
        event({}, "stop")
        self._write_chunk(b"data: [DONE]\n\n")
        self._write_chunk(b"")


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a hanging handler must never keep the test process alive
    state: _State

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up on idle keep-alive connections is normal, not worth a traceback.
        if not isinstance(sys.exc_info()[1], _CONNECTION_ERRORS):
            super().handle_error(request, client_address)


class _Controls:
    """The setters shared by the in-process server and the remote handle: each builds a payload."""

    def _control(self, payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def set_fault(
        self,
        kind: str | int,
        *,
        count: int = 1,
        retry_after: float | str | None = None,
        hang_s: float = 30.0,
        after_chunks: int = 2,
        graceful: bool = False,
        path: str | None = None,
    ) -> None:
        """Make the next ``count`` API requests (matching ``path``) fail: "500", "503", "429",
        "hang" (wait ``hang_s`` before answering), "drop" (chat: cut the stream after
        ``after_chunks`` content chunks; other routes: close without a response), "none" clears."""
        spec = {"kind": str(kind), "count": count, "hang_s": hang_s, "after_chunks": after_chunks}
        spec |= {"retry_after": retry_after, "graceful": graceful, "path": path}
        self._control({"fault": spec})

    def clear_faults(self) -> None:
        self._control({"fault": {"kind": "none"}})

    def set_transcripts(self, texts: list[str]) -> None:
        """Queue transcripts returned in order; once used up the duration script answers again."""
        self._control({"transcripts": list(texts)})

    def set_script(self, script: dict[float, str]) -> None:
        """Transcripts keyed by minimum audio duration in seconds (the longest key that fits wins)."""
        self._control({"script": {str(seconds): text for seconds, text in script.items()}})

    def set_answer(self, text: str, *, chunk_delay_s: float | None = None) -> None:
        payload: dict[str, Any] = {"answer": text}
        if chunk_delay_s is not None:
            payload["chunk_delay_s"] = chunk_delay_s
        self._control(payload)

    def set_chunk_delay(self, seconds: float) -> None:
        self._control({"chunk_delay_s": seconds})

    def hold(self, held: bool = True) -> None:
        """Stop every answer after its first chunk until ``hold(False)``: jobs stay running on cue."""
        self._control({"hold": held})

    def clear_requests(self) -> None:
        self._control({"clear_requests": True})

    def reset(self) -> None:
        self._control({"reset": True})


class FakeOpenAIServer(_Controls):
    """The server running in a background thread of this process."""

    def __init__(
        self,
        *,
        api_key: str = DEFAULT_API_KEY,
        answer: str = DEFAULT_ANSWER,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.api_key = api_key
        self._httpd = _Server((host, port), _Handler)
        self._httpd.state = _State(api_key, answer)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="fake-openai", daemon=True
        )

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self._httpd.server_address[0]}:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        return self._httpd.state.snapshot()

    def _control(self, payload: dict[str, Any]) -> None:
        self._httpd.state.apply_control(payload)

    def start(self) -> FakeOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.state.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Run in the calling thread (the command-line entry point)."""
        try:
            self._httpd.serve_forever(poll_interval=0.05)
        finally:
            self._httpd.state.stopping.set()
            self._httpd.server_close()


class FakeOpenAIRemote(_Controls):
    """A handle on a fake server in another process, steered through ``/_control``."""

    def __init__(self, base_url: str, *, api_key: str = DEFAULT_API_KEY, timeout_s: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self._root = self.base_url.removesuffix("/v1")
        self._timeout_s = timeout_s

    def _control(self, payload: dict[str, Any]) -> None:
        request = urllib.request.Request(
            f"{self._root}/_control",
            data=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=self._timeout_s) as response:
            response.read()

    @property
    def requests(self) -> list[RecordedRequest]:
        with urllib.request.urlopen(f"{self._root}/_control/requests", timeout=self._timeout_s) as response:
            return [RecordedRequest.from_json(item) for item in json.load(response)["requests"]]


@contextlib.contextmanager
def fake_openai_server(
    *, api_key: str = DEFAULT_API_KEY, answer: str = DEFAULT_ANSWER, port: int = 0
) -> Iterator[FakeOpenAIServer]:
    """Start a fake server on 127.0.0.1 for the duration of the block (use it inside a pytest fixture)."""
    server = FakeOpenAIServer(api_key=api_key, answer=answer, port=port).start()
    try:
        yield server
    finally:
        server.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--answer", default=DEFAULT_ANSWER)
    parser.add_argument("--chunk-delay", type=float, default=0.0, help="seconds between streamed chunks")
    args = parser.parse_args(argv)
    server = FakeOpenAIServer(api_key=args.api_key, answer=args.answer, host=args.host, port=args.port)
    server.set_chunk_delay(args.chunk_delay)
    # The first stdout line is the contract with a parent process that asked for port 0.
    sys.stdout.write(f"{server.base_url}\n")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
