"""Dispatching jobs: to Celery when a broker is configured, else to the embedded executor that
runs the same task in-process; plus the periodic sweep that re-enqueues stuck jobs."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor

from flask import Flask

from copilot.auth import service as accounts
from copilot.extensions import db
from copilot.jobs import store
from copilot.jobs.tasks import PROCESS_JOB

log = logging.getLogger(__name__)


class JobQueue:
    """One per app: ``enqueue`` never raises; a job that could not be sent stays queued in the
    database and the sweep sends it again."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.embedded = not app.config["CELERY_BROKER_URL"]
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._in_flight: set[str] = set()
        self._sweeper: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def mode(self) -> str:
        return "embedded" if self.embedded else "celery"

    def _task(self):
        return self.app.extensions["celery"].tasks[PROCESS_JOB]

    def enqueue(self, job_id: str) -> bool:
        if self.embedded:
            return self._submit_embedded(job_id)
        try:
            self._task().apply_async(args=[job_id], retry=False)
            return True
        except Exception as exc:  # broker down: the committed job waits for the sweep
            log.warning("job not sent to the broker (%s); the sweep will retry", exc.__class__.__name__)
            return False

    def _submit_embedded(self, job_id: str) -> bool:
        with self._lock:
            if job_id in self._in_flight:
                return True
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=self.app.config["EMBEDDED_WORKERS"], thread_name_prefix="job"
                )
            self._in_flight.add(job_id)
        self._executor.submit(self._run_embedded, job_id)
        return True

    def _run_embedded(self, job_id: str) -> None:
        try:
            self._task().apply(args=[job_id])
        except Exception:
            log.exception("embedded job run crashed")
        finally:
            with self._lock:
                self._in_flight.discard(job_id)

    def sweep(self, *, queued_after_s: float | None = None) -> list[str]:
        """Enqueue again what is stuck: queued for too long, or running under an expired lease."""
        config = self.app.config
        after = config["JOB_REQUEUE_AFTER_SECONDS"] if queued_after_s is None else queued_after_s
        job_ids = store.stale_job_ids(queued_after_s=after)
        sent = [job_id for job_id in job_ids if self.enqueue(job_id)]
        store.mark_enqueued(sent)
        if config["AUDIO_RETENTION_SECONDS"] > 0:
            store.purge_expired_audio(config["AUDIO_RETENTION_SECONDS"])
        if sent:
            log.info("sweep re-enqueued %d job(s)", len(sent))
        return sent

    def periodic_sweep(self, *, first: bool = False) -> None:
        """One round of the web process's housekeeping: stuck jobs (every queued one on the first
        round of the embedded mode: after a restart nothing else runs them), then the revocations
        of tokens that have expired anyway."""
        self.sweep(queued_after_s=0 if first and self.embedded else None)
        purged = accounts.purge_expired_revocations()
        if purged:
            log.info("purged %d expired token revocation(s)", purged)

    def start_sweeper(self) -> None:
        """``periodic_sweep`` at start-up and then every JOB_SWEEP_INTERVAL_SECONDS, in a daemon thread."""
        if self._sweeper is not None:
            return
        self._sweeper = threading.Thread(target=self._sweep_forever, name="job-sweeper", daemon=True)
        self._sweeper.start()

    def _sweep_forever(self) -> None:
        interval = self.app.config["JOB_SWEEP_INTERVAL_SECONDS"]
        first = True
        while not self._stop.is_set():
            with self.app.app_context():
                try:
                    self.periodic_sweep(first=first)
                except Exception as exc:
                    log.warning("sweep failed: %s", exc.__class__.__name__)
                finally:
                    db.session.remove()
            first = False
            self._stop.wait(interval)

    def shutdown(self, wait: bool = True) -> None:
        self._stop.set()
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=not wait)
