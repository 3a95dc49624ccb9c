"""Upload limits against a real served app over raw sockets: an oversized body is refused from
its headers (413 JSON, at once, without reading it), client filenames never reach the disk, and a
tiny file that decodes to hours of audio is refused."""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import time
import tracemalloc
import uuid
from pathlib import Path

import numpy as np
import pytest
import requests
from imageio_ffmpeg import get_ffmpeg_exe

from tests.conftest import base_config, row_counts
from tests.jobs.helpers import SHORT_QUESTION, clip_bytes
from tests.support.apps import running_app
from tests.support.live_server import serve_app

LIMIT = 2 * 1024 * 1024
HUGE = 1024 * 1024 * 1024  # what the headers claim: 1 GiB


def _rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def served(tmp_path):
    with _served(tmp_path, MAX_AUDIO_SECONDS=30.0) as served:
        yield served


@contextlib.contextmanager
def _served(tmp_path, **overrides):
    config = base_config(
        tmp_path,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path / 'limits.db'}",
        MAX_CONTENT_LENGTH=LIMIT,
        **overrides,
    )
    with running_app(config) as app, serve_app(app) as base_url:
        response = requests.post(
            f"{base_url}/api/auth/register",
            json={"email": f"limits-{uuid.uuid4().hex[:8]}@example.com", "password": "long enough pass"},
            timeout=10,
        )
        assert response.status_code == 201
        token = response.json()["access_token"]
        yield {"app": app, "url": base_url, "token": token, "tmp": tmp_path}


def _raw_request(
    base_url: str, head: str, body: bytes, timeout: float = 10.0
) -> tuple[int, dict, bytes, float]:
    """Send ``head`` and a few bytes of body, then read the answer (without sending the rest)."""
    host, port = base_url.removeprefix("http://").split(":")
    began = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=timeout) as sock:
        sock.sendall(head.encode() + body)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        header_block, _, rest = data.partition(b"\r\n\r\n")
        lines = header_block.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {
            k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)
        }
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
    return status, headers, rest, time.monotonic() - began


@pytest.mark.parametrize(
    "path, content_type, authorized",
    [
        ("/api/process_audio", "multipart/form-data; boundary=xyz", True),
        ("/api/process_audio", "application/json", True),
        ("/api/contexts/1/cv", "multipart/form-data; boundary=xyz", True),
        ("/api/auth/register", "application/json", False),
    ],
)
def test_a_body_announced_over_the_limit_is_refused_before_it_is_read(served, path, content_type, authorized):
    before = row_counts(served["app"])
    rss_before = _rss_bytes()
    auth = f"Authorization: Bearer {served['token']}\r\n" if authorized else ""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{auth}"
        f"Content-Type: {content_type}\r\nContent-Length: {HUGE}\r\nConnection: close\r\n\r\n"
    )
    status, headers, body, seconds = _raw_request(
        served["url"], head, b"--xyz\r\n" if "multipart" in content_type else b"{"
    )

    assert status == 413, body[:300]
    assert headers["content-type"].startswith("application/json")
    assert json.loads(body)["error"]["code"] == "payload_too_large"
    assert seconds < 5, f"the answer took {seconds:.1f}s: the server waited for the body"
    assert _rss_bytes() - rss_before < 64 * 1024 * 1024
    assert row_counts(served["app"]) == before


def test_a_chunked_body_that_grows_over_the_limit_is_cut_off(served):
    """No Content-Length to judge by: the stream is read up to the limit and refused there; the
    413 arrives while the client is still sending."""
    host, port = served["url"].removeprefix("http://").split(":")
    rss_before = _rss_bytes()
    began = time.monotonic()
    with socket.create_connection((host, int(port)), timeout=15) as sock:
        sock.sendall(
            (
                "POST /api/process_audio HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Authorization: Bearer {served['token']}\r\n"
                "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n"
                "Connection: close\r\n\r\n"
            ).encode()
        )
        preamble = b'--xyz\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n\r\n'
        sock.sendall(b"%x\r\n%s\r\n" % (len(preamble), preamble))
        piece = b"\0" * 65536
        frame = b"%x\r\n%s\r\n" % (len(piece), piece)
        sock.setblocking(False)
        sent, data = 0, b""
        while b"\r\n\r\n" not in data and time.monotonic() - began < 10 and sent < 64 * LIMIT:
            with contextlib.suppress(BlockingIOError):
                sent += sock.send(frame)
            with contextlib.suppress(BlockingIOError):
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        seconds = time.monotonic() - began
        sock.settimeout(5)
        head, _, body = data.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
        while len(body) < length:
            body += sock.recv(65536)
    assert head.startswith(b"HTTP/1.1 413"), data[:300]
    assert json.loads(body)["error"]["code"] == "payload_too_large"
    assert seconds < 5
    assert sent < 16 * LIMIT, f"{sent} bytes went out before the answer"
    assert _rss_bytes() - rss_before < 64 * 1024 * 1024


