"""The attendance of the meeting being edited: the table, and the buttons that add people from
the roster or as guests, remove them and put them in the order the minutes list them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import Attendee, Presence
from ita_desktop.domain.roster import Person
from ita_desktop.ui.calendar.attendance_model import AttendanceModel, PresenceDelegate
from ita_desktop.ui.calendar.attendee_dialogs import GuestDialog, RosterPicker
from ita_desktop.ui.calendar.row_views import RowTable
from ita_desktop.ui.common.forms import pad_rows_for_thai


class AttendancePanel(QWidget):
    changed = Signal()

    def __init__(self, people: Callable[[], dict[int, Person]],
                 digits: Callable[[], DigitStyle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._offered: list[Person] = []
        self.model = AttendanceModel(people, digits, self)
        self.table = RowTable()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AttendanceModel.PRESENCE, PresenceDelegate(self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setToolTip(self.tr("Double-click or press F2 to change a cell; Ctrl+Up / "
                                      "Ctrl+Down move the selected person; Delete removes "
                                      "them."))
        pad_rows_for_thai(self.table)
        header = self.table.horizontalHeader()
        for column in (AttendanceModel.NUMBER, AttendanceModel.PRESENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (AttendanceModel.NAME, AttendanceModel.POSITION, AttendanceModel.ROLE,
                       AttendanceModel.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.add_roster_button = QPushButton(self.tr("Add from ro&ster…"))
        self.add_guest_button = QPushButton(self.tr("Add gues&t…"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        buttons = QHBoxLayout()
        for button in (self.add_roster_button, self.add_guest_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.add_roster_button.clicked.connect(self.add_from_roster)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.table.move_requested.connect(self.move_row)
        self.table.remove_requested.connect(self.remove_row)
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._touched)

    def _touched(self, *_: object) -> None:
        self.changed.emit()

    def load(self, attendees: Sequence[Attendee], offered: Sequence[Person]) -> None:
        """Show ``attendees``; ``offered`` are the roster people "Add from roster" lists."""
        self._offered = list(offered)
        self.model.set_attendees(attendees)

    def attendees(self) -> tuple[Attendee, ...]:
        return self.model.attendees()

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, AttendanceModel.NAME))

    def add_from_roster(self) -> None:
        picker = RosterPicker(self._offered, self.model.person_ids(), self)
        if picker.exec():
            chosen = picker.chosen()
            first = self.model.rowCount()
            self.model.append([Attendee(Presence.PRESENT, person_id=pid) for pid in chosen])
            self._select(first)

    def add_guest(self) -> None:
        dialog = GuestDialog(self)
        if dialog.exec():
            name, position = dialog.values()
            self.model.append([Attendee(Presence.ATTENDING, name=name, position=position)])
            self._select(self.model.rowCount() - 1)

    def remove_row(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.model.remove(row)
            self._select(min(row, self.model.rowCount() - 1))

    def move_row(self, step: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            return
        row, column = current.row(), current.column()
        if self.model.move(row, row + step):
            self.table.setCurrentIndex(self.model.index(row + step, column))
