"""Preview of a roster workbook before import: every bad row listed, nothing imported till clean.

The workbook is read and checked as a job of the runner (openpyxl takes seconds on a
5,000-row roster), with a progress bar; Cancel stops the reading and closes the dialog."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.progress import CancelCheck, Progress
from ita_desktop.domain.roster import Person, RosterPreview, check_roster_rows
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.roster_xlsx import RosterFileError, RosterSheet, read_roster
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.jobs import Job, JobRunner
from ita_desktop.ui.common.problem_text import problem_text

PROBLEM_COLOUR = QColor("#fde2e1")
SKIPPED_COLOUR = QColor("#e8e8e8")


def read_and_check(path: Path, existing: list[Person], kind: UnitKind, progress: Progress,
                   cancelled: CancelCheck) -> tuple[RosterSheet, RosterPreview]:
    """The job's work: plain data in (``existing`` was read from the database on the window's
    thread), plain data out."""
    sheet = read_roster(path, progress, cancelled)
    return sheet, check_roster_rows(sheet.columns, sheet.rows, existing, kind)


class RosterImportDialog(QDialog):
    """Reads the file, shows what would be imported; ``people()`` once accepted."""

    def __init__(
        self,
        path: Path,
        kind: UnitKind,
        existing: Callable[[], list[Person]],
        parent: QWidget | None = None,
        *,
        runner: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = runner if runner is not None else JobRunner(self)
        self._job: Job | None = None
        self._path = Path(path)
        self._kind = kind
        self._existing = existing
        self._preview = RosterPreview()
        self.setWindowTitle(fill(self.tr("Import roster: %1"), self._path.name))
        self.resize(900, 600)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Rank and name"), self.tr("Position"), self.tr("Section"),
            self.tr("Check"),
        ])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems)
        splitter.setSizes([400, 150])
        self.progress = QProgressBar()
        self.progress.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button = QPushButton(self.tr("&Reload file"))
        self.reload_button.setToolTip(self.tr("Read the file again after correcting it"))
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload_button.clicked.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.reload()

    @property
    def preview(self) -> RosterPreview:
        return self._preview

    def people(self) -> list[Person]:
        return [person for _, person in self._preview.people]

    @property
    def loading(self) -> bool:
        return self._job is not None and self._job.running

    def reload(self) -> None:
        if self.loading:
            return
        self.table.setRowCount(0)
        self.problems.clear()
        self._preview = RosterPreview()
        self.summary.setText(fill(self.tr("Reading '%1'…"), self._path.name))
        self.import_button.setEnabled(False)
        self.reload_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        existing = self._existing()  # the database is read here, on the window's thread
        path, kind = self._path, self._kind
        self._job = self._jobs.start(
            lambda progress, cancelled: read_and_check(path, existing, kind, progress, cancelled),
            on_done=self._read, on_error=self._failed, on_progress=self._on_progress,
            owner=self)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _loaded(self) -> None:
        self.progress.setVisible(False)
        self.reload_button.setEnabled(True)

    def _read(self, result: tuple[RosterSheet, RosterPreview]) -> None:
        self._loaded()
        sheet, self._preview = result
        self._fill(sheet)

    def _failed(self, exc: Exception) -> None:
        self._loaded()
        if not isinstance(exc, RosterFileError):
            sys.excepthook(type(exc), exc, exc.__traceback__)
            return
        self._show_file_error(error_text(exc))

    def _show_file_error(self, message: str) -> None:
        self.summary.setText(self.tr("This file cannot be imported. Nothing was imported."))
        self.problems.setPlainText(message)
        self.import_button.setEnabled(False)

    def _fill(self, sheet: RosterSheet) -> None:
        preview = self._preview
        ready = {row: person for row, person in preview.people}
        skipped = {note.row: note for note in preview.skipped}
        self.table.setRowCount(len(sheet.rows))
        for index, (row_number, values) in enumerate(sheet.rows):
            person = ready.get(row_number)
            name = person.display_name if person else " ".join(
                v for v in (values.get("rank", ""), values.get("first_name", ""),
                            values.get("last_name", "")) if v
            )
            found = preview.problems_on_row(row_number)
            if found:
                check = "; ".join(problem_text(p, with_row=False) for p in found)
            elif row_number in skipped:
                check = problem_text(skipped[row_number], with_row=False)
            else:
                check = self.tr("OK")
            cells = [str(row_number), name, values.get("position", ""),
                     values.get("section", ""), check]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if found:
                    item.setBackground(QBrush(PROBLEM_COLOUR))
                elif row_number in skipped:
                    item.setBackground(QBrush(SKIPPED_COLOUR))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.problems.setPlainText("\n".join(problem_text(p) for p in
                                             [*preview.problems, *preview.skipped]))
        if preview.clean:
            self.summary.setText(fill(self.tr("%1 people are ready to import from '%2'."),
                                      len(preview.people), sheet.path.name))
        else:
            bad_rows = len({p.row for p in preview.problems if p.row is not None})
            self.summary.setText(fill(
                self.tr("%1 problem(s) on %2 row(s). Nothing will be imported until the file is "
                        "corrected; correct it in Excel, save it, and press Reload file."),
                len(preview.problems), bad_rows))
        self.import_button.setEnabled(preview.clean)
        if sheet.ignored_headers:
            self.problems.appendPlainText(
                fill(self.tr("Columns not used: %1"), ", ".join(sheet.ignored_headers)))
