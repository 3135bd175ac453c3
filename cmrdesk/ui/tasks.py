"""The one way long work runs: in order, on one worker thread, with callbacks on the GUI thread.

Every database operation (unlock, loading the ledger, a page of transactions, locking) is a
:class:`Task` submitted to the :class:`TaskRunner`. The runner owns one ``QThread`` and runs
tasks one after another, so the vault session and its SQLite connections are only ever used by
one thread at a time (SQLAlchemy's rule). The background function receives a ``progress``
callable and must not touch widgets; its result or exception comes back through signals, which
Qt delivers on the GUI thread, where the ``on_success``/``on_failure`` callbacks run.

Tests construct the runner with ``synchronous=True``: tasks then run at once in the caller's
thread, same callbacks, no waiting.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Progress = Callable[[int, str], None]
Work = Callable[[Progress], Any]


@dataclass(eq=False)
class Task:
    """A submitted piece of work and where its outcome goes."""

    work: Work
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_progress: Callable[[int, str], None] | None = None
    label: str = ""
    number: int = 0
    cancelled: bool = False
    done: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        """Drop the outcome: a pending task never runs, a running one reports nothing."""
        self.cancelled = True


class _Worker(QThread):
    """The worker thread: takes tasks from a queue until told to stop."""

    finished_task = Signal(object, object, object)  # task, result, error
    progressed = Signal(object, int, str)  # task, percent, text

    def __init__(self, tasks: queue.Queue[Task | None]) -> None:
        super().__init__()
        self._tasks = tasks
        self.setObjectName("cmrdesk-worker")

    def run(self) -> None:
        while True:
            task = self._tasks.get()
            if task is None:
                return
            if task.cancelled:  # still reported, so the runner stops counting it as pending
                self.finished_task.emit(task, None, None)
                task.done.set()
                continue
            result: Any = None
            error: BaseException | None = None
            try:
                result = task.work(lambda pct, text, t=task: self.progressed.emit(t, pct, text))
            except BaseException as exc:
                error = exc
            self.finished_task.emit(task, result, error)
            task.done.set()


class TaskRunner(QObject):
    """Runs background work in submission order on one thread (see the module docstring)."""

    busy_changed = Signal(bool)
    progress = Signal(int, str)  # progress of the running task

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._numbers = itertools.count(1)
        self._pending: set[Task] = set()
        self._queue: queue.Queue[Task | None] = queue.Queue()
        self._worker: _Worker | None = None
        if not synchronous:
            self._worker = _Worker(self._queue)
            # Signals emitted on the worker thread reach these slots on this object's (the
            # GUI) thread: Qt queues cross-thread signal delivery.
            self._worker.finished_task.connect(self._finished)
            self._worker.progressed.connect(self._progressed)
            self._worker.start()

    @property
    def busy(self) -> bool:
        """Whether any submitted task has not reported yet."""
        return bool(self._pending)

    def submit(
        self,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        on_progress: Callable[[int, str], None] | None = None,
        label: str = "",
    ) -> Task:
        """Queue ``work(progress)``; its result goes to ``on_success``, an exception to
        ``on_failure`` (or is re-raised on the GUI thread when there is none)."""
        task = Task(work, on_success, on_failure, on_progress, label, next(self._numbers))
        was_busy = self.busy
        self._pending.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        if self.synchronous:
            result: Any = None
            error: BaseException | None = None
            try:
                result = work(lambda pct, text: self._progressed(task, pct, text))
            except BaseException as exc:
                error = exc
            task.done.set()
            self._finished(task, result, error)
        else:
            self._queue.put(task)
        return task

    def cancel_pending(self) -> None:
        """Cancel every task that has not reported yet (e.g. when the vault is locked)."""
        for task in list(self._pending):
            task.cancel()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every queued task has run (tests and the screenshot command)."""
        return all(task.done.wait(timeout) for task in list(self._pending))

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Finish the running task, drop the rest, and stop the thread."""
        self.cancel_pending()
        if self._worker is not None:
            self._queue.put(None)
            self._worker.wait(timeout_ms)
            self._worker = None

    # --- on the GUI thread ---------------------------------------------------------------------

    def _progressed(self, task: Task, percent: int, text: str) -> None:
        if task.cancelled:
            return
        self.progress.emit(percent, text)
        if task.on_progress:
            task.on_progress(percent, text)

    def _finished(self, task: Task, result: Any, error: BaseException | None) -> None:
        self._pending.discard(task)
        try:
            if task.cancelled:
                return
            if error is None:
                if task.on_success:
                    task.on_success(result)
            elif task.on_failure:
                task.on_failure(error)
            else:
                raise error
        finally:
            if not self._pending:
                self.busy_changed.emit(False)
