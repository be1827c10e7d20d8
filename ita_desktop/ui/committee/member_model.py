"""The members of the order being edited, as a passive table model.

Rows are kept grouped as the order prints them (head, vice, members, free roles, secretary,
assistant secretary): the role decides the group, the secretary decides the order within it,
by dragging a row or with Ctrl+Up/Ctrl+Down. A move across a group's edge would be undone by
the printing, so it is not made. Each row shows the member as the order prints them: the full
rank and name, the full position under it, the role's words to the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ita_desktop.domain.committee import COMMITTEE, ROLE_ORDER, Member, Role, role_words
from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.ui.common.table_model import HeadedTableModel

MIME_TYPE = "application/x-ita-committee-member-row"

_LEFT_BACKGROUND = QColor("#fde7e9")

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonLine:
    """A roster person as the order prints them."""

    name: str
    position: str
    active: bool = True


def _grouped(members: Sequence[Member]) -> list[Member]:
    return sorted(members, key=lambda m: ROLE_ORDER.index(m.role))


class MemberModel(HeadedTableModel):
    NUMBER, MEMBER, ROLE = range(3)

    def __init__(self, people: Callable[[], dict[int, PersonLine]],
                 digits: Callable[[], DigitStyle], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._people = people
        self._digits = digits
        self._members: list[Member] = []
        self._body = COMMITTEE
        self._flagged: set[int] = set()
        self._headers = [self.tr("No."), self.tr("Member and position"), self.tr("Role")]

    # --- contents ---------------------------------------------------------------------------
    def set_members(self, members: Sequence[Member], body: str = COMMITTEE,
                    flagged: Sequence[int] = ()) -> None:
        self.beginResetModel()
        self._members = _grouped(members)
        self._body = body
        self._flagged = set(flagged)
        self.endResetModel()

    def members(self) -> tuple[Member, ...]:
        return tuple(self._members)

    def member(self, row: int) -> Member:
        return self._members[row]

    def set_body(self, body: str) -> None:
        self._body = body
        if self._members:
            self.dataChanged.emit(self.index(0, self.ROLE),
                                  self.index(len(self._members) - 1, self.ROLE))

    def add(self, person_id: int, role: Role = Role.MEMBER) -> int:
        """Add ``person_id`` at the end of ``role``'s group; the row it took."""
        members = [*self._members, Member(person_id, role)]
        self._reset(members)
        return self.row_of(person_id, role)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        removed = self._members.pop(row)
        self._flagged.discard(removed.person_id)
        self.endRemoveRows()

    def set_role(self, row: int, role: Role, text: str) -> int:
        """Give the member of ``row`` another role (and its own words); the row it moved to."""
        changed = replace(self._members[row], role=role, role_text=text.strip())
        members = list(self._members)
        members[row] = changed
        if changed.role is not self._members[row].role:
            # Into the new group, at its end: where a newly added member of that role goes.
            members.pop(row)
            members.append(changed)
        self._reset(members)
        return self._members.index(changed)

    def row_of(self, person_id: int, role: Role) -> int:
        rows = [r for r, m in enumerate(self._members)
                if m.person_id == person_id and m.role is role]
        return rows[-1] if rows else -1

    def _reset(self, members: list[Member]) -> None:
        self.beginResetModel()
        self._members = _grouped(members)
        self.endResetModel()

    def move(self, row: int, to: int) -> bool:
        """Move the member of ``row`` to stand at ``to`` (counted before the move), within its
        role's group; False when that would leave the group (or is no move)."""
        if not 0 <= row < len(self._members):
            return False
        to = max(0, min(to, len(self._members) - 1))
        role = self._members[row].role
        if to == row or self._members[to].role is not role:
            return False
        # beginMoveRows counts the destination before the move: one past ``to`` going down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self._members.insert(to, self._members.pop(row))
        self.endMoveRows()
        return True

    # --- Qt's model -------------------------------------------------------------------------
    def rows(self) -> list[Member]:
        return self._members

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        person = self._people().get(member.person_id)
        flagged = member.person_id in self._flagged or (person is not None and not person.active)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NUMBER:
                return apply_digits(f"1.{index.row() + 1}", self._digits())
            if index.column() == self.MEMBER:
                if person is None:
                    return self.tr("(not in the roster)")
                return apply_digits(f"{person.name}\n{person.position}", self._digits())
            return role_words(member.role, self._body, member.role_text)
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            return self.tr("Has left the unit: choose a serving officer in their place.")
        if role == Qt.ItemDataRole.BackgroundRole and flagged:
            return QBrush(_LEFT_BACKGROUND)
        if role == Qt.ItemDataRole.UserRole:
            return member.person_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Between rows: where a dragged member may be dropped.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        """Move the dragged member to where it was dropped. Returns False even when it moved:
        the move is made here, and True would have the view remove the dragged row after."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode() or -1)
        if row < 0:
            # Dropped on a row: it takes that row's place; below the last row: the end.
            row = parent.row() if parent.isValid() else len(self._members)
        elif row > source:
            row -= 1  # ``row`` is the gap before a row, counted with the dragged one in place
        self.move(source, row)
        return False
