"""The item editor's plan: the catalog's facts, the components checklist the preparers tick,
the required formats with those still missing, who prepares and who controls it, its cadence
and period (the catalog's default shown beside), the entries of a continuous item, a note.

Passive like the meeting editor: ``load`` a plan, read the edited ``assignment`` back, ask
``is_dirty``; the page saves it through the services."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.framework.formats import formats_text
from ita_desktop.domain.oit import Cadence, CadenceKind, cadence_of
from ita_desktop.domain.oit_plan import Assignment, ItemPlan
from ita_desktop.domain.roster import Person
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error, wheel_needs_focus
from ita_desktop.ui.common.thai_date_field import ThaiDateField
from ita_desktop.ui.oit.people_list import PeopleList
from ita_desktop.ui.oit.words import LATE_COLOUR, due_text

register({
    "oit.period_missing": QT_TRANSLATE_NOOP(
        "Errors", "Give the first and the last day of the period %code runs over."),
})


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin


class PlanEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: ItemPlan | None = None
        self._loading = False
        self._digits = DigitStyle.THAI

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.formats = QLabel()
        self.formats.setWordWrap(True)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {LATE_COLOUR.name()};")
        self.components = QListWidget()
        # Thai marks above and below a line need room a list's rows sized to the text lack.
        self.components.setStyleSheet("QListView::item { padding-top: 3px; padding-bottom: 4px; }")
        self.components.setWordWrap(True)
        self.components.setMaximumHeight(150)
        self.preparers = PeopleList()
        self.controllers = PeopleList()

        self.kind = QComboBox()
        for kind, words in ((CadenceKind.ONCE, self.tr("once, by a deadline")),
                            (CadenceKind.MONTHLY, self.tr("every month")),
                            (CadenceKind.CONTINUOUS, self.tr("all year, a number of entries"))):
            self.kind.addItem(words, kind.value)  # Qt hands a StrEnum back as a plain str
        wheel_needs_focus(self.kind)
        self.due = ThaiDateField()
        self.day = _spin(1, 31)
        self.minimum = _spin(1, 999)
        self.catalog_default = QLabel()
        self.catalog_default.setWordWrap(True)
        self.catalog_default.setStyleSheet("color: #555;")
        self.period_start = ThaiDateField()
        self.period_end = ThaiDateField()
        self.entries = _spin(0, 9999)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.errors = error_label()

        people = QGroupBox(self.tr("People"))
        people_form = QFormLayout(people)
        people_form.addRow(self.tr("Preparers:"), self.preparers)
        people_form.addRow(self.tr("Controllers:"), self.controllers)
        timing = QGroupBox(self.tr("When"))
        timing_form = QFormLayout(timing)
        timing_form.addRow(self.tr("Cadence:"), self.kind)
        timing_form.addRow(self.tr("Deadline:"), self.due)
        timing_form.addRow(self.tr("Due on day (of the next month):"), self.day)
        timing_form.addRow(self.tr("At least (entries):"), self.minimum)
        timing_form.addRow(self.catalog_default)
        timing_form.addRow(self.tr("Period from:"), self.period_start)
        timing_form.addRow(self.tr("Period to:"), self.period_end)
        timing_form.addRow(self.tr("Entries published so far:"), self.entries)
        self._timing_form = timing_form

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.formats)
        layout.addWidget(self.missing)
        layout.addWidget(QLabel(self.tr("Components (tick those done):")))
        layout.addWidget(self.components)
        layout.addWidget(people)
        layout.addWidget(timing)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note:")))
        note_row.addWidget(self.note, 1)
        layout.addLayout(note_row)
        layout.addWidget(self.errors)
        layout.addStretch(1)

        for signal in (self.components.itemChanged, self.preparers.changed,
                       self.controllers.changed, self.day.valueChanged,
                       self.minimum.valueChanged, self.entries.valueChanged,
                       self.note.textChanged, self.due.edit.textChanged,
                       self.period_start.edit.textChanged, self.period_end.edit.textChanged):
            signal.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    @property
    def plan(self) -> ItemPlan | None:
        return self._plan

    def load(self, plan: ItemPlan, people: Sequence[Person], names: Mapping[int, str],
             digits: DigitStyle) -> None:
        self._loading = True
        self._plan = plan
        self._digits = digits
        for field in (self.due, self.period_start, self.period_end):
            field.set_digits(digits)
        item, assignment = plan.item, plan.assignment
        self.title.setText(f"{item.code} {item.title}")
        self.facts.setText(apply_digits(fill(
            self.tr("Sub-indicator %1 · %2 points · catalog deadline: %3"), item.indicator,
            format(item.points, "f"), item.deadline.text or "—"), digits))
        self._show_formats()
        self.components.clear()
        for place, words in enumerate(item.components):
            entry = QListWidgetItem(words)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if place in assignment.done_components
                                else Qt.CheckState.Unchecked)
            self.components.addItem(entry)
        self.components.setVisible(bool(item.components))
        serving = [p for p in people if p.active or p.id in assignment.people]
        self.preparers.set_people(serving, assignment.preparers, names)
        self.controllers.set_people(serving, assignment.controllers, names)
        cadence = assignment.cadence
        self.kind.setCurrentIndex(self.kind.findData(cadence.kind.value))
        self.due.set_date(cadence.due)
        self.day.setValue(cadence.day)
        self.minimum.setValue(cadence.minimum)
        default = replace(plan, assignment=replace(assignment, cadence=cadence_of(item.deadline)))
        self.catalog_default.setText(fill(self.tr("The catalog's default: %1"),
                                          due_text(default, digits)))
        self.period_start.set_date(assignment.period_start)
        self.period_end.set_date(assignment.period_end)
        self.entries.setValue(assignment.entries)
        self.note.setPlainText(assignment.note)
        self.errors.hide()
        self._show_kind()
        self._loading = False

    def _show_formats(self) -> None:
        if self._plan is None:
            return
        required = self._plan.item.formats
        missing = self._plan.missing()
        self.formats.setText(fill(self.tr("Formats required: %1"),
                                  formats_text(required) or "—"))
        self.missing.setText(fill(self.tr("Still missing: %1"), formats_text(missing)))
        self.missing.setVisible(bool(missing))

    def _kind(self) -> CadenceKind:
        return CadenceKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        self._show_kind()
        self._edited()

    def _show_kind(self) -> None:
        kind = self._kind()
        form = self._timing_form
        for field, shown in ((self.due, kind is CadenceKind.ONCE),
                             (self.day, kind is CadenceKind.MONTHLY),
                             (self.minimum, kind is CadenceKind.CONTINUOUS),
                             (self.entries, kind is CadenceKind.CONTINUOUS)):
            form.setRowVisible(field, shown)

    def _edited(self) -> None:
        if not self._loading:
            self.errors.hide()
            self.changed.emit()

    def assignment(self) -> Assignment:
        """The plan as edited; an ``AppError`` when a date cannot be read."""
        if self._plan is None:
            raise ValueError("no item loaded")
        kind = self._kind()
        due = self.due.checked_date() if kind is CadenceKind.ONCE else None
        start = self.period_start.checked_date()
        end = self.period_end.checked_date()
        if start is None or end is None:
            raise AppError("oit.period_missing", code=self._plan.code)
        loaded = self._plan.assignment
        return replace(
            loaded,
            preparers=self.preparers.ids(),
            controllers=self.controllers.ids(),
            cadence=Cadence(kind, due=due, day=self.day.value(), minimum=self.minimum.value()),
            period_start=start,
            period_end=end,
            entries=self.entries.value(),
            done_components=tuple(
                place for place in range(self.components.count())
                if self.components.item(place).checkState() == Qt.CheckState.Checked),
            note=self.note.toPlainText().strip())

    def is_dirty(self) -> bool:
        if self._plan is None:
            return False
        try:
            edited = self.assignment()
        except AppError:
            return True
        return edited != self._plan.assignment

    def show_problem(self, text: str) -> None:
        show_error(self.errors, text)

    def show_error(self, exc: AppError) -> None:
        show_error(self.errors, error_text(exc))
