"""Who is responsible for one phase, as seed 002 splits it: each entry a duty (controller,
collector, practitioner or no label) and who carries it, named from the roster, by a section
of the unit, or in words ("หน่วยประเมิน"), with the duty's printed label replaced when the
entry says so ("ผู้ดูแลระบบ")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.calendar import DUTY_WORDS, Duty, Responsible, WhoKind
from ita_desktop.ui.calendar.phase_model import Names, who_text
from ita_desktop.ui.common.forms import pad_rows_for_thai, wheel_needs_focus


class _DeleteKey(QObject):
    """Delete in the table removes the selected entry, as the Remove button does."""

    def __init__(self, remove: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._remove = remove

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self._remove()
            return True
        return False


class ResponsibleEditor(QGroupBox):
    changed = Signal()
    """An entry was added or removed."""

    DUTY, WHO, LABEL = range(3)

    def __init__(self, names: Callable[[], Names], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Responsible"), parent)
        self._names = names
        self._entries: list[Responsible] = []

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Duty"), self.tr("Who"),
                                              self.tr("Printed label")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        pad_rows_for_thai(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.DUTY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.LABEL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(_DeleteKey(self.remove_entry, self.table))
        # Room for the header and three entries (a phase names one to three): with six lines
        # the "Add to list" button sat below the fold of a 768-pixel screen.
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 4)

        self.duty = QComboBox()
        for duty in Duty:
            self.duty.addItem(self.duty_words(duty), duty)
        wheel_needs_focus(self.duty)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Person from the roster"), WhoKind.PERSON)
        self.kind.addItem(self.tr("Section of the unit"), WhoKind.SECTION)
        self.kind.addItem(self.tr("In words"), WhoKind.WORDS)
        wheel_needs_focus(self.kind)
        self.person = QComboBox()
        wheel_needs_focus(self.person)
        self.section = QComboBox()
        wheel_needs_focus(self.section)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("e.g. หน่วยประเมิน"))
        self.who = QStackedWidget()
        for widget in (self.person, self.section, self.words):
            self.who.addWidget(widget)
        # The stack is as tall as its tallest page, a combo box: never a squeezed line edit.
        self.who.setMinimumHeight(max(w.sizeHint().height() for w in
                                      (self.person, self.section, self.words)))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. ผู้ดูแลระบบ"))
        self.label.setToolTip(self.tr("Printed instead of the duty's own label; leave empty "
                                      "to print the duty's label."))
        self.add_button = QPushButton(self.tr("Add to l&ist"))
        self.remove_button = QPushButton(self.tr("Remove entry"))
        # No Alt letter left for it on the calendar page: Delete in the table does the same.
        self.remove_button.setToolTip(self.tr("Delete in the table"))

        duty_label = QLabel(self.tr("&Duty:"))
        duty_label.setBuddy(self.duty)
        who_label = QLabel(self.tr("&Who:"))
        who_label.setBuddy(self.kind)
        name_label = QLabel(self.tr("Which &one:"))
        name_label.setBuddy(self.who)
        printed_label = QLabel(self.tr("La&bel:"))
        printed_label.setBuddy(self.label)
        controls = QGridLayout()
        controls.addWidget(duty_label, 0, 0)
        controls.addWidget(self.duty, 0, 1)
        controls.addWidget(who_label, 0, 2)
        controls.addWidget(self.kind, 0, 3)
        controls.addWidget(name_label, 1, 0)
        controls.addWidget(self.who, 1, 1, 1, 3)
        # The buttons on the label's row, the last of the entry's fields: on a row of their
        # own they were below the fold of a 768-pixel screen.
        buttons = QHBoxLayout()
        buttons.addWidget(self.label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        controls.addWidget(printed_label, 2, 0)
        controls.addLayout(buttons, 2, 1, 1, 3)
        controls.setColumnStretch(1, 1)
        controls.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(controls)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.words.textChanged.connect(self._enable)
        self.person.currentIndexChanged.connect(self._enable)
        self.section.currentIndexChanged.connect(self._enable)
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self._enable()

    def duty_words(self, duty: Duty) -> str:
        """The duty as the screen names it (the printed label is the document's)."""
        return {
            Duty.CONTROLLER: self.tr("Controller (ผู้ควบคุม)"),
            Duty.COLLECTOR: self.tr("Collector (ผู้รวบรวมข้อมูล)"),
            Duty.PRACTITIONER: self.tr("Practitioner (ผู้ปฏิบัติ)"),
            Duty.UNLABELLED: self.tr("No label"),
        }[duty]

    # --- contents ---------------------------------------------------------------------------
    def set_choices(self, people: list[tuple[int, str]], sections: list[tuple[str, str]]) -> None:
        """The roster's people and the unit's sections a new entry can name."""
        self.person.clear()
        for person_id, name in people:
            self.person.addItem(name, person_id)
        self.section.clear()
        for key, thai in sections:
            self.section.addItem(thai, key)
        self._enable()

    def set_entries(self, entries: tuple[Responsible, ...]) -> None:
        self._entries = list(entries)
        self._show()

    def entries(self) -> tuple[Responsible, ...]:
        return tuple(self._entries)

    def _show(self) -> None:
        names = self._names()
        self.table.setRowCount(0)
        for entry in self._entries:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, self.DUTY, QTableWidgetItem(self.duty_words(entry.duty)))
            self.table.setItem(row, self.WHO, QTableWidgetItem(who_text(entry, names)))
            self.table.setItem(row, self.LABEL,
                               QTableWidgetItem(entry.label or DUTY_WORDS[entry.duty]))
        self._enable()

    # --- editing ----------------------------------------------------------------------------
    def _kind_chosen(self) -> None:
        kind = WhoKind(self.kind.currentData())
        self.who.setCurrentIndex([WhoKind.PERSON, WhoKind.SECTION, WhoKind.WORDS].index(kind))
        self._enable()

    def _typed(self) -> Responsible | None:
        """The entry the controls describe; None while they name nobody."""
        # Qt hands an enum given as item data back as its plain string value.
        duty, kind = Duty(self.duty.currentData()), WhoKind(self.kind.currentData())
        label = " ".join(self.label.text().split())
        if kind is WhoKind.PERSON:
            person_id = self.person.currentData()
            return None if person_id is None else \
                Responsible(duty, kind, person_id=int(person_id), label=label)
        if kind is WhoKind.SECTION:
            key = self.section.currentData()
            return None if key is None else \
                Responsible(duty, kind, section_key=str(key), label=label)
        words = " ".join(self.words.text().split())
        return Responsible(duty, kind, text=words, label=label) if words else None

    def _enable(self) -> None:
        self.add_button.setEnabled(self.isEnabled() and self._typed() is not None)
        self.remove_button.setEnabled(self.table.currentRow() >= 0
                                      and bool(self.table.selectedItems()))

    def add_entry(self) -> None:
        entry = self._typed()
        if entry is None:
            return
        self._entries.append(entry)
        self._show()
        self.table.selectRow(len(self._entries) - 1)
        self.words.clear()
        self.label.clear()
        self.changed.emit()

    def remove_entry(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._entries) or not self.table.selectedItems():
            return
        del self._entries[row]
        self._show()
        if self._entries:
            self.table.selectRow(min(row, len(self._entries) - 1))
        self.changed.emit()
