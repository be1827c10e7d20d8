"""Long work off the window's thread: a function gets plain data, returns plain data, and
reports progress; the callbacks run back on the window's thread. Workers never touch widgets
or the database connection (it belongs to the thread that opened it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn(self.progress.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the window as a message
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class Job(QObject):
    """One background run of ``fn(progress)``; keep a reference until it finishes."""

    finished = Signal()

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any],
                 on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                 on_progress: Callable[[int, int], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.worker = _Worker(fn)
        self.worker.moveToThread(self.thread)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.thread.started.connect(self.worker.run)
        # Connected to this object's methods, which live on the window's thread, so Qt queues
        # the calls there; a plain function would be called on the worker's thread.
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        # quit() is thread-safe; queued to the window's thread it could wait behind a callback
        # that itself waits for this thread.
        for signal in (self.worker.done, self.worker.failed):
            signal.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.thread.finished.connect(self.finished.emit)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._on_error(exc)  # type: ignore[arg-type]

    def start(self) -> None:
        self.thread.start()

    def wait(self) -> None:
        self.thread.wait()
