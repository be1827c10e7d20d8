"""A database another window or PC has open for changes: say who has it, offer read-only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ita_desktop.store.lock import DatabaseInUseError
from ita_desktop.ui.common.error_text import error_text

# The context is written out at each call: lupdate reads only literal contexts.


def ask_read_only(error: DatabaseInUseError, parent: QWidget | None = None) -> bool:
    """Whether the user opens the file read-only (True) or leaves it (False)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("InUseDialog", "The database is in use"),
        error_text(error),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(QCoreApplication.translate(
        "InUseDialog", "Read-only, you can look at everything and export reports, but not change "
        "anything."))
    read_only = box.addButton(QCoreApplication.translate("InUseDialog", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only
