"""CPU-bound work off the event loop.

Under the gevent web worker (``copilot/serving/worker.py``) every request, socket and job runs as
a greenlet on one OS thread, so a second of speech recognition, bcrypt or parsing would stall
every other connection. ``run_native`` sends such leaf computations to a small pool of real OS
threads (gevent's own thread pool) and waits for them cooperatively. The functions sent there
are pure computations: they take values and return values, and share no locks with the
greenlets. Outside gevent (the Celery worker, the ``flask`` command, tests) it calls the
function directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

# One pool per kind of work, so a long transcription never queues a login behind it.
LANES = {"speech": 4, "cpu": 2}
_pools: dict[str, Any] = {}
_lock = threading.Lock()


def green() -> bool:
    """Whether this process runs on gevent (the standard library monkey-patched)."""
    try:
        from gevent import monkey
    except ImportError:
        return False
    return monkey.is_module_patched("threading")


def configure(lanes: dict[str, int]) -> None:
    """Set the pool sizes (before first use); unknown lanes are added."""
    LANES.update({name: max(1, size) for name, size in lanes.items()})


def _pool(lane: str) -> Any:
    with _lock:
        pool = _pools.get(lane)
        if pool is None:
            from gevent.threadpool import ThreadPool

            pool = _pools[lane] = ThreadPool(LANES.get(lane, 2))
        return pool


def run_native(lane: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` on a real OS thread of ``lane``; exceptions propagate unchanged."""
    if not green():
        return fn(*args, **kwargs)
    return _pool(lane).apply(fn, args, kwargs)


class NativeProxy:
    """Wraps an engine so the listed methods run through ``run_native`` (the rest pass through)."""

    def __init__(self, target: Any, lane: str, methods: tuple[str, ...]) -> None:
        self._target = target
        self._lane = lane
        self._methods = frozenset(name for name in methods if callable(getattr(target, name, None)))

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if name not in self._methods:
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            return run_native(self._lane, value, *args, **kwargs)

        return call
