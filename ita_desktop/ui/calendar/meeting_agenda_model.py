"""The agenda (ระเบียบวาระ) of the meeting being edited, as a passive tree model: the items in
the order the minutes print them, each with its sub-items below it.

The model holds a tree of nodes, each an ``AgendaItem`` without its sub-items (those are the
node's children) so that moving, adding or removing a sub-item never rebuilds its neighbours.
``items()`` gives the agenda back as the domain's nested tuples.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ita_desktop.domain.digits import DigitStyle, apply_digits
from ita_desktop.domain.meetings import AgendaItem, agenda_title

Index = QModelIndex | QPersistentModelIndex

class _Node:
    __slots__ = ("children", "item", "parent")

    def __init__(self, item: AgendaItem | None, parent: _Node | None) -> None:
        self.item = replace(item, items=()) if item is not None else None
        self.parent = parent
        self.children: list[_Node] = [_Node(sub, self) for sub in item.items] if item else []

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def whole(self) -> AgendaItem:
        assert self.item is not None
        return replace(self.item, items=tuple(child.whole() for child in self.children))


class AgendaModel(QAbstractItemModel):
    NUMBER, TITLE = range(2)

    def __init__(self, digits: DigitStyle = DigitStyle.THAI,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = digits
        self._root = _Node(None, None)
        self._headers = [self.tr("No."), self.tr("Agenda item")]

    # --- contents ---------------------------------------------------------------------------
    def set_items(self, items: Sequence[AgendaItem], digits: DigitStyle) -> None:
        self.beginResetModel()
        self._digits = digits
        self._root = _Node(None, None)
        self._root.children = [_Node(item, self._root) for item in items]
        self.endResetModel()

    def items(self) -> tuple[AgendaItem, ...]:
        return tuple(child.whole() for child in self._root.children)

    def item(self, index: Index) -> AgendaItem:
        """The item of ``index`` with its sub-items."""
        return self._node(index).whole()

    def update(self, index: Index, **fields: object) -> None:
        """Change fields of the item of ``index`` (its sub-items stay as they are)."""
        node = self._node(index)
        assert node.item is not None
        changed = replace(node.item, **fields)  # type: ignore[arg-type]
        if changed != node.item:
            node.item = changed
            self.dataChanged.emit(self.index(index.row(), 0, index.parent()),
                                  self.index(index.row(), self.TITLE, index.parent()))

    def add(self, item: AgendaItem, parent: Index = QModelIndex(),  # noqa: B008
            row: int | None = None) -> QModelIndex:
        """Add ``item`` among ``parent``'s items (the agenda's, when invalid) at ``row``, the
        last when None; its index."""
        node = self._node(parent) if parent.isValid() else self._root
        row = len(node.children) if row is None else max(0, min(row, len(node.children)))
        self.beginInsertRows(parent, row, row)
        node.children.insert(row, _Node(item, node))
        self.endInsertRows()
        self._renumber(parent, row + 1)
        return self.index(row, 0, parent)

    def remove(self, index: Index) -> None:
        node = self._node(index)
        parent = index.parent()
        row = index.row()
        self.beginRemoveRows(parent, row, row)
        assert node.parent is not None
        node.parent.children.pop(row)
        self.endRemoveRows()
        self._renumber(parent, row)

    def move(self, index: Index, step: int) -> QModelIndex:
        """Move the item of ``index`` ``step`` places among its siblings; where it is now (an
        invalid index when it cannot move further)."""
        node = self._node(index)
        assert node.parent is not None
        siblings = node.parent.children
        row, to = index.row(), index.row() + step
        parent = index.parent()
        if not 0 <= to < len(siblings) or step == 0:
            return QModelIndex()
        # beginMoveRows counts the destination before the move: one past ``to`` going down.
        self.beginMoveRows(parent, row, row, parent, to + 1 if to > row else to)
        siblings.insert(to, siblings.pop(row))
        self.endMoveRows()
        self._renumber(parent, min(row, to))
        return self.index(to, 0, parent)

    def _renumber(self, parent: Index, first: int) -> None:
        """The numbers of ``parent``'s items from ``first`` on, and of everything below them,
        follow their places."""
        rows = self.rowCount(parent)
        if first < rows:
            self.dataChanged.emit(self.index(first, self.NUMBER, parent),
                                  self.index(rows - 1, self.NUMBER, parent))
            for row in range(first, rows):
                self._renumber(self.index(row, 0, parent), 0)

    def _node(self, index: Index) -> _Node:
        node = index.internalPointer() if index.isValid() else self._root
        assert isinstance(node, _Node)
        return node

    def number(self, index: Index) -> str:
        """"3" for the third item, "3.2" for its second sub-item."""
        parts = []
        while index.isValid():
            parts.append(str(index.row() + 1))
            index = index.parent()
        return apply_digits(".".join(reversed(parts)), self._digits)

    # --- Qt's model -------------------------------------------------------------------------
    def index(self, row: int, column: int,
              parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's API
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(self._headers)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:
            # Called without an index, this is QObject's parent(): the model's owner.
            return super().parent()  # type: ignore[return-value]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.NUMBER:
            return self.number(index)
        item = self._node(index).item
        assert item is not None
        return agenda_title(item) or (item.text.split("\n")[0][:80] if item.text else
                                     self.tr("(no title)"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
