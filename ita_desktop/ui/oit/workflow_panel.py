"""The item editor's workflow: the item's state with the steps it may take next as buttons,
its log (when, from, to, who, comment), and for a monthly item its deliverables, each with
its own state and log when selected. Passive: the page records a step (``step_clicked``) and
loads the panel again."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.oit import dues_soon, late_dues
from ita_desktop.domain.oit_plan import ItemPlan, Track
from ita_desktop.domain.oit_workflow import Status, next_statuses
from ita_desktop.ui.common.forms import fill, pad_rows_for_thai
from ita_desktop.ui.oit.words import (
    LATE_COLOUR,
    STATUS_COLOURS,
    day_text,
    marks_text,
    month_text,
    names_text,
    status_text,
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    pad_rows_for_thai(table)
    return table


class WorkflowPanel(QWidget):
    month_changed = Signal(object)
    """The deliverable chosen: its month (first day), None for the item itself."""
    step_clicked = Signal(object)
    """A next state's button: the ``Status`` to move the chosen track to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: ItemPlan | None = None
        self._months: list[date | None] = [None]
        self._digits = DigitStyle.THAI
        self._names: Mapping[int, str] = {}
        self._today = date.today()
        self.deliverables_label = QLabel(self.tr("Monthly deliverables:"))
        self.deliverables = _table([self.tr("For"), self.tr("Due"), self.tr("State"),
                                    self.tr("Marks")])
        self.deliverables.setMaximumHeight(170)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.steps_row = QHBoxLayout()
        self.step_buttons: list[QPushButton] = []
        self.log_label = QLabel(self.tr("Log:"))
        self.log = _table([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Who"),
                           self.tr("Comment")])
        self.log.setWordWrap(True)
        self.log.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.deliverables_label)
        layout.addWidget(self.deliverables)
        layout.addWidget(self.state)
        layout.addLayout(self.steps_row)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log, 1)
        self.deliverables.itemSelectionChanged.connect(self._deliverable_chosen)

    @property
    def month(self) -> date | None:
        rows = self.deliverables.selectionModel().selectedRows()
        return self._months[rows[0].row()] if rows else None

    def load(self, plan: ItemPlan, names: Mapping[int, str], today: date, digits: DigitStyle,
             month: date | None = None) -> None:
        self._plan, self._names, self._today, self._digits = plan, names, today, digits
        months = plan.months()
        self._months = [None, *months]
        monthly = bool(months)
        self.deliverables_label.setVisible(monthly)
        self.deliverables.setVisible(monthly)
        self.deliverables.blockSignals(True)
        self.deliverables.setRowCount(len(self._months))
        dues = {due.month: due for due in plan.dues()}
        for row, each in enumerate(self._months):
            track = plan.track(each)
            due = dues.get(each)
            late = len(late_dues([due], today)) if due else 0
            soon = len(dues_soon([due], today)) if due else 0
            cells = (self.tr("The item itself") if each is None else month_text(each, digits),
                     day_text(due.due, digits) if due else "",
                     status_text(track.status), marks_text(late, soon, digits))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 2:
                    cell.setForeground(QBrush(STATUS_COLOURS[track.status]))
                elif column == 3 and late:
                    cell.setForeground(QBrush(LATE_COLOUR))
                self.deliverables.setItem(row, column, cell)
        self.deliverables.resizeColumnsToContents()
        chosen = self._months.index(month) if month in self._months else 0
        self.deliverables.selectRow(chosen)
        self.deliverables.blockSignals(False)
        self._show_track()

    def track(self) -> Track:
        assert self._plan is not None
        return self._plan.track(self.month)

    def _deliverable_chosen(self) -> None:
        self._show_track()
        self.month_changed.emit(self.month)

    def _show_track(self) -> None:
        if self._plan is None:
            return
        track = self.track()
        status = track.status
        what = (self.tr("The item") if self.month is None
                else fill(self.tr("The deliverable of %1"), month_text(self.month,
                                                                       self._digits)))
        text = fill(self.tr("%1 is %2."), what, status_text(status))
        publication = track.publication
        if publication is not None and publication.published_on is not None:
            text += " " + fill(self.tr("Published on %1 at %2"),
                               day_text(publication.published_on, self._digits),
                               publication.url)
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {STATUS_COLOURS[status].name()}; font-weight: bold;")
        self._show_steps(status)
        self._show_log(track)

    def _show_steps(self, status: Status) -> None:
        self.step_buttons = []
        while self.steps_row.count():
            old = self.steps_row.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for to in next_statuses(status):
            button = QPushButton(self._step_words(to))
            button.clicked.connect(lambda _=False, to=to: self.step_clicked.emit(to))
            self.steps_row.addWidget(button)
            self.step_buttons.append(button)
        if not self.step_buttons:
            done = QLabel(self.tr("No further step: the item is published."))
            self.steps_row.addWidget(done)
        self.steps_row.addStretch(1)

    def _step_words(self, to: Status) -> str:
        return {
            Status.IN_PREPARATION: self.tr("Start preparing…"),
            Status.SUBMITTED: self.tr("Submit for checking…"),
            Status.RETURNED: self.tr("Return with a comment…"),
            Status.CHECKED: self.tr("Mark checked…"),
            Status.APPROVED: self.tr("Approve…"),
            Status.PUBLISHED: self.tr("Record publication…"),
        }[to]

    def forward_button(self) -> QPushButton | None:
        """The step that moves the work on (the last offered: a return is never it)."""
        return self.step_buttons[-1] if self.step_buttons else None

    def _show_log(self, track: Track) -> None:
        log = list(reversed(track.log))  # the latest first: what the user looks for
        self.log_label.setText(apply_digits(fill(self.tr("Log (%1 changes):"), len(log)),
                                            self._digits))
        self.log.setRowCount(len(log))
        for row, change in enumerate(log):
            comment = change.comment
            if change.url:
                comment = "\n".join(part for part in (comment, change.url) if part)
            cells = (apply_digits(f"{day_text(change.when.date(), self._digits)} "
                                  f"{change.when:%H:%M}", self._digits),
                     status_text(change.from_status), status_text(change.to_status),
                     names_text([change.person_id], self._names), comment)
            for column, text in enumerate(cells):
                self.log.setItem(row, column, QTableWidgetItem(text))
        self.log.resizeColumnsToContents()
