"""The editor of one integrity measure: what is developed (its title), the issue to improve,
what is planned, the people responsible, the result written after the fact, the meeting it
reports on and how many photos a row the results report prints.

Passive like the OIT plan editor and the meeting editor: ``load`` a measure, read the edited
``measure()`` back, ask ``is_dirty``; the tab saves it through the services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.evidence import PHOTO_COLUMNS, Measure, Responsible, measure_label
from ita_desktop.domain.roster import Person
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.common.forms import error_label, show_error, wheel_needs_focus

# The text boxes are a few lines each: the editor, the grid under it and the window's own bars
# share a 768-pixel screen.
_TEXT_LINES = 3


def _text_box(lines: int = _TEXT_LINES) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class MeasureEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Measure | None = None
        self._loading = False
        self._people: list[Person] = []

        self.label = QLabel()
        self.label.setStyleSheet("font-weight: bold;")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is developed: the \"ด้าน\" column"))
        self.issue = _text_box()
        self.plan = _text_box()
        self.result = _text_box()
        self.meeting = QComboBox()
        wheel_needs_focus(self.meeting)
        self.columns = QComboBox()
        wheel_needs_focus(self.columns)
        self.responsible = QTableWidget(0, 2)
        self.responsible.setHorizontalHeaderLabels([self.tr("Duty"),
                                                    self.tr("Person or section")])
        self.responsible.verticalHeader().hide()
        self.responsible.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.responsible.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.responsible.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.responsible.setColumnWidth(0, 200)
        row_height = PersonCombo().sizeHint().height() + 2
        self.responsible.verticalHeader().setDefaultSectionSize(row_height)
        self.responsible.setFixedHeight(row_height * 3 + header.sizeHint().height() + 4)
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        line_buttons = QVBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        people = QHBoxLayout()
        people.setContentsMargins(0, 0, 0, 0)
        people.addWidget(self.responsible, 1)
        people.addLayout(line_buttons)
        self.errors = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Issue to im&prove:"), self.issue)
        form.addRow(self.tr("What is pla&nned:"), self.plan)
        form.addRow(self.tr("Responsible:"), people)
        form.addRow(self.tr("R&esult:"), self.result)
        settings = QHBoxLayout()
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addWidget(self.meeting, 1)
        columns_label = QLabel(self.tr("Photos a ro&w:"))
        columns_label.setBuddy(self.columns)
        settings.addWidget(columns_label)
        settings.addWidget(self.columns)
        # A label made here: a row whose field is a layout gets no buddy for its Alt key.
        meeting_label = QLabel(self.tr("Reports on meetin&g:"))
        meeting_label.setBuddy(self.meeting)
        form.addRow(meeting_label, settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)

        self.title.textEdited.connect(self._touched)
        for box in (self.issue, self.plan, self.result):
            box.textChanged.connect(self._touched)
        self.meeting.currentIndexChanged.connect(self._touched)
        self.columns.currentIndexChanged.connect(self._touched)
        self.add_line_button.clicked.connect(lambda: self._add_line(Responsible(), True))
        self.remove_line_button.clicked.connect(self._remove_line)
        self.setEnabled(False)

    # --- loading ------------------------------------------------------------------------------
    def load(self, measure: Measure | None, people: Sequence[Person],
             meetings: Sequence[tuple[int, str]], digits: DigitStyle) -> None:
        """Show ``measure`` (None: nothing, the editor is cleared and disabled). ``people`` is
        the roster; someone who has left is offered only to a measure that names them.
        ``meetings`` are the year's (id, name)."""
        self._loading = True
        try:
            self._loaded = measure
            self.errors.hide()
            named = {line.person_id for line in measure.responsible} if measure else set()
            self._people = [p for p in people if p.id is not None
                            and (p.active or p.id in named)]
            self.meeting.clear()
            self.meeting.addItem(self.tr("No meeting"), None)
            for meeting_id, name in meetings:
                self.meeting.addItem(name, meeting_id)
            self.columns.clear()
            for columns in PHOTO_COLUMNS:
                self.columns.addItem(apply_digits(str(columns), digits), columns)
            self.responsible.setRowCount(0)
            if measure is None:
                self.label.setText("")
                for edit in (self.title,):
                    edit.clear()
                for box in (self.issue, self.plan, self.result):
                    box.clear()
                self.setEnabled(False)
                return
            self.label.setText(apply_digits(measure_label(measure), digits))
            self.title.setText(measure.title)
            self.title.setCursorPosition(0)
            self.issue.setPlainText(measure.issue)
            self.plan.setPlainText(measure.plan)
            self.result.setPlainText(measure.result)
            self.meeting.setCurrentIndex(max(0, self.meeting.findData(measure.meeting_id))
                                         if measure.meeting_id is not None else 0)
            self.columns.setCurrentIndex(max(0, self.columns.findData(measure.photo_columns)))
            for line in measure.responsible:
                self._add_line(line, False)
            self.setEnabled(True)
        finally:
            self._loading = False

    @property
    def measure_loaded(self) -> Measure | None:
        return self._loaded

    def _add_line(self, line: Responsible, focus: bool) -> None:
        row = self.responsible.rowCount()
        self.responsible.insertRow(row)
        duty = QLineEdit(line.duty)
        duty.setPlaceholderText(self.tr("e.g. ผู้ปฏิบัติ"))
        who = PersonCombo()
        who.set_people(self._people)
        who.set_choice(line.person_id, line.text)
        who.lineEdit().setPlaceholderText(self.tr("A person, or type a section"))
        duty.textEdited.connect(self._touched)
        who.editTextChanged.connect(self._touched)
        who.currentIndexChanged.connect(self._touched)
        self.responsible.setCellWidget(row, 0, duty)
        self.responsible.setCellWidget(row, 1, who)
        if focus:
            self.responsible.selectRow(row)
            duty.setFocus()
            self._touched()

    def _remove_line(self) -> None:
        row = self.responsible.currentRow()
        if row < 0:
            row = self.responsible.rowCount() - 1
        if row >= 0:
            self.responsible.removeRow(row)
            self._touched()

    def _touched(self, *_: object) -> None:
        if not self._loading and self._loaded is not None:
            self.errors.hide()
            self.changed.emit()

    # --- reading back -------------------------------------------------------------------------
    def lines(self) -> tuple[Responsible, ...]:
        found = []
        for row in range(self.responsible.rowCount()):
            duty = self.responsible.cellWidget(row, 0)
            who = self.responsible.cellWidget(row, 1)
            assert isinstance(duty, QLineEdit) and isinstance(who, PersonCombo)
            person_id, words = who.choice()
            found.append(Responsible(duty=" ".join(duty.text().split()), person_id=person_id,
                                     text=words))
        return tuple(found)

    def measure(self) -> Measure:
        """The measure as on screen, with the id, version and place it was loaded with."""
        if self._loaded is None:
            raise ValueError("no measure is loaded")
        columns = self.columns.currentData()
        return replace(
            self._loaded, title=" ".join(self.title.text().split()),
            issue=self.issue.toPlainText().strip(), plan=self.plan.toPlainText().strip(),
            result=self.result.toPlainText().strip(), responsible=self.lines(),
            meeting_id=self.meeting.currentData(),
            photo_columns=int(columns) if columns is not None else self._loaded.photo_columns)

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.measure() != self._loaded

    def show_problem(self, text: str) -> None:
        show_error(self.errors, text)
