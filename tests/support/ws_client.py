"""A real WebSocket client for tests: collects server events in a background thread."""

from __future__ import annotations

import contextlib
import json
import threading
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np
import websocket

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "audio"


def load_wav(name: str) -> np.ndarray:
    """A fixture as 16 kHz mono float32."""
    with wave.open(str(FIXTURES / name)) as handle:
        assert handle.getframerate() == 16000 and handle.getnchannels() == 1
        return np.frombuffer(handle.readframes(handle.getnframes()), "<i2").astype(np.float32) / 32768


def manifest() -> dict[str, dict[str, Any]]:
    data = json.loads((FIXTURES / "manifest.json").read_text())
    return {clip["file"]: clip for clip in data["clips"]}


class SocketClient:
    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self.ws = websocket.create_connection(url, timeout=timeout)
        self.events: list[dict[str, Any]] = []
        self.arrivals: list[float] = []  # time.monotonic() of each event, for benchmarks
        self.close_code: int | None = None
        self.closed = threading.Event()
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                opcode, data = self.ws.recv_data(control_frame=False)
            except Exception:
                break
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                if len(data) >= 2:
                    self.close_code = int.from_bytes(data[:2], "big")
                break
            if opcode == websocket.ABNF.OPCODE_TEXT:
                with self._cond:
                    self.events.append(json.loads(data.decode()))
                    self.arrivals.append(time.monotonic())
                    self._cond.notify_all()
        self.closed.set()
        with self._cond:
            self._cond.notify_all()

    def send(self, message: dict[str, Any]) -> None:
        self.ws.send(json.dumps(message))

    def send_binary(self, data: bytes) -> None:
        self.ws.send_binary(data)

    def wait_for(self, event_type: str, timeout: float = 30.0, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if event.get("type") == event_type and all(event.get(k) == v for k, v in match.items()):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self.closed.is_set() and not self._has(event_type, match)):
                    raise AssertionError(f"no {event_type} {match} within {timeout}s; got {self.types()}")
                self._cond.wait(timeout=min(remaining, 0.2))

    def _has(self, event_type: str, match: dict[str, Any]) -> bool:
        return any(
            e.get("type") == event_type and all(e.get(k) == v for k, v in match.items()) for e in self.events
        )

    def of_type(self, event_type: str) -> list[dict[str, Any]]:
        with self._cond:
            return [e for e in self.events if e.get("type") == event_type]

    def types(self) -> list[str]:
        with self._cond:
            return [e.get("type") for e in self.events]

    def stream(
        self,
        samples: np.ndarray,
        *,
        frame_s: float = 0.1,
        rate: int = 16000,
        realtime: float = 0.0,
        binary: bool = True,
        fmt: str = "f32le",
    ) -> None:
        """Send audio in frames; ``realtime`` 1.0 paces it like a microphone, 0 sends at once."""
        step = int(rate * frame_s)
        for start in range(0, len(samples), step):
            chunk = samples[start : start + step]
            if binary:
                if fmt == "s16le":
                    self.send_binary((np.clip(chunk, -1, 1) * 32767).astype("<i2").tobytes())
                else:
                    self.send_binary(chunk.astype("<f4").tobytes())
            else:
                self.send({"type": "audio", "data": [round(float(v), 5) for v in chunk]})
            if realtime:
                time.sleep(frame_s / realtime)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.ws.close()
        self._reader.join(timeout=5)
