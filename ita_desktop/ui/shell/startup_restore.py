"""At start-up, a damaged database: the reason, and the newest good backup offered in its place.

"Restore the copy of <date>" runs the restore in a job runner of the dialog's own, with its
progress; afterwards the program opens the restored file as it would have opened the damaged
one. Cancel leaves the file as it is and the program ends, as after any refused file.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.errors import AppError
from ita_desktop.services.backups import (
    BackupEntry,
    RestoreResult,
    newest_good_backup,
    restore_backup,
)
from ita_desktop.store.errors import (
    DamagedDatabaseError,
    NotADatabaseError,
    StoreError,
    UnreadableDatabaseError,
)
from ita_desktop.store.soundness import HandEditedDatabaseError
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.shell.backup_words import reason_text, stage_text, when_text
from ita_desktop.ui.shell.error_dialog import open_error_text


class StartupRestoreDialog(QDialog):
    def __init__(self, error: StoreError, entry: BackupEntry, *, english: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = error.path
        self._entry = entry
        self._job: Job | None = None
        self._stop = threading.Event()
        self._jobs = JobRunner(self)
        self.result_of_restore: RestoreResult | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        when = when_text(entry.taken_at, english, DigitStyle.ARABIC if english
                         else DigitStyle.THAI)
        self.reason = QLabel(open_error_text(error))
        self.reason.setWordWrap(True)
        self.offer = QLabel(fill(
            self.tr("The newest good backup of this file is the copy of %1 (%2). Restore it? "
                    "Work saved after that copy is not in it. The damaged file is kept in the "
                    "backups folder as a before-restore copy."),
            when, reason_text(entry.reason)))
        self.offer.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setVisible(False)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(fill(self.tr("&Restore the copy of %1"), when))
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.offer)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def restore(self) -> None:
        if self.busy:
            return
        self.error.hide()
        self.restore_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(stage_text("check"))
        self.status.setVisible(True)
        path, backup, stop = self._path, self._entry.path, threading.Event()
        self._stop = stop
        self._job = self._jobs.start(
            lambda progress, cancelled: restore_backup(path, backup, progress=progress,
                                                       cancelled=stop.is_set),
            on_done=self._restored, on_error=self._failed,
            on_progress=self._progressed, on_cancelled=self._cancelled, owner=self)

    def _restored(self, result: RestoreResult) -> None:
        self.result_of_restore = result
        self.accept()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(stage_text(text))

    def _cancelled(self) -> None:
        self.progress.setVisible(False)
        self.status.setVisible(False)
        self.restore_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self._cancelled()
        if not isinstance(exc, AppError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        show_error(self.error, error_text(exc))

    def reject(self) -> None:
        # The restore runs to its end or stops by itself before the file is replaced; the
        # dialog waits for it rather than leave a half-told story.
        if self.busy:
            self._stop.set()
            return
        super().reject()


def find_offer(path: Path) -> BackupEntry | None:
    """The newest good backup of ``path``, checked under a busy cursor (a check reads the whole
    copy; the newest is usually good, so one copy is read)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return newest_good_backup(path)
    finally:
        QGuiApplication.restoreOverrideCursor()


def restorable(error: StoreError) -> bool:
    """Whether the file refused with ``error`` is one a backup should replace: damaged, its
    header destroyed, cut off to 0 bytes, or edited by hand into what the program cannot read.
    Not a newer version's file (the backup would take the work back), nor a file in use, a
    folder or one without permission: those are fine as they are."""
    if isinstance(error, DamagedDatabaseError | NotADatabaseError | HandEditedDatabaseError):
        return True
    return isinstance(error, UnreadableDatabaseError) and error.code == "store.empty"


def offer_restore(error: StoreError, english: bool,
                  parent: QWidget | None = None) -> RestoreResult | bool | None:
    """Offer the newest good backup in place of the damaged file: what was restored (true),
    False when the user declined, None when there is no good backup to offer (the caller
    then says why the file was refused, as for any other)."""
    path = getattr(error, "path", None)
    entry = find_offer(Path(path)) if restorable(error) and path is not None else None
    if entry is None:
        return None
    dialog = StartupRestoreDialog(error, entry, english=english, parent=parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.result_of_restore
    dialog.deleteLater()
    return result if accepted and result is not None else False
