"""The Calendar tab's assessment-calendar page: the year's phases in the editor, saved through
``services/calendar.py``, and the calendar table (ปฏิทินกิจกรรม ๑) exported and signed off in
the window's Export dialog.

Until the unit saves a calendar of its own, the page shows the catalog's phases of the year
and says so; "Back to the NACC's calendar" drops the unit's own after asking.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import apply_digits
from ita_desktop.domain.units import unit_kind_info
from ita_desktop.errors import AppError
from ita_desktop.services import calendar as calendar_service
from ita_desktop.services.roster import unit_kind
from ita_desktop.store.calendar import CalendarChangedMeanwhileError
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.calendar.phases_editor import PhasesEditor
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error
from ita_desktop.ui.common.unsaved import may_leave
from ita_desktop.ui.shell.tab import TabContext


class PhasesPage(QWidget):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._read_only = context.db.read_only
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.editor = PhasesEditor()
        self.problems = error_label()
        # Export is Alt+P and Save Alt+N: Alt+X and Alt+S are the editor's period text and
        # start day.
        self.reset_button = QPushButton(self.tr("Back to the NACC's calendar…"))
        self.export_button = QPushButton(self.tr("Ex&port the calendar table…"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button = QPushButton(self.tr("Save cale&ndar"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.editor.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save_changes)
        self.revert_button.clicked.connect(self.discard_changes)
        self.reset_button.clicked.connect(self.reset)
        self.export_button.clicked.connect(self.export)

    # --- showing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """The year's calendar again, unless the editor holds unsaved changes."""
        if self.editor.is_dirty():
            return
        self._load(calendar_service.calendar_of(self.context.db, self.context.year()))

    def _load(self, calendar: object) -> None:
        db = self.context.db
        year = self.context.year()
        sections = [(s.key, s.thai) for s in unit_kind_info(unit_kind(db)).sections]
        self.editor.load(calendar, PeopleRepository(db).all(), sections,  # type: ignore[arg-type]
                         self.context.digits())
        own = calendar_service.has_own_calendar(db, year)
        self.heading.setText(fill(
            self.tr("Assessment calendar of fiscal year %1: the unit's own") if own else
            self.tr("Assessment calendar of fiscal year %1: the NACC's phases, not yet "
                    "saved as the unit's own (add who is responsible, then save)"),
            self._year_shown()))
        self.problems.hide()
        self._update_buttons()

    def _year_shown(self) -> str:
        """The year in the unit's digits, as the table and the meetings page write it (the
        heading said 2570 over dates written ๒๕๗๐)."""
        return apply_digits(str(self.context.year()), self.context.digits())

    def _update_buttons(self) -> None:
        writable = not self._read_only
        dirty = self.editor.is_dirty()
        self.save_button.setEnabled(writable)
        self.revert_button.setEnabled(dirty)
        self.reset_button.setEnabled(
            writable and calendar_service.has_own_calendar(self.context.db, self.context.year()))

    # --- the page's part of the tab contract -------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        if not self.editor.is_dirty():
            return []
        return [fill(self.tr("the assessment calendar of fiscal year %1"), self._year_shown())]

    def save_changes(self) -> bool:
        if self._read_only:
            return not self.editor.is_dirty()
        try:
            saved = calendar_service.save_calendar(self.context.db, self.editor.calendar())
        except CalendarChangedMeanwhileError as exc:
            answer = QMessageBox.question(
                self, self.tr("Changed meanwhile"),
                error_text(exc) + "\n\n" + self.tr("Show the calendar as it is saved now? "
                                                   "Your changes on screen are then lost."))
            if answer == QMessageBox.StandardButton.Yes:
                self._load(calendar_service.calendar_of(self.context.db, exc.fiscal_year))
            return False
        except calendar_service.CalendarProblemsError as exc:
            show_error(self.problems, fill(
                self.tr("The calendar was not saved:\n%1"),
                "\n".join(f"• {error_text(finding)}" for finding in exc.findings)))
            return False
        except AppError as exc:
            show_error(self.problems, error_text(exc))
            return False
        self._load(saved)
        return True

    def discard_changes(self) -> None:
        self._load(calendar_service.calendar_of(self.context.db, self.context.year()))

    def set_digits(self) -> None:
        self.editor.set_digits(self.context.digits())

    # --- actions -----------------------------------------------------------------------------
    def reset(self) -> None:
        year = self.context.year()
        answer = QMessageBox.question(self, self.tr("Back to the NACC's calendar"), fill(
            self.tr("Drop the unit's own calendar of fiscal year %1 (its dates, texts and "
                    "everyone named as responsible) and follow the NACC's phases again?"),
            self._year_shown()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            calendar = calendar_service.reset_to_catalog(
                self.context.db, year, self.editor.calendar().version)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Calendar not changed"), error_text(exc))
            return
        self._load(calendar)

    def export(self) -> None:
        """The Export dialog on the calendar table, as stored: unsaved changes are saved (or
        discarded) first, so the file is the calendar the page shows."""
        from ita_desktop.ui.reports.export_dialog import ExportDialog

        if self.editor.is_dirty() and not may_leave(
                self, self.tr("Unsaved changes"),
                self.tr("The calendar has changes that are not saved. Save them before "
                        "exporting?"), self.save_changes, self.discard_changes):
            return
        dialog = ExportDialog(self.context.db, self.context.year(), self.context.digits(),
                              self.context.export_dir(), self.context.english, self,
                              runner=self.context.jobs, kind="assessment-calendar")
        dialog.exec()
        dialog.deleteLater()
