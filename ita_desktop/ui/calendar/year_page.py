"""The Calendar tab's first page: every date of the fiscal year in a month view and an agenda
list (``YearView``), read through ``services/year_view.py``, and the year saved as an .ics
file for phone calendars."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.errors import AppError
from ita_desktop.services import year_view as year_service
from ita_desktop.ui.calendar.year_view import YearView
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import fill
from ita_desktop.ui.shell.tab import TabContext


class YearPage(QWidget):
    open_requested = Signal(str)
    """An entry was opened: its ``ref`` (the tab shows its phase or meeting)."""

    def __init__(self, context: TabContext, today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.view = YearView()
        self.ics_button = QPushButton(self.tr("Save for a &phone calendar (.ics)…"))
        self.ics_button.setToolTip(self.tr(
            "Every phase, meeting and dated action item of the year as an iCalendar file that "
            "phone and desktop calendars import"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ics_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.open_requested.connect(self.open_requested)
        self.ics_button.clicked.connect(self.save_ics)

    def refresh(self) -> None:
        digits = self.context.digits()
        entries = year_service.year_entries(self.context.db, self.context.year(), digits)
        self.view.set_entries(entries, self._today(), digits)

    def save_ics(self) -> None:
        year = self.context.year()
        suggested = self.context.export_dir() / f"ita-{year}.ics"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the year for a phone calendar"), str(suggested),
            self.tr("iCalendar files (*.ics)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        try:
            count = year_service.export_ics(self.context.db, year, path, self._today(),
                                            self.context.digits())
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Calendar file not saved"), error_text(exc))
            return
        QMessageBox.information(self, self.tr("Calendar file saved"), fill(
            self.tr("%1 events of fiscal year %2 were saved to %3. Open the file on a phone "
                    "or import it into a calendar program."),
            *(apply_digits(str(n), self.context.digits()) for n in (count, year)), path))
