"""The question every editor asks before its unsaved changes would be left behind: Save,
Discard or (where leaving can be called off) Cancel, and what each answer does.

The caller words the question in its own terms (a meeting, the calendar, an item's plan) and
passes how it saves and discards; the answer says whether it may go on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def may_leave(parent: QWidget, title: str, question: str, save: Callable[[], bool],
              discard: Callable[[], None], *, cancellable: bool = True) -> bool:
    """True when the caller may go on: the changes were saved (a refused save keeps them, and
    the caller stays) or discarded; False when the user cancelled."""
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    if cancellable:
        buttons |= QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent, title, question, buttons)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False
