"""Work off the UI thread: one daemon thread per worker, jobs in turn, results back in the UI
thread as Qt signals.

The signals live on an emitter with no Qt parent that the thread keeps alive, so a view deleted
while its job runs is simply no longer connected (Qt disconnects a deleted receiver), and a
daemon thread never holds up quitting."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    done = Signal(object, object, object)  # key, result, error (an exception or None)
    progress = Signal(object, object)  # key, what the job reported


class Job:
    """What a running job sees: ``report(value)`` sends progress, ``cancelled`` asks to stop."""

    def __init__(self, worker: Worker, key: Hashable):
        self._worker, self.key = worker, key

    @property
    def cancelled(self) -> bool:
        return self._worker.closed or self.key in self._worker._cancelled

    def report(self, value: Any) -> None:
        if not self.cancelled:
            self._worker.signals.progress.emit(self.key, value)


class Worker:
    def __init__(self, name: str):
        self.signals = _Emitter()
        self.closed = False
        self._cancelled: set[Hashable] = set()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, args=(self._jobs, self.signals),
                                        name=name, daemon=True)
        self._thread.start()

    def submit(self, key: Hashable, fn: Callable[[Job], Any]) -> None:
        """Run ``fn(job)`` after the jobs before it; its result (or error) arrives as ``done``."""
        self._cancelled.discard(key)
        self._jobs.put((key, fn))

    def cancel(self, key: Hashable) -> None:
        self._cancelled.add(key)

    def close(self) -> None:
        """Drop what is queued and what is running: nothing more arrives."""
        self.closed = True
        self._jobs.put(None)

    def _run(self, jobs, signals):
        while (item := jobs.get()) is not None:
            key, fn = item
            job = Job(self, key)
            if job.cancelled:
                continue
            try:
                result, error = fn(job), None
            except Exception as e:  # delivered to the UI thread, where it is reported
                result, error = None, e
            if not self.closed:
                signals.done.emit(key, result, error)
