"""An item's preparers or controllers: roster people in the order the documents list them,
added by name, taken off, moved up and down."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from ita_desktop.domain.roster import Person
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.oit.words import names_text

_ID = Qt.ItemDataRole.UserRole


class PeopleList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setStyleSheet("QListView::item { padding-top: 3px; padding-bottom: 4px; }")
        self.person = PersonCombo()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Take off"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 0, 0, 3, 2)
        layout.addWidget(self.up_button, 0, 2)
        layout.addWidget(self.down_button, 1, 2)
        layout.addWidget(self.remove_button, 2, 2)
        layout.addWidget(self.person, 3, 0, 1, 2)
        layout.addWidget(self.add_button, 3, 2)
        layout.setColumnStretch(0, 1)
        self._names: Mapping[int, str] = {}
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list.currentRowChanged.connect(self._update_buttons)
        self.person.currentIndexChanged.connect(self._update_buttons)
        self.person.editTextChanged.connect(self._update_buttons)

    def set_people(self, people: Sequence[Person], chosen: Sequence[int],
                   names: Mapping[int, str]) -> None:
        self._names = names
        self.person.set_people(people)
        self.list.clear()
        for person_id in chosen:
            self._append(person_id)
        self._update_buttons()

    def _append(self, person_id: int) -> None:
        item = QListWidgetItem(names_text([person_id], self._names))
        item.setData(_ID, person_id)
        self.list.addItem(item)

    def ids(self) -> tuple[int, ...]:
        return tuple(int(self.list.item(row).data(_ID)) for row in range(self.list.count()))

    def _add(self) -> None:
        person_id, _ = self.person.choice()
        if person_id is None or person_id in self.ids():
            return
        self._append(person_id)
        self.person.set_choice(None)
        self.changed.emit()
        self._update_buttons()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
        self._update_buttons()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        person_id, _ = self.person.choice()
        self.add_button.setEnabled(person_id is not None and person_id not in self.ids())
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
