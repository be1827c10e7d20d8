"""The OIT tab's surveys page: the figures the unit copies from ITAP (the IIT and EIT scores,
the staff eligible for IIT, the surveys' first day and deadline), each survey's counts against
its target (``progress_panel``), the EIT(2) contact list (``contacts_panel``), and who takes
care of the surveys and the system (``caretakers_box``).

Every change is saved at once through ``services.oit`` and the page reads the year again, so
what it shows is what is stored; ``changed`` tells the dashboard its projection may move.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, format_number, to_arabic_digits
from ita_desktop.domain.framework.model import SampleKey
from ita_desktop.domain.oit import ProgressEntry
from ita_desktop.domain.oit_dashboard import dashboard
from ita_desktop.domain.oit_plan import CaretakerRole, Eit2Contact, OitYear, SurveyFigures
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.services import oit as oit_service
from ita_desktop.services import oit_exports
from ita_desktop.store.people import PeopleRepository
from ita_desktop.ui.common.error_text import error_text, file_error_reason
from ita_desktop.ui.common.forms import error_label, fill, show_error
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.oit.caretakers_box import CaretakersBox
from ita_desktop.ui.oit.contacts_panel import ContactsPanel
from ita_desktop.ui.oit.progress_panel import ProgressPanel
from ita_desktop.ui.shell.tab import TabContext

register({
    "oit.score_not_number": QT_TRANSLATE_NOOP(
        "Errors", "'%text' is not a score: give the %tool score as ITAP shows it, e.g. 88.54."),
    "oit.staff_not_number": QT_TRANSLATE_NOOP(
        "Errors", "'%text' is not a number of staff: give a whole number."),
})


def _read_score(text: str, tool: str) -> Decimal | None:
    typed = to_arabic_digits(text.strip())
    if not typed:
        return None
    try:
        value = Decimal(typed)
    except InvalidOperation:
        raise AppError("oit.score_not_number", text=text.strip(), tool=tool) from None
    if not value.is_finite():
        raise AppError("oit.score_not_number", text=text.strip(), tool=tool)
    return value


def _read_staff(text: str) -> int | None:
    typed = to_arabic_digits(text.strip())
    if not typed:
        return None
    if not typed.isdigit():
        raise AppError("oit.staff_not_number", text=text.strip())
    return int(typed)


class FiguresBox(QGroupBox):
    """The figures from ITAP, saved with their own button (they are few and typed together)."""

    saved = Signal()

    def __init__(self, save: Callable[[SurveyFigures], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Figures from ITAP"))
        self._save = save
        self._digits = DigitStyle.THAI
        self._year: int | None = None
        self._shown: tuple[str, ...] = ()
        self.iit = QLineEdit()
        self.eit = QLineEdit()
        self.staff = QLineEdit()
        for edit in (self.iit, self.eit, self.staff):
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 10) + 16)
        self.start = ThaiDateField()
        self.deadline = ThaiDateField()
        self.save_button = QPushButton(self.tr("Sa&ve figures"))
        self.errors = error_label()
        scores = QFormLayout()
        scores.addRow(self.tr("&IIT score:"), self.iit)
        scores.addRow(self.tr("&EIT score:"), self.eit)
        scores.addRow(self.tr("Eligi&ble staff (IIT):"), self.staff)
        dates = QFormLayout()
        dates.addRow(self.tr("Surveys open o&n:"), self.start)
        dates.addRow(self.tr("Surveys clo&se on:"), self.deadline)
        row = QHBoxLayout()
        row.addLayout(scores)
        row.addSpacing(24)
        row.addLayout(dates)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        self.save_button.clicked.connect(self.save)

    def _texts(self) -> tuple[str, ...]:
        return (self.iit.text(), self.eit.text(), self.staff.text(), self.start.edit.text(),
                self.deadline.edit.text())

    def typed(self) -> bool:
        """Whether the figures on screen differ from those last read from the database."""
        # Nothing is typed over figures never shown (the page reads them when first seen).
        return self._year is not None and self._texts() != self._shown

    def show_figures(self, figures: SurveyFigures, digits: DigitStyle, fiscal_year: int,
                     keep_typed: bool = False) -> None:
        """Show the stored ``figures``; with ``keep_typed``, figures typed and not yet saved for
        the same year stay (the page is read again each time it comes into view, and a look
        at the dashboard must not wipe what was being typed)."""
        if keep_typed and fiscal_year == self._year and self.typed():
            return
        self._digits = digits
        self._year = fiscal_year

        def written(value: Decimal | int | None) -> str:
            return "" if value is None else format_number(value, digits)

        self.iit.setText(written(figures.iit_score))
        self.eit.setText(written(figures.eit_score))
        self.staff.setText(written(figures.eligible_staff))
        for field, day in ((self.start, figures.survey_start),
                           (self.deadline, figures.survey_deadline)):
            field.set_digits(digits)
            field.set_date(day)
        self._shown = self._texts()
        self.errors.hide()

    def figures(self) -> SurveyFigures:
        return SurveyFigures(iit_score=_read_score(self.iit.text(), "IIT"),
                             eit_score=_read_score(self.eit.text(), "EIT"),
                             eligible_staff=_read_staff(self.staff.text()),
                             survey_start=self.start.checked_date(),
                             survey_deadline=self.deadline.checked_date())

    def save(self) -> bool:
        """Save the figures on screen; False (the reason shown under them) when refused."""
        try:
            self._save(self.figures())
        except AppError as exc:
            show_error(self.errors, error_text(exc))
            return False
        self.errors.hide()
        self.saved.emit()
        return True


class SurveysPage(QWidget):
    changed = Signal()
    """Figures, counts or contacts were saved: the dashboard's projection may change."""

    def __init__(self, context: TabContext, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.year: OitYear | None = None
        self.figures = FiguresBox(self._save_figures)
        self.caretakers = CaretakersBox(self._save_caretakers)
        self.panels = {
            key: ProgressPanel(key, title, self._save_progress, self._delete_progress, today)
            for key, title in ((SampleKey.IIT, "IIT"), (SampleKey.EIT, "EIT(1)"),
                               (SampleKey.EIT2, "EIT(2)"))}
        self.contacts = ContactsPanel(self._save_contact, self._delete_contact,
                                      self.export_contacts)
        self.surveys = QTabWidget()
        self.surveys.setDocumentMode(True)
        for panel in self.panels.values():
            self.surveys.addTab(panel, fill(self.tr("%1 progress"), panel.title))
        self.surveys.addTab(self.contacts, self.tr("EIT(2) contacts"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.figures)
        layout.addWidget(self.caretakers)
        layout.addWidget(self.note)
        layout.addWidget(self.surveys, 1)
        self.figures.saved.connect(self._after_change)
        for panel in self.panels.values():
            panel.changed.connect(self._after_change)
        self.contacts.changed.connect(self._after_change)
        self.caretakers.changed.connect(self.refresh)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh(keep_typed=True)

    def refresh(self, keep_typed: bool = False) -> None:
        fiscal_year = self.context.year()
        try:
            year = oit_service.oit_year(self.context.db, fiscal_year)
        except AppError as exc:
            self.year = None
            self.figures.setEnabled(False)
            self.caretakers.setEnabled(False)
            self.surveys.setEnabled(False)
            self.note.setText(fill(self.tr("The surveys of fiscal year %1 cannot be shown: %2"),
                                   format_number(fiscal_year, self.context.digits()),
                                   error_text(exc)))
            self.note.show()
            return
        self.show_year(year, keep_typed)

    def show_year(self, year: OitYear, keep_typed: bool = False) -> None:
        self.year = year
        self.figures.setEnabled(True)
        self.caretakers.setEnabled(True)
        self.surveys.setEnabled(True)
        digits = self.context.digits()
        self.figures.show_figures(year.figures, digits, year.fiscal_year, keep_typed)
        board = dashboard(year, self._today())
        standings = {standing.target.key: standing for standing in board.standings}
        self.note.setText(error_text(board.targets_problem) if board.targets_problem else "")
        self.note.setVisible(board.targets_problem is not None)
        quotas = [quota.section for quota in year.catalog.eit_quotas]
        for key, panel in self.panels.items():
            panel.show_progress(list(year.progress.get(key, ())),
                                quotas if key is SampleKey.EIT else [], standings.get(key),
                                board.targets_problem, digits)
        self.caretakers.show_caretakers(year.caretakers,
                                        PeopleRepository(self.context.db).all())
        self.contacts.show_contacts(year.contacts,
                                    [group.description for group in year.catalog.eit2_groups],
                                    year.catalog.minimum_samples.get(SampleKey.EIT2), digits)

    # --- the page's part of the tab contract --------------------------------------------------
    def unsaved_changes(self) -> list[str]:
        # Figures typed and not saved: the window asks before the year changes or it closes.
        return [self.tr("the survey figures from ITAP")] if self.figures.typed() else []

    def save_changes(self) -> bool:
        return self.figures.save()

    def discard_changes(self) -> None:
        self.refresh()

    # --- saving through the service ----------------------------------------------------------
    def _save_figures(self, figures: SurveyFigures) -> None:
        oit_service.save_figures(self.context.db, self.context.year(), figures)

    def _save_progress(self, key: SampleKey, entry: ProgressEntry) -> None:
        oit_service.save_progress(self.context.db, self.context.year(), key, entry)

    def _delete_progress(self, key: SampleKey, on: date) -> None:
        oit_service.delete_progress(self.context.db, self.context.year(), key, on)

    def _save_contact(self, contact: Eit2Contact) -> Eit2Contact:
        return oit_service.save_contact(self.context.db, self.context.year(), contact)

    def _save_caretakers(self, role: CaretakerRole, people: Sequence[int]) -> None:
        oit_service.save_caretakers(self.context.db, self.context.year(), role, people)

    def _delete_contact(self, contact_id: int) -> None:
        oit_service.delete_contact(self.context.db, contact_id)

    def export_contacts(self) -> None:
        year = self.context.year()
        suggested = self.context.export_dir() / f"eit2-contacts-{year}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the EIT(2) contacts for ITAP"), str(suggested),
            self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            count = oit_exports.export_contacts(self.context.db, year, path)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("Contacts not exported"), error_text(exc))
            return
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Contacts not exported"), fill(
                self.tr("%1 could not be written: %2."), path, file_error_reason(exc)))
            return
        QMessageBox.information(self, self.tr("Contacts exported"), fill(
            self.tr("%1 contacts were written to %2 for ITAP's upload."),
            format_number(count, self.context.digits()), path))
