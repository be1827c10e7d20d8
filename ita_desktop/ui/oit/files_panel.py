"""The item editor's files: those attached to the item or to the chosen monthly deliverable,
attached by button or dropped from the file manager (a job with progress and Cancel), removed
with undo (Ctrl+Z or Undo remove), saved as a copy, previewed beside the list.

Attaching reads and stores the files on a pool thread with a connection of its own to the
database file: a sqlite3 connection belongs to the thread that opened it, and the window's
stays idle until the job reports back."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.oit_plan import ATTACHABLE_SUFFIXES, ItemPlan, OitFile, is_image
from ita_desktop.domain.progress import CancelCheck, Progress
from ita_desktop.errors import AppError
from ita_desktop.services import oit as oit_service
from ita_desktop.store.database import connect
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.common.jobs import Job
from ita_desktop.ui.common.pdf_preview import preview_pages
from ita_desktop.ui.oit.file_preview import FilePreview, picture_page
from ita_desktop.ui.oit.words import day_text, month_text, problems_text
from ita_desktop.ui.shell.tab import TabContext

ATTACH_SHORTCUT = "Ctrl+Shift+F"


def size_text(size: int, digits: DigitStyle) -> str:
    if size < 1024:
        text = f"{size} B"
    elif size < 1024 * 1024:
        text = f"{size / 1024:.0f} KB"
    else:
        text = f"{size / (1024 * 1024):.1f} MB"
    return apply_digits(text, digits)


def _attach_in_worker(path: Path, fiscal_year: int, item_key: str, month: date | None,
                      files: Sequence[Path], progress: Progress,
                      cancelled: CancelCheck) -> list[OitFile]:
    db = connect(path, create=False)
    try:
        return oit_service.attach_files(db, fiscal_year, item_key, month, files, cancelled,
                                        lambda done, total: progress(done, total, ""))
    finally:
        db.close()


class FilesPanel(QWidget):
    files_changed = Signal()
    """Files were attached, removed or put back: the page reads the year again."""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._plan: ItemPlan | None = None
        self._month: date | None = None
        self._files: list[OitFile] = []
        self._removed: list[OitFile] = []
        self._attaching: Job | None = None
        self._previewing: Job | None = None
        self._digits = DigitStyle.THAI
        self.setAcceptDrops(not context.db.read_only)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Size"),
                                              self.tr("Format"), self.tr("Added")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        pad_rows_for_thai(self.table)
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setToolTip(fill(self.tr(
            "Attach PDF, Word, Excel or picture files (%1); files can also be dropped here"),
            ATTACH_SHORTCUT))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.undo_button = QPushButton(self.tr("Undo remove"))
        self.undo_button.setToolTip(self.tr("Put back the file removed last (Ctrl+Z)"))
        self.copy_button = QPushButton(self.tr("Save a copy…"))
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.progress.hide()
        self.cancel_button.hide()
        self.preview = FilePreview()

        buttons = QHBoxLayout()
        for button in (self.attach_button, self.remove_button, self.undo_button,
                       self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        left_layout.addLayout(busy)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.attach_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo_remove)
        self.copy_button.clicked.connect(self.save_copy)
        self.cancel_button.clicked.connect(self.cancel_attach)
        self.table.itemSelectionChanged.connect(self._selected)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_remove)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_buttons()

    # --- showing ----------------------------------------------------------------------------
    def load(self, plan: ItemPlan | None, month: date | None, digits: DigitStyle) -> None:
        if plan is None or self._plan is None or plan.code != self._plan.code:
            self._removed = []  # an undo reaches the item it was done on, no other
        self._plan, self._month, self._digits = plan, month, digits
        chosen = self.selected_file()
        self._files = plan.files_of(month) if plan is not None else []
        if plan is None:
            self.heading.setText("")
        elif month is None:
            self.heading.setText(fill(self.tr("Files of %1 (the item itself):"), plan.code))
        else:
            self.heading.setText(fill(self.tr("Files of %1, the deliverable of %2:"),
                                      plan.code, month_text(month, digits)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._files))
        for row, file in enumerate(self._files):
            cells = (file.name, size_text(file.size, digits),
                     file.format or (self.tr("picture") if is_image(file.name) else ""),
                     apply_digits(f"{day_text(file.added_at.date(), digits)} "
                                  f"{file.added_at:%H:%M}", digits))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(file.name)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        row = next((r for r, f in enumerate(self._files)
                    if chosen is not None and f.id == chosen.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._selected()
        self._update_buttons()

    def selected_file(self) -> OitFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self._files[rows[0].row()] if rows and rows[0].row() < len(self._files) else None

    def _update_buttons(self) -> None:
        writable = not self.context.db.read_only and self._plan is not None
        busy = self.attaching
        chosen = self.selected_file() is not None
        self.attach_button.setEnabled(writable and not busy)
        self.remove_button.setEnabled(writable and chosen and not busy)
        self.undo_button.setEnabled(writable and bool(self._removed) and not busy)
        self.copy_button.setEnabled(chosen)

    @property
    def attaching(self) -> bool:
        return self._attaching is not None and self._attaching.running

    # --- attaching ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        if self._plan is None:
            return
        patterns = " ".join(f"*{suffix}" for suffix in ATTACHABLE_SUFFIXES)
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            fill(self.tr("PDF, Word, Excel and pictures (%1)"), patterns))
        if chosen:
            self.attach([Path(name) for name in chosen])

    def attach(self, paths: Sequence[Path]) -> Job | None:
        """Store ``paths`` with the item (or the chosen deliverable): all of them or, when one
        is refused, none, with every file's reason."""
        plan = self._plan
        if plan is None or self.attaching or self.context.db.read_only or not paths:
            return None
        db_path = self.context.db.path
        year, key, month, files = plan.assignment.fiscal_year, plan.assignment.item_key, \
            self._month, list(paths)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self._attaching = self.context.jobs.start(
            lambda progress, cancelled: _attach_in_worker(db_path, year, key, month, files,
                                                          progress, cancelled),
            on_done=self._attached, on_error=self._attach_failed,
            on_progress=self._progressed, on_cancelled=self._attach_ended, owner=self)
        self._update_buttons()
        return self._attaching

    def cancel_attach(self) -> None:
        if self._attaching is not None:
            self._attaching.cancel()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _attach_ended(self) -> None:
        self._attaching = None
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _attached(self, files: list[OitFile]) -> None:
        self._attach_ended()
        self.files_changed.emit()

    def _attach_failed(self, exc: Exception) -> None:
        self._attach_ended()
        if not isinstance(exc, AppError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        QMessageBox.warning(self, self.tr("Files not attached"), fill(
            self.tr("No file was attached:\n%1"), problems_text(exc)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and all(url.isLocalFile()
                                              for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths and self.attach(paths) is not None:
            event.acceptProposedAction()

    # --- removing and putting back ------------------------------------------------------------
    def remove_selected(self) -> None:
        file = self.selected_file()
        if file is None or file.id is None or self.context.db.read_only:
            return
        try:
            removed = oit_service.remove_file(self.context.db, file.id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("File not removed"), error_text(exc))
            return
        self._removed.append(removed)
        self.files_changed.emit()

    def undo_remove(self) -> None:
        if not self._removed or self.context.db.read_only:
            return
        file = self._removed.pop()
        try:
            oit_service.restore_file(self.context.db, file)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("File not put back"), error_text(exc))
        self.files_changed.emit()

    # --- a copy and the preview ---------------------------------------------------------------
    def save_copy(self) -> None:
        file = self.selected_file()
        if file is None or file.id is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                                str(self.context.export_dir() / file.name))
        if not chosen:
            return
        try:
            oit_service.save_file_copy(self.context.db, file.id, Path(chosen))
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Copy not saved"), error_text(exc))

    def _selected(self) -> None:
        if self._previewing is not None:
            self._previewing.cancel()
            self._previewing = None
        file = self.selected_file()
        self._update_buttons()
        if file is None or file.id is None:
            self.preview.say(self.tr("Choose a file to see it here.") if self._files
                             else self.tr("No file is attached yet: attach one with the button "
                                          "or drop it here."))
            return
        if file.format not in ("PDF",) and not is_image(file.name):
            self.preview.say(fill(self.tr("%1\n%2, %3 file: open a saved copy in Word or Excel "
                                          "to read it."), file.name,
                                  size_text(file.size, self._digits), file.format or ""))
            return
        try:
            content = oit_service.file_content(self.context.db, file.id)
        except AppError as exc:
            self.preview.say(error_text(exc))
            return
        draw = picture_page if is_image(file.name) else \
            (lambda data, cancelled: preview_pages(data, cancelled=cancelled))
        self.preview.say(fill(self.tr("Drawing %1…"), file.name))
        self._previewing = self.context.jobs.start(
            lambda progress, cancelled: draw(content, cancelled=cancelled),
            on_done=self.preview.show_pages, on_error=self._preview_failed, owner=self)

    def _preview_failed(self, exc: Exception) -> None:
        # A damaged file is no crash: the list still shows it and it can be removed.
        self.preview.say(fill(self.tr("This file cannot be shown: %1"), str(exc) or
                              type(exc).__name__))
