"""The job runner on its own: progress, results on the window's thread, cancel, closed owners."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from shiboken6 import isValid

from ita_desktop.domain.progress import Cancelled
from ita_desktop.ui.common.jobs import JobRunner


@pytest.fixture
def runner(qapp):
    holder = QWidget()  # the runner belongs to a window, as in the program
    made = JobRunner(holder)
    yield made
    made.cancel_all()
    made.wait()
    holder.deleteLater()


class Calls:
    """Every callback a job made, with the thread it ran on."""

    def __init__(self) -> None:
        self.log: list[tuple[str, object]] = []
        self.threads: set[int] = set()

    def _note(self, name: str, value: object) -> None:
        self.threads.add(threading.get_ident())
        self.log.append((name, value))

    def done(self, result: object) -> None:
        self._note("done", result)

    def error(self, exc: Exception) -> None:
        self._note("error", exc)

    def progress(self, done: int, total: int, text: str) -> None:
        self._note("progress", (done, total, text))

    def cancelled(self) -> None:
        self._note("cancelled", None)

    def names(self) -> list[str]:
        return [name for name, _ in self.log]

    def callbacks(self) -> dict[str, object]:
        return {"on_done": self.done, "on_error": self.error, "on_progress": self.progress,
                "on_cancelled": self.cancelled}


def test_progress_in_order_then_the_result_on_the_window_thread(runner, qtbot):
    calls = Calls()
    worker: list[int] = []

    def work(progress, cancelled):
        worker.append(threading.get_ident())
        for k in range(1, 4):
            progress(k, 3, f"file {k}")
            threading.Event().wait(0.06)  # slower than the runner's coalescing interval
        return {"rows": 3}

    job = runner.start(work, **calls.callbacks())
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert calls.log == [("progress", (1, 3, "file 1")), ("progress", (2, 3, "file 2")),
                         ("progress", (3, 3, "file 3")), ("done", {"rows": 3})]
    assert calls.threads == {threading.get_ident()}
    assert worker and worker[0] != threading.get_ident()


def test_a_flood_of_reports_is_thinned_but_ends_with_the_last(runner, qtbot):
    calls = Calls()

    def work(progress, cancelled):
        for k in range(1, 20001):
            progress(k, 20000)
        return "ok"

    job = runner.start(work, **calls.callbacks())
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    reports = [value[0] for name, value in calls.log if name == "progress"]
    assert reports == sorted(reports) and reports[-1] == 20000
    assert len(reports) < 1000
    assert calls.log[-1] == ("done", "ok")


def test_cancel_stops_the_work_and_calls_only_on_cancelled(runner, qtbot):
    calls = Calls()
    started = threading.Event()
    seen: list[int] = []

    def work(progress, cancelled):
        started.set()
        k = 0
        while not cancelled():
            k += 1
            threading.Event().wait(0.001)
        seen.append(k)
        return "finished anyway"

    job = runner.start(work, **calls.callbacks())
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert seen and calls.names() == ["cancelled"]


def test_progress_raises_cancelled_so_reporting_loops_stop_by_themselves(runner, qtbot):
    calls = Calls()
    reached: list[int] = []
    gate = threading.Event()

    def work(progress, cancelled):
        for k in range(1000):
            if k == 10:
                gate.wait(5)
            progress(k, 1000)
            reached.append(k)
        return "never"

    job = runner.start(work, **calls.callbacks())
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert len(reached) <= 10
    assert "done" not in calls.names() and "error" not in calls.names()


def test_errors_reach_on_error_on_the_window_thread(runner, qtbot):
    calls = Calls()

    def work(progress, cancelled):
        raise ValueError("row 7 is damaged")

    job = runner.start(work, **calls.callbacks())
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert [(n, str(v)) for n, v in calls.log] == [("error", "row 7 is damaged")]
    assert calls.threads == {threading.get_ident()}


def test_an_error_nobody_handles_reaches_the_error_hook(runner, qtbot, monkeypatch):
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: hooked.append(exc))

    def work(progress, cancelled):
        raise OSError("disk gone")

    job = runner.start(work, on_done=lambda result: None)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert [str(e) for e in hooked] == ["disk gone"]


def _blocked(gate: threading.Event, started: threading.Event):
    def work(progress, cancelled):
        started.set()
        gate.wait(5)
        progress(1, 2)
        return "late result"
    return work


def test_a_closed_dialog_gets_no_callback(runner, qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    calls = Calls()
    gate, started = threading.Event(), threading.Event()
    job = runner.start(_blocked(gate, started), owner=dialog, **calls.callbacks())
    assert started.wait(5)
    dialog.reject()  # Esc
    assert job.cancelled
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert calls.log == []
    assert runner.jobs() == []


def test_a_deleted_owner_gets_no_callback_and_nothing_crashes(runner, qtbot):
    owner = QWidget()
    label = QWidget(owner)
    gate, started = threading.Event(), threading.Event()
    touched: list[bool] = []
    job = runner.start(_blocked(gate, started), owner=owner,
                       on_done=lambda result: touched.append(label.isVisible()),
                       on_progress=lambda *a: touched.append(label.isVisible()),
                       on_cancelled=lambda: touched.append(label.isVisible()))
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not isValid(owner), timeout=5000)
    assert job.cancelled
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert touched == []


def test_other_owners_jobs_go_on(runner, qtbot):
    closing, staying = QDialog(), QDialog()
    qtbot.addWidget(closing)
    qtbot.addWidget(staying)
    calls = Calls()
    gate, started = threading.Event(), threading.Event()
    first = runner.start(_blocked(gate, started), owner=closing, on_done=calls.done)
    second = runner.start(lambda progress, cancelled: "kept", owner=staying, on_done=calls.done)
    assert runner.jobs(staying) in ([second], [])
    closing.accept()
    gate.set()
    qtbot.waitUntil(lambda: not first.running and not second.running, timeout=5000)
    assert calls.log == [("done", "kept")]


def test_a_runner_that_goes_stops_its_workers_first(qapp, qtbot):
    holder = QWidget()
    runner = JobRunner(holder)
    stopped = threading.Event()
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.001)
        stopped.set()
        raise Cancelled

    runner.start(work, on_done=lambda result: None)
    assert started.wait(5)
    holder.deleteLater()
    qtbot.waitUntil(lambda: not isValid(holder), timeout=5000)
    # Deleting waited for the worker: it saw the cancel before the runner's relay went.
    assert stopped.is_set()
