"""The agenda of the meeting being edited: the tree of items and sub-items above, the selected
item's title, text, speaker, resolution and action items below it.

Every field writes into the tree's model as it is typed, so what the tree shows, what
``items()`` returns and what is on screen never differ.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle
from ita_desktop.domain.meetings import KIND_TITLES, ActionItem, AgendaItem, AgendaKind
from ita_desktop.domain.roster import Person
from ita_desktop.ui.calendar.action_dialog import ActionDialog, ActionModel
from ita_desktop.ui.calendar.meeting_agenda_model import AgendaModel
from ita_desktop.ui.calendar.people_combo import PersonCombo
from ita_desktop.ui.calendar.row_views import RowTable, RowTree
from ita_desktop.ui.common.forms import pad_rows_for_thai, wheel_needs_focus


class AgendaPanel(QWidget):
    changed = Signal()

    def __init__(self, people: Callable[[], dict[int, Person]],
                 digits: Callable[[], DigitStyle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._digits = digits
        self._offered: list[Person] = []
        self._showing = False

        self.model = AgendaModel(parent=self)
        self.tree = RowTree()
        self.tree.setModel(self.model)
        self.tree.setAllColumnsShowFocus(True)
        # Thai marks above and below a line need room the default row height does not give.
        self.tree.setStyleSheet("QTreeView::item { padding-top: 3px; padding-bottom: 4px; }")
        header = self.tree.header()
        header.setSectionResizeMode(AgendaModel.NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setToolTip(self.tr("Ctrl+Up / Ctrl+Down move the selected item among its "
                                     "neighbours; Delete removes it."))
        self.kind = QComboBox()
        for kind in AgendaKind:
            self.kind.addItem(KIND_TITLES[kind] or self.tr("An item with a title of its own"),
                              kind)
        self.kind.setAccessibleName(self.tr("Kind of item to add"))
        wheel_needs_focus(self.kind)
        self.add_button = QPushButton(self.tr("Add i&tem"))
        self.add_sub_button = QPushButton(self.tr("Add sub-item"))
        self.remove_button = QPushButton(self.tr("Remo&ve item"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        # Two rows under the tree, which shares the width with the item's fields: the kind
        # with the button that adds it, then the buttons that work on the selected item.
        adding = QHBoxLayout()
        adding.addWidget(self.kind, 1)
        adding.addWidget(self.add_button)
        selected = QHBoxLayout()
        for button in (self.add_sub_button, self.up_button, self.down_button):
            selected.addWidget(button)
        selected.addStretch(1)
        selected.addWidget(self.remove_button)
        tree_box = QWidget()
        tree_layout = QVBoxLayout(tree_box)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.addWidget(self.tree, 1)
        tree_layout.addLayout(adding)
        tree_layout.addLayout(selected)

        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        # Two lines at least (it grows with the room): with three, the fields and the action
        # table under them needed more height than a 768-pixel screen leaves the part.
        self.text.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.speaker = PersonCombo()
        self.speaker.lineEdit().setPlaceholderText(self.tr("A person, or words such as "
                                                           "เลขานุการฯ"))
        self.resolution = QLineEdit()
        self.resolution.setPlaceholderText(self.tr("e.g. รับทราบ"))
        self.oit_table = QCheckBox(self.tr("Holds the year's OIT assignment table"))
        self.oit_table.setToolTip(self.tr(
            "The minutes print the fiscal year's OIT assignments (each item with who prepares "
            "and who controls it, as the OIT tab holds them) right after this item's text."))
        form = QGridLayout()
        self._labelled(form, 0, self.tr("Titl&e:"), self.title)
        self._labelled(form, 1, self.tr("Te&xt:"), self.text)
        self._labelled(form, 2, self.tr("Spoken &by:"), self.speaker)
        self._labelled(form, 3, self.tr("Re&solution:"), self.resolution)
        form.addWidget(self.oit_table, 4, 1)
        form.setRowStretch(1, 1)

        self.actions_model = ActionModel(people, digits, self)
        self.action_table = RowTable()
        self.action_table.setModel(self.actions_model)
        self.action_table.setWordWrap(True)
        pad_rows_for_thai(self.action_table)
        # What and who share the width the dates leave (each cell's whole text is its tool
        # tip): beside the tree, a name shown whole left "what" a few letters.
        actions_header = self.action_table.horizontalHeader()
        for column in (ActionModel.WHAT, ActionModel.WHO):
            actions_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (ActionModel.DUE, ActionModel.DONE):
            actions_header.setSectionResizeMode(column,
                                                QHeaderView.ResizeMode.ResizeToContents)
        self.add_action_button = QPushButton(self.tr("Ne&w action…"))
        self.edit_action_button = QPushButton(self.tr("Change action…"))
        self.remove_action_button = QPushButton(self.tr("Remove action"))
        # Without Alt letters (the window and the editor hold all that fit), each has its key
        # in the table.
        self.edit_action_button.setToolTip(self.tr("Enter or a double click in the table"))
        self.remove_action_button.setToolTip(self.tr("Delete in the table"))
        action_buttons = QHBoxLayout()
        for button in (self.add_action_button, self.edit_action_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        action_buttons.addWidget(self.remove_action_button)
        actions_box = QGroupBox(self.tr("Action items (who does what by when)"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.action_table, 1)
        actions_layout.addLayout(action_buttons)

        fields = QWidget()
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        self.item_box = QSplitter(Qt.Orientation.Vertical)
        self.item_box.setChildrenCollapsible(False)
        self.item_box.addWidget(fields)
        self.item_box.addWidget(actions_box)
        # Height to spare goes to the action table; the text box scrolls its own lines.
        self.item_box.setStretchFactor(0, 0)
        self.item_box.setStretchFactor(1, 1)
        self.item_box.setSizes([1, 1000])

        # The tree beside the item's fields, each the full height of the part: above the
        # fields, under the meeting's heading on a 768-pixel screen, the tree showed about
        # five items and the action table was cut off.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(tree_box)
        splitter.addWidget(self.item_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # Tab goes down the page: the tree, its buttons, then the item's fields.
        order = [self.tree, self.kind, self.add_button, self.add_sub_button, self.up_button,
                 self.down_button, self.remove_button, self.title, self.text, self.speaker,
                 self.resolution, self.oit_table, self.action_table, self.add_action_button,
                 self.edit_action_button, self.remove_action_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.add_button.clicked.connect(self.add_item)
        self.add_sub_button.clicked.connect(self.add_sub_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.tree.move_requested.connect(self.move_item)
        self.tree.remove_requested.connect(self.remove_item)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self.title.textEdited.connect(self._write)
        self.text.textChanged.connect(self._write)
        self.speaker.editTextChanged.connect(self._write)
        self.speaker.currentIndexChanged.connect(self._write)
        self.resolution.textEdited.connect(self._write)
        self.oit_table.toggled.connect(self._write)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        # Enter or a double click opens the action, as in the other tables of the program.
        self.action_table.activated.connect(self.edit_action)
        self.remove_action_button.clicked.connect(self.remove_action)
        self.action_table.remove_requested.connect(self.remove_action)
        for signal in (self.model.dataChanged, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.rowsMoved):
            signal.connect(self._touched)
        self._show(QModelIndex())

    @staticmethod
    def _labelled(form: QGridLayout, row: int, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if row == 1
                       else Qt.AlignmentFlag.AlignVCenter)
        form.addWidget(field, row, 1)

    # --- loading and reading back -----------------------------------------------------------
    def load(self, items: Sequence[AgendaItem], offered: Sequence[Person]) -> None:
        self._offered = list(offered)
        self.speaker.set_people(offered)
        self.model.set_items(items, self._digits())
        self.tree.expandAll()
        self._show(QModelIndex())

    def items(self) -> tuple[AgendaItem, ...]:
        return self.model.items()

    # --- the tree ---------------------------------------------------------------------------
    def current(self) -> QModelIndex:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0) if index.isValid() else QModelIndex()

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
        else:
            self.tree.setCurrentIndex(QModelIndex())
            self._show(QModelIndex())

    def add_item(self) -> None:
        kind = AgendaKind(self.kind.currentData())
        current = self.current()
        while current.parent().isValid():
            current = current.parent()
        # After the selected item: the standard items are added where they belong.
        row = current.row() + 1 if current.isValid() else None
        self.select(self.model.add(AgendaItem(kind=kind), row=row))
        if kind is not AgendaKind.OTHER_TOPIC and self.kind.currentIndex() + 1 < self.kind.count():
            # The standard items come in a fixed order: the next one is the likely next add.
            self.kind.setCurrentIndex(self.kind.currentIndex() + 1)
        self.title.setFocus()

    def add_sub_item(self) -> None:
        current = self.current()
        if not current.isValid():
            return
        if current.parent().isValid():
            # A sub-item selected: the new one follows it, one level down as it is.
            added = self.model.add(AgendaItem(kind=AgendaKind.OTHER_TOPIC),
                                   current.parent(), current.row() + 1)
        else:
            added = self.model.add(AgendaItem(kind=AgendaKind.OTHER_TOPIC), current)
        self.select(added)
        self.title.setFocus()

    def remove_item(self) -> None:
        current = self.current()
        if not current.isValid():
            return
        item = self.model.item(current)
        if (item.text or item.resolution or item.items or item.actions) and \
                QMessageBox.question(self, self.tr("Remove agenda item"),
                                     self.tr("Remove this item with what it holds (its text, "
                                             "resolution, sub-items and action items)?")) \
                != QMessageBox.StandardButton.Yes:
            return
        parent, row = current.parent(), current.row()
        self.model.remove(current)
        left = self.model.rowCount(parent)
        self.select(self.model.index(min(row, left - 1), 0, parent) if left else parent)

    def move_item(self, step: int) -> None:
        current = self.current()
        if current.isValid():
            moved = self.model.move(current, step)
            if moved.isValid():
                self.select(moved)

    # --- the selected item ------------------------------------------------------------------
    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, index: QModelIndex) -> None:
        self._showing = True
        try:
            has = index.isValid()
            self.item_box.setEnabled(has)
            for button in (self.add_sub_button, self.remove_button, self.up_button,
                           self.down_button):
                button.setEnabled(has)
            item = self.model.item(index) if has else AgendaItem(kind=AgendaKind.OTHER_TOPIC)
            self.title.setText(item.title)
            self.title.setPlaceholderText(KIND_TITLES[item.kind])
            self.text.setPlainText(item.text)
            self.speaker.set_choice(item.speaker_id, item.speaker_text)
            self.resolution.setText(item.resolution)
            # A long title or resolution reads from its start.
            self.title.setCursorPosition(0)
            self.resolution.setCursorPosition(0)
            self.oit_table.setChecked(item.oit_table)
            self.actions_model.set_actions(item.actions)
        finally:
            self._showing = False

    def _write(self, *_: object) -> None:
        current = self.current()
        if self._showing or not current.isValid():
            return
        speaker_id, speaker_text = self.speaker.choice()
        self.model.update(current, title=" ".join(self.title.text().split()),
                          text=self.text.toPlainText().strip(), speaker_id=speaker_id,
                          speaker_text=speaker_text,
                          resolution=" ".join(self.resolution.text().split()),
                          oit_table=self.oit_table.isChecked())

    def _touched(self, *_: object) -> None:
        self.changed.emit()

    # --- the selected item's action items ---------------------------------------------------
    def _set_actions(self, actions: Sequence[ActionItem], select: int) -> None:
        current = self.current()
        self.model.update(current, actions=tuple(actions))
        self.actions_model.set_actions(actions)
        if 0 <= select < len(actions):
            self.action_table.setCurrentIndex(self.actions_model.index(select, 0))

    def add_action(self) -> None:
        if not self.current().isValid():
            return
        dialog = ActionDialog(None, self._offered, self._digits(), self)
        if dialog.exec():
            actions = [*self.actions_model.actions(), dialog.action()]
            self._set_actions(actions, len(actions) - 1)

    def edit_action(self, *_: object) -> None:
        row = self.action_table.currentIndex().row()
        if row < 0:
            return
        dialog = ActionDialog(self.actions_model.action(row), self._offered, self._digits(),
                              self)
        if dialog.exec():
            actions = list(self.actions_model.actions())
            actions[row] = dialog.action()
            self._set_actions(actions, row)

    def remove_action(self) -> None:
        row = self.action_table.currentIndex().row()
        if row >= 0:
            actions = list(self.actions_model.actions())
            del actions[row]
            self._set_actions(actions, min(row, len(actions) - 1))
