"""Long work off the window's thread: one runner on a thread pool, with progress and cancel.

``runner.start(fn, on_done=…, owner=dialog)`` runs ``fn(progress, cancelled)`` on a pool thread
and calls the callbacks back on the window's thread. The shape every caller follows:

- ``prepare`` on the window's thread: read the database and the widgets into plain data (a
  sqlite3 connection belongs to the thread that opened it; widgets belong to the window's);
- ``run`` in the worker: a plain function of that data, no Qt, no database, returning plain
  data; it reports ``progress(done, total, text)`` and stops when ``cancelled()`` (or lets
  ``progress`` raise ``Cancelled`` for it);
- the callbacks on the window's thread show the result or store it.

A job belongs to an owner widget. When the owner is destroyed, or a dialog owner is closed
(accepted, rejected, Esc), its jobs are cancelled and none of their callbacks is called: a
callback never reaches a closed or deleted widget. A cancelled job calls neither ``on_done``
nor ``on_error``; ``on_cancelled`` runs if the owner is still there.

Nothing a worker holds is a Qt object it could outlive: a job is plain Python, the pool thread
runs a plain callable, and results travel through one relay the runner owns, which is not
deleted before the runner's workers have stopped.
"""

from __future__ import annotations

import sys
import threading
import time
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from shiboken6 import isValid

from ita_desktop.domain.progress import CancelCheck, Cancelled, Progress

# A job reporting every row of a 5,000-row workbook would queue 5,000 repaints; one report per
# interval is as smooth to the eye. The first and the last report always go through.
PROGRESS_INTERVAL = 0.05

_DONE, _FAILED, _CANCELLED = "done", "failed", "cancelled"

Work = Callable[[Progress, CancelCheck], Any]


class Job:
    """One run of ``fn``; ``cancel()`` asks it to stop. Plain Python: workers hold it."""

    def __init__(self, fn: Work, owner: QObject | None,
                 on_done: Callable[[Any], None],
                 on_error: Callable[[Exception], None] | None,
                 on_progress: Callable[[int, int, str], None] | None,
                 on_cancelled: Callable[[], None] | None) -> None:
        self._fn: Work | None = fn
        self._cancel = threading.Event()
        self._owner = weakref.ref(owner) if owner is not None else None
        self._owner_gone = False
        self._callbacks: tuple[Any, ...] | None = (on_done, on_error, on_progress, on_cancelled)
        self._watched: list[str] = []
        self._last_report = 0.0
        self.finished = False

    def cancel(self) -> None:
        """Ask the work to stop; its result, if it still comes, is thrown away."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        """Started and not yet finished, cancelled or dropped on the window's thread."""
        return not self.finished

    # --- the owner ------------------------------------------------------------------------
    def _watch(self, owner: QObject) -> None:
        # Imported here: the window creates its runner at start-up, before any dialog exists.
        from PySide6.QtWidgets import QDialog

        self._watched = ["destroyed", "finished"] if isinstance(owner, QDialog) else ["destroyed"]
        for name in self._watched:
            getattr(owner, name).connect(self._owner_closed)

    def _unwatch(self) -> None:
        owner = self._owner() if self._owner is not None else None
        if owner is not None and isValid(owner):
            for name in self._watched:
                getattr(owner, name).disconnect(self._owner_closed)
        self._watched = []

    def _owner_closed(self, *_: object) -> None:
        self._owner_gone = True
        self.cancel()

    def _owner_there(self) -> bool:
        if self._owner_gone:
            return False
        if self._owner is None:
            return True
        owner = self._owner()
        return owner is not None and isValid(owner)

    # --- the worker's side (pool thread) --------------------------------------------------
    def _run(self, relay: _Relay) -> None:
        def progress(done: int, total: int, text: str = "") -> None:
            if self._cancel.is_set():
                raise Cancelled
            now = time.monotonic()
            if done < total and now - self._last_report < PROGRESS_INTERVAL:
                return
            self._last_report = now
            relay.progressed.emit(self, done, total, text)

        fn = self._fn
        outcome: tuple[object, object] = (_CANCELLED, None)
        try:
            if self._cancel.is_set() or fn is None:
                raise Cancelled
            outcome = (_DONE, fn(progress, self._cancel.is_set))
        except Cancelled:
            outcome = (_CANCELLED, None)
        except Exception as exc:  # noqa: BLE001 - handed to on_error on the window's thread
            outcome = (_FAILED, exc)
        finally:
            # Whatever ended the work (even a BaseException), the window hears that it ended,
            # so no dialog stays busy for ever.
            relay.ended.emit(self, *outcome)

    # --- the window's side ----------------------------------------------------------------
    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.finished or self._callbacks is None or self.cancelled or not self._owner_there():
            return
        on_progress = self._callbacks[2]
        if on_progress is not None:
            on_progress(done, total, text)

    def _ended(self, outcome: str, payload: object) -> None:
        if self.finished or self._callbacks is None:
            return
        self.finished = True
        on_done, on_error, _, on_cancelled = self._callbacks
        owner_there = self._owner_there()
        # Dropped here, on the window's thread: the callbacks hold the owner's widgets.
        self._callbacks = None
        self._fn = None
        self._unwatch()
        if not owner_there:
            return
        if outcome == _CANCELLED or self.cancelled:
            if on_cancelled is not None:
                on_cancelled()
        elif outcome == _FAILED:
            assert isinstance(payload, Exception)
            if on_error is not None:
                on_error(payload)
            else:
                sys.excepthook(type(payload), payload, payload.__traceback__)
        else:
            on_done(payload)


