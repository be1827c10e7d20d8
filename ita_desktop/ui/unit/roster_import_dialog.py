"""Preview of a roster workbook before import: every bad row listed, nothing imported till clean."""

from __future__ import annotations

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
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.roster import Person, RosterPreview, check_roster_rows
from ita_desktop.domain.units import UnitKind
from ita_desktop.exchange.roster_xlsx import RosterFileError, RosterSheet, read_roster
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.common.problem_text import problem_text

PROBLEM_COLOUR = QColor("#fde2e1")


class RosterImportDialog(QDialog):
    """Reads the file, shows what would be imported; ``people()`` once accepted."""

    def __init__(
        self,
        path: Path,
        kind: UnitKind,
        existing: Callable[[], list[Person]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
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
        layout.addWidget(self.buttons)
        self.reload()

    @property
    def preview(self) -> RosterPreview:
        return self._preview

    def people(self) -> list[Person]:
        return [person for _, person in self._preview.people]

    def reload(self) -> None:
        self.table.setRowCount(0)
        try:
            sheet = read_roster(self._path)
        except RosterFileError as exc:
            self._preview = RosterPreview()
            self._show_file_error(str(exc))
            return
        self._preview = check_roster_rows(sheet.columns, sheet.rows, self._existing(), self._kind)
        self._fill(sheet)

    def _show_file_error(self, message: str) -> None:
        self.summary.setText(self.tr("This file cannot be imported. Nothing was imported."))
        self.problems.setPlainText(message)
        self.import_button.setEnabled(False)

    def _fill(self, sheet: RosterSheet) -> None:
        preview = self._preview
        ready = {row: person for row, person in preview.people}
        self.table.setRowCount(len(sheet.rows))
        for index, (row_number, values) in enumerate(sheet.rows):
            person = ready.get(row_number)
            name = person.display_name if person else " ".join(
                v for v in (values.get("rank", ""), values.get("first_name", ""),
                            values.get("last_name", "")) if v
            )
            found = preview.problems_on_row(row_number)
            check = ("; ".join(problem_text(p, with_row=False) for p in found) if found
                     else self.tr("OK"))
            cells = [str(row_number), name, values.get("position", ""),
                     values.get("section", ""), check]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if found:
                    item.setBackground(QBrush(PROBLEM_COLOUR))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.problems.setPlainText("\n".join(problem_text(p) for p in preview.problems))
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
