"""Speech-to-text for every live socket of a process, through one scheduler.

The cores are shared by all sockets, so the work is queued once, by urgency: a final transcription
(an utterance has ended and someone waits for its answer) before an early one (a pause that may
end an utterance) before a candidate's final one (kept for the record, never answered) before a
partial (what was heard so far, for the screen). Partials are the first
to give way: a newer one replaces an older one of the same socket still waiting, one whose
utterance has ended is dropped when its turn comes, and sockets ask for them less often while the
queue is long. An early transcription starts only when a worker is idle; otherwise the final one
follows the end of the utterance a few hundred milliseconds later.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

import numpy as np
from flask import Flask

from copilot.backends import get_transcriber
from copilot.speech.transcription.base import Transcript

log = logging.getLogger(__name__)


class Priority(IntEnum):
    FINAL = 0
    EARLY = 1
    CANDIDATE = 2
    PARTIAL = 3


@dataclass(order=True)
class _Task:
    priority: int
    order: int
    run: Callable[[], Any] = field(compare=False)
    future: Future = field(compare=False)
    stale: Callable[[], bool] | None = field(compare=False, default=None)


class SpeechScheduler:
    """A priority queue served by ``workers`` threads (one per core by default)."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._queue: list[_Task] = []
        self._order = itertools.count()
        self._cond = threading.Condition()
        self._busy = 0
        self._latest_partial: dict[str, _Task] = {}
        self.dropped_partials = 0
        self._threads = [
            threading.Thread(target=self._serve, name=f"live-stt-{i}", daemon=True)
            for i in range(self.workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(
        self,
        priority: Priority,
        run: Callable[[], Any],
        *,
        replaces: str | None = None,
        stale: Callable[[], bool] | None = None,
    ) -> Future:
        """Queue ``run``; ``replaces`` names a slot (a socket's partial) whose waiting task this
        one supersedes; ``stale`` is asked just before running: True drops the task."""
        task = _Task(int(priority), next(self._order), run, Future(), stale)
        with self._cond:
            if replaces is not None:
                older = self._latest_partial.get(replaces)
                if older is not None and older.future.cancel():
                    self.dropped_partials += 1
                self._latest_partial[replaces] = task
            heapq.heappush(self._queue, task)
            self._cond.notify()
        return task.future

    @property
    def idle(self) -> bool:
        """A worker is free and no interviewer's transcription waits: work now delays no final
        transcription that someone waits on for an answer."""
        with self._cond:
            return self._busy < self.workers and not any(
                not t.future.cancelled() and t.priority < Priority.CANDIDATE for t in self._queue
            )

    def backlog(self) -> int:
        """Tasks waiting (not counting the running ones)."""
        with self._cond:
            return sum(1 for task in self._queue if not task.future.cancelled())

    def _serve(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    self._cond.wait()
                task = heapq.heappop(self._queue)
                if not task.future.set_running_or_notify_cancel():
                    continue
                self._busy += 1
            result: Any = None
            error: BaseException | None = None
            try:
                if task.stale is not None and task.stale():
                    with self._cond:
                        self.dropped_partials += 1
                else:
                    result = task.run()
            except BaseException as exc:  # handed to whoever waits for the future
                error = exc
            # Free the worker before anyone waiting hears of the result: it may ask ``idle``.
            with self._cond:
                self._busy -= 1
            if error is not None:
                task.future.set_exception(error)
            else:
                task.future.set_result(result)


@dataclass(frozen=True)
class Heard:
    """A transcription for a live utterance: its text, language and what it cost."""

    text: str
    language: str | None
    seconds: float
    language_changed: bool = False


class LiveTranscription:
    """One per app: the scheduler, the transcriber, and the small pool that files jobs."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.scheduler = SpeechScheduler(app.config["LIVE_STT_THREADS"])
        # Filing a job waits for its final transcription: never on a speech worker.
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="live-jobs")

    @classmethod
    def for_app(cls, app: Flask) -> LiveTranscription:
        existing = app.extensions.get("copilot_live_stt")
        if existing is None:
            with _create_lock:
                existing = app.extensions.get("copilot_live_stt")
                if existing is None:
                    existing = app.extensions["copilot_live_stt"] = cls(app)
        return existing

    def transcriber(self):
        return get_transcriber(self.app.config)

    def partial_interval_ms(self) -> int:
        """Partials come less often while the queue is long (twice as seldom per waiting task)."""
        base = self.app.config["LIVE_PARTIAL_INTERVAL_MS"]
        return base * (1 + 2 * self.scheduler.backlog())

    def partial(
        self,
        samples: np.ndarray,
        language: Callable[[], str | None],
        prior: str | None,
        *,
        slot: str,
        stale: Callable[[], bool],
        on_language: Callable[[str], None],
    ) -> Future | None:
        transcriber = self.transcriber()
        method = getattr(transcriber, "transcribe_partial", None)
        if method is None:
            return None

        def run() -> Heard:
            began = time.perf_counter()
            code = language()
            if code is None and hasattr(transcriber, "detect_language"):
                # The session's first words: decide its language once, then stick to it.
                code, _ = transcriber.detect_language(samples, prior)
                on_language(code)
            result: Transcript = method(samples, code, prior=prior)
            return Heard(result.text.strip(), result.language or code, time.perf_counter() - began)

        return self.scheduler.submit(Priority.PARTIAL, run, replaces=slot, stale=stale)

    def final(
        self,
        samples: np.ndarray,
        language: str | None,
        prior: str | None,
        *,
        early: bool = False,
        recheck: bool = False,
        candidate: bool = False,
    ) -> Future | None:
        """The utterance's final transcription; ``early`` ones only when a worker is idle;
        ``candidate`` ones (never answered) after every interviewer's.
        ``recheck``: the language is the session's guess, so a transcript that reads like the
        wrong language is detected again (and the new language reported)."""
        if early and not self.scheduler.idle:
            return None
        transcriber = self.transcriber()

        def run() -> Heard:
            began = time.perf_counter()
            result: Transcript = transcriber.transcribe(samples, language, prior=prior)
            changed = False
            unsure = getattr(transcriber, "is_unsure", None)
            if recheck and language is not None and unsure is not None and unsure(result):
                heard, _ = transcriber.detect_language(samples, language)
                if heard != language:
                    result = transcriber.transcribe(samples, heard, prior=prior)
                    changed = True
            return Heard(
                result.text.strip(), result.language or language, time.perf_counter() - began, changed
            )

        priority = Priority.EARLY if early else Priority.CANDIDATE if candidate else Priority.FINAL
        return self.scheduler.submit(priority, run)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future:
        return self.pool.submit(fn, *args)


_create_lock = threading.Lock()