class _Relay(QObject):
    """Carries reports from the pool threads to the window's thread (queued signals)."""

    progressed = Signal(object, int, int, str)
    ended = Signal(object, str, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Queued even when emitted on this thread, so a job's callbacks never run inside
        # start() and always after the caller has kept the Job.
        self.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self.active: set[Job] = set()

    @Slot(object, int, int, str)
    def _progressed(self, job: Job, done: int, total: int, text: str) -> None:
        job._progressed(done, total, text)

    @Slot(object, str, object)
    def _ended(self, job: Job, outcome: str, payload: object) -> None:
        self.active.discard(job)
        job._ended(outcome, payload)


def _stop_all(active: set[Job], pool: QThreadPool, *_: object) -> None:
    """The runner is going: its workers are cancelled and waited for before the relay they
    report to is deleted with it."""
    for job in list(active):
        job.cancel()
    # A pool already deleted (the garbage collector freed a dialog's own runner first) waited
    # for its threads in its own destructor.
    if shiboken6.isValid(pool):
        pool.waitForDone()


class JobRunner(QObject):
    """The program's one way to run long work; the window makes one and hands it on.

    A dialog made without one makes its own (``JobRunner(dialog)``), which stops with it.
    """

    def __init__(self, parent: QObject | None = None, *, threads: int | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        if threads is not None:
            self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self.destroyed.connect(partial(_stop_all, self._relay.active, self._pool))

    def start(self, fn: Work, *, on_done: Callable[[Any], None],
              on_error: Callable[[Exception], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              on_cancelled: Callable[[], None] | None = None,
              owner: QObject | None = None) -> Job:
        """Run ``fn(progress, cancelled)`` on a pool thread; see the module's notes.

        Without ``on_error`` an exception reaches the program's error hook (the crash dialog).
        """
        job = Job(fn, owner, on_done, on_error, on_progress, on_cancelled)
        if owner is not None:
            job._watch(owner)
        self._relay.active.add(job)
        self._pool.start(partial(job._run, self._relay))
        return job

    def jobs(self, owner: QObject | None = None) -> list[Job]:
        """The jobs not yet finished, all or those of ``owner``."""
        return [job for job in self._relay.active
                if owner is None or (job._owner is not None and job._owner() is owner)]

    def cancel_owned(self, owner: QObject) -> None:
        """Cancel the jobs of a window that is closing without being destroyed."""
        for job in self.jobs(owner):
            job.cancel()

    def cancel_all(self) -> None:
        for job in self.jobs():
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool's threads are idle (tests; quitting). Callbacks still come
        through the event loop afterwards."""
        return self._pool.waitForDone(msecs)
