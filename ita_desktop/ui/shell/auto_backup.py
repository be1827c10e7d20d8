"""The automatic backups of the open database: one a day, and one on closing after changes.

The daily copy is made in the job runner on its own connection, with its progress in the
status bar, so the secretary keeps working meanwhile; it is looked for when the window opens
and every hour it stays open (a window left open over night makes the next day's copy).

The copy on closing is made only when something was saved since the window's last copy
(``Database.change_mark``): closing a window that only showed the file costs nothing, and a
big file is copied only when the copy holds new work. It runs after the window has gone
(``app.run_gui``), so closing looks as quick as ever; the file is only read meanwhile.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ita_desktop.errors import AppError
from ita_desktop.store.database import Database
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.jobs import Job, JobRunner

if TYPE_CHECKING:
    from ita_desktop.services.backups import BackupEntry

CHECK_EVERY_MS = 60 * 60 * 1000
# The first look a few seconds after the window shows: the first moments belong to the
# secretary (and to the window's start-up), a copy started then would compete with both.
FIRST_CHECK_MS = 3000


class AutoBackups(QObject):
    def __init__(self, db: Callable[[], Database], keep: Callable[[], int], jobs: JobRunner,
                 say: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._keep = keep
        self._jobs = jobs
        self._say = say
        self._job: Job | None = None
        # Between ``stop`` (a restore took the file) and ``database_changed`` there is no
        # open file to copy or to ask about changes.
        self._released = False
        self._resume = False
        self._mark = db().change_mark()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_daily)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check_daily)

    def start(self) -> None:
        """Look for the day's copy shortly (``FIRST_CHECK_MS``) and every hour from then on."""
        self._timer.start()
        if FIRST_CHECK_MS <= 0:
            self.check_daily()
        else:
            self._first.start(FIRST_CHECK_MS)

    def stop(self) -> None:
        """No more copies of this file, and the one under way cancelled (before a restore)."""
        self._resume = self._timer.isActive()
        self._released = True
        self._timer.stop()
        self._first.stop()
        if self._job is not None:
            self._job.cancel()

    def database_changed(self) -> None:
        """Another file is open (or the same one restored): its changes count from now."""
        if self._job is not None:
            self._job.cancel()
        self._released = False
        self._mark = self._db().change_mark()
        if self._resume:
            self._resume = False
            self.start()

    @property
    def running(self) -> bool:
        return self._job is not None and self._job.running

    def check_daily(self) -> None:
        # Imported on the first look, not with the window: the window's start-up does not pay
        # for the backups' modules.
        from ita_desktop.services.backups import daily_due, make_backup

        db = self._db()
        if self._released or self.running or not daily_due(db.path):
            return
        path, keep, mark = db.path, self._keep(), db.change_mark()
        self._job = self._jobs.start(
            lambda progress, cancelled: make_backup(path, "daily", keep=keep,
                                                    progress=progress, cancelled=cancelled),
            on_done=lambda entry: self._done(entry, mark), on_error=self._failed,
            on_progress=self._progressed, owner=self)

    def _progressed(self, done: int, total: int, text: str) -> None:
        text = QCoreApplication.translate("Backups", "Making the daily backup… %1%")
        self._say(fill(text, done * 100 // max(total, 1)), 0)

    def _done(self, entry: BackupEntry, mark: tuple[int, int]) -> None:
        # What the copy holds: the file as it was when the copy began (a switch to another
        # file meanwhile cancelled the job, so this is still the same file).
        self._mark = mark
        text = QCoreApplication.translate("Backups", "The daily backup was saved: %1")
        self._say(fill(text, entry.path.name), 10000)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, AppError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._say(error_text(exc), 30000)

    def exit_backup_due(self) -> bool:
        """Whether something was saved since the window's last copy (or since it opened)."""
        return not self._released and self._db().change_mark() != self._mark
