"""File › Restore from a backup: the copies in the backups folder, checked, and one put back.

The list is read and every copy checked in the job runner (a check reads the whole copy), so
the dialog opens at once and fills as the checks end. Restoring closes the window's
connection first (``release``), runs ``restore_backup`` in the job runner, and reopens the
file (``reopen``) whatever the outcome: the restored copy, or the file as it was.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.errors import AppError
from ita_desktop.services.backups import BackupEntry, RestoreResult, list_backups, restore_backup
from ita_desktop.store.backups import folder_of
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, pad_rows_for_thai, show_error
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.shell.backup_words import (
    reason_text,
    size_text,
    stage_text,
    state_text,
    when_text,
)


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, jobs: JobRunner, *, english: bool, digits: DigitStyle,
                 release: Callable[[], None], reopen: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = Path(db_path)
        self._jobs = jobs
        self._english = english
        self._digits = digits
        self._release = release
        self._reopen = reopen
        self._entries: list[BackupEntry] = []
        self._job: Job | None = None
        self._restoring = False
        # Cancel asks the restore itself, not the runner: once the file is replaced the
        # restore finishes and says so, where a cancelled job would report it as not done.
        self._stop = threading.Event()
        self.result_of_restore: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(720)

        self.intro = QLabel(fill(
            self.tr("Copies of %1 in the folder %2, newest first. The chosen copy replaces the "
                    "database; the present file is kept as a before-restore copy."),
            self._db_path.name, folder_of(self._db_path)))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("State")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        pad_rows_for_thai(self.table)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.error = error_label()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this copy…"))
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 440)
        self.reload()

    # --- the list ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None and self._job.running

    def reload(self) -> None:
        self.table.setRowCount(0)
        self.status.setText(self.tr("Checking the copies…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        path = self._db_path
        self._job = self._jobs.start(
            lambda progress, cancelled: list_backups(path, progress, cancelled),
            on_done=self._listed, on_error=self._failed, on_progress=self._on_progress,
            owner=self)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self._restoring:
            self.status.setText(stage_text(text))

    def _listed(self, entries: list[BackupEntry]) -> None:
        self.progress.setVisible(False)
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [when_text(entry.taken_at, self._english, self._digits),
                     reason_text(entry.reason), size_text(entry.size, self._digits),
                     state_text(entry)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not entry.good:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(entry.path.name)
                self.table.setItem(row, column, item)
        good = [row for row, entry in enumerate(entries) if entry.good]
        if not entries:
            self.status.setText(self.tr("There are no copies yet. The program makes one each "
                                        "day it is used and one on closing after changes."))
        elif not good:
            self.status.setText(self.tr("None of the copies passes the check."))
        else:
            self.status.setText(apply_digits(
                fill(self.tr("%1 copies, %2 of them good."), len(entries), len(good)),
                self._digits))
            self.table.selectRow(good[0])
        self._update_buttons()

    def selected(self) -> BackupEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self._entries[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.good and not self.busy)

    # --- restoring --------------------------------------------------------------------------
    def restore_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        entry = self.selected()
        if entry is None or not entry.good or self.busy:
            return
        when = when_text(entry.taken_at, self._english, self._digits)
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            fill(self.tr("Replace the database with the copy of %1 (%2)?\n\nWhat was saved "
                         "after that copy is no longer in the database; the present file is "
                         "kept in the backups folder as a before-restore copy."),
                 when, reason_text(entry.reason)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.hide()
        self._restoring = True
        self.table.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cancel"))
        self.status.setText(stage_text("check"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._release()
        path, backup, stop = self._db_path, entry.path, threading.Event()
        self._stop = stop
        self._job = self._jobs.start(
            lambda progress, cancelled: restore_backup(path, backup, progress=progress,
                                                       cancelled=stop.is_set),
            on_done=self._restored, on_error=self._failed, on_progress=self._on_progress,
            on_cancelled=self._cancelled, owner=self)

    def _restore_ended(self) -> bool:
        """Back to the list, the window on its database again; False when it cannot be
        reopened (the window has said why)."""
        self._restoring = False
        self.progress.setVisible(False)
        self.table.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        return self._reopen()

    def _restored(self, result: RestoreResult) -> None:
        self.result_of_restore = result
        if self._restore_ended():
            self.accept()
        else:
            self.reject()

    def _cancelled(self) -> None:
        if self._restore_ended():
            self.status.setText(self.tr("Cancelled: the database was left as it is."))
            self._update_buttons()
        else:
            self.reject()

    def _failed(self, exc: Exception) -> None:
        was_restoring = self._restoring
        if was_restoring and not self._restore_ended():
            self.reject()
            return
        self.progress.setVisible(False)
        if not isinstance(exc, AppError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        show_error(self.error, error_text(exc))
        self.status.clear()
        self._update_buttons()

    def reject(self) -> None:
        # While the file is being replaced the dialog stays: Cancel asks the work to stop, and
        # the window gets its database back when it has.
        if self._restoring:
            self._stop.set()
            return
        super().reject()
