"""The editor of the unit's assessment calendar: the phases grouped and numbered as the
calendar table prints them, the selected phase's fields beside them.

It edits a ``UnitCalendar`` held on screen and says nothing of the database: the tab loads one
into it and saves what ``calendar()`` reads back (with the version it was loaded with, so the
store can refuse a save over someone else's). A field edited is written into its phase at
once, so the table always shows what would print; a date that does not read keeps the phase
where it is and the selection on it until it is put right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.calendar import GROUP_WORDS, Phase, PhaseGroup, UnitCalendar
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.fiscal import fiscal_year_bounds
from ita_desktop.domain.roster import Person
from ita_desktop.errors import QT_TRANSLATE_NOOP, AppError, register
from ita_desktop.ui.calendar.phase_model import Names, PhaseModel
from ita_desktop.ui.calendar.responsible_table import ResponsibleEditor
from ita_desktop.ui.common.error_text import error_text
from ita_desktop.ui.common.forms import error_label, fill, show_error, wheel_needs_focus
from ita_desktop.ui.common.thai_date_field import ThaiDateField

register({
    "calendar_editor.no_dates": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group has no start or end date: type both, even when "
                  "a period text is printed instead."),
    "calendar_editor.end_before_start": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group ends (%end) before it starts (%start)."),
    "calendar_editor.no_step": QT_TRANSLATE_NOOP(
        "Errors", "Phase %number of %group has no step: type what the step is called."),
})


class PhaseView(QTableView):
    """The phase table; Ctrl+Up and Ctrl+Down move the selected phase within its group,
    Delete asks to remove it."""

    move_requested = Signal(int)
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.move_requested.emit(steps[Qt.Key(event.key())])
            return
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


class PhasesEditor(QWidget):
    changed = Signal()
    """Something on screen differs from the calendar loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = UnitCalendar(0, ())
        self._names = Names({}, {})
        self._digits = DigitStyle.THAI
        self._shown: int | None = None  # the phase (index into the model's phases) in the form
        self._loading = False

        self.model = PhaseModel(lambda: self._names, lambda: self._digits, self)
        self.table = PhaseView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableView::item { padding-top: 2px; padding-bottom: 6px; }")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PhaseModel.NUMBER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PhaseModel.PERIOD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PhaseModel.STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PhaseModel.WORK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PhaseModel.RESPONSIBLE, QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(PhaseModel.NUMBER, metrics.horizontalAdvance("0000"))
        self.table.setColumnWidth(PhaseModel.PERIOD, metrics.horizontalAdvance(
            "30 ก.ย. 2568 - 30 ก.ย. 2569") // 2 + 16)
        self.table.setColumnWidth(PhaseModel.WORK, metrics.horizontalAdvance("M" * 14))
        self.table.setColumnWidth(PhaseModel.RESPONSIBLE, metrics.horizontalAdvance("M" * 16))

        self.add_button = QPushButton(self.tr("&Add phase"))
        self.remove_button = QPushButton(self.tr("Remo&ve phase"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Ctrl+Up: within its group"))
        self.down_button.setToolTip(self.tr("Ctrl+Down: within its group"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.group = QComboBox()
        for group in PhaseGroup:
            self.group.addItem(GROUP_WORDS[group], group)
        wheel_needs_focus(self.group)
        self.start = ThaiDateField(digits=self._digits)
        self.end = ThaiDateField(digits=self._digits)
        self.period_text = QLineEdit()
        self._show_period_example()
        self.step = QPlainTextEdit()
        self.step.setTabChangesFocus(True)
        self.step.setFixedHeight(self._lines_high(2))
        self.work = QPlainTextEdit()
        self.work.setTabChangesFocus(True)
        self.work.setFixedHeight(self._lines_high(4))
        self.responsible = ResponsibleEditor(lambda: self._names)
        self.errors = error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&End:"), self.end)
        form.addRow(self.tr("Period te&xt:"), self.period_text)
        form.addRow(self.tr("S&tep:"), self.step)
        form.addRow(self.tr("Wor&k:"), self.work)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                widget = field.widget()
                if isinstance(widget, ThaiDateField):
                    widget = widget.edit  # the Alt key lands where the date is typed
                label.widget().setBuddy(widget)  # type: ignore[attr-defined]
        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        # The scroll area draws the frame: with the default margin as well, the responsible
        # entry's buttons were below the fold of a 768-pixel screen.
        fields_layout.setContentsMargins(4, 4, 4, 4)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.responsible, 1)
        fields_layout.addWidget(self.errors)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        # As wide as the fields need in the language shown (the Thai labels are longer), so
        # the form never scrolls sideways; the table takes the rest.
        scroll.setMinimumWidth(self.fields.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 4)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([900, 460])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model.modelReset.connect(self._span_headings)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.move_requested.connect(self.move_phase)
        self.table.delete_requested.connect(self.remove_phase)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        self.group.currentIndexChanged.connect(self._edited)
        for field in (self.start.edit, self.end.edit, self.period_text):
            field.textChanged.connect(self._edited)
        self.step.textChanged.connect(self._edited)
        self.work.textChanged.connect(self._edited)
        self.responsible.changed.connect(self._edited)
        self._show_phase(None)

    def _span_headings(self) -> None:
        # A group's heading reads across the table, as the document prints it.
        self.table.clearSpans()
        for group in PhaseGroup:
            self.table.setSpan(self.model.heading_row(group), 0, 1, self.model.columnCount())

    def _lines_high(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    # --- loading ----------------------------------------------------------------------------
    def load(self, calendar: UnitCalendar, people: Sequence[Person],
             sections: Sequence[tuple[str, str]], digits: DigitStyle) -> None:
        """Show ``calendar`` to edit; ``people`` the roster and ``sections`` the unit kind's
        sections (key, Thai name) a responsible entry can name."""
        self._calendar = calendar
        self._shown = None  # the form's phase belonged to the calendar shown before
        stored = [p for p in people if p.id is not None]
        self._names = Names({p.id: p.display_name for p in stored  # type: ignore[misc]
                             }, dict(sections))
        # Someone who has left stays named in the phases that name them, but is not offered.
        self.responsible.set_choices([(p.id, p.display_name) for p in stored  # type: ignore[misc]
                                      if p.active], list(sections))
        self._digits = digits
        self._show_period_example()
        self.start.set_digits(digits)
        self.end.set_digits(digits)
        self.errors.hide()
        self.model.set_phases(calendar.phases)
        self.table.resizeRowsToContents()
        first = self.model.phase_index(1) if self.model.rowCount() > 1 else None
        self._select(first)
        if first is None:
            self._show_phase(None)

    def _show_period_example(self) -> None:
        # The example reads as the unit writes its documents: ๒๕๖๘ in a Thai-digit unit.
        self.period_text.setPlaceholderText(apply_digits(
            self.tr("Optional: printed instead of the dates, e.g. เดือน ส.ค. 2568"),
            self._digits))

    def set_digits(self, digits: DigitStyle) -> None:
        self._digits = digits
        self._show_period_example()
        self._loading = True
        self.start.set_digits(digits)
        self.end.set_digits(digits)
        self._loading = False
        self.model.refresh()

    # --- reading back -----------------------------------------------------------------------
    def calendar(self) -> UnitCalendar:
        """The calendar as on screen, with the version it was loaded with; an ``AppError``
        saying which phase cannot be read when one cannot."""
        problem = self._form_problem()
        if problem is not None:
            raise problem
        for index, phase in enumerate(self.model.phases()):
            if not phase.step.strip():
                raise self._phase_error("calendar_editor.no_step", index)
        return replace(self._calendar, phases=self.model.phases())

    def is_dirty(self) -> bool:
        return self.model.phases() != self._calendar.phases or self._form_problem() is not None

    def _phase_error(self, code: str, index: int, **values: object) -> AppError:
        phase = self.model.phases()[index]
        return AppError(code, number=apply_digits(str(self.model.number_of(index)),
                                                  self._digits),
                        group=GROUP_WORDS[phase.group], **values)

    def _form_problem(self) -> AppError | None:
        """Why the dates in the form cannot be written into their phase; None when they can."""
        if self._shown is None:
            return None
        try:
            start, end = self.start.date(), self.end.date()
        except AppError as exc:
            return exc
        if start is None or end is None:
            return self._phase_error("calendar_editor.no_dates", self._shown)
        if end < start:
            return self._phase_error("calendar_editor.end_before_start", self._shown,
                                     start=self.start.edit.text(), end=self.end.edit.text())
        return None

    # --- selection --------------------------------------------------------------------------
    def selected_phase(self) -> int | None:
        return self._shown

    def select_place(self, place: int) -> bool:
        """Select the phase printed ``place``-th (from 1) in the table, groups in their order,
        as the year view's refs count them; False when the table has no such phase."""
        rows = [r for r in range(self.model.rowCount()) if self.model.phase_index(r) is not None]
        if not 1 <= place <= len(rows):
            return False
        self._select(self.model.phase_index(rows[place - 1]))
        return True

    def _selected_group(self) -> PhaseGroup:
        current = self.table.currentIndex()
        return self.model.group_of(current.row()) if current.isValid() \
            else PhaseGroup.PREPARATION

    def _select(self, phase_index: int | None, group: PhaseGroup | None = None,
                show: bool = True) -> None:
        """Select a phase's row (or a group's heading) without the checks for leaving the
        form; ``show`` False leaves the form as it is typed."""
        if phase_index is None and group is None:
            return
        row = self.model.row_of(phase_index) if phase_index is not None \
            else self.model.heading_row(group)  # type: ignore[arg-type]
        self._loading = True
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, PhaseModel.STEP),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._loading = False
        if show:
            self._show_phase(phase_index)
        self.table.scrollTo(self.model.index(row, PhaseModel.STEP))

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        if self._form_refused():
            # The phase keeps the form until its dates read: leaving would lose what was typed.
            self._select(self._shown, show=False)
            return
        self._show_phase(self.model.phase_index(current.row()) if current.isValid() else None)

    def _show_phase(self, phase_index: int | None) -> None:
        self._shown = phase_index
        self._loading = True
        self.errors.hide()
        phase = self.model.phases()[phase_index] if phase_index is not None else None
        self.fields.setEnabled(phase is not None)
        self.group.setCurrentIndex(self.group.findData(phase.group) if phase else 0)
        self.start.set_date(phase.start if phase else None)
        self.end.set_date(phase.end if phase else None)
        self.period_text.setText(phase.period_text if phase else "")
        self.period_text.setCursorPosition(0)  # a long text reads from its start
        self.step.setPlainText(phase.step if phase else "")
        self.work.setPlainText(phase.work if phase else "")
        self.responsible.set_entries(phase.responsible if phase else ())
        self._loading = False
        self.remove_button.setEnabled(phase is not None)
        self.up_button.setEnabled(phase is not None)
        self.down_button.setEnabled(phase is not None)

    # --- editing ----------------------------------------------------------------------------
    def _edited(self, *_: object) -> None:
        if self._loading or self._shown is None:
            return
        old = self.model.phases()[self._shown]
        start, end = old.start, old.end
        if self._form_problem() is None:
            start, end = self.start.date() or start, self.end.date() or end
            self.errors.hide()
        # Qt hands an enum given as item data back as its plain string value.
        edited = replace(old, group=PhaseGroup(self.group.currentData()), start=start,
                         end=end, period_text=" ".join(self.period_text.text().split()),
                         step=" ".join(self.step.toPlainText().split()),
                         work=self.work.toPlainText().strip(),
                         responsible=self.responsible.entries())
        if edited != old:
            index = self.model.replace_phase(self._shown, edited)
            if edited.group is not old.group:
                # It moved to the end of the other group; the form keeps what is typed.
                self._shown = index
                self._select(index, show=False)
            self.table.resizeRowToContents(self.model.row_of(index))
        self.changed.emit()

    def _default_dates(self, group: PhaseGroup, after: int | None) -> tuple[date, date]:
        """A new phase starts the day after the phase it follows ends (the last phase of the
        groups before, for a first phase), to the end of that month, within the fiscal year."""
        phases = self.model.phases()
        if after is None:
            earlier = [p for p in phases if list(PhaseGroup).index(p.group)
                       <= list(PhaseGroup).index(group)]
            before = earlier[-1] if earlier else None
        else:
            before = phases[after]
        first, last = fiscal_year_bounds(self._calendar.fiscal_year) \
            if self._calendar.fiscal_year else (date.today(), date.today())
        start = before.end + timedelta(days=1) if before is not None else first
        start = min(max(start, first), last)
        return start, min(_month_end(start), last)

    def _form_refused(self) -> bool:
        """Whether the form's dates keep the selection where it is, said on the error line:
        adding or moving would show another phase in the form and lose what was typed."""
        problem = self._form_problem()
        if problem is not None:
            show_error(self.errors, error_text(problem))
        return problem is not None

    def add_phase(self) -> None:
        """A new phase into the selected group, after the selected phase."""
        if self._form_refused():
            return
        group = self._selected_group()
        after = self._shown
        start, end = self._default_dates(group, after)
        index = self.model.add(Phase(group=group, start=start, end=end, step=""), after)
        self.table.resizeRowsToContents()
        self._select(index)
        self.step.setFocus()
        self.changed.emit()

    def remove_phase(self) -> None:
        index = self._shown
        if index is None:
            return
        phase = self.model.phases()[index]
        question = fill(self.tr("Remove phase %1 of %2, \"%3\", with its responsible people?"),
                        apply_digits(str(self.model.number_of(index)), self._digits),
                        GROUP_WORDS[phase.group], phase.step or self.tr("(no step)"))
        reply = QMessageBox.question(self, self.tr("Remove phase"), question,
                                     QMessageBox.StandardButton.Yes
                                     | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        if reply != QMessageBox.StandardButton.Yes:
            return
        self._shown = None  # the form's dates go with the phase
        self.model.remove(index)
        self.table.resizeRowsToContents()
        remaining = [i for i, p in enumerate(self.model.phases()) if p.group is phase.group]
        following = [i for i in remaining if i >= index]
        chosen = following[0] if following else (remaining[-1] if remaining else None)
        if chosen is None:
            self._select(None, phase.group)
        else:
            self._select(chosen)
        self.changed.emit()

    def move_phase(self, step: int) -> None:
        if self._shown is None or self._form_refused():
            return
        moved = self.model.move(self._shown, step)
        if moved is not None:
            self.table.resizeRowsToContents()
            self._select(moved)
            self.changed.emit()
