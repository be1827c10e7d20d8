"""Table and tree views with the editor's keys: Delete removes the selected row, Ctrl+Up and
Ctrl+Down move it. The view only asks; the panel that owns the rows decides."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView

_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


def _asked(view: QAbstractItemView, event: QKeyEvent) -> tuple[str, int] | None:
    """("move", step) or ("remove", 0) for the editor's keys; None for any other key, and
    while a cell is being edited (Delete then belongs to the text being typed)."""
    if view.state() == QAbstractItemView.State.EditingState:
        return None
    key = event.key()
    if event.modifiers() == Qt.KeyboardModifier.ControlModifier and key in _STEPS:
        return "move", _STEPS[Qt.Key(key)]
    if event.modifiers() == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
        return "remove", 0
    return None


class RowTable(QTableView):
    move_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        # Tab leaves the table for the buttons below it, as in every other form.
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        asked = _asked(self, event)
        if asked is None:
            super().keyPressEvent(event)
        elif asked[0] == "move":
            self.move_requested.emit(asked[1])
        else:
            self.remove_requested.emit()


class RowTree(QTreeView):
    move_requested = Signal(int)
    remove_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        asked = _asked(self, event)
        if asked is None:
            super().keyPressEvent(event)
        elif asked[0] == "move":
            self.move_requested.emit(asked[1])
        else:
            self.remove_requested.emit()
