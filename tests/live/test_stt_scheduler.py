"""The process's one speech scheduler: urgent work first, partials give way."""

from __future__ import annotations

import threading

from copilot.live.stt_pool import Priority, SpeechScheduler


def _blocked(scheduler: SpeechScheduler) -> threading.Event:
    """Occupy the only worker until the returned event is set."""
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(5)

    scheduler.submit(Priority.FINAL, hold)
    assert started.wait(5)
    return release


def test_finals_run_before_early_transcriptions_before_partials():
    scheduler = SpeechScheduler(workers=1)
    release = _blocked(scheduler)
    ran: list[str] = []
    futures = [
        scheduler.submit(Priority.PARTIAL, lambda: ran.append("partial")),
        scheduler.submit(Priority.EARLY, lambda: ran.append("early")),
        scheduler.submit(Priority.FINAL, lambda: ran.append("final")),
    ]
    assert not scheduler.idle and scheduler.backlog() == 3
    release.set()
    for future in futures:
        future.result(timeout=5)
    assert ran == ["final", "early", "partial"]


def test_a_newer_partial_replaces_the_waiting_one_of_its_socket():
    scheduler = SpeechScheduler(workers=1)
    release = _blocked(scheduler)
    older = scheduler.submit(Priority.PARTIAL, lambda: "older", replaces="socket-1")
    other = scheduler.submit(Priority.PARTIAL, lambda: "other socket", replaces="socket-2")
    newer = scheduler.submit(Priority.PARTIAL, lambda: "newer", replaces="socket-1")
    release.set()
    assert older.cancelled()
    assert newer.result(timeout=5) == "newer" and other.result(timeout=5) == "other socket"
    assert scheduler.dropped_partials == 1


def test_a_partial_whose_utterance_ended_is_dropped_unrun():
    scheduler = SpeechScheduler(workers=1)
    release = _blocked(scheduler)
    ran = threading.Event()
    stale = scheduler.submit(Priority.PARTIAL, ran.set, stale=lambda: True)
    release.set()
    assert stale.result(timeout=5) is None
    assert not ran.is_set()


def test_an_error_reaches_the_caller_and_the_worker_goes_on():
    scheduler = SpeechScheduler(workers=1)

    def fail() -> None:
        raise RuntimeError("decoder failed")

    failed = scheduler.submit(Priority.FINAL, fail)
    assert isinstance(failed.exception(timeout=5), RuntimeError)
    assert scheduler.submit(Priority.FINAL, lambda: 42).result(timeout=5) == 42
    assert scheduler.idle
