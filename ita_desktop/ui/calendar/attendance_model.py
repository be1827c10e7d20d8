"""Who came to the meeting, who did not and why, and who attended without being a member, as a
passive table model in the order the minutes list them.

A roster person shows with the roster's name and position (the attendee keeps only the
person's id); a guest from outside the unit shows and edits the name and position typed for
them. The role words and the reason are typed into the table; the presence is chosen from the
three kinds the minutes print (``PresenceDelegate``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.meetings import Attendee, Presence
from ita_desktop.domain.roster import Person
from ita_desktop.ui.common.table_model import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex


def presence_words(presence: Presence) -> str:
    words = {
        Presence.PRESENT: QCoreApplication.translate("AttendanceModel", "present"),
        Presence.ABSENT: QCoreApplication.translate("AttendanceModel", "absent"),
        Presence.ATTENDING: QCoreApplication.translate("AttendanceModel", "attending"),
    }
    return words[presence]


class AttendanceModel(HeadedTableModel):
    NUMBER, NAME, POSITION, ROLE, PRESENCE, REASON = range(6)

    def __init__(self, people: Callable[[], dict[int, Person]],
                 digits: Callable[[], DigitStyle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._digits = digits
        self._rows: list[Attendee] = []
        self._headers = [self.tr("No."), self.tr("Name"), self.tr("Position"),
                         self.tr("Role in the meeting"), self.tr("Presence"), self.tr("Reason")]

    # --- contents ---------------------------------------------------------------------------
    def set_attendees(self, attendees: Sequence[Attendee]) -> None:
        self.beginResetModel()
        self._rows = list(attendees)
        self.endResetModel()

    def attendees(self) -> tuple[Attendee, ...]:
        return tuple(self._rows)

    def person_ids(self) -> set[int]:
        return {a.person_id for a in self._rows if a.person_id is not None}

    def append(self, attendees: Sequence[Attendee]) -> None:
        if not attendees:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(attendees) - 1)
        self._rows.extend(attendees)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._renumber(row)

    def move(self, row: int, to: int) -> bool:
        """Move the attendee of ``row`` to stand at ``to``; False when there is no such move."""
        if not (0 <= row < len(self._rows) and 0 <= to < len(self._rows)) or row == to:
            return False
        # beginMoveRows counts the destination before the move: one past ``to`` going down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._rows.insert(to, self._rows.pop(row))
        self.endMoveRows()
        self._renumber(min(row, to))
        return True

    def _renumber(self, first: int) -> None:
        if first < len(self._rows):
            self.dataChanged.emit(self.index(first, self.NUMBER),
                                  self.index(len(self._rows) - 1, self.NUMBER))

    # --- Qt's model -------------------------------------------------------------------------
    def _shown(self, attendee: Attendee, column: int) -> str:
        person = self._people().get(attendee.person_id) \
            if attendee.person_id is not None else None
        if column == self.NAME:
            if attendee.person_id is None:
                return attendee.name
            return person.display_name if person else self.tr("(not in the roster)")
        if column == self.POSITION:
            return person.position if person and attendee.person_id is not None \
                else attendee.position
        if column == self.ROLE:
            return attendee.role_text
        if column == self.PRESENCE:
            return presence_words(attendee.presence)
        return attendee.reason

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        attendee = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NUMBER:
                return apply_digits(str(index.row() + 1), self._digits())
            if column == self.PRESENCE and role == Qt.ItemDataRole.EditRole:
                return attendee.presence.value
            return self._shown(attendee, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REASON \
                and attendee.presence is not Presence.ABSENT:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                       QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASON \
                and attendee.presence is not Presence.ABSENT:
            return self.tr("Only an absent member has a reason.")
        if role == Qt.ItemDataRole.UserRole:
            return attendee.person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        attendee = self._rows[index.row()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        editable = column in (self.ROLE, self.PRESENCE) \
            or (column == self.REASON and attendee.presence is Presence.ABSENT) \
            or (column in (self.NAME, self.POSITION) and attendee.person_id is None)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(self, index: Index, value: object,  # noqa: N802 - Qt's name
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole \
                or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        row, column = index.row(), index.column()
        attendee = self._rows[row]
        if column == self.PRESENCE:
            presence = Presence(value)
            # A reason prints only beside an absent member; kept for someone who came, it
            # would be saved where nobody sees it.
            changed = replace(attendee, presence=presence,
                              reason=attendee.reason if presence is Presence.ABSENT else "")
        else:
            text = " ".join(str(value).split())
            field = {self.NAME: "name", self.POSITION: "position", self.ROLE: "role_text",
                     self.REASON: "reason"}[column]
            changed = replace(attendee, **{field: text})
        if changed == attendee:
            return False
        self._rows[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.REASON))
        return True


class PresenceDelegate(QStyledItemDelegate):
    """The presence column edited with a combo box of the three kinds; a choice is taken as
    soon as it is made, by mouse or keyboard, without a further Enter (the combo box stays
    open for another choice until the focus leaves it)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for presence in Presence:
            combo.addItem(presence_words(presence), presence)
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