def _files_named(name: str, roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        for directory, _dirs, files in os.walk(root):
            found.extend(Path(directory) / f for f in files if name in f)
    return found


def test_client_filenames_never_touch_the_filesystem(served):
    marker = f"evil-{uuid.uuid4().hex[:10]}"
    headers = {"Authorization": f"Bearer {served['token']}"}
    names = [f"../../etc/{marker}.wav", f"/tmp/{marker}.wav", f"..\\..\\{marker}.wav", f"{marker}\x00.wav"]
    job_ids = []
    for name in names:
        response = requests.post(
            f"{served['url']}/api/process_audio",
            headers=headers,
            files={"audio": (name, clip_bytes(SHORT_QUESTION), "audio/wav")},
            data={"language": "en"},
            timeout=30,
        )
        assert response.status_code == 202, response.text
        job_ids.append(response.json()["job_id"])
    for job_id in job_ids:
        deadline = time.monotonic() + 120
        while (job := requests.get(f"{served['url']}/api/jobs/{job_id}", headers=headers, timeout=10).json())[
            "status"
        ] not in ("done", "failed"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert job["status"] == "done", job
        assert marker not in json.dumps(job)

    roots = [served["tmp"], Path("/tmp"), Path("/etc"), Path(served["app"].instance_path)]
    assert _files_named(marker, roots) == []


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> bytes:
    """An hour of silence as FLAC: a few hundred kilobytes that decode to 230 MB of float samples."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.flac"
    subprocess.run(
        [get_ffmpeg_exe(), "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono",
         "-t", "3600", "-c:a", "flac", "-compression_level", "8", str(path)],
        check=True,
        timeout=120,
    )  # fmt: skip
    return path.read_bytes()


def test_a_tiny_file_of_hours_of_audio_is_refused_at_the_api(served, bomb):
    assert len(bomb) < LIMIT
    before = row_counts(served["app"])
    rss_before = _rss_bytes()
    began = time.monotonic()
    response = requests.post(
        f"{served['url']}/api/process_audio",
        headers={"Authorization": f"Bearer {served['token']}"},
        files={"audio": ("bomb.flac", bomb, "audio/flac")},
        timeout=60,
    )
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "audio_too_long"
    assert time.monotonic() - began < 20
    assert _rss_bytes() - rss_before < 200 * 1024 * 1024
    assert row_counts(served["app"]) == before


class PeakAllocations:
    """The most memory Python and numpy held at once in this process (the server runs in it)
    while in the block: allocations, not RSS, which keeps what malloc has not given back."""

    def __enter__(self) -> PeakAllocations:
        tracemalloc.start()
        self.baseline = tracemalloc.get_traced_memory()[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self.growth = tracemalloc.get_traced_memory()[1] - self.baseline
        tracemalloc.stop()


def _json_body(seconds: float, rate: int) -> bytes:
    """A JSON upload of ``seconds`` of quiet noise at ``rate``, samples printed like a browser's
    float32 values (up to 20 characters each); built from a table, not a float per sample."""
    rng = np.random.default_rng(3)
    levels = np.arange(-64, 65)
    table = np.array([repr(float(np.float32(k / 4096 + 1e-7 * k))).encode() for k in levels])
    picks = table[rng.integers(0, len(levels), int(seconds * rate))]
    return b'{"sampleRate": %d, "audio": [' % rate + b",".join(picks.tolist()) + b"]}"


def test_a_five_minute_json_upload_is_accepted_and_parsed_in_bounded_memory(tmp_path):
    body = _json_body(300, 22050)
    samples = 300 * 22050
    assert len(body) > 25 * 1024 * 1024  # over the old general body limit
    with _served(tmp_path, MAX_AUDIO_SECONDS=300.0) as served:
        with PeakAllocations() as memory:
            response = requests.post(
                f"{served['url']}/api/process_audio",
                headers={"Authorization": f"Bearer {served['token']}", "Content-Type": "application/json"},
                data=body,
                timeout=120,
            )
        assert response.status_code == 202, response.text[:300]
        job = requests.get(
            f"{served['url']}{response.json()['status_url']}",
            headers={"Authorization": f"Bearer {served['token']}"},
            timeout=10,
        ).json()
        assert job["audio"]["duration_s"] == pytest.approx(300, abs=0.01)
        # json.loads would need 32 bytes a sample for its list of floats alone, on top of the
        # body, a float64 copy and the resampling; here the whole request stays below that.
        assert memory.growth < 32 * samples, f"peak grew by {memory.growth / 2**20:.0f} MiB"
